"""What a W3C import brought in, from where: so a merge never trusts the file blindly.

One row per highlight and source file (`annotation_imports`, migration 6):
the annotation's `modified` time in that file and when it was imported.
The merge rules of `zzreader/core/w3c.py` read it:

- the same file imported again brings nothing new for a highlight whose
  file time is not later than last time, so a local edit made after the
  first import stays (whatever the clocks say), and so does a local delete:
  the highlight does not come back unless the file's annotation changed since;
- a `modified` time in the future is not believed: it cannot beat a local
  edit, the annotation is reported instead;
- an id already used here for another passage (another article or quote)
  is a conflict: the incoming annotation is kept beside it under a new id.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

TABLE = "annotation_imports"
# A file written on a machine whose clock runs a little fast is still believed.
CLOCK_SKEW = dt.timedelta(minutes=10)


def has_table(db: Any) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [TABLE]).fetchone() is not None


def in_future(modified: dt.datetime | None, now: dt.datetime) -> bool:
    return modified is not None and modified > now + CLOCK_SKEW


def previous_import(db: Any, highlight_id: str, source: str) -> tuple[str | None] | None:
    """(file time,) recorded when this highlight last came from `source`; None if it never did."""
    if not source or not has_table(db):
        return None
    row = db.execute(
        f"SELECT remote_modified FROM {TABLE} WHERE highlight_id = ? AND source = ?",
        [highlight_id, source],
    ).fetchone()
    return (row[0],) if row else None


def last_import(db: Any, highlight_id: str, source: str) -> str | None:
    """The file time recorded when this highlight last came from `source`."""
    record = previous_import(db, highlight_id, source)
    return record[0] if record else None


def record(db: Any, highlight_id: str, source: str, remote_id: str, remote_modified: str | None, now: str) -> None:
    if not source or not has_table(db):
        return
    db.execute(
        f"INSERT INTO {TABLE} (highlight_id, source, remote_id, remote_modified, imported_at) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT(highlight_id, source) DO UPDATE SET "
        "remote_id = excluded.remote_id, remote_modified = excluded.remote_modified, "
        "imported_at = excluded.imported_at",
        [highlight_id, source, remote_id, remote_modified, now],
    )


def same_passage(existing: dict[str, Any], issue_source: str, seq: int, exact: str | None) -> bool:
    """Whether an incoming annotation with an existing id means the same highlight."""
    if existing.get("issue_source") != issue_source or existing.get("article_seq") != seq:
        return False
    return exact is None or existing.get("exact") == exact


def sources_of(db: Any, highlight_id: str) -> list[tuple[str, str | None, str]]:
    """(source file, file time, imported at) for a highlight, oldest first."""
    if not has_table(db):
        return []
    return [tuple(r) for r in db.execute(
        f"SELECT source, remote_modified, imported_at FROM {TABLE} WHERE highlight_id = ? ORDER BY imported_at",
        [highlight_id],
    )]  # fmt: skip
