"""Work the window does not need for its first paint, started right after it.

Readying jieba for the first search (a dictionary of half a million words)
and loading the search modules (`warm_up_search`)
takes longer than building the whole window and, although it runs in the
read lane, it holds Python's lock while it loads. Started from the window's
constructor it delays the window itself; started once the window has been
painted, the user sees the archive at once and the search is warm a moment
later (tests/bench/bench_gui.py measures both).

`after_first_paint(widget, fn)` runs `fn` on the GUI thread one turn of the
event loop after `widget` (a top-level window) has first been drawn: its
first UpdateRequest, the event in which Qt paints a top-level widget's
backing store. A window that is never shown never runs it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from zzreader.gui.qt import QEvent, QObject, QTimer, QWidget

if TYPE_CHECKING:
    from zzreader.gui.workers import Workers


class _FirstPaint(QObject):
    """Event filter on one window: after its first repaint, run the queued calls once."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.widget = widget
        self.painted = False
        self.calls: list[Callable[[], None]] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if not self.painted and watched is self.widget and event.type() == QEvent.Type.UpdateRequest:
            self.painted = True
            self.widget.removeEventFilter(self)
            # The paint happens while this event is delivered: run after it.
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        calls, self.calls = self.calls, []
        for call in calls:
            call()


def after_first_paint(widget: QWidget, fn: Callable[[], None]) -> None:
    """Run `fn` once `widget` has been drawn for the first time (next turn if it already was)."""
    hook = widget.findChild(_FirstPaint)
    if hook is None:
        hook = _FirstPaint(widget)
    if hook.painted and not hook.calls:
        QTimer.singleShot(0, hook, fn)
    else:
        hook.calls.append(fn)


def warm_up_search(workers: Workers) -> None:
    """Ready jieba and the search modules (core/search.py, not loaded for the window) in the read lane."""

    def warm(_library: object, _progress: object, _cancel: object) -> None:
        from zzreader.core import search  # noqa: F401 - loaded before the first search asks for it
        from zzreader.resources import configure_jieba

        configure_jieba()

    workers.read.submit(warm, "warm-up")
