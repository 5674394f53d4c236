"""Migration 5, frozen: the discovery indexes: people, places, organisations and reprints."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from zzreader.core.database import Database


def upgrade(db: Database) -> None:
    """The discovery indexes (see core/discovery/): people, places and
    organisations with their articles and hand-merged aliases, and the
    MinHash signatures and pairs that find reprints. Frozen DDL, kept here."""
    db.executescript(
        """
        CREATE TABLE entities (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            name TEXT NOT NULL,
            UNIQUE (kind, name)
        );
        CREATE TABLE entity_mentions (
            entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            role TEXT NOT NULL,
            count INTEGER NOT NULL DEFAULT 1,
            PRIMARY KEY (entity_id, article_id, role)
        ) WITHOUT ROWID;
        CREATE INDEX entity_mentions_article ON entity_mentions(article_id);
        CREATE TABLE entity_aliases (
            kind TEXT NOT NULL,
            alias TEXT NOT NULL,
            name TEXT NOT NULL,
            PRIMARY KEY (kind, alias)
        );
        CREATE TABLE entity_done (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            version INTEGER NOT NULL
        );
        CREATE TABLE reprint_signatures (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            version INTEGER NOT NULL,
            chars INTEGER NOT NULL,
            sig BLOB
        );
        CREATE TABLE reprint_pairs (
            a INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            b INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            similarity REAL NOT NULL,
            PRIMARY KEY (a, b)
        );
        CREATE INDEX reprint_pairs_b ON reprint_pairs(b);
        CREATE TABLE reprint_boilerplate (
            hash INTEGER PRIMARY KEY
        ) WITHOUT ROWID;
        """
    )
