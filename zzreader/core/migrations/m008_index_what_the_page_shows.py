"""Migration 8, frozen: re-create the full-text index with every text the article page shows."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from zzreader.core.database import Database


def upgrade(db: Database) -> None:
    """Re-create the full-text index with every text the article page shows.

    Kicker, byline names and section (with the editor) join body, title and
    subtitle as columns of their own, so a plain query finds a reporter's
    name, a kicker or a section while `author:` and `section:` stay filters;
    its tokens become character pairs (tokenizer version 3). DDL frozen here.
    A migration imports no live module, so the tables are left empty with
    tokenizer version 0: `open_library` (core/store.py), the one caller of
    `migrate`, sees the index is not current and fills it right after, and a
    crash in between only means the next open fills it.
    """
    db.execute("DROP TABLE IF EXISTS articles_fts")
    db.execute("DROP TABLE IF EXISTS articles_fts_keys")
    db.execute(
        "CREATE VIRTUAL TABLE articles_fts USING fts5(body, title, subtitle, kicker, byline, "
        "section, content='', columnsize=0, tokenize='ascii')"
    )
    db.execute(
        "CREATE TABLE articles_fts_keys (key INTEGER PRIMARY KEY, "
        "article_id INTEGER NOT NULL UNIQUE REFERENCES articles(id) ON DELETE CASCADE)"
    )
    db.execute(
        "INSERT INTO meta(key, value) VALUES ('tokenizer_version', '0') "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
    )
