"""Whether the search index still holds an article as its row stands, and the repair.

Every zzreader write keeps the full-text index (core/fts_index.py) in step
with `articles`. Another tool's SQL (an UPDATE in any SQLite shell) changes
the row alone, and search then goes silently stale: the new words are not
found, the old ones still are. The index is contentless, so what it holds
for an article cannot be read back; but it can be asked whether it holds a
given phrase under the article's key. `stale` asks that of a few samples of
the article as it stands (the start, middle and end of its text, and its
title): an index zzreader kept always holds them, so a sample it does not
hold proves the index stale (no false alarm). An edit between the samples
goes unseen until an article with an edit at a sample is opened. The repair
is a rebuild: a contentless index can only drop the tokens it is given, and
the old ones are gone with the old row.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from typing import Any

from zzreader.core import fts_index
from zzreader.core.textindex import index_tokens, pair_phrase

SAMPLE_CHARS = 60  # of the text at each sample: a few dozen index tokens
TITLE_TOKENS = 64


def _samples(text: str) -> list[str]:
    """The start, middle and end of `text` (the whole text when it is short)."""
    if len(text) <= 3 * SAMPLE_CHARS:
        return [text]
    middle = len(text) // 2
    return [text[:SAMPLE_CHARS], text[middle : middle + SAMPLE_CHARS], text[-SAMPLE_CHARS:]]


def _holds(conn: sqlite3.Connection, key: int, column: str, text: str) -> bool:
    tokens = index_tokens(text)[: TITLE_TOKENS if column == "title" else 4 * SAMPLE_CHARS]
    if not tokens:
        return True  # nothing a search could find: nothing to miss
    query = f"{{{column}}} : ({pair_phrase(tokens)})"
    row = conn.execute(
        f"SELECT 1 FROM {fts_index.FTS} WHERE {fts_index.FTS} MATCH ? AND rowid = ?", [query, key]
    ).fetchone()
    return row is not None


def stale(db: Any, article_id: int) -> bool:
    """Whether the index is proven not to hold article `article_id` as its row stands.

    False for an article that is gone, and when the index cannot be asked (a
    table another program dropped: opening the library reports that)."""
    conn = fts_index.connection_of(db)
    try:
        with _one_instant(conn):
            return _stale(conn, article_id)
    except sqlite3.Error:
        return False


@contextlib.contextmanager
def _one_instant(conn: sqlite3.Connection) -> Iterator[None]:
    """The row and the index read in one read transaction (one WAL snapshot).

    The window checks in its read lane while its edits lane may commit a split
    of the same article: read apart, the old row met the new index and the
    window's own split was taken for another program's edit."""
    if conn.in_transaction:  # already one snapshot
        yield
        return
    conn.execute("BEGIN")
    try:
        yield
    finally:
        conn.execute("ROLLBACK")  # nothing was written


def _stale(conn: sqlite3.Connection, article_id: int) -> bool:
    found = fts_index.indexed_fields(conn, article_id)
    if found is None:
        return False
    key = conn.execute(f"SELECT key FROM {fts_index.KEYS} WHERE article_id = ?", [article_id]).fetchone()
    if key is None:
        return True  # a row another tool inserted: never indexed
    body, title = found[1][0], found[1][1]
    if not _holds(conn, key[0], "title", title):
        return True
    return not all(_holds(conn, key[0], "body", sample) for sample in _samples(body))


def rebuild(library: Any, progress: Callable[[int, int], None] | None = None) -> int:
    """Index every article again from its row, in one transaction; the count indexed."""
    with library.lock, library.db.atomic():
        return fts_index.rebuild_index(library.db, progress)
