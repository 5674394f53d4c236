"""What a backup file holds: issues, articles, annotations and the date range.

The restore list shows this beside each backup's time, so a reader picks the
one from before an accidental delete by what it contains, not by its name.
The file is opened read-only (SQLite URI mode=ro) and never changed; a file
that is not a library, or is damaged, answers None and the list says so.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass

from zzreader.core import sqlite_uri


@dataclass(frozen=True)
class BackupContents:
    issues: int
    articles: int
    annotations: int  # highlights (with or without notes)
    first_date: str | None
    last_date: str | None


def _count(db: sqlite3.Connection, table: str) -> int:
    exists = db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [table]).fetchone()
    return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] if exists else 0  # noqa: S608 (fixed names)


def backup_contents(path: str | os.PathLike[str]) -> BackupContents | None:
    """Counts and date range of the library in backup `path` (None: unreadable)."""
    try:
        uri = sqlite_uri.read_only(path)
        db = sqlite3.connect(uri, uri=True)
    except (sqlite3.Error, OSError, ValueError):
        return None
    try:
        first, last = db.execute("SELECT min(date), max(date) FROM issues").fetchone()
        return BackupContents(_count(db, "issues"), _count(db, "articles"), _count(db, "highlights"), first, last)
    except sqlite3.Error:
        return None
    finally:
        db.close()
