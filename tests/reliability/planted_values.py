"""Hostile values planted in one row of one column of a library, for the column sweeps
(tests/cli/test_hostile_library_sweep.py, tests/gui/test_hostile_library_sweep_window.py).

A library file is untrusted input: another tool, a hand edit or damage may leave
any value in any row. The cases come from the live schema (the tables an empty
library has after every migration), so a column a later migration adds is swept
without editing a list; the column's kind (text, whole number, JSON, date,
reference to another row, packed bytes) picks the values planted in it.
"""

from __future__ import annotations

import json
import random
import sqlite3
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from tests.conftest import table_dump
from tests.reliability.helpers import copy_archive, seeded_library

# Tables the reading commands may bring up to date (indexes and their bookkeeping):
# a read that rewrites them has written nothing a user made.
DERIVED = ("articles_fts", "entit", "reprint_", "meta", "source_basis")

JSON_COLUMNS = {
    ("issues", "warnings"), ("articles", "reporters"), ("articles", "correspondents"),
    ("articles", "photographers"), ("articles", "blocks"), ("annotation_journal", "changes"),
    ("article_revisions", "fields"), ("article_revisions", "state"), ("article_revisions", "extra"),
}  # fmt: skip
DATE_COLUMNS = {"date", "issue_date", "created", "modified", "imported_at", "updated_at", "added", "remote_modified"}
REFERENCE_COLUMNS = {"issue_id", "article_id", "tag_id", "highlight_id", "collection_id", "entity_id", "a", "b"}

_RANDOM = bytes(random.Random(28).randrange(256) for _ in range(61))
VALUES: dict[str, Any] = {
    "null": None,
    "empty": "",
    "negative": -1,
    "huge": 2**63 - 1,
    "float": 1.5,
    "bytes": b"\x00\xff\x10\x80\xfe",
    "text": "abc",
    "number": 42,
    "bad JSON": "[[",
    "JSON object": '{"a": 1}',
    "1 MB": "株" * 350_000,
    "controls": "\u202e\x1b[31m\x00ab\u200b\ncd\u2028",
    "missing row": 999_999,
    "0000-00-00": "0000-00-00",
    "9999-99-99": "9999-99-99",
    "2026-02-30": "2026-02-30",
    "random bytes": _RANDOM,
    "cut short": None,  # the stored value's first half (see `plant`)
    "duplicate row": None,  # the row inserted again (see `plant`)
}
KIND_VALUES = {
    "text": ("bytes", "number", "controls", "null", "empty"),
    "integer": ("text", "huge", "float", "negative", "null", "bytes"),
    "json": ("bad JSON", "JSON object", "number", "null"),
    "date": ("9999-99-99", "2026-02-30", "0000-00-00", "bytes", "null"),
    "reference": ("missing row", "text", "null", "huge"),
    "packed": ("cut short", "random bytes", "text", "null"),
    "meta": ("bytes", "huge", "negative", "bad JSON", "JSON object", "float", "null", "empty", "text", "controls"),
}
# Each `meta` row is a value of its own (a count, a version, a JSON list): each key is
# swept as a column. tests/cli/test_hostile_library_sweep.py checks the list is whole.
META_KEYS = ("tokenizer_version", "schema_compat", "app_version", "entity_high_water", "fts_slot_bits",
             "entity_byline_names", "reprint_boilerplate_sample")  # fmt: skip
# The 1 MB value costs a second a case: planted in the columns whose text is shown whole.
LONG_COLUMNS = {("articles", "title"), ("articles", "text"), ("issues", "source"), ("highlights", "note"),
                ("highlights", "exact"), ("tags", "name"), ("entities", "name"), ("article_revisions", "why")}  # fmt: skip


@dataclass(frozen=True)
class Case:
    table: str
    column: str  # "" for a duplicated row
    value: str
    key: str = ""  # the `meta` row, else the table's first row

    @property
    def id(self) -> str:
        return f"{self.table}.{self.key or self.column or '*'}.{self.value}"


@cache
def schema() -> tuple[tuple[str, str, str, bool, bool], ...]:
    """(table, column, declared type, NOT NULL, the rowid) of every stored column of a new library."""
    return _read_schema()[0]


@cache
def duplicable() -> frozenset[str]:
    """The tables no UNIQUE key keeps from holding a row twice (a key that is the rowid aside)."""
    return _read_schema()[1]


@cache
def _read_schema() -> tuple[tuple[tuple[str, str, str, bool, bool], ...], frozenset[str]]:
    from zzreader.core.store import open_library

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "empty.sqlite"
        open_library(path).close()
        conn = sqlite3.connect(path)
        try:
            tables = [name for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND (name NOT LIKE 'articles_fts%' OR name = 'articles_fts_keys') ORDER BY name"
            )]  # fmt: skip
            out, twice = [], set()
            for table in tables:
                info = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
                alias = sum(1 for r in info if r[5]) == 1 and not _without_rowid(conn, table)
                for _cid, name, typ, notnull, _default, pk in info:
                    out.append((table, name, typ.upper(), bool(notnull), alias and pk == 1 and typ.upper() == "INTEGER"))
                keyed = any(r[5] for r in info) and not any(r[5] and r[2].upper() == "INTEGER" for r in info if alias)
                if not keyed and not any(r[2] for r in conn.execute(f'PRAGMA index_list("{table}")')):
                    twice.add(table)
            return tuple(out), frozenset(twice)
        finally:
            conn.close()


def _without_rowid(conn: sqlite3.Connection, table: str) -> bool:
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
    return "WITHOUT ROWID" in sql.upper()


