"""The window over articles another tool cut from their issue (core/issueless.py).

Opening such an article (a search hit, a link, back/forward) raised "in no
issue" out of `open_article`; the page now shows it with no issue date or
number, as `export articles` writes it with an empty source.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.gui.conftest import open_window

CUTS = {"null": "NULL", "nowhere": "issue_id + 1000", "text": "'第一期'"}


@pytest.mark.parametrize("value_sql", CUTS.values(), ids=CUTS.keys())
def test_the_window_opens_an_article_in_no_issue(qtbot, library_path: Path, settings, value_sql: str) -> None:
    with sqlite3.connect(library_path) as conn:
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = replace(sql, 'issue_id INTEGER NOT NULL', 'issue_id INTEGER') "
                     "WHERE type = 'table' AND name = 'articles'")
    with sqlite3.connect(library_path) as conn:
        for name, in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            conn.execute(f'DROP TRIGGER "{name}"')
        title, text = conn.execute("SELECT title, text FROM articles WHERE id = 2").fetchone()
        conn.execute(f"UPDATE articles SET issue_id = {value_sql} WHERE id = 2")
    win = open_window(qtbot, library_path, settings)
    try:
        win.open_article(2)
        assert win.current_id == 2
        shown = win.view.page.toPlainText()
        assert all(word in shown for word in title.split()) and text[:20] in shown
    finally:
        win.shutdown()
