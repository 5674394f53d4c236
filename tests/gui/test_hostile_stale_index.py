"""Another tool's SQL edit of an article leaves the search index stale: the window notices and rebuilds it.

Before: `UPDATE articles SET text = …` in any SQLite shell changed the page
but not the index; searching the new words found nothing and the old words
still found the article, silently, until a rebuild no one knew was needed.
Now each opened article is checked in the read lane (core/index_check.py);
a stale index is said in the status bar and rebuilt in the write lane, and
the search shown runs again. A read-only library says it cannot rebuild.
The words below are original.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.gui.conftest import open_window
from zzreader.core import index_check
from zzreader.core.store import open_library

NEW_WORDS = "湘江北岸新建的星空观测台今晚首次向市民开放"


def _edit_behind_the_index(path: Path, column: str, value: str) -> int:
    conn = sqlite3.connect(path)
    article_id = conn.execute("SELECT id FROM articles ORDER BY id LIMIT 1 OFFSET 3").fetchone()[0]
    conn.execute(f"UPDATE articles SET {column} = ? WHERE id = ?", [value, article_id])
    conn.commit()
    conn.close()
    return article_id


def test_no_article_of_a_kept_index_is_called_stale(library_path: Path) -> None:
    with open_library(library_path) as library:
        ids = [row[0] for row in library.db.execute("SELECT id FROM articles")]
        assert [i for i in ids if index_check.stale(library.db, i)] == []


def test_an_edit_at_the_start_middle_end_or_title_is_found(library_path: Path) -> None:
    conn = sqlite3.connect(library_path)
    ids = [row[0] for row in conn.execute("SELECT id FROM articles WHERE length(text) > 400 ORDER BY id LIMIT 4")]
    conn.execute("UPDATE articles SET text = ? || text WHERE id = ?", [NEW_WORDS, ids[0]])
    conn.execute("UPDATE articles SET text = substr(text, 1, length(text) / 2) || ? || substr(text, length(text) / 2 + 1) "
                 "WHERE id = ?", [NEW_WORDS, ids[1]])  # fmt: skip
    conn.execute("UPDATE articles SET text = text || ? WHERE id = ?", [NEW_WORDS, ids[2]])
    conn.execute("UPDATE articles SET title = ? WHERE id = ?", [NEW_WORDS, ids[3]])
    conn.commit()
    conn.close()
    with open_library(library_path) as library:
        assert [index_check.stale(library.db, i) for i in ids] == [True] * 4
        index_check.rebuild(library)
        assert [index_check.stale(library.db, i) for i in ids] == [False] * 4


def test_the_window_rebuilds_a_stale_index_and_search_finds_the_new_words(qtbot, library_path: Path, settings) -> None:
    article_id = _edit_behind_the_index(library_path, "text", NEW_WORDS + "。")
    win = open_window(qtbot, library_path, settings)
    try:
        win.search.search_for("星空观测台")
        qtbot.waitUntil(lambda: not win.search.busy, timeout=20_000)
        assert win.search.model.rowCount() == 0  # the stale index misses the new words
        win.open_article(article_id)  # the check runs; the rebuild follows; the search runs again
        qtbot.waitUntil(lambda: win.search.model.rowCount() == 1 and not win.search.busy, timeout=60_000)
        assert win.search.model.hits[0].article_id == article_id
        assert "搜索索引已重建" in win.statusBar().currentMessage()
        assert not index_check.stale(win.library.db, article_id)
    finally:
        win.shutdown()


def test_a_read_only_library_says_it_cannot_rebuild(qtbot, library_path: Path, settings, monkeypatch) -> None:
    from zzreader.core import safe_open

    article_id = _edit_behind_the_index(library_path, "title", NEW_WORDS)
    monkeypatch.setattr(safe_open, "writable", lambda _p: False)  # as a read-only folder makes it
    win = open_window(qtbot, library_path, settings)
    try:
        assert win.library.read_only
        win.open_article(article_id)
        qtbot.waitUntil(lambda: "无法重建" in win.statusBar().currentMessage(), timeout=20_000)
    finally:
        win.shutdown()


def test_an_edit_while_the_window_is_open_is_noticed(qtbot, library_path: Path, settings) -> None:
    """The watcher sees another program's commit (gui/external_changes.py), the article is shown afresh
    and checked: the new words become findable without the user asking."""
    win = open_window(qtbot, library_path, settings)
    try:
        article_id = win.current_id
        conn = sqlite3.connect(library_path)
        conn.execute("UPDATE articles SET text = ? || text WHERE id = ?", [NEW_WORDS, article_id])
        conn.commit()
        conn.close()
        qtbot.waitUntil(lambda: "搜索索引已重建" in win.statusBar().currentMessage(), timeout=30_000)
        win.search.search_for("星空观测台")
        qtbot.waitUntil(lambda: win.search.model.rowCount() == 1 and not win.search.busy, timeout=20_000)
    finally:
        win.shutdown()
