"""SIGTERM, SIGHUP and SIGXCPU stop a command the way Ctrl+C does: one line, the write undone.

Python's default for SIGTERM (a `kill`, a logout, a service manager) and SIGHUP
(the terminal closed) ends the process at once: no line said why, the exit code
was the shell's 143 or 129 with nothing on stderr, and a partial export stayed
behind until the next export to the same name. Here each raises `Stopped`, a
KeyboardInterrupt, so every path that already undoes an interrupted write and
removes a partial file does so for them too; the command line names the signal
in one line and exits 128 + its number, as a shell reports a killed process.
SIGXCPU is what the kernel sends when `ulimit -t` (RLIMIT_CPU) is used up, a
second or more before its SIGKILL; its default dumped core with no word.

A signal the process was started ignoring (`nohup` ignores SIGHUP) stays ignored.
They are set as the command line starts (zzreader/__main__.py); the window has
its own SIGTERM and SIGHUP path (gui/terminate_signal.py) and puts the defaults back.

SQLite runs Python callbacks (a search's work budget) and drops whatever they
raise, answering "interrupted" instead: `raise_again` turns such an answer back
into the interrupt that caused it (core/search.py).
"""

from __future__ import annotations

import signal

# The signals a command stops on, with what it says; SIGINT keeps Python's KeyboardInterrupt.
_SAID = {
    signal.SIGINT: "已中断 / Interrupted",
    signal.SIGTERM: "已被终止 / Terminated",
    signal.SIGHUP: "终端已关闭，已停止 / The terminal closed; stopped",
}
if hasattr(signal, "SIGXCPU"):  # `ulimit -t`: the kernel's warning before it kills; the default dumped core
    _SAID[signal.SIGXCPU] = "已用完允许的 CPU 时间（ulimit -t），已停止 / The CPU time limit (ulimit -t) was reached; stopped"
_CAUGHT = tuple(s for s in _SAID if s != signal.SIGINT)

last: int | None = None  # the last stop signal received, for `raise_again`


class Stopped(KeyboardInterrupt):
    """A stop signal other than Ctrl+C, raised where Python was when it came."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def install() -> dict[int, object]:
    """Stop on SIGTERM and SIGHUP (and note Ctrl+C); signals set to anything but the default
    are left. Returns the handlers replaced, for `restore`."""
    previous: dict[int, object] = {}
    for signum, ours, default in (
        *((s, _stop, signal.SIG_DFL) for s in _CAUGHT),
        (signal.SIGINT, _interrupt, signal.default_int_handler),
    ):
        try:
            if signal.getsignal(signum) is default:
                previous[signum] = signal.signal(signum, ours)
        except (ValueError, OSError):  # not the main thread: the defaults stand
            break
    return previous


def restore(previous: dict[int, object]) -> None:
    """Put back the handlers `install` replaced, where ours still stand."""
    for signum, handler in previous.items():
        try:
            if signal.getsignal(signum) in (_stop, _interrupt):
                signal.signal(signum, handler)  # type: ignore[arg-type]
        except (ValueError, OSError):
            pass


def _stop(signum: int, _frame: object) -> None:
    global last
    last = signum
    raise Stopped(signum)


def _interrupt(signum: int, frame: object) -> None:
    global last
    last = signum
    signal.default_int_handler(signum, frame)


def raise_again() -> None:
    """Raise the stop signal that came (SQLite swallowed it in a callback); nothing when none came."""
    if last in _CAUGHT:
        raise Stopped(last)
    if last == signal.SIGINT:
        raise KeyboardInterrupt


def message(exc: KeyboardInterrupt) -> str:
    """The one line a command says when `exc` stopped it."""
    return _SAID.get(getattr(exc, "signum", signal.SIGINT), _SAID[signal.SIGINT])


def exit_code(exc: KeyboardInterrupt) -> int:
    """128 + the signal's number: 130 for Ctrl+C, 143 for SIGTERM, 129 for SIGHUP."""
    return 128 + int(getattr(exc, "signum", signal.SIGINT))


def restore_defaults() -> None:
    """SIGTERM and SIGHUP end the process at once again: in a forked parse worker (its parent,
    which got the same signal, stops the import and says so), while Python winds down after
    the command, and before the window sets its own (gui/terminate_signal.py)."""
    for signum in _CAUGHT:
        try:
            if signal.getsignal(signum) is _stop:
                signal.signal(signum, signal.SIG_DFL)
        except (ValueError, OSError):
            pass
    try:
        if signal.getsignal(signal.SIGINT) is _interrupt:
            signal.signal(signal.SIGINT, signal.default_int_handler)
    except (ValueError, OSError):
        pass
