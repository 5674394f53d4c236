"""The `zzreader` entry point: run a command, the self-test, or open the window.

This is the one place where the command line and the window meet: commands
come from `zzreader/cli/`, which never imports Qt; the window and the
self-test are imported only when asked for, so scripts never load PySide6.
"""

from __future__ import annotations

import sys

# Not `from typing import TYPE_CHECKING`: until main() is entered, a Ctrl+C is
# Python's traceback, so this module imports nothing that takes time to load.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from collections.abc import Mapping, Sequence

# cli/codes.py's EXIT_INTERRUPTED (tests/cli/test_closed_streams.py keeps them
# equal): importing it would load the command line's package before main().
EXIT_INTERRUPTED = 130
EXIT_USAGE = 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run; Ctrl+C at any moment (even while modules load) is one line and exit 130.

    The command line's modules are imported in here, not at the top, so that
    a Ctrl+C while they load is caught as well.
    """
    sys.unraisablehook = _interrupt_again
    try:
        return _main(argv)
    except KeyboardInterrupt as exc:
        if "zzreader.core.stop_signals" not in sys.modules:  # Ctrl+C before anything loaded
            print("已中断 / Interrupted", file=sys.stderr)
            return EXIT_INTERRUPTED
        from zzreader.core import stop_signals  # SIGTERM, SIGHUP: their own line and exit code

        print(stop_signals.message(exc), file=sys.stderr)
        return stop_signals.exit_code(exc)


def _interrupt_again(unraisable: sys.UnraisableHookArgs) -> None:
    """A Ctrl+C that lands in code Python cannot raise from (a weakref callback
    of the import system, a `__del__`) is delivered to the main thread again,
    from another thread once this hook has returned, instead of being printed
    as "Exception ignored ... KeyboardInterrupt" and lost (the import then ran on)."""
    if not issubclass(unraisable.exc_type, KeyboardInterrupt):
        sys.__unraisablehook__(unraisable)
        return
    import _thread

    # Not threading.Thread: its start() waits for the thread, and the
    # interrupt would then land in this hook.
    _thread.start_new_thread(_thread.interrupt_main, ())


def _main(argv: Sequence[str] | None) -> int:
    from zzreader.core import stop_signals

    # SIGTERM and SIGHUP: one line from here on, even while the modules load; the
    # handlers the caller had come back after (a test calling main() keeps its own).
    previous = stop_signals.install()
    try:
        return _command(argv)
    finally:
        stop_signals.restore(previous)


def _command(argv: Sequence[str] | None) -> int:
    import gc

    gc.disable()  # loading modules makes objects that live as long as the process: nothing to collect
    try:
        from zzreader import cli
        from zzreader.cli import quick_search, terminal
    finally:
        gc.enable()
    terminal.fill_closed_streams()  # `zzreader search x >&-`: one line and exit 2, not silence
    done = quick_search.try_run(sys.argv[1:] if argv is None else list(argv))
    if done is not None:  # a plain `zzreader search` on a current library
        return done
    args = cli.parse_window_options(argv) or cli.parse(argv)
    if args.self_test:
        return cli.run(args, run_self_test)
    if args.command is None:  # the window has its own language setting
        with terminal.safe_streams():  # the window's own lines and tracebacks may quote a library's text
            return cli.guarded(run_window, args)
    return cli.run(args, args.func)


def run_window(args: argparse.Namespace) -> int:
    """Open the reader window (or take a screenshot) on the chosen library.

    A library that cannot be opened is one line on stderr (cli.guarded); a
    start from the desktop's menu has no terminal to show it, so it is also
    shown in a message box there (gui/start_failure.py).
    """
    from zzreader.core import stop_signals
    from zzreader.core.errors import ZZReaderError

    stop_signals.restore_defaults()  # the window closes itself on them (gui/terminate_signal.py)
    try:
        return _run_window(args)
    except ZZReaderError as exc:
        from zzreader.gui import start_failure

        start_failure.tell(exc)
        raise


def _run_window(args: argparse.Namespace) -> int:
    import gc

    gc.disable()  # on again once the window is drawn (gui/app.py collect_from_now_on)
    try:
        return _open_window(args)
    finally:
        gc.enable()  # whatever happened to the window


def _open_window(args: argparse.Namespace) -> int:
    from zzreader import cli
    from zzreader.core.library_paths import choose_library, open_chosen_library
    from zzreader.core.store import needs_upgrade

    # Create / seed before the window opens; the window takes the daily backup
    # itself, in its write lane, so start-up never waits for it. An upgrade
    # (minutes on a big library) is left to the window, which shows its
    # progress (gui/library_upgrade.py).
    # The library opened here is the window's own (not opened twice).
    choice = choose_library(args.library)
    library = None if needs_upgrade(choice.path) else open_chosen_library(args.library)
    try:
        missing = _no_display()
        if missing is not None:
            print(missing, file=sys.stderr)
            return cli.EXIT_FAILED
        try:
            from zzreader.gui.app import main as window_main
        except ModuleNotFoundError as exc:
            if not (exc.name or "").startswith(("zzreader.gui", "PySide6")):
                raise
            print(
                f"图形界面不可用（缺少 {exc.name}），可用命令见 zzreader --help / "
                f"The reader window is not available ({exc.name}); see zzreader --help",
                file=sys.stderr,
            )
            return cli.EXIT_FAILED
        target = choice.path if library is None else library
        return int(window_main(target, screenshot=args.screenshot, new_window=args.new_window) or 0)
    finally:
        if library is not None:
            library.close()  # closed already if the window took it; not if it never opened


def _no_display(env: Mapping[str, str] | None = None, platform: str = sys.platform) -> str | None:
    """Why the window cannot open on this machine (a Linux or BSD session with no display
    and no platform chosen), or None. Qt itself then aborted the process with a core dump
    (exit 134) and five lines about its platform plugins, over SSH or in a container."""
    import os

    env = os.environ if env is None else env
    if env.get("QT_QPA_PLATFORM") or not (platform.startswith("linux") or "bsd" in platform):
        return None  # a platform the user chose (offscreen, vnc …), or a desktop OS
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return None
    return ("无法打开窗口：没有图形显示（未设置 DISPLAY 或 WAYLAND_DISPLAY），命令行用法见 zzreader --help / "
            "Cannot open the window: no graphical display (DISPLAY and WAYLAND_DISPLAY are not set); "
            "for the commands see zzreader --help")


def run_self_test(args: argparse.Namespace) -> int:
    from zzreader.core.library_paths import choose_library
    from zzreader.selftest import main as self_test_main

    choice = choose_library(args.library)
    return int(self_test_main(None if choice.is_default else choice.path) or 0)


def exit_quietly(code: int) -> None:
    """Exit with `code`; a Ctrl+C during Python's own teardown (workers joined,
    files closed) then ends the process as the shell expects, not in a traceback."""
    import signal

    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):
            pass  # a closed stream was already told in main()
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    sys.exit(code)


def run() -> None:
    """The console script's entry (pyproject.toml) and `python -m zzreader`."""
    try:
        code = main()
    except SystemExit as exc:  # argparse's exits (help, a usage error) flush their streams here too
        code = exc.code if isinstance(exc.code, int) else 0 if exc.code is None else EXIT_USAGE
    exit_quietly(code)


if __name__ == "__main__":
    run()
