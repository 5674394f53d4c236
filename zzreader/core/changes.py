"""Other processes' changes, seen from one window, and whose undo is whose.

- `data_version` is SQLite's counter that moves when *another* connection
  commits (PRAGMA data_version): the window polls it while idle and
  refreshes what changed (a highlight added from the command line).
- Every undo-journal entry records the process that made it (`origin`,
  a column added by migration 6). The window's Undo acts only on entries of
  its own process; the latest change being someone else's is said, not undone.
"""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass
from typing import Any

# This process: one window (or one command) per process.
ORIGIN = uuid.uuid4().hex
JOURNAL = "annotation_journal"  # zzreader/core/annotations.py's undo journal


@dataclass(frozen=True)
class JournalTop:
    id: int
    name: str
    mine: bool  # made by this process


def data_version(library: Any) -> int:
    with library.lock:
        return int(library.db.execute("PRAGMA data_version").fetchone()[0])


def stamp_origin(db: Any) -> None:
    """Mark the journal entry just written as this process's (inside its transaction)."""
    try:
        db.execute(f"UPDATE {JOURNAL} SET origin = ? WHERE rowid = last_insert_rowid()", [ORIGIN])
    except sqlite3.OperationalError:  # a library before migration 6 (tests build journals by hand)
        pass


def top(library: Any, *, undone: bool) -> JournalTop | None:
    """The entry Undo (undone=False) or Redo (undone=True) would act on next."""
    order = "ASC" if undone else "DESC"
    with library.lock:
        try:
            row = library.db.execute(
                f"SELECT id, name, origin FROM {JOURNAL} WHERE undone = ? ORDER BY id {order} LIMIT 1",
                [1 if undone else 0],
            ).fetchone()
        except sqlite3.OperationalError:
            return None
    if row is None:
        return None
    return JournalTop(row[0], row[1], row[2] == ORIGIN)
