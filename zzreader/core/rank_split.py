"""Ranking a common term's matches in two halves at once (issue 18).

A common word matches a fifth of a 70-year archive (100,000 articles and
more), and FTS5 scores every match to find the best page: about 170 ns a
match, 20-40 ms on two cores that sit half idle. Here the matches are split
by index key, that is by date, at the middle of the dated range: a second,
read-only connection ranks the newer half on a worker thread while the
caller's connection ranks the older half, and the two best pages are
merged. bm25 weighs a term by its articles in the whole index, in either
statement, so the merged page is the page one statement gives
(tests/core/test_rank_split.py compares them).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from zzreader.core import sqlite_uri
from zzreader.core.fts_index import KEYS

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

# Below this many matches a second connection (about 1 ms to open and read
# the schema) saves less than it costs.
SPLIT_MIN = 30_000

_pool: ThreadPoolExecutor | None = None


def _worker() -> ThreadPoolExecutor:
    global _pool
    if _pool is None:  # imported here: the command line's quick search starts without it
        from concurrent.futures import ThreadPoolExecutor

        _pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="zzreader-rank")
    return _pool


def library_file(conn: sqlite3.Connection) -> str | None:
    """The file behind the main database, None for a database in memory."""
    for _seq, name, file in conn.execute("PRAGMA database_list"):
        if name == "main":
            return file if file and os.path.isabs(file) else None
    return None


def split_key(conn: sqlite3.Connection, key_lo: int | None, key_hi: int | None) -> int | None:
    """The middle of the dated keys within the bounds; None when there is nothing to split."""
    # Two statements: together, SQLite would scan every key instead of reading both ends.
    lo = conn.execute(f"SELECT min(key) FROM {KEYS} WHERE key >= 0").fetchone()[0]
    hi = conn.execute(f"SELECT max(key) FROM {KEYS}").fetchone()[0]
    if lo is None:
        return None
    lo = max(lo, key_lo) if key_lo is not None else lo
    hi = min(hi, key_hi) if key_hi is not None else hi
    return (lo + hi + 1) // 2 if lo < hi else None


def best(
    conn: sqlite3.Connection,
    select: str,
    params: list[Any],
    key_lo: int | None,
    key_hi: int | None,
    want: int,
    check: Callable[[], int],
    progress_steps: int,
) -> list[tuple[int, float]] | None:
    """The `want` best (key, score) rows of `select`, ranked in two halves at once.

    `select` reads the index alone, yields `key` (its rowid) and `score`
    and ends in a WHERE clause that holds the bounds; rows sort by score,
    then newest key first. `check` is the search's work budget, given to the
    second connection too. None when the library can't be split (in memory,
    inside a write, no dated keys): rank it in one go.
    """
    path = library_file(conn)
    if path is None or conn.in_transaction:
        return None
    mid = split_key(conn, key_lo, key_hi)
    if mid is None:
        return None
    order = f" ORDER BY score, key DESC LIMIT {int(want)}"
    newer_sql, older_sql = f"{select} AND rowid >= ?{order}", f"{select} AND rowid < ?{order}"
    newer = _worker().submit(_rank_newer, path, newer_sql, [*params, mid], check, progress_steps)
    try:
        older = conn.execute(older_sql, [*params, mid]).fetchall()
    finally:
        newer_rows = _result(newer)
    if newer_rows is None:  # the second connection could not read: rank that half here
        newer_rows = conn.execute(newer_sql, [*params, mid]).fetchall()
    return sorted(older + newer_rows, key=lambda row: (row[1], -row[0]))[:want]


def _result(future: Future) -> list[tuple[int, float]] | None:
    try:
        return future.result()
    except sqlite3.Error:
        return None


def _rank_newer(
    path: str, sql: str, params: list[Any], check: Callable[[], int], progress_steps: int
) -> list[tuple[int, float]]:
    conn = sqlite3.connect(sqlite_uri.read_only(path), uri=True)
    try:
        conn.set_progress_handler(check, progress_steps)
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()
