"""Same-day pages (one file a page, core/same_issue.py) and page jumps over values another tool wrote.

Before: an article whose stored `issue_date` was not an ISO date ('<img…',
42, bytes, a newline) stopped the window from opening (`int('<img')` in
the tree's first-article lookup); an issue whose `date` was such a value
was counted under 'undated' but listed nowhere, so its articles could not
be reached from the tree. Now such issues are listed under 'undated' (the
library and the tree agree on what is dated: core/store.py DATED), and the
section names, jump notes and links of same-day pages stay plain, bounded
text.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.gui.conftest import open_window
from tests.gui.test_page_jumps import _library
from tests.gui.test_plain_text import _walk
from zzreader.core.store import open_library
from zzreader.gui.qt import Qt
from zzreader.gui.tree_model import ARTICLE, ISSUE, KIND_ROLE

HOSTILE = {
    "markup": "<img src=/etc/passwd><b>粗</b>",
    "long": "长" * 100_000,
    "nul": "A\x00B",
    "rtl": "\u202e右到左\u202c",
    "bytes": b"\xe6\xa0\xaa<img src=x>\xff",
    "int": 42,
    "newlines": "第一行\n\n第二行\r\n",
    "float": 1.5e308,
    "no day": "2025",
    "year zero": "0000-00-00",
}


def _spoil(path: Path, sql: str, value: object) -> None:
    conn = sqlite3.connect(path)
    conn.execute(sql, (value,))
    conn.commit()
    conn.close()


def _rows(win) -> list:
    return _walk(win.tree.model())


@pytest.mark.parametrize("name", list(HOSTILE))
def test_every_issue_stays_in_the_tree_whatever_its_stored_date(qtbot, tmp_path: Path, settings, name: str) -> None:
    path = _library(tmp_path)
    _spoil(path, "UPDATE issues SET date = ? WHERE id = (SELECT min(id) FROM issues)", HOSTILE[name])
    _spoil(path, "UPDATE articles SET issue_date = ?", HOSTILE[name])
    with open_library(path) as library:  # the library's own count of years and months agree
        years = library.years()
        assert sum(n for _y, n in years) == 2
        assert sum(n for y, _n in years for _m, n in library.months(y)) == 2
    win = open_window(qtbot, path, settings)  # before: ValueError for '<img', 42, bytes…
    try:
        rows = _rows(win)
        assert sum(1 for i in rows if i.data(KIND_ROLE) == ISSUE) == 2  # before: the spoiled issue was unreachable
        assert sum(1 for i in rows if i.data(KIND_ROLE) == ARTICLE) == 2
        for index in rows:
            assert isinstance(index.data(), str) and len(index.data()) < 400
            tip = index.data(Qt.ItemDataRole.ToolTipRole)
            assert tip is None or "<img" not in tip  # escaped: shown as characters
    finally:
        win.shutdown()


@pytest.mark.parametrize("column", ["section", "continued_from", "title"])
@pytest.mark.parametrize("name", ["markup", "long", "bytes", "int", "newlines", "rtl"])
def test_same_day_pages_and_jumps_show_stored_values_as_text(
    qtbot, tmp_path: Path, settings, column: str, name: str
) -> None:
    path = _library(tmp_path)
    _spoil(path, f"UPDATE articles SET {column} = ?", HOSTILE[name])
    win = open_window(qtbot, path, settings)
    try:
        ids = [row[0] for row in win.library._db.execute("SELECT id FROM articles ORDER BY issue_id, seq")]
        for index in _rows(win):
            assert isinstance(index.data(), str) and len(index.data()) < 400
        for article_id in ids:
            win.open_article(article_id)
            assert win.current_id == article_id
            assert "<img" not in win.view.page.toHtml()  # the page escapes it
            assert len(win.view.plain_text()) < 20_000  # a 100,000-character name is cut in the header
            for value in [str(i) for i in ids] + [str(HOSTILE[name])[:50], "-1", "1e3"]:
                win.page_links.follow("article", value)  # another tool's link value opens nothing odd
                assert win.current_id in ids
    finally:
        win.shutdown()
