"""The library's connection: reads on sqlite3 alone, sqlite-utils from the first write (core/database.py)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from zzreader.core.database import Database
from zzreader.core.immediate_writes import ImmediateWrites, WriteError
from zzreader.core.store import open_library

ROOT = Path(__file__).resolve().parents[2]
NEWS = "株洲日报讯 神农城广场周末举办湘江龙舟文化展，市民扶老携幼前来观看。"


def test_opening_and_reading_a_library_imports_no_sqlite_utils(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    with open_library(path) as lib:  # created and migrated here: writes
        lib.set_meta("owner", "株洲日报资料室")
    code = (
        "import sys; from zzreader.core.store import open_library\n"
        f"with open_library({str(path)!r}) as lib:\n"
        "    print(lib.meta('owner'), lib.stats().issues, lib.years())\n"
        "print(sorted(m for m in ('sqlite_utils', 'click', 'dateutil', 'pluggy') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.splitlines() == ["株洲日报资料室 0 []", "[]"]


def test_a_write_after_reads_commits_and_later_reads_see_it(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    with open_library(path) as lib:
        assert lib.meta("note") is None  # a read first, on sqlite3 alone
        lib.set_meta("note", "炎陵县黄桃上市")
        assert lib.meta("note") == "炎陵县黄桃上市"
    with open_library(path) as lib:
        assert lib.meta("note") == "炎陵县黄桃上市"


def test_writes_keep_sqlite_utils_transactions_and_savepoints() -> None:
    db = Database(sqlite3.connect(":memory:"))
    assert db.execute("SELECT count(*) FROM sqlite_master").fetchone() == (0,)
    db.execute("CREATE TABLE news (title TEXT)")
    db.execute("INSERT INTO news VALUES (?)", ["芦淞服装城夜市开张"])  # committed at once
    assert not db.conn.in_transaction
    with db.atomic():
        db.execute("INSERT INTO news VALUES (?)", ["荷塘区新建口袋公园"])
        with pytest.raises(ValueError), db.atomic():  # a savepoint: only its insert is undone
            db.execute("INSERT INTO news VALUES (?)", ["这条不该留下"])
            raise ValueError("stop")
    rows = [r[0] for r in db.execute("SELECT title FROM news ORDER BY rowid")]
    assert rows == ["芦淞服装城夜市开张", "荷塘区新建口袋公园"]
    db.close()


def test_statements_that_only_read_are_told_from_writes() -> None:
    from zzreader.core.database import _is_read

    assert _is_read("SELECT 1") and _is_read("  select\n1") and _is_read("PRAGMA user_version")
    assert _is_read("WITH t AS (SELECT 1) SELECT * FROM t")
    assert not _is_read("INSERT INTO t VALUES (1)") and not _is_read("DELETE FROM t")
    assert not _is_read("-- a comment first\nSELECT 1")  # unsure: goes through sqlite-utils
    assert not _is_read("")


def test_a_read_only_library_refuses_writes_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    open_library(path).close()
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    db = Database(conn, writes=ImmediateWrites, read_only=True)
    assert db.execute("PRAGMA user_version").fetchone()[0] > 0
    with pytest.raises(WriteError, match="只读"), db.atomic():
        db.execute("INSERT INTO meta(key, value) VALUES ('x', ?)", [NEWS])
    db.close()


def test_a_write_left_open_by_ctrl_c_closes_quietly_after_its_connection(tmp_path: Path) -> None:
    """A Ctrl+C inside a `with library.db.atomic()` statement's own exit left the write's
    generator suspended; Python closed it at shutdown, after the connection, and its rollback
    printed 'Exception ignored … Cannot operate on a closed database' under '已中断 / Interrupted'."""
    library = open_library(tmp_path / "lib.sqlite")
    write = library.db.atomic()
    write.__enter__()
    library.db.conn.execute("INSERT INTO meta(key, value) VALUES ('x', 'y')")
    library.db.conn.close()
    write.gen.close()  # what the interpreter does at shutdown: no exception comes out
    with open_library(tmp_path / "lib.sqlite") as again:
        assert again.db.execute("SELECT count(*) FROM meta WHERE key = 'x'").fetchone()[0] == 0
