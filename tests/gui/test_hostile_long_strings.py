"""Over-long and over-marked library strings: the window shows their start, bounded, at once.

Another tool may store a headline of 100,000 characters, a section of 100,000,
a reporter's name of 100,000, or one character carrying 500 combining
accents. Before, opening such an article took 2.8 s (the header quoted every
name into its link), a spaced headline became a title of 33,000 lines, the
archive tree's column was 1,200,000 pixels wide, the status bar's path label
asked for 2,400,000, and the accents drew a title wider than the page. Now
the header shows at most 300 characters of a headline (8 lines), 100 of a
name or section; each row, menu and the status path is one bounded line;
and a character keeps at most four combining marks where it is displayed
(gui/article_html.py `short`, gui/plain_text.py, gui/combining_marks.py).
The body is shown whole.
"""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from tests.gui.conftest import open_window
from tests.gui.test_plain_text import _walk
from zzreader.gui.qt import QLabel, Qt

LONG = "湘江" * 50_000  # 100,000 characters, no break
SPACED = "株洲 " * 33_000  # a break between every two Han words: one title line each
ACCENTED = "株" + "\u0301" * 500 + "洲新闻"
HTML_TITLE = '"><img src=/etc/passwd><a href="javascript:alert(1)">点此</a> &lt;b&gt;株洲'


def _alter(path: Path, sql: str, *params) -> None:
    conn = sqlite3.connect(path)
    conn.execute(sql, params)
    conn.commit()
    conn.close()


@pytest.fixture
def long_window(qtbot, library_path: Path, settings):
    _alter(library_path, "UPDATE articles SET title = ?, section = ?, kicker = ?, subtitle = ?, reporters = ? WHERE id = 1",
           LONG, LONG, LONG, LONG, json.dumps([LONG, "谭某"]))  # fmt: skip
    _alter(library_path, "UPDATE articles SET title = ? WHERE id = 2", SPACED)
    _alter(library_path, "UPDATE articles SET title = ?, section = ? WHERE id = 3", ACCENTED, "要闻" + "\u0308" * 500)
    win = open_window(qtbot, library_path, settings)
    yield win
    win.shutdown()


def _title_lines(win) -> list[str]:
    """The page's headline as shown: the lines between the meta line and the byline."""
    return win.view.plain_text().split("\n")


def test_a_headline_of_100000_characters_is_shown_cut(qtbot, long_window) -> None:
    win = long_window
    assert win.open_from_ui(1)
    page = win.view.plain_text()
    body = win.library.article(1).text
    assert body[:40] in page  # the body is whole
    assert len(page) < len(body) + 2_000  # the header is not 400,000 characters
    assert "湘江湘江…" in page
    assert max(len(line) for line in page.split("\n")[:6]) <= 320
    chips = re.findall(r'href="zz:author/([^"]*)"', win.view.page.toHtml())
    assert chips and all(len(c) <= 101 * 9 for c in chips)  # a percent-quoted name of at most 100 characters
    labels = [i.data() for i in _walk(win.tree.model())]
    assert max(len(text) for text in labels) <= 320
    assert win.tree.sizeHintForColumn(0) < 10_000
    where = win.status_line.where
    assert "›" in where.text() and len(where.text()) < 400
    assert where.minimumSizeHint().width() < 10_000


def test_a_headline_spaced_into_33000_lines_shows_eight(qtbot, long_window) -> None:
    win = long_window
    assert win.open_from_ui(2)
    lines = _title_lines(win)
    assert sum(1 for line in lines if line.strip() == "株洲") == 7  # seven lines, then the rest on the eighth
    assert len(win.view.plain_text()) < 5_000 + len(win.library.article(2).text)


def test_stacked_accents_are_capped_where_shown(qtbot, long_window) -> None:
    win = long_window
    assert win.open_from_ui(3)
    page = win.view.plain_text()
    assert "株" + "\u0301" * 4 + "洲新闻" in page
    assert "\u0301" * 5 not in page and "\u0308" * 5 not in page
    labels = [i.data() for i in _walk(win.tree.model())]
    assert any(text.startswith("株" + "\u0301" * 4 + "洲") for text in labels)
    assert not any("\u0301" * 5 in text for text in labels)
    assert "\u0301" * 5 not in win.status_line.where.text()


