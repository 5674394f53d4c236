"""A table no page prints (tens of thousands of cells) is shown as lines, not drawn cell by cell.

Before: an article whose blocks held a table of 20,000 rows froze the window
for 10 s when opened (100,000 cells in one row: 15 s); cells that were not
text (another tool's blocks column) kept the article from opening at all.
Now a table beyond `article_rows.MAX_TABLE_CELLS` is a paragraph of its lines
(1.6 s for the 20,000 rows) and odd cells are read from the article's text.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.gui.conftest import open_window
from zzreader.core import article_rows


def _table_article(path: Path, rows: int, cols: int, stored_rows=None) -> str:
    text = "\n".join("\t".join(f"株洲{r}-{c}" for c in range(cols)) for r in range(rows))
    block = ["table", len(text), 1, rows] + ([stored_rows] if stored_rows is not None else [])
    conn = sqlite3.connect(path)
    conn.execute("UPDATE articles SET text = ?, blocks = ? WHERE id = 1", [text, json.dumps([block])])
    conn.commit()
    conn.close()
    return text


@pytest.mark.parametrize(
    "rows,cols,stored,drawn_as_table",
    [(3, 2, None, True), (20_000, 3, None, False), (1, 10_000, None, False), (3, 2, [[1, None], "x"], True)],
    ids=["small", "20,000 rows", "10,000 cells in a row", "cells that are not text"],
)
def test_an_article_with_a_table_opens(qtbot, library_path, settings, rows, cols, stored, drawn_as_table):
    text = _table_article(library_path, rows, cols, stored)
    win = open_window(qtbot, library_path, settings)
    try:
        assert win.open_from_ui(1)
        article = win.library.article(1)
        assert [b.kind for b in article.blocks] == (["table"] if drawn_as_table else ["paragraph"])
        assert article.blocks[0].text == text
        page = win.view.page.toPlainText()
        assert f"株洲{rows - 1}-{cols - 1}" in page and "株洲0-0" in page
    finally:
        win.shutdown()


def test_the_bound_is_on_cells():
    assert article_rows.MAX_TABLE_CELLS >= 1_000  # a stock or results table of a real page
