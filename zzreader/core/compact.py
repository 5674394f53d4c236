"""Give a library's unused pages back to the file system and merge its full-text index.

SQLite keeps the pages that deleted rows and rebuilt tables leave behind (a
re-import, a migration that rebuilds a table such as m009) and reuses them
for later writes, so the file never shrinks by itself; FTS5's automatic
merging leaves the index in several segments, each with its own copy of the
terms. `compact` merges the index into one segment (fts_index.optimize_index),
takes out the people/places postings and the reprint band keys of deleted
articles (discovery/mention_store.py, discovery/signature_chunks.py) and runs VACUUM, which writes the database
afresh. It needs about the
library's size in free disk space and holds the library for as long as it
runs (minutes for decades of issues), so it is a command, never automatic.
While it runs, other processes' writes are refused at once and their reads go
on (core/compacting.py).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from zzreader.core import compacting, fts_index, shown
from zzreader.core.migrations import LibraryError


@dataclass(frozen=True)
class CompactReport:
    """The database's size before and after, in bytes (its pages, not counting the WAL)."""

    before: int
    after: int


def compact(library: Any) -> CompactReport:
    """Merge the index and VACUUM; the data are unchanged, so nothing is journalled."""
    from zzreader.core.discovery import (
        entities,
        mention_store,
        reprints,
        signature_chunks,
    )

    with library.lock, compacting.marked(library.path) as running:
        if running is not None:  # refused at once, not after the busy timeout (core/compacting.py)
            raise LibraryError(compacting.busy_message(running))
        before = _size(library.db)
        try:
            with library.db.atomic():
                fts_index.optimize_index(library.db)
                mention_store.sweep(library.db)  # postings deleted articles left behind
                entities.forget_byline_names(library.db)  # names whose bylines are gone
                # Band keys of deleted and re-hashed articles (discovery/signature_chunks.py).
                signature_chunks.compact(library.db, reprints.STORED, reprints.SIGNATURE_VERSION)
            library.db.execute("VACUUM")
            library.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.OperationalError as exc:
            raise LibraryError(_failure(exc)) from exc
        return CompactReport(before, _size(library.db))


def _size(db: Any) -> int:
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    return pages * db.execute("PRAGMA page_size").fetchone()[0]


def _failure(exc: sqlite3.OperationalError) -> str:
    """One line for the user, without SQLite's own wording."""
    if isinstance(exc, LibraryError):
        return str(exc)
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return ("整理书库失败：书库正被另一个程序使用，请关闭它后再试 / Could not compact the library: "
                "another program is using it; close it and try again")
    if code == sqlite3.SQLITE_FULL:
        return ("整理书库失败：磁盘空间不足（需要约与书库同样大小的空间）/ Could not compact the library: "
                "the disk is full (it needs about the library's size in free space)")
    if getattr(exc, "sqlite_errorcode", None) in shown.WRITE_FAILURES and shown.file_size_limit() is not None:
        return f"整理书库失败，书库未改动 / Could not compact the library; it is unchanged: {shown.sqlite_reason(exc)}"
    return "整理书库失败，书库未改动 / Could not compact the library; it is unchanged"
