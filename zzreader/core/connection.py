"""Connecting to a library file: its pragmas, read-only opening, and WAL once it is accepted."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from zzreader.core import immediate_writes, safe_open, sqlite_uri, temp_area
from zzreader.core.database import (
    Database,  # sqlite3 for reads, sqlite-utils from the first write
)

__all__ = ["PAGE_SIZE", "TEXT_ENCODING", "connect", "use_wal"]

PAGE_SIZE = 16384
# A Chinese character takes 2 bytes in UTF-16 against 3 in UTF-8: the article
# text, the library's largest table after its index, shrinks by a quarter
# (issue 18). FTS5 keeps its own tokens in UTF-8 whatever the file's encoding.
TEXT_ENCODING = "UTF-16le"


def connect(path: Path, read_only: bool = False) -> Database:
    """The library's connection, hardened (core/safe_open.py); writes go through BEGIN IMMEDIATE
    (core/immediate_writes.py). A read-only one opens the file by a read-only URI."""
    if read_only:
        conn = sqlite3.connect(
            safe_open.read_only_uri(path), uri=True, check_same_thread=False, timeout=immediate_writes.BUSY_TIMEOUT_S
        )
        safe_open.harden(conn)
        temp_area.fit(conn, path)  # a full $TMPDIR: SQLite's temporary files go where there is room
        return Database(conn, writes=immediate_writes.ImmediateWrites, read_only=True)
    conn = sqlite3.connect(
        sqlite_uri.read_write(path), uri=True, check_same_thread=False, timeout=immediate_writes.BUSY_TIMEOUT_S
    )
    safe_open.harden(conn)
    temp_area.fit(conn, path)
    # Big pages pack ~2 KB article rows without leaving a third of each page
    # empty; page size and text encoding only take effect on a new file, and
    # must come before WAL.
    conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
    conn.execute(f"PRAGMA encoding = '{TEXT_ENCODING}'")
    db = Database(conn, writes=immediate_writes.ImmediateWrites)
    db.execute("PRAGMA foreign_keys = ON")
    return db


def use_wal(db: Database) -> None:
    """WAL mode, only once `migrate` has accepted the file: switching writes
    the file header, which must not happen to a newer library or to someone
    else's SQLite file that we refuse."""
    db.enable_wal()
    db.execute("PRAGMA synchronous = NORMAL")
