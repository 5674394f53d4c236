"""Migration 4, frozen: keep each raw dump bzip2-compressed in `issues.source_bz2` (see core/sources.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from zzreader.core.database import Database


def upgrade(db: Database) -> None:
    """Keep each raw dump bzip2-compressed in `issues.source_bz2` (see core/sources.py).

    The plain `source_text` column is dropped; its pages are reused by later
    imports (a VACUUM would return them to the file system). The packing is
    frozen here (UTF-8, bzip2 level 9), as core/sources.py packed it then.
    """
    import bz2

    db.execute("ALTER TABLE issues ADD COLUMN source_bz2 BLOB")
    rows = db.execute("SELECT id, source_text FROM issues").fetchall()
    for issue_id, text in rows:
        packed = bz2.compress((text or "").encode("utf-8"), 9)
        db.execute("UPDATE issues SET source_bz2 = ? WHERE id = ?", [packed, issue_id])
    db.execute("ALTER TABLE issues DROP COLUMN source_text")
