"""Migration 3, frozen: the annotations' undo journal (core/journal.py) and two highlight lookup indexes."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from zzreader.core.database import Database


def upgrade(db: Database) -> None:
    """The annotations' undo journal (core/journal.py) and two highlight lookup indexes."""
    db.executescript(
        """
        CREATE TABLE IF NOT EXISTS annotation_journal (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            created TEXT NOT NULL,
            undone INTEGER NOT NULL DEFAULT 0,
            changes TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS highlights_issue_source ON highlights(issue_source, article_seq);
        CREATE INDEX IF NOT EXISTS highlights_anchor_state ON highlights(anchor_state);
        """
    )
