"""A library file is untrusted input: other programs' files, planted triggers, read-only places.

- Another program's SQLite file (any user_version, WAL or not) is refused
  before anything is written to it or beside it: its bytes and its folder
  stay exactly as they were.
- Triggers and views zzreader never creates are removed when a library
  opens (and named), so a planted trigger never runs; a backup holding
  them is refused on restore.
- A library in a read-only folder opens read-only: reading, searching and
  exporting work; a write fails with a message that says why.
"""

from __future__ import annotations

import io
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from tests.reliability.helpers import seeded_library
from zzreader import cli
from zzreader.core import backup as bk
from zzreader.core import restore as rs
from zzreader.core import export, safe_open
from zzreader.core import w3c
from zzreader.core.migrations import M011_TRIGGERS
from zzreader.core.immediate_writes import WriteError
from zzreader.core.store import LibraryError, open_library


def _folder_state(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def _other_app_db(path: Path, version: int, wal: bool) -> None:
    conn = sqlite3.connect(path)
    if wal:
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("CREATE TABLE meta (key TEXT, value TEXT)")  # even a table named like ours
    conn.execute("INSERT INTO notes (body) VALUES ('记账：株洲 3 月水费')")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("version", [0, 1, 2, 3, 4, 5, 99])
@pytest.mark.parametrize("wal", [False, True])
def test_another_programs_database_is_refused_untouched(
    tmp_path: Path, version: int, wal: bool, capsys: pytest.CaptureFixture
) -> None:
    folder = tmp_path / "other"
    folder.mkdir()
    path = folder / "app.db"
    _other_app_db(path, version, wal)
    before = _folder_state(folder)
    with pytest.raises(LibraryError, match="not a zzreader library|newer zzreader"):
        open_library(path)
    assert cli.main(["--library", str(path), "stats"]) == 1
    assert "zzreader" in capsys.readouterr().err
    assert _folder_state(folder) == before  # no WAL switch, no .bak, no -shm beside it


def test_a_non_database_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("株洲日报 不是数据库", encoding="utf-8")
    with pytest.raises(LibraryError, match="not a database"):
        open_library(path)
    assert _folder_state(tmp_path) == {"notes.txt": path.read_bytes()}


PLANTED = [
    "CREATE TRIGGER deface AFTER INSERT ON highlights BEGIN "
    "UPDATE articles SET title = '已被篡改', text = '已被篡改'; END",
    "CREATE TRIGGER deface2 BEFORE UPDATE ON highlights BEGIN DELETE FROM articles; END",
    "CREATE VIEW spy AS SELECT * FROM articles",
]


def test_planted_triggers_and_views_are_removed_and_never_run(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite"
    seeded_library(path).close()
    conn = sqlite3.connect(path)
    for sql in PLANTED:
        conn.execute(sql)
    conn.commit()
    conn.close()
    with open_library(path) as library:
        assert any("deface" in n and "removed" in n for n in library.notices)
        titles = library.db.execute("SELECT count(*) FROM articles WHERE title = '已被篡改'").fetchone()[0]
        article = library.db.execute("SELECT id FROM articles ORDER BY id LIMIT 1").fetchone()[0]
        library.highlights.add(article, 0, 4, note="测试")
        assert titles == 0
        assert library.db.execute("SELECT count(*) FROM articles WHERE title = '已被篡改'").fetchone()[0] == 0
        left = library.db.execute("SELECT name, sql FROM sqlite_master WHERE type IN ('trigger', 'view')")
        assert dict(left.fetchall()) == M011_TRIGGERS  # only the dump log's own (core/sources.py)
        assert library.db.execute("PRAGMA trusted_schema").fetchone()[0] == 0


def test_a_trigger_under_our_name_with_other_sql_is_replaced_by_ours(tmp_path: Path) -> None:
    """The dump log's trigger names are no pass: only our exact SQL is ours."""
    path = tmp_path / "shared.sqlite"
    seeded_library(path).close()
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER source_basis_on_update")
    conn.execute(
        "CREATE TRIGGER source_basis_on_update AFTER UPDATE OF text ON articles BEGIN "
        "DELETE FROM issues; END"
    )
    conn.commit()
    conn.close()
    with open_library(path) as library:
        assert any("source_basis_on_update" in n and "removed" in n for n in library.notices)
        sql = library.db.execute("SELECT sql FROM sqlite_master WHERE name = 'source_basis_on_update'")
        assert sql.fetchone()[0] == M011_TRIGGERS["source_basis_on_update"]
        issues = library.stats().issues
        article = library.db.execute("SELECT id, issue_id FROM articles LIMIT 1").fetchone()
        library.corrections.edit(article[0], {"text": "改过的正文。"}, why="测试")
        assert library.stats().issues == issues
        assert library.issue_source_text(article[1])  # the dump still unpacks after the change


def test_a_backup_with_a_planted_trigger_is_refused_on_restore(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    seeded_library(path).close()
    evil = tmp_path / "evil-backup.sqlite"
    src = sqlite3.connect(path)
    dst = sqlite3.connect(evil)
    src.backup(dst)
    src.close()
    dst.execute(PLANTED[0])
    dst.commit()
    dst.close()
    with pytest.raises(bk.BackupError, match="did not create"):
        rs.restore(path, evil)


@pytest.fixture
def read_only_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "lib.sqlite"
    library = seeded_library(path)
    article = library.db.execute("SELECT id FROM articles ORDER BY id LIMIT 1").fetchone()[0]
    library.highlights.add(article, 0, 4, note="只读前的批注")
    library.close()
    path.chmod(stat.S_IRUSR)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    if os.access(folder, os.W_OK):  # running as root: permissions do not bind,
        # so the check that reads them answers as it would for anyone else.
        real = safe_open.writable
        monkeypatch.setattr(safe_open, "writable", lambda p: real(p) and folder not in p.parents)
    yield path
    folder.chmod(0o755)
    path.chmod(0o644)


def test_a_read_only_library_reads_searches_exports_and_refuses_writes(
    read_only_library: Path, capsys: pytest.CaptureFixture
) -> None:
    before = _folder_state(read_only_library.parent)
    with open_library(read_only_library) as library:
        assert library.read_only
        assert library.stats().articles > 0
        assert library.search("株洲").total > 0
        assert "只读前的批注" in export.export_csv(library)
        article, text = library.db.execute("SELECT id, text FROM articles ORDER BY id LIMIT 1").fetchone()
        with pytest.raises(WriteError, match="read-only"):
            library.highlights.add(article, 0, 4)
    assert cli.main(["--library", str(read_only_library), "search", "株洲", "--json"]) == 0
    code = cli.main(["--library", str(read_only_library), "highlight", str(article), text[:6]])
    err = capsys.readouterr().err
    assert code == 1 and "read-only" in err and "Traceback" not in err
    assert _folder_state(read_only_library.parent) == before


def test_read_only_library_export_to_stdout(read_only_library: Path, capsys: pytest.CaptureFixture) -> None:
    assert cli.main(["--library", str(read_only_library), "export", "annotations", "--format", "csv"]) == 0
    assert "只读前的批注" in capsys.readouterr().out
    out = io.StringIO()
    with open_library(read_only_library) as library:
        assert w3c.write_w3c(library, out) == 1


def test_a_killed_backups_partial_files_are_cleaned(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    library = seeded_library(path)
    folder = bk.backups_dir(path)
    folder.mkdir(exist_ok=True)
    dead = 2**22 + 12345  # above Linux's default pid_max: no such process
    left = [folder / f".lib-2026-01-01T000000-daily.sqlite.{dead}.partial",
            folder / f".lib-2026-01-01T000000-daily.sqlite.{dead}.partial-journal"]  # fmt: skip
    mine = folder / f".lib-2026-01-02T000000-daily.sqlite.{os.getpid()}.partial-journal"
    for p in [*left, mine]:
        p.write_bytes(b"half a copy")
    bk.make_backup(library, "manual")
    assert not any(p.exists() for p in left)
    assert mine.exists()  # a copy this process may still be writing
    library.close()


def test_a_planted_objects_name_is_shown_on_one_line(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    """The notice names what was removed; a name with a newline or a terminal escape stays one line."""
    path = tmp_path / "lib.sqlite"
    seeded_library(path).close()
    conn = sqlite3.connect(path)
    conn.execute('CREATE TRIGGER "x\n\x1b[31mred\r" AFTER INSERT ON tags BEGIN SELECT 1; END')
    conn.execute('CREATE VIEW "v\u202e<img src=/etc/passwd>" AS SELECT 1')
    conn.commit()
    conn.close()
    assert cli.main(["--library", str(path), "stats"]) == 0
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "\x1b" not in err and "\u202e" not in err, err
    assert "x\\n\\x1b[31mred\\r" in err


def test_restoring_into_a_read_only_library_says_why_and_changes_nothing(
    read_only_library: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    other = tmp_path / "elsewhere" / "copy.sqlite"
    other.parent.mkdir()
    other.write_bytes(read_only_library.read_bytes())
    before = _folder_state(read_only_library.parent)
    code = cli.main(["--library", str(read_only_library), "restore", str(other)])
    err = capsys.readouterr().err
    assert code == 1 and "read-only" in err and len(err.strip().splitlines()) == 1, err
    assert _folder_state(read_only_library.parent) == before
