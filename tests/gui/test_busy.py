"""run_busy: a slow call in a thread, the window painted meanwhile, its answer back on the GUI thread."""

from __future__ import annotations

import threading

import pytest

from zzreader.gui import busy
from zzreader.gui.qt import QApplication, QTimer


def _busy_dialogs() -> list:
    return [w for w in QApplication.topLevelWidgets() if w.objectName() == "busyDialog" and w.isVisible()]


def test_the_call_runs_in_a_thread_while_events_and_a_busy_dialog_go_on(qtbot, monkeypatch):
    monkeypatch.setattr(busy, "SHOW_AFTER_MS", 0)
    release = threading.Event()
    seen: list[int] = []

    def look() -> None:  # a timer firing at all shows the GUI thread is free
        seen.append(len(_busy_dialogs()))
        release.set()

    QTimer.singleShot(50, look)
    answer = busy.run_busy(None, "正在恢复备份…", lambda: release.wait(10) and threading.current_thread().name)
    assert answer == "zzreader-busy"
    assert seen == [1]
    qtbot.waitUntil(lambda: not _busy_dialogs(), timeout=2_000)


def test_an_exception_in_the_call_is_raised_on_the_gui_thread(qtbot):
    with pytest.raises(ZeroDivisionError):
        busy.run_busy(None, "…", lambda: 1 / 0)
    assert _busy_dialogs() == []
