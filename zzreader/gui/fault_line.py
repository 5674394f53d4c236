"""Whatever a slot of the window raises is told in one line, in zzreader's words.

PySide6 hands an exception raised in a slot (a timer, a click, a change
notice) to `sys.excepthook`, whose default prints a traceback to the
terminal and shows the user nothing: the click seemed to do nothing. A
library another program altered while the window is open (a table dropped,
a page overwritten) can make any read fail. The views that meet such a
library on purpose say so themselves (main_window.open_from_ui,
change_follower.py, external_changes.py); this hook, installed by the
application (gui/app.py), is the net under everything else: the status bar
shows "Could not read the library: <reason>" (SQLite's words replaced,
core/shown.py), and the traceback still goes to standard error for a bug
report.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from zzreader import i18n
from zzreader.core import shown
from zzreader.core.errors import ZZReaderError
from zzreader.i18n import tr

STATUS_MS = 10_000


def one_line(exc: BaseException) -> str:
    """The exception as the status bar says it: the core's own message, or a read failure."""
    if isinstance(exc, ZZReaderError):
        return i18n.pick(shown.error(exc))
    return tr("library.read_failed", error=i18n.pick(shown.error(exc)))


def hook(show: Callable[[str], None]) -> Callable[[type[BaseException], BaseException, TracebackType | None], None]:
    """An excepthook that shows each exception with `show` and prints its traceback to stderr."""

    def excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, (KeyboardInterrupt, SystemExit)):
            sys.__excepthook__(kind, exc, tb)
            return
        try:
            show(one_line(exc))
        finally:
            traceback.print_exception(kind, exc, tb, file=sys.stderr)

    return excepthook


def install(window_of: Callable[[], object]) -> None:
    """Route slot exceptions to the status bar of the window `window_of()` returns."""

    def show(text: str) -> None:
        window = window_of()
        if window is not None and not getattr(window, "closed", True):
            window.statusBar().showMessage(text, STATUS_MS)

    sys.excepthook = hook(show)