def test_search_rows_over_long_titles_are_bounded(qtbot, long_window) -> None:
    win = long_window
    win.search.query.setText("医保")
    win.search.run()
    model = win.search.results.model()
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=20_000)
    rows = [model.index(r, 0).data(Qt.ItemDataRole.DisplayRole) for r in range(model.rowCount())]
    assert any(row.startswith("湘江湘江") for row in rows), rows
    assert max(len(row) for row in rows) < 400
    index = next(model.index(r, 0) for r in range(model.rowCount()) if rows[r].startswith("湘江"))
    height = win.search.delegate.sizeHint(_option(win), index).height()
    assert height < 2_000  # a row of a few lines, not the whole headline wrapped


def _option(win):
    from zzreader.gui.qt import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    option.initFrom(win.search.results)
    return option


def test_markup_in_a_headline_and_names_stays_text(qtbot, library_path: Path, settings) -> None:
    _alter(library_path, "UPDATE articles SET title = ?, reporters = ? WHERE id = 1",
           HTML_TITLE, json.dumps(['"><img src=x>', "javascript:alert(1)"]))  # fmt: skip
    win = open_window(qtbot, library_path, settings)
    try:
        assert win.open_from_ui(1)
        html = win.view.page.toHtml()
        assert "<img" not in html
        hrefs = re.findall(r'href="([^"]*)"', html)
        assert hrefs and all(h.startswith("zz:") for h in hrefs), hrefs
        page = win.view.plain_text()
        assert HTML_TITLE in page  # the entity stays literal: "&lt;b&gt;", not "<b>"
        assert '"><img src=x>' in page and "javascript:alert(1)" in page
        assert "<img" in win.status_line.where.text()
        assert win.status_line.where.textFormat() == Qt.TextFormat.PlainText
        assert all(w.textFormat() == Qt.TextFormat.PlainText for w in win.statusBar().findChildren(QLabel) if "<" in w.text())
    finally:
        win.shutdown()


def test_the_about_box_names_a_hostile_library_file_escaped(qtbot, sample_library_file: Path, tmp_path: Path, settings, monkeypatch) -> None:
    from zzreader.gui.qt import QMessageBox

    path = tmp_path / "株洲\u202egpj.<b>库<i>.sqlite"
    path.write_bytes(sample_library_file.read_bytes())
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda _parent, _title, text: shown.append(text)))
    win = open_window(qtbot, path, settings)
    try:
        win.help.show_about()
        assert shown and "&lt;b&gt;库&lt;i&gt;" in shown[0] and "<b>库" not in shown[0]
        assert "\u202e" not in shown[0] and "\u202e" not in win.windowTitle()
    finally:
        win.shutdown()


def test_a_highlight_menu_names_its_quote_literally(qtbot, window) -> None:
    import dataclasses

    window.open_article(1)
    made = window.library.highlights.add(1, 0, 4)
    highlight = made.value if hasattr(made, "value") else made
    odd = dataclasses.replace(highlight, exact="R&D\t研发\n\u202e部门")
    menu = window.annotator.highlight_menu(odd, None)
    title = menu.title()
    assert "R&&D" in title  # shown as "R&D", no letter underlined
    assert "\t" not in title and "\n" not in title and "\u202e" not in title


def test_the_title_filter_lists_a_long_headline_bounded(qtbot, library_path: Path, settings) -> None:
    from tests.core.discovery_helpers import FLOOD, article, issue
    from zzreader.core.store import open_library

    with open_library(library_path) as lib:  # imported, so the title index holds it too
        lib.import_issue(issue("2024-06-01", [article("渌口" * 50_000 + "\u0301" * 500, FLOOD)]))
    win = open_window(qtbot, library_path, settings)
    try:
        win.filter.setText("渌口渌口")
        model = win.titles.model
        qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10_000)
        shown = [model.item(r).text() for r in range(model.rowCount())]
        assert any(text.startswith("渌口渌口") for text in shown)
        assert max(len(text) for text in shown) <= 320
    finally:
        win.shutdown()


def test_the_restore_list_names_a_hostile_backup_file_escaped(qtbot, window, tmp_path: Path) -> None:
    import dataclasses

    from zzreader.core import backup as bk
    from zzreader.gui.backup_dialog import RestoreDialog

    made = bk.make_backup(window.library, "manual")
    odd = made.path.with_name("株洲\u202egpj\n伪造的一行.sqlite")
    made.path.rename(odd)
    dialog = RestoreDialog([dataclasses.replace(made, path=odd)], odd.parent, window)
    qtbot.addWidget(dialog)
    names = [dialog.table.item(0, c).text() for c in range(dialog.table.columnCount())]
    name = next(text for text in names if "gpj" in text)
    assert "\u202e" not in name and "\n" not in name and "伪造的一行" in name
