"""Run one slow call in a thread while the window stays painted but takes no input.

For work that must happen with the window's library closed (a restore),
so it cannot go to the workers' lanes, and that takes seconds on a large
library: on the GUI thread the window would stop repainting (and Windows
marks a window "not responding" after five seconds). A modal, busy
progress dialog explains the wait; user input is held back until the call
has returned, so nothing can reach the closed library meanwhile.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from zzreader.gui.qt import (
    QEventLoop,
    QProgressDialog,
    Qt,
    QThreadPool,
    QTimer,
    QWidget,
)

POLL_MS = 20
SHOW_AFTER_MS = 300  # a quick call finishes without a flash of dialog


def run_busy(
    parent: QWidget | None, text: str, fn: Callable[..., Any], title: str = "", progress: bool = False
) -> Any:
    """`fn()` in a thread; its result, or its exception raised here on the GUI thread.

    With `progress`, `fn` is called with a `report(done, total)` it may call
    from its thread; the dialog's bar follows it."""
    out: dict[str, Any] = {}
    done = threading.Event()
    reached = [0, 0]  # done, total: written by the thread, read by the timer

    def report(count: int, total: int) -> None:
        reached[:] = [count, total]

    def work() -> None:
        threading.current_thread().name = "zzreader-busy"  # in tracebacks and thread dumps
        try:
            out["result"] = fn(report) if progress else fn()
        except BaseException as exc:  # handed back to the caller below
            out["error"] = exc
        finally:
            done.set()

    # A thread Qt made: the call may lay out Qt text (a PDF export, gui/annotation_io.py), whose
    # timers need the thread's event dispatcher (a plain Python thread printed QBasicTimer warnings).
    thread = QThreadPool()
    thread.setMaxThreadCount(1)
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setObjectName("busyDialog")
    dialog.setWindowTitle(title or text)
    dialog.setMinimumWidth(360)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setValue(0)  # starts the clock that shows it after SHOW_AFTER_MS
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(POLL_MS)
    timer.timeout.connect(lambda: done.is_set() and loop.quit())
    timer.timeout.connect(lambda: _follow(dialog, *reached))
    thread.start(work)
    timer.start()
    try:
        if not done.is_set():
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    finally:
        timer.stop()
        dialog.reset()
        dialog.deleteLater()
    thread.waitForDone()
    if "error" in out:
        raise out["error"]
    return out.get("result")


def _follow(dialog: QProgressDialog, count: int, total: int) -> None:
    if total > 0 and dialog.maximum() != total:
        dialog.setMaximum(total)
    if total > 0:
        dialog.setValue(min(count, total - 1))  # full only when the dialog closes
