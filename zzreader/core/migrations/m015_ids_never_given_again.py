"""Migration 15, frozen: ids SQLite never gives again (AUTOINCREMENT)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from zzreader.core.migrations.dump_log import M011_TRIGGERS

if TYPE_CHECKING:
    from zzreader.core.database import Database

# Each table whose ids the undo journal keeps (core/journal.py KEYS, and the issue ids its
# images name) and whose rows something other than the journal removes or adds (an issue's
# deletion, a re-import and the corrections it applies again), as migrations 1-14 left it,
# with AUTOINCREMENT; frozen. Tags and collections are only ever written by journalled
# operations, which undo and redo in order, so an id given again there is never mistaken.
TABLES: dict[str, str] = {
    "issues": """(
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            source TEXT UNIQUE NOT NULL,
            sha256 TEXT NOT NULL,
            encoding TEXT,
            date TEXT,
            date_source TEXT,
            number INTEGER,
            pages INTEGER,
            warnings TEXT NOT NULL DEFAULT '[]',
            article_count INTEGER NOT NULL DEFAULT 0,
            imported_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            source_packed BLOB
        )""",
    "articles": """(
            id INTEGER PRIMARY KEY AUTOINCREMENT,
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
        )""",
    "unassigned": """(
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            line_start INTEGER,
            line_end INTEGER
        )""",
    "article_revisions": """(
            id INTEGER PRIMARY KEY AUTOINCREMENT,
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
        )""",
}
INDEXES = (
    "CREATE INDEX issues_date ON issues(date)",
    "CREATE INDEX issues_sha256 ON issues(sha256)",
    "CREATE INDEX articles_issue_seq ON articles(issue_id, seq)",
    "CREATE INDEX articles_reading_order ON articles(issue_date, issue_id, seq)",
    "CREATE INDEX unassigned_issue ON unassigned(issue_id)",
    "CREATE INDEX article_revisions_article ON article_revisions(article_id, revision)",
    "CREATE INDEX article_revisions_source ON article_revisions(issue_source, article_seq)",
    "CREATE INDEX article_revisions_status ON article_revisions(status)",
)
# Columns of the journal's row images that hold the id of a row of another table.
_NAMED_IN_IMAGES = {"article_id": "articles", "issue_id": "issues"}


def upgrade(db: Database) -> None:
    """Rebuild the tables above with AUTOINCREMENT, ids and rows unchanged.

    SQLite gives the highest id again once its row is gone, so an undo entry
    written for a removed article (or stray line, revision, issue) could land on the
    newer row that took its id: a long undo then redo put an old revision on a
    split's new article. Each table is copied into its frozen DDL, dropped and
    the copy renamed (SQLite's way for a change ALTER TABLE cannot make), with
    foreign keys off for this step (core/migrations/__init__.py); the indexes
    and m011's triggers on the rebuilt tables are made again. Each table's
    sequence starts past every id it had that is still named somewhere (the
    journal's images, the dump log, detached highlights and revisions), so
    none of those is given again either.
    """
    if db.execute("PRAGMA foreign_keys").fetchone()[0]:  # a DROP would first cascade to every child row
        raise RuntimeError("migration 15 runs with foreign keys off (core/migrations/__init__.py REBUILDS)")
    floors = _highest_named(db)
    for name in M011_TRIGGERS:
        db.execute(f"DROP TRIGGER IF EXISTS {name}")
    for table, body in TABLES.items():
        cols = ", ".join(_columns(body))
        db.execute(f"CREATE TABLE {table}_v15 {body}")
        db.execute(f"INSERT INTO {table}_v15 ({cols}) SELECT {cols} FROM {table}")
        db.execute(f"DROP TABLE {table}")
        db.execute(f"ALTER TABLE {table}_v15 RENAME TO {table}")
    for sql in (*INDEXES, *M011_TRIGGERS.values()):
        db.execute(sql)
    for table in TABLES:
        floor = max(floors.get(table, 0), db.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0])
        db.execute("DELETE FROM sqlite_sequence WHERE name = ?", [table])
        db.execute("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", [table, floor])


def _columns(body: str) -> list[str]:
    return [line.split()[0] for line in body.strip("()").strip().splitlines() if line.strip()]


def _highest_named(db: Database) -> dict[str, int]:
    """The highest id of each table that other rows still name (whole numbers only)."""
    found: dict[str, int] = {}

    def saw(table: str, value: object) -> None:
        if isinstance(value, int) and not isinstance(value, bool) and 0 < value < 2**63 - 1:
            found[table] = max(found.get(table, 0), value)

    for table, sql in (
        ("articles", "SELECT max(article_id) FROM source_basis"),
        ("issues", "SELECT max(issue_id) FROM source_basis"),
        ("articles", "SELECT max(article_id) FROM highlights"),
        ("articles", "SELECT max(article_id) FROM article_revisions"),
    ):
        saw(table, db.execute(sql).fetchone()[0])
    for (raw,) in db.execute("SELECT changes FROM annotation_journal").fetchall():
        try:
            rows = json.loads(raw)
        except (TypeError, ValueError):  # another tool's entry: core/journal.py refuses it too
            continue
        for row in rows if isinstance(rows, list) else ():
            if not (isinstance(row, list) and len(row) == 4 and isinstance(row[1], list) and row[1]):
                continue
            if row[0] in TABLES:
                saw(row[0], row[1][0])
            for image in row[2:]:
                for column, table in _NAMED_IN_IMAGES.items():
                    if isinstance(image, dict):
                        saw(table, image.get(column))
    return found
