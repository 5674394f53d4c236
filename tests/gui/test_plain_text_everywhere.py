"""Rich-looking strings from a library reach no widget as rich text: the views added after the first walk.

A hostile library (an article title, a reporter, an issue source, a
correction's reason, an alias in the people index, a trend query, a file
name in the import summary, a library folder) holds `<img src=…>`, `<b>` and
`<a href>`. Each discovery dock, the history panel, the correction dialog,
the import summary, the restore dialog, the status line and the message
boxes are opened, then every label, tooltip and item tooltip of every widget
in the application is checked: a label that shows such text is plain text,
and no tooltip holds a tag Qt would load or follow.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.core.discovery_helpers import FLOOD, article, issue
from tests.gui.test_discovery_views import wait_idle
from tests.gui.test_plain_text import LOADERS, _walk
from zzreader.core.discovery import entities
from zzreader.gui import prompts
from zzreader.gui.qt import (
    QAbstractItemView,
    QApplication,
    QCalendarWidget,
    QDate,
    QLabel,
    QMessageBox,
    Qt,
    QWidget,
)

HOSTILE = '<img src="/etc/passwd"><a href="http://evil.example">株洲</a>'


def _belongs(widget: QWidget, root: QWidget | None) -> bool:
    """`widget` is in `root`'s window or in a dialog of it (other tests' windows may linger)."""
    if root is None:
        return True
    top = widget.window()
    return top is root or (top.parentWidget() is not None and top.parentWidget().window() is root)


def _labels_and_tips(root: QWidget | None = None) -> list[str]:
    """Every problem: a label showing a tag as rich text, or a tooltip that holds one."""
    problems = []
    for widget in QApplication.allWidgets():
        if not _belongs(widget, root):
            continue
        tip = widget.toolTip()
        if any(tag in tip for tag in LOADERS):
            problems.append(f"tooltip of {type(widget).__name__} {widget.objectName()}: {tip[:80]}")
        if isinstance(widget, QLabel) and any(tag in widget.text() for tag in LOADERS):
            if widget.textFormat() != Qt.TextFormat.PlainText:
                problems.append(f"label {widget.objectName()}: {widget.text()[:80]}")
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            for index in _walk(widget.model()):
                tip = index.data(Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str) and any(tag in tip for tag in LOADERS):
                    problems.append(f"item tooltip in {type(widget).__name__} {widget.objectName()}: {tip[:80]}")
        if isinstance(widget, QCalendarWidget):
            for day, fmt in widget.dateTextFormat().items():
                if any(tag in fmt.toolTip() for tag in LOADERS):
                    problems.append(f"calendar tooltip {day.toString()}: {fmt.toolTip()[:80]}")
    return problems


@pytest.fixture
def hostile_window(qtbot, window, monkeypatch: pytest.MonkeyPatch):
    lib = window.library
    hostile_issue = issue("2024-06-01", [article(HOSTILE + "防汛", FLOOD, reporters=(HOSTILE,))], number=7, pages=8)
    hostile_issue.source = f"{HOSTILE}.txt"
    lib.import_issue(hostile_issue)
    lib.import_issue(issue("2024-06-09", [article("<b>大堤</b>", FLOOD.replace("三百余名", "四百多名"))]))
    aid = lib.db.execute("SELECT id FROM articles WHERE title LIKE '<img%'").fetchone()[0]
    lib.corrections.edit(aid, {"title": HOSTILE + "改"}, why=HOSTILE)
    entities.update(lib)
    entities.merge_alias(lib, "place", HOSTILE, "株洲")
    window.tree.model().reload()
    window.open_article(aid)
    return window, aid


def test_every_widget_shows_library_strings_as_text(qtbot, hostile_window, tmp_path: Path) -> None:
    window, aid = hostile_window
    for key in ("entities", "reprints", "trends", "calendar"):
        window.discovery.show(key)
    view = window.discovery.view("entities")
    qtbot.waitUntil(lambda: bool(view.entries), timeout=20_000)
    view.kind.setCurrentIndex(1)  # places: the hostile alias is listed under 株洲
    qtbot.waitUntil(lambda: any(e.name == "株洲" for e in view.entries), timeout=20_000)
    wait_idle(qtbot, window)
    row = next(r for r in range(view.table.rowCount()) if view.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == "株洲")
    view.table.selectRow(row)
    reprints = window.discovery.view("reprints")
    qtbot.waitUntil(lambda: len(reprints.clusters) >= 1, timeout=20_000)
    wait_idle(qtbot, window)
    reprints.table.selectRow(0)
    assert "<img" not in reprints.left.toHtml() or "&lt;img" in reprints.left.toHtml()
    trends = window.discovery.view("trends")
    trends.set_queries(["防汛", '"<b>大堤</b>"'], "year")
    trends.start()
    qtbot.waitUntil(lambda: trends.result is not None, timeout=20_000)
    trends.show_period(0, 0)
    calendar = window.discovery.view("calendar")
    calendar.go_to("2024-06-01")
    window.corrections.show_history()
    window.backups.restore_dialog()
    shown = _labels_and_tips(window)
    assert shown == []
    # The hostile words are there, as text: the check looked at them.
    texts = " ".join(w.text() for w in QApplication.allWidgets() if isinstance(w, QLabel) and _belongs(w, window))
    assert HOSTILE in texts or "&lt;img" in texts or "<img" in window.status_line.where.text()


def test_message_boxes_with_a_hostile_file_name_are_plain(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    boxes: list[tuple[Any, str]] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append((box.textFormat(), box.text())) or 0)
    folder = tmp_path / '<img src="x">'
    folder.mkdir()
    bad = folder / "<b>书库<br>.sqlite"
    bad.write_text("不是数据库", encoding="utf-8")
    assert window.switch_library(bad) is False
    prompts.warn(window, "t", HOSTILE)
    assert boxes and all(fmt == Qt.TextFormat.PlainText for fmt, _ in boxes), boxes
    assert any("<b>书库<br>" in text for _, text in boxes)


def test_the_restore_list_and_folder_are_plain(qtbot, window, tmp_path: Path) -> None:
    from zzreader.core import backup as bk
    from zzreader.gui.backup_dialog import RestoreDialog

    made = bk.make_backup(window.library, "manual")
    folder = tmp_path / "<img src=x>备份"
    dialog = RestoreDialog([made], folder, window)
    qtbot.addWidget(dialog)
    labels = [w for w in dialog.findChildren(QLabel) if "<img" in w.text()]
    assert labels and all(w.textFormat() == Qt.TextFormat.PlainText for w in labels)
    tips = [dialog.table.item(0, c).toolTip() for c in range(dialog.table.columnCount())]
    assert all("<img" not in t for t in tips)
    hostile = bk.BackupInfo(folder / f"{HOSTILE}.sqlite", made.created, made.reason, made.size)
    other = RestoreDialog([hostile], folder, window)
    qtbot.addWidget(other)
    tips = [other.table.item(0, c).toolTip() for c in range(other.table.columnCount())]
    assert all(not any(tag in t for tag in LOADERS) for t in tips) and any("&lt;img" in t for t in tips)


def test_widgets_are_walked(qtbot, window) -> None:
    label = QLabel(HOSTILE)
    label.setObjectName("plantedForTheWalk")
    holder = QWidget()
    label.setParent(holder)
    qtbot.addWidget(holder)
    assert any("plantedForTheWalk" in p for p in _labels_and_tips(holder))  # the walk sees a rich label


def test_the_import_summary_shows_odd_file_names_escaped_on_one_line(qtbot, window, tmp_path: Path) -> None:
    import os

    folder = tmp_path / "dumps"
    folder.mkdir()
    odd = ["第\n一期<img src=x>.txt", "响铃\x07\x1b[31m.txt", os.fsdecode(b"gbk\xd6\xea\xd6\xde.txt")]
    for name in odd:
        (folder / name).write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    with qtbot.waitSignal(window.import_finished, timeout=30_000):
        window.imports.start_import([folder])
    dialog = window.imports.dialog
    names = dialog.visible_files()
    assert sorted(names) == sorted(["第\\n一期<img src=x>.txt", "响铃\\x07\\x1b[31m.txt", "gbk\\xd6\\xea\\xd6\\xde.txt"])
    for row in range(dialog.table.rowCount()):
        tip = dialog.table.item(row, 0).toolTip()
        assert "\n" not in tip and "<img" not in tip and "\x1b" not in tip, tip


def test_a_question_quoting_a_name_shows_it_as_text(qtbot, window, monkeypatch) -> None:
    from zzreader.gui.qt import QInputDialog

    seen: list[Any] = []

    def answer(dialog: QInputDialog) -> int:
        seen.extend(w.textFormat() for w in dialog.findChildren(QLabel) if "<img" in w.text())
        dialog.setTextValue("株洲")
        return QInputDialog.DialogCode.Accepted

    monkeypatch.setattr(QInputDialog, "exec", answer)
    assert prompts.ask_text(window, "t", f"把 {HOSTILE} 改名为") == "株洲"
    assert prompts.ask_item(window, "t", f"并入 {HOSTILE}", ["株洲", "湘潭"]) == "株洲"
    assert seen == [Qt.TextFormat.PlainText, Qt.TextFormat.PlainText]
