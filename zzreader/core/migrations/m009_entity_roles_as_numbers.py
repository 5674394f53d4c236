"""Migration 9, frozen: entity mentions keep their role as a number."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from zzreader.core.database import Database


def upgrade(db: Database) -> None:
    """Entity mentions keep their role as a number (0 mentioned, 1 reporter,
    2 correspondent, 3 photographer; core/discovery/entities.py ROLE_CODES).

    The role's text was 40% of the two largest discovery b-trees (the
    mentions and their article index, 0.67x the raw text of a ten-year
    library; issue 18). The table is rebuilt with the same rows. Separate
    statements, not a script: a script would commit the migration's
    transaction half-way. DDL frozen here.
    """
    db.execute(
        """
        CREATE TABLE entity_mentions_v9 (
            entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            role INTEGER NOT NULL,
            count INTEGER NOT NULL DEFAULT 1,
            PRIMARY KEY (entity_id, article_id, role)
        ) WITHOUT ROWID
        """
    )
    db.execute(
        "INSERT INTO entity_mentions_v9 (entity_id, article_id, role, count) "
        "SELECT entity_id, article_id, CASE role WHEN 'mentioned' THEN 0 WHEN 'reporter' THEN 1 "
        "WHEN 'correspondent' THEN 2 WHEN 'photographer' THEN 3 END, count FROM entity_mentions "
        "WHERE role IN ('mentioned', 'reporter', 'correspondent', 'photographer')"
    )
    db.execute("DROP TABLE entity_mentions")
    db.execute("ALTER TABLE entity_mentions_v9 RENAME TO entity_mentions")
    db.execute("CREATE INDEX entity_mentions_article ON entity_mentions(article_id)")
