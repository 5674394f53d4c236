"""Migration 6, frozen: where imported annotations came from, and which process made each undo entry."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from zzreader.core.database import Database


def upgrade(db: Database) -> None:
    """Where imported annotations came from (core/import_provenance.py), and which
    process made each undo-journal entry (core/changes.py)."""
    db.execute(
        """
        CREATE TABLE annotation_imports (
            highlight_id TEXT NOT NULL,
            source TEXT NOT NULL,
            remote_id TEXT NOT NULL,
            remote_modified TEXT,
            imported_at TEXT NOT NULL,
            PRIMARY KEY (highlight_id, source)
        )
        """
    )
    db.execute("ALTER TABLE annotation_journal ADD COLUMN origin TEXT")
