"""Outside strings in the places the first walks missed: status messages, a folder, a diff, a table row, a menu.

A library file, a backup or a folder may be named with U+202E (right-to-left
override) or a line break, and a title, a reason or a corrected text may hold
them, a NUL, or 10,000 characters. Each place below showed them as they were:
the status bar reversed a backup message after its file name, the restore
dialog its folder, the history diff the rest of a changed line (a NUL there
was a change nobody could see), the annotation browser laid out a whole
10,000-character title in one row, and a recent library's menu item kept its
path as a tooltip Qt reads as HTML.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.gui.conftest import open_window
from zzreader.gui.annotation_browser import COLUMNS
from zzreader.gui.qt import QLabel, QMenu, Qt

RLO = "\u202e"
MARKUP = '<img src=/etc/passwd><a href="file:///etc/passwd">x</a><b>B</b>&lt;'
NAME = "<img src=passwd><b>B&lt;"  # a file or folder name holds no slash


def test_a_status_message_naming_a_file_stays_one_readable_line(window) -> None:
    window.statusBar().showMessage(f"已备份到：{RLO}夜.sqlite\n第二行{MARKUP}", 0)
    shown = window.statusBar().currentMessage()
    assert RLO not in shown and "\n" not in shown
    assert "\\u202e夜.sqlite" in shown and "第二行" in shown and MARKUP in shown  # told, not obeyed
    window.show_status("x" * 5_000)
    assert len(window.statusBar().currentMessage()) < 700


def test_the_restore_dialog_names_a_reversing_folder_with_an_escape(qtbot, window, tmp_path: Path) -> None:
    from zzreader.core import backup as bk
    from zzreader.gui.backup_dialog import RestoreDialog

    made = bk.make_backup(window.library, "manual")
    dialog = RestoreDialog([made], tmp_path / f"{NAME}{RLO}备份", window)
    qtbot.addWidget(dialog)
    folder = dialog.findChild(QLabel, "restoreFolder")
    assert folder.textFormat() == Qt.TextFormat.PlainText
    assert RLO not in folder.text() and f"{NAME}\\u202e备份" in folder.text()


def test_the_history_diff_shows_invisible_changes_as_escapes() -> None:
    from zzreader.gui.history_panel import marked
    from zzreader.gui.qt import QTextDocument

    _left, right = marked("株洲日报讯\n神农城", f"株洲日报讯{RLO}\x00\u200b\n神农城{MARKUP}")
    doc = QTextDocument()
    doc.setHtml(right)
    text = doc.toPlainText()
    assert RLO not in text and "\x00" not in text and "\u200b" not in text
    assert "\\u202e\\x00\\u200b" in text and "\n神农城" in text and MARKUP in text  # the line break is kept
    assert "<img" not in right and "&lt;img" in right


def test_the_annotation_browser_cuts_a_planted_title_in_its_row(qtbot, library_path: Path, settings) -> None:
    conn = sqlite3.connect(library_path)
    article = conn.execute("SELECT min(id) FROM articles").fetchone()[0]
    conn.execute("UPDATE articles SET title = ? WHERE id = ?", [MARKUP + RLO + "长" * 10_000, article])
    conn.execute("UPDATE issues SET date = ? || date", [RLO + "9" * 3_000])
    conn.commit()
    conn.close()
    win = open_window(qtbot, library_path, settings)
    try:
        h = win.library.highlights.add(article, 0, 4, note="批注").value
        win.annotator.notify()
        win.browser_dock.show()
        model = win.browser.model
        row = win.browser.row_of(h.id)
        title = model.index(row, COLUMNS.index("article")).data()
        date = model.index(row, COLUMNS.index("date")).data()
        assert title.startswith(MARKUP) and len(title) <= 301 and RLO not in title
        assert len(date) <= 41 and RLO not in date
    finally:
        win.shutdown()


def test_a_recent_library_path_is_an_escaped_tooltip(qtbot, window, tmp_path: Path) -> None:
    import shutil

    folder = tmp_path / f"<img src=x>{RLO}夹"
    folder.mkdir()
    hostile = folder / "<b>书库.sqlite"
    shutil.copy(window.library.path, hostile)
    window.recent.remember(hostile)
    menu = QMenu()
    window.recent.fill(menu)
    tips = [a.toolTip() for a in menu.actions()]
    texts = [a.text() for a in menu.actions()]
    assert tips and all("<img" not in t and "<b>" not in t for t in tips)
    assert any("&lt;img src=x&gt;" in t for t in tips)
    assert all(RLO not in t for t in texts)
