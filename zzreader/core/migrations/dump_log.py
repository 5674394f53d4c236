"""The dump log of migration 11, frozen: `source_basis` and the triggers that fill it.

core/sources.py packs each raw dump as a delta against its issue's articles;
the log keeps the text an article had when its dump was packed, whatever
changes it later. core/safe_open.py accepts these triggers only word for word
and re-creates any that is missing; a log table that is not this one is rebuilt.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from zzreader.core.database import Database


def _remember(issue: str, article: str, text: str) -> str:
    """SQL that logs an article's packed-time text (or NULL: added since) once.

    Not INSERT OR IGNORE: an outer statement's conflict policy (INSERT OR
    REPLACE) would override the trigger's.
    """
    return (
        f"INSERT INTO source_basis SELECT {issue}, {article}, {text} WHERE NOT EXISTS "
        f"(SELECT 1 FROM source_basis WHERE issue_id = {issue} AND article_id = {article})"
    )


# m011's log table, frozen; `repair_dump_log` re-creates it word for word.
M011_BASIS_TABLE = (
    "CREATE TABLE source_basis (issue_id INTEGER NOT NULL, article_id INTEGER NOT NULL, "
    "text TEXT, PRIMARY KEY (issue_id, article_id)) WITHOUT ROWID"
)


# m011's triggers, frozen. They keep `source_basis` (core/sources.py): the
# first change to an article since its issue's dump was packed keeps the text
# it had then. core/safe_open.py accepts exactly these statements (a trigger
# of this name with other SQL is foreign) and `missing_triggers` names any
# that went missing.
M011_TRIGGERS: dict[str, str] = {
    "source_basis_on_update": (
        "CREATE TRIGGER source_basis_on_update AFTER UPDATE OF text, issue_id ON articles "
        "WHEN old.text IS NOT new.text OR old.issue_id IS NOT new.issue_id BEGIN "
        f"{_remember('old.issue_id', 'old.id', 'old.text')}; "
        f"{_remember('new.issue_id', 'new.id', 'NULL')} AND new.issue_id IS NOT old.issue_id; END"
    ),
    "source_basis_on_delete": (
        "CREATE TRIGGER source_basis_on_delete AFTER DELETE ON articles "
        "WHEN EXISTS (SELECT 1 FROM issues WHERE id = old.issue_id) BEGIN "
        f"{_remember('old.issue_id', 'old.id', 'old.text')}; END"
    ),
    "source_basis_on_insert": (
        "CREATE TRIGGER source_basis_on_insert AFTER INSERT ON articles BEGIN "
        f"{_remember('new.issue_id', 'new.id', 'NULL')}; END"
    ),
    "source_basis_issue_gone": (
        "CREATE TRIGGER source_basis_issue_gone AFTER DELETE ON issues BEGIN "
        "DELETE FROM source_basis WHERE issue_id = old.id; END"
    ),
}


def missing_triggers(db: Database) -> list[str]:
    """The CREATE statements of our triggers that are missing (core/safe_open.py
    drops a trigger whose SQL is not exactly ours); a read, nothing written."""
    if db.execute("PRAGMA user_version").fetchone()[0] < 11:
        return []
    have = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    return [sql for name, sql in M011_TRIGGERS.items() if name not in have]


def dump_log_altered(db: Database) -> bool:
    """Whether `source_basis` is missing or not m011's table word for word; a read."""
    if db.execute("PRAGMA user_version").fetchone()[0] < 11:
        return False
    row = db.execute("SELECT type, sql FROM sqlite_master WHERE name = 'source_basis'").fetchone()
    return row is None or tuple(row) != ("table", M011_BASIS_TABLE)


def repair_dump_log(db: Database) -> str | None:
    """Make `source_basis` m011's table again if it is missing or not ours; the notice to show.

    A library is untrusted input: the log may have been dropped, replaced by a
    view (core/safe_open.py drops that) or by a table of other columns, types
    or constraints, on which our triggers would fail at the next correction.
    The rows that our triggers could have written (whole-number ids, text or
    NULL) are kept; an issue whose log lost rows then fails its CRC check and
    says so (core/sources.py) instead of showing a wrong dump. Call inside a
    transaction, before `missing_triggers`.
    """
    if not dump_log_altered(db):
        return None
    row = db.execute("SELECT type, sql FROM sqlite_master WHERE name = 'source_basis'").fetchone()
    kept: list[tuple] = []
    if row is not None and row[0] == "table":
        try:
            rows = db.execute("SELECT issue_id, article_id, text FROM source_basis").fetchall()
        except sqlite3.Error:  # other columns: nothing can be kept
            rows = []
        kept = [r for r in rows if isinstance(r[0], int) and isinstance(r[1], int)
                and isinstance(r[2], (str, type(None)))]  # fmt: skip
        db.execute("DROP TABLE source_basis")
    db.execute(M011_BASIS_TABLE)
    db.conn.executemany("INSERT OR IGNORE INTO source_basis VALUES (?, ?, ?)", kept)
    return (
        "书库中的原文记录表（source_basis）被改动过，已重建；此前更正过的期次可能无法显示原文"
        " / The library's dump log (source_basis) had been altered and was rebuilt; issues corrected "
        "before may not show their original text"
    )
