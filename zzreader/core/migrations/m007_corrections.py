"""Migration 7, frozen: article revisions for archivists' corrections (core/corrections.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from zzreader.core.database import Database


def upgrade(db: Database) -> None:
    """Article revisions for archivists' corrections (core/corrections.py); DDL frozen here.

    `article_id` goes NULL when an article leaves (merged, not an article,
    dropped by a re-import): the history stays, found by issue source and seq.
    """
    db.executescript(
        """
        CREATE TABLE article_revisions (
            id INTEGER PRIMARY KEY,
            article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
            issue_source TEXT NOT NULL,
            article_seq INTEGER,
            revision INTEGER NOT NULL,
            created TEXT NOT NULL,
            user TEXT NOT NULL DEFAULT '',
            why TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT 'edit',
            fields TEXT NOT NULL DEFAULT '[]',
            state TEXT NOT NULL,
            extra TEXT NOT NULL DEFAULT '{}',
            status TEXT NOT NULL DEFAULT 'applied',
            uid TEXT UNIQUE NOT NULL
        );
        CREATE INDEX article_revisions_article ON article_revisions(article_id, revision);
        CREATE INDEX article_revisions_source ON article_revisions(issue_source, article_seq);
        CREATE INDEX article_revisions_status ON article_revisions(status);
        """
    )
