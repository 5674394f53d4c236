"""Every keyboard shortcut pressed while an import or a compact runs, and two imports at once.

Each action with a shortcut is triggered (its dialogs answered 'no' or
'cancel' at once) while the write lane works; nothing may raise, every job
ends, and the library passes its integrity check with every article indexed.
Two imports started together queue in the write lane: both end, the second
finds the first's files unchanged.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.gui.test_hostile_close_during_work import _many_issues, _sound
from zzreader.gui import prompts
from zzreader.gui.qt import (
    QAction,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMenu,
    QMessageBox,
)

SKIPPED = ("Ctrl+Q", "Ctrl+P")  # quitting; printing's own dialog (gui/printing.py) is Qt's


def _answer_every_dialog_at_once(monkeypatch) -> None:
    monkeypatch.setattr(QDialog, "exec", lambda self: 0)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.No)
    monkeypatch.setattr(QInputDialog, "exec", lambda self: 0)
    monkeypatch.setattr(QMenu, "exec", lambda self, *_a: None)
    for name in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *_a, **_k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *_a, **_k: ([], "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *_a, **_k: ""))
    for name in ("confirm", "confirm_action"):
        monkeypatch.setattr(prompts, name, lambda *_a, **_k: False)
    for name in ("ask_text", "ask_item", "warn"):
        monkeypatch.setattr(prompts, name, lambda *_a, **_k: None)


def _press_every_shortcut(qtbot, window) -> int:
    pressed = 0
    for action in window.findChildren(QAction):
        keys = action.shortcut().toString()
        if not keys or keys in SKIPPED:
            continue
        action.trigger()
        pressed += 1
        qtbot.wait(5)
    return pressed


def test_shortcuts_during_an_import_and_a_compact(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    _answer_every_dialog_at_once(monkeypatch)
    window.imports.start_import([_many_issues(tmp_path / "many", 30)])
    qtbot.wait(100)
    assert _press_every_shortcut(qtbot, window) >= 20
    qtbot.waitUntil(lambda: not window.workers.write.busy(), timeout=120_000)
    monkeypatch.setattr(prompts, "confirm_action", lambda *_a, **_k: True)
    assert window.backups.compact_now() is not None
    monkeypatch.setattr(prompts, "confirm_action", lambda *_a, **_k: False)
    _press_every_shortcut(qtbot, window)
    qtbot.waitUntil(lambda: not window.workers.write.busy() and not window.workers.edits.busy(), timeout=120_000)
    assert window.imports.dialog.report.count("imported") == 30
    _sound(window.library.path)


def test_two_imports_at_once_both_end(qtbot, window, tmp_path: Path) -> None:
    folder = _many_issues(tmp_path / "five", 5)
    first = window.imports.start_import([folder], show_dialog=False)
    second = window.imports.start_import([folder], show_dialog=False)
    qtbot.waitUntil(lambda: first.ended and second.ended, timeout=60_000)
    assert first.report.count("imported") == 5
    assert second.report.count("unchanged") == 5
    conn = sqlite3.connect(window.library.path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
