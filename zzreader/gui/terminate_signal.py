"""SIGTERM and SIGHUP close the window as the user would (Unix).

A session that logs out, `kill`, or a benchmark that ends the window send
SIGTERM. Python's default ends the process at once: the window's layout and
last article were not saved, the closing backup not made, and the
single-instance socket (gui/single_instance.py) stayed behind, so each later
start asked a dead socket before opening (Qt's network module loaded before
the first paint). Here SIGTERM closes the window through its `close()`, the
same path as the window's close button. SIGHUP (the terminal the window was
started from closed) ended it the old way, without the closing backup.

Python runs a signal handler only between bytecodes, and Qt's event loop runs
none while it waits; the handler's signal number is written to a pipe
(`signal.set_wakeup_fd`) that a QSocketNotifier watches, which wakes Python.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable

from zzreader.gui.qt import QObject, QTimer


def close_on_terminate(close: Callable[[], object], owner: QObject) -> bool:
    """Call `close` (on the GUI thread, from the event loop) when SIGTERM arrives; False where not done.

    `owner` keeps the pipe's watcher alive. Only on Unix, and only from the
    main thread (the only one Python lets set signal handlers).
    """
    if sys.platform == "win32":
        return False
    try:
        read_end, write_end = os.pipe()
        for fd in (read_end, write_end):
            os.set_blocking(fd, False)
        signal.set_wakeup_fd(write_end)
    except (OSError, ValueError):  # no file descriptors left; not the main thread
        return False
    from zzreader.gui.qt import (
        QSocketNotifier,  # after the first paint, with the rest of this
    )

    notifier = QSocketNotifier(read_end, QSocketNotifier.Type.Read, owner)
    notifier.activated.connect(lambda *_: _drain(read_end))
    def closing(*_: object) -> None:
        QTimer.singleShot(0, close)  # not inside whatever Python was running

    signal.signal(signal.SIGTERM, closing)
    # The terminal the window was started from closes (SIGHUP): the same close, unless
    # the window was started to outlive it (`nohup` leaves SIGHUP ignored).
    if signal.getsignal(signal.SIGHUP) is signal.SIG_DFL:
        signal.signal(signal.SIGHUP, closing)
    return True


def _drain(fd: int) -> None:
    """Empty the wake-up pipe; the handler itself has run by the time Python is here."""
    try:
        while os.read(fd, 512):
            pass
    except OSError:  # BlockingIOError: empty now
        pass
