"""A lone surrogate another tool stored in a library: the window opens and shows the rest as text.

The library's text encoding is UTF-16 (core/connection.py), so a program
writing raw UTF-16 can leave half of a surrogate pair in a title, an issue's
file name, a tag or a collection name. SQLite hands such a value over as
bytes that are not UTF-8, and sqlite3's own decoding failed the whole query:
one such title kept the window from opening at all ("Could not decode to
UTF-8 column 'title'"). Every connection now reads text with undecodable
bytes shown as U+FFFD (core/safe_open.py `stored_text`).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.gui.conftest import open_window
from tests.gui.test_plain_text import _walk
from zzreader.gui.qt import Qt

# 株 (U+682A) then a lone high or low surrogate, as UTF-16LE bytes.
HIGH = "CAST(x'2a6800d8' AS TEXT)"
LOW = "CAST(x'2a6800dc' AS TEXT)"

STORED = {
    "title": f"UPDATE articles SET title = {HIGH} WHERE id = 1",
    "section and text": f"UPDATE articles SET section = {LOW}, text = {HIGH} || text WHERE id = 1",
    "issue file and date": f"UPDATE issues SET source = {HIGH}, date = CAST(x'32003000ffdb' AS TEXT) WHERE id = 2",
    "tag name": f"INSERT INTO tags (name) VALUES ({HIGH})",
    "collection name": f"INSERT INTO collections (id, name, created) VALUES (9, {LOW}, 5); "
    "INSERT INTO collection_articles VALUES (9, 1, NULL)",
}


@pytest.mark.parametrize("name", list(STORED))
def test_the_window_opens_over_a_lone_surrogate(qtbot, library_path: Path, settings, name: str) -> None:
    conn = sqlite3.connect(library_path)
    conn.executescript(STORED[name])
    conn.commit()
    conn.close()
    win = open_window(qtbot, library_path, settings)
    try:
        labels = [i.data() for i in _walk(win.tree.model())]
        assert labels and all(isinstance(text, str) for text in labels)
        assert win.open_from_ui(1)
        page = win.view.plain_text()
        if name == "title":
            assert "株\ufffd" in page and any("株\ufffd" in text for text in labels)
        if name == "section and text":
            assert "株\ufffd" in page
        if name == "collection name":
            tree = win.collections.tree
            shown = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
            assert any(text.startswith("株\ufffd") for text in shown), shown
        if name == "tag name":
            manager = win.show_tag_manager()
            names = [manager.table.item(r, 0).text() for r in range(manager.table.rowCount())]
            assert any(text.startswith("株\ufffd") for text in names), names
            manager.close()
        assert isinstance(win.status_line.counts.text(), str)
    finally:
        win.shutdown()


def test_a_search_reads_past_a_lone_surrogate(qtbot, library_path: Path, settings) -> None:
    conn = sqlite3.connect(library_path)
    conn.executescript(STORED["title"])
    conn.commit()
    conn.close()
    win = open_window(qtbot, library_path, settings)
    try:
        win.search.query.setText("医保")
        win.search.run()
        model = win.search.results.model()
        qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=20_000)
        rows = [model.index(r, 0).data(Qt.ItemDataRole.DisplayRole) for r in range(model.rowCount())]
        assert any(row.startswith("株\ufffd") for row in rows), rows
        assert not win.search.last_error
    finally:
        win.shutdown()
