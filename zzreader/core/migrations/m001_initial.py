"""Migration 1, frozen: create issues, articles and the annotation tables the later issues need."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from zzreader.core.database import Database


def upgrade(db: Database) -> None:
    """Create issues, articles and the annotation tables the later issues need."""
    db.executescript(
        """
        CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT
        );
        CREATE TABLE issues (
            id INTEGER PRIMARY KEY,
            source TEXT UNIQUE NOT NULL,
            sha256 TEXT NOT NULL,
            encoding TEXT,
            date TEXT,
            date_source TEXT,
            number INTEGER,
            pages INTEGER,
            warnings TEXT NOT NULL DEFAULT '[]',
            source_text TEXT NOT NULL,
            article_count INTEGER NOT NULL DEFAULT 0,
            imported_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX issues_date ON issues(date);
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            issue_date TEXT,
            title TEXT NOT NULL,
            subtitle TEXT NOT NULL DEFAULT '',
            kicker TEXT NOT NULL DEFAULT '',
            section TEXT NOT NULL DEFAULT '',
            editor TEXT NOT NULL DEFAULT '',
            type TEXT NOT NULL,
            reporters TEXT NOT NULL DEFAULT '[]',
            correspondents TEXT NOT NULL DEFAULT '[]',
            photographers TEXT NOT NULL DEFAULT '[]',
            dateline TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL,
            blocks TEXT NOT NULL DEFAULT '[]',
            continued_from TEXT,
            line_start INTEGER,
            line_end INTEGER
        );
        CREATE INDEX articles_issue_seq ON articles(issue_id, seq);
        CREATE INDEX articles_reading_order ON articles(issue_date, issue_id, seq);
        CREATE TABLE unassigned (
            id INTEGER PRIMARY KEY,
            issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            line_start INTEGER,
            line_end INTEGER
        );
        CREATE INDEX unassigned_issue ON unassigned(issue_id);
        CREATE TABLE tags (
            id INTEGER PRIMARY KEY,
            name TEXT UNIQUE NOT NULL COLLATE NOCASE,
            color TEXT
        );
        CREATE TABLE article_tags (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            PRIMARY KEY (article_id, tag_id)
        );
        CREATE INDEX article_tags_tag ON article_tags(tag_id);
        CREATE TABLE highlights (
            id TEXT PRIMARY KEY,
            article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
            issue_source TEXT,
            article_seq INTEGER,
            start INTEGER,
            "end" INTEGER,
            exact TEXT,
            prefix TEXT,
            suffix TEXT,
            text_hash TEXT,
            color TEXT,
            style TEXT,
            note TEXT,
            anchor_state TEXT NOT NULL DEFAULT 'anchored',
            created TEXT,
            modified TEXT
        );
        CREATE INDEX highlights_article ON highlights(article_id);
        CREATE TABLE highlight_tags (
            highlight_id TEXT NOT NULL REFERENCES highlights(id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            PRIMARY KEY (highlight_id, tag_id)
        );
        CREATE INDEX highlight_tags_tag ON highlight_tags(tag_id);
        CREATE TABLE collections (
            id INTEGER PRIMARY KEY,
            name TEXT UNIQUE NOT NULL,
            created TEXT
        );
        CREATE TABLE collection_articles (
            collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            added TEXT,
            PRIMARY KEY (collection_id, article_id)
        );
        CREATE INDEX collection_articles_article ON collection_articles(article_id);
        """
    )
    # The full-text index as core/fts_index.py reads it (frozen here: one
    # character per token, day-slot row keys, tokenizer version 2).
    db.execute(
        "CREATE VIRTUAL TABLE articles_fts USING fts5(body, title, subtitle, "
        "content='', columnsize=0, tokenize='ascii')"
    )
    db.execute(
        "CREATE TABLE articles_fts_keys (key INTEGER PRIMARY KEY, "
        "article_id INTEGER NOT NULL UNIQUE REFERENCES articles(id) ON DELETE CASCADE)"
    )
    db.execute("INSERT INTO meta(key, value) VALUES ('tokenizer_version', '2')")