def kind(table: str, column: str, typ: str) -> str:
    if typ == "BLOB":
        return "packed"
    if (table, column) in JSON_COLUMNS:
        return "json"
    if column in DATE_COLUMNS:
        return "date"
    if column in REFERENCE_COLUMNS or (table, column) == ("articles_fts_keys", "key"):
        return "reference"
    return "integer" if typ in ("INTEGER", "REAL") else "text"


def cases(per_column: int | None = 2, tables: set[str] | None = None) -> list[Case]:
    """Values of each column's kind and each table with one row duplicated.

    `per_column` values a column, taken in turn from its kind's list (the next column
    of the kind starts where this one stopped), so every value of a kind is planted
    somewhere while a sweep stays a few hundred cases; None plants them all. NULL
    only where the schema allows it, and only whole numbers in a rowid.
    """
    out: list[Case] = []
    turn: dict[str, int] = {}
    seen: set[str] = set()
    columns = [(t, c, typ, nn, rowid, "") for t, c, typ, nn, rowid in schema()]
    columns += [("meta", "value", "TEXT", False, False, key) for key in META_KEYS]
    for table, column, typ, notnull, rowid, key in columns:
        if tables is not None and table not in tables:
            continue
        k = "meta" if key else kind(table, column, typ)
        fits = [v for v in KIND_VALUES[k]
                if not (v == "null" and (notnull or rowid)) and not (rowid and not isinstance(VALUES[v], int))]
        if per_column is not None and fits:
            start = turn.get(k, 0)
            turn[k] = start + per_column
            fits = [fits[(start + i) % len(fits)] for i in range(min(per_column, len(fits)))]
        out.extend(Case(table, column, v, key) for v in fits)
        if (table, column) in LONG_COLUMNS:
            out.append(Case(table, column, "1 MB"))
        if table not in seen and table in duplicable():
            seen.add(table)
            out.append(Case(table, "", "duplicate row"))
    return out


def plant(path: Path, case: Case) -> bool:
    """`case`'s value in the first row of its table; False when SQLite refused it (a
    constraint forbids it, so no library can hold it)."""
    conn = sqlite3.connect(path)
    try:
        where, args = ("key = ?", [case.key]) if case.key else _first_row(conn, case.table)
        if case.value == "duplicate row":
            _duplicate(conn, case.table, where, args)
        elif case.value == "cut short":
            col = f'"{case.column}"'
            conn.execute(f'UPDATE "{case.table}" SET {col} = substr({col}, 1, length({col}) / 2) WHERE {where}', args)
        else:
            conn.execute(f'UPDATE "{case.table}" SET "{case.column}" = ? WHERE {where}', [VALUES[case.value], *args])
        conn.commit()
        return True
    except sqlite3.IntegrityError:
        return False
    finally:
        conn.close()


def _first_row(conn: sqlite3.Connection, table: str) -> tuple[str, list]:
    if not _without_rowid(conn, table):
        (rowid,) = conn.execute(f'SELECT rowid FROM "{table}" ORDER BY rowid LIMIT 1').fetchone()
        return "rowid = ?", [rowid]
    keys = [r[1] for r in sorted(conn.execute(f'PRAGMA table_info("{table}")'), key=lambda r: r[5]) if r[5]]
    names = ", ".join(f'"{k}"' for k in keys)
    row = conn.execute(f'SELECT {names} FROM "{table}" ORDER BY {names} LIMIT 1').fetchone()
    return " AND ".join(f'"{k}" = ?' for k in keys), list(row)


def _duplicate(conn: sqlite3.Connection, table: str, where: str, args: list) -> None:
    """The row again, under a new rowid where the key is the rowid (a UNIQUE key refuses it)."""
    info = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
    alias = sum(1 for r in info if r[5]) == 1 and not _without_rowid(conn, table)
    cols = ", ".join("NULL" if alias and r[5] and r[2].upper() == "INTEGER" else f'"{r[1]}"' for r in info)
    conn.execute(f'INSERT INTO "{table}" SELECT {cols} FROM "{table}" WHERE {where}', args)


def user_rows(path: Path) -> list[tuple]:
    """Every row a user made (the indexes a read may bring up to date left out)."""
    return [row for row in table_dump(path) if not row[0].startswith(DERIVED)]


def build(path: Path, work: Path) -> None:
    """A library with a row in every table: the seeds, a reprint, highlights with a note and
    tags, a tagged search, a collection, an alias, corrections and an imported annotation."""
    from zzreader import cli
    from zzreader.core.store import open_library

    library = seeded_library(path)
    library.highlights.add(1, 0, 4, note="批注", tags=["株洲"])
    created = library.collections.create("专题")
    library.collections.add_articles(created.value.id, [1, 2])
    library.close()
    body = work / "body.txt"
    body.write_text("改正后的正文。株洲市民。\n", encoding="utf-8")
    exported = work / "annotations.json"
    copy = copy_archive(work / "copies", 1)[0]
    steps = (["tag", "--search", "株洲", "热点"], ["alias", "people", "张三", "李四"],
             ["edit", "2", "--title", "更正标题", "--why", "错字"], ["edit", "3", "--text-file", str(body)],
             ["export", "annotations", "--format", "json", "--output", str(exported)])  # fmt: skip
    for argv in steps:
        assert cli.main(["--library", str(path), *argv]) == 0, argv
    data = json.loads(exported.read_text(encoding="utf-8"))
    data["first"]["items"][0]["id"] = "https://example.org/anno/1"  # another tool's annotation
    exported.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    for argv in (["import-annotations", str(exported)], ["import", str(copy)], ["people"], ["reprints"]):
        assert cli.main(["--library", str(path), *argv]) == 0, argv
    with open_library(path) as library, library.db.atomic():
        library.db.execute("INSERT OR IGNORE INTO reprint_boilerplate (hash) VALUES (12345)")
