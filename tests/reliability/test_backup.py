"""Rolling backups and restore (zzreader.core.backup and `zzreader backup/restore`)."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS, table_dump
from tests.reliability.helpers import (
    cli,
    consistency_problems,
    copy_archive,
    count_rows,
    env,
    run_cli,
    seeded_library,
    wait_for,
)
from zzreader.core import backup as bk
from zzreader.core import restore as rs
from zzreader.core import migrations
from zzreader.core.store import Library, open_library

DATA = Path(__file__).resolve().parent.parent / "core" / "data"
T0 = dt.datetime(2026, 3, 1, 8, 0, tzinfo=dt.UTC)


@pytest.fixture
def lib(tmp_path: Path) -> Library:
    library = seeded_library(tmp_path / "library.sqlite")
    article = library.db.execute("SELECT id FROM articles ORDER BY id LIMIT 1").fetchone()[0]
    library.highlights.add(article, 0, 4, note="备份前的批注 / note before the backup", tags=["人物"])
    yield library
    library.close()


def _valid_library_copy(backup: Path, tmp_path: Path) -> Library:
    """Open a copy of a backup as a library (copy: opening must not touch the backup)."""
    copy = tmp_path / "opened" / "copy.sqlite"
    copy.parent.mkdir(exist_ok=True)
    shutil.copyfile(backup, copy)
    return open_library(copy)


# -- making backups ---------------------------------------------------------------------
def test_a_backup_is_itself_a_valid_library_with_the_same_rows(lib: Library, tmp_path: Path) -> None:
    made = bk.make_backup(lib)
    assert made.path.parent == tmp_path / "backups"
    assert made.path.name.startswith("library-") and made.path.name.endswith("Z-manual.sqlite")
    assert sorted(p.name for p in made.path.parent.iterdir()) == [made.path.name]  # one file, no -wal
    assert table_dump(made.path) == table_dump(lib.path)
    assert bk.list_backups(lib.path) == [made]
    with _valid_library_copy(made.path, tmp_path) as copy:
        assert migrations.user_version(copy.db) == migrations.SCHEMA_VERSION
        assert consistency_problems(copy) == []
        assert copy.highlights.find()[0].note == "备份前的批注 / note before the backup"
        assert copy.stats().issues == lib.stats().issues


def test_only_the_newest_rolling_backups_are_kept_and_upgrade_copies_never_pruned(
    lib: Library, tmp_path: Path
) -> None:
    upgrade_copy = migrations.backup_path(lib.path, 1)
    upgrade_copy.write_bytes((DATA / "library_v1.sqlite").read_bytes())
    made = [bk.make_backup(lib, "close", keep=4, now=T0 + dt.timedelta(hours=h)) for h in range(7)]
    rolling = [b for b in bk.list_backups(lib.path) if b.reason != "upgrade"]
    assert [b.path for b in rolling] == [m.path for m in reversed(made[-4:])]
    assert not any(m.path.exists() for m in made[:3])
    assert upgrade_copy.exists()
    assert [b.reason for b in bk.list_backups(lib.path)].count("upgrade") == 1


def test_two_backups_in_the_same_second_both_stay(lib: Library) -> None:
    a = bk.make_backup(lib, now=T0)
    b = bk.make_backup(lib, now=T0)
    assert a.path != b.path and a.path.exists() and b.path.exists()
    assert [x.path for x in bk.list_backups(lib.path)] == [b.path, a.path]


def _write_something(path: Path) -> None:
    """A commit from another connection, as the window's write lane or a command makes."""
    with open_library(path) as other:
        article = other.db.execute("SELECT id FROM articles ORDER BY id DESC LIMIT 1").fetchone()[0]
        other.highlights.add(article, 1, 3, note="别处写的 / written elsewhere")


def test_the_daily_backup_is_made_once_a_day_and_only_after_a_change(lib: Library) -> None:
    first = bk.backup_if_due(lib, now=T0)
    assert first is not None and first.reason == "daily"
    _write_something(lib.path)
    assert bk.backup_if_due(lib, now=T0 + dt.timedelta(hours=23)) is None  # not a day yet
    assert bk.backup_if_due(lib, now=T0 + dt.timedelta(hours=25)) is not None
    # Unchanged for days: no copies of the same state push older ones out.
    assert bk.backup_if_due(lib, now=T0 + dt.timedelta(days=5)) is None
    assert len(bk.list_backups(lib.path)) == 2


def test_the_closing_backup_only_when_the_library_changed(lib: Library) -> None:
    bk.make_backup(lib)
    lib.close()
    with open_library(lib.path) as reader:  # a session that only reads
        reader.search("株洲")
        assert bk.backup_on_close(reader) is None
    with open_library(lib.path) as window:
        _write_something(lib.path)  # written through another connection of the same library
        made = bk.backup_on_close(window)
        assert made is not None and made.reason == "close"
        assert table_dump(made.path) == table_dump(window.path)
        assert bk.backup_on_close(window) is None  # nothing new since
    with open_library(lib.path) as window:
        assert bk.backup_on_close(window) is None  # closing checkpointed, but wrote nothing new
        _write_something(lib.path)
        assert bk.backup_on_close(window) is not None


def test_an_empty_library_gets_no_automatic_backups(tmp_path: Path) -> None:
    with open_library(tmp_path / "empty.sqlite") as empty:
        assert bk.backup_if_due(empty) is None
        assert bk.backup_on_close(empty) is None
    assert not (tmp_path / "backups").exists()


def test_backups_taken_while_another_process_imports_are_consistent(
    lib: Library, tmp_path: Path
) -> None:
    copy_archive(tmp_path / "archive", 30)
    seeded = lib.stats().issues
    importer = subprocess.Popen(
        cli("--library", lib.path, "import", tmp_path / "archive", "--json"),
        cwd=ROOT, env=env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    wait_for(lambda: count_rows(lib.path, "SELECT count(*) FROM issues") > seeded)
    made = []
    while importer.poll() is None and len(made) < 5:
        made.append(bk.make_backup(lib, keep=100))
    assert importer.wait(timeout=120) == 0, importer.stderr.read()
    assert made
    for b in made:
        with _valid_library_copy(b.path, tmp_path) as copy:
            assert consistency_problems(copy) == []
            assert seeded <= copy.stats().issues <= seeded + 30
        shutil.rmtree(tmp_path / "opened")


CRASH_IN_BACKUP = r"""
import os, sqlite3, sys
from pathlib import Path
from zzreader.core import backup
from zzreader.core.store import open_library

class DiesWhileCopying:
    def __getattr__(self, name):
        return getattr(sqlite3, name)
    def connect(self, target, *args, **kwargs):
        if kwargs.get("uri"):  # the copy is opened by its file: URI (core/sqlite_uri.py)
            target = target.removeprefix("file://")
        Path(target).write_bytes(b"SQLite format 3\x00" + bytes(4000))
        os._exit(9)

backup.sqlite3 = DiesWhileCopying()
backup.make_backup(open_library(sys.argv[1]))
"""


def test_a_crash_while_backing_up_leaves_no_false_backup(lib: Library) -> None:
    bk.make_backup(lib, now=T0)
    before = table_dump(lib.path)
    crashed = subprocess.run(
        [sys.executable, "-c", CRASH_IN_BACKUP, str(lib.path)], cwd=ROOT, env=env(), timeout=60
    )
    assert crashed.returncode == 9
    assert [b.created for b in bk.list_backups(lib.path)] == [T0]
    assert table_dump(lib.path) == before
    (partial,) = (lib.path.parent / "backups").glob(".*.partial")
    bk.prune(lib.path)
    assert not partial.exists()  # its process is gone: it can never be finished


# -- restoring -------------------------------------------------------------------------
def _highlight_notes(library: Library) -> list[str]:
    return sorted(h.note for h in library.highlights.find())


def test_restore_brings_back_the_backup_and_keeps_the_state_it_replaced(
    lib: Library, tmp_path: Path
) -> None:
    saved = bk.make_backup(lib, now=T0)
    saved_rows = table_dump(saved.path)
    article = lib.db.execute("SELECT id FROM articles ORDER BY id DESC LIMIT 1").fetchone()[0]
    lib.highlights.add(article, 0, 2, note="恢复前的新批注 / newer note")
    lib.delete_issue(lib.issue_summaries()[0].id)
    changed_rows = table_dump(lib.path)
    lib.close()

    result = rs.restore(lib.path, rs.resolve(lib.path, "1"))
    assert result.restored_from == saved.path
    assert result.previous is not None and "pre-restore" in result.previous.name
    assert table_dump(lib.path) == saved_rows
    assert table_dump(result.previous) == changed_rows
    with open_library(lib.path) as restored:
        assert consistency_problems(restored) == []
        assert _highlight_notes(restored) == ["备份前的批注 / note before the backup"]

    # A restore is itself undone by restoring the pre-restore backup.
    rs.restore(lib.path, result.previous)
    assert table_dump(lib.path) == changed_rows


def test_restoring_an_older_version_backup_migrates_it(lib: Library) -> None:
    lib.close()
    old = lib.path.parent / "from-an-old-install.sqlite"
    shutil.copyfile(DATA / "library_v1.sqlite", old)
    rs.restore(lib.path, old)
    with open_library(lib.path) as restored:
        assert migrations.user_version(restored.db) == migrations.SCHEMA_VERSION
        assert consistency_problems(restored) == []
        assert any(h.exact == "消失的字" for h in restored.highlights.orphans())


def test_restore_refuses_while_the_library_is_open_elsewhere(lib: Library) -> None:
    saved = bk.make_backup(lib)
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from zzreader.core.store import open_library; "
         "lib = open_library(sys.argv[1]); lib.stats(); print('open', flush=True); time.sleep(60)",
         str(lib.path)],
        cwd=ROOT, env=env(), stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "open"
        lib.close()
        before = table_dump(lib.path)
        with pytest.raises(bk.BackupError, match="close it and try again"):
            rs.restore(lib.path, saved.path)
        assert table_dump(lib.path) == before
        assert [b.path for b in bk.list_backups(lib.path)] == [saved.path]  # no pre-restore copy
    finally:
        holder.kill()
        holder.wait()


@pytest.mark.parametrize("kind", ["garbage", "truncated", "newer", "foreign", "missing"])
def test_a_bad_backup_is_refused_before_anything_changes(lib: Library, tmp_path: Path, kind: str) -> None:
    good = bk.make_backup(lib)
    bad = tmp_path / f"bad-{kind}.sqlite"
    if kind == "garbage":
        bad.write_bytes(os.urandom(8192))
    elif kind == "truncated":
        bad.write_bytes(good.path.read_bytes()[: good.size // 2])
    elif kind == "newer":
        shutil.copyfile(good.path, bad)
        conn = sqlite3.connect(bad)
        conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
        conn.commit()
        conn.close()
    elif kind == "foreign":
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
        conn.close()
    lib.close()
    before = table_dump(lib.path)
    with pytest.raises(bk.BackupError, match=" / "):
        rs.restore(lib.path, bad)
    assert table_dump(lib.path) == before
    assert [b.path for b in bk.list_backups(lib.path)] == [good.path]


def test_restoring_over_a_damaged_library_moves_the_damaged_file_aside(lib: Library) -> None:
    good = bk.make_backup(lib)
    lib.close()
    for ext in ("-wal", "-shm"):
        Path(str(lib.path) + ext).unlink(missing_ok=True)
    damaged_bytes = b"SQLite format 3\x00" + os.urandom(20000)
    lib.path.write_bytes(damaged_bytes)
    result = rs.restore(lib.path, good.path)
    assert result.previous is not None and "damaged" in result.previous.name
    assert result.previous.read_bytes() == damaged_bytes
    assert table_dump(lib.path) == table_dump(good.path)


# -- command line ------------------------------------------------------------------------
def test_cli_backup_list_and_restore(lib: Library, tmp_path: Path) -> None:
    lib.close()
    done = run_cli("--library", lib.path, "backup", "--json")
    assert done.returncode == 0, done.stderr
    made = json.loads(done.stdout)
    assert made["reason"] == "manual" and Path(made["path"]).exists()

    listing = json.loads(run_cli("--library", lib.path, "backup", "--list", "--json").stdout)
    assert made["path"] in [b["path"] for b in listing]

    plain = run_cli("--library", lib.path, "restore")
    assert plain.returncode == 0 and "zzreader restore N" in plain.stdout and "manual" in plain.stdout

    with open_library(lib.path) as library:
        library.delete_issue(library.issue_summaries()[0].id)
    done = run_cli("--library", lib.path, "restore", Path(made["path"]).name, "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["restored_from"] == made["path"] and "pre-restore" in result["previous"]
    assert table_dump(lib.path) == table_dump(Path(made["path"]))

    missing = run_cli("--library", lib.path, "restore", "99")
    assert missing.returncode == 2 and "No backup number 99" in missing.stderr  # bad input


def test_cli_commands_keep_a_daily_backup(tmp_path: Path) -> None:
    lib_path = tmp_path / "library.sqlite"
    assert run_cli("--library", lib_path, "import", SEEDS[0]).returncode == 0
    assert bk.list_backups(lib_path) == []  # the library was empty when the import began
    assert run_cli("--library", lib_path, "stats").returncode == 0
    assert [b.reason for b in bk.list_backups(lib_path)] == ["daily"]
    assert run_cli("--library", lib_path, "search", "株洲").returncode == 0
    assert len(bk.list_backups(lib_path)) == 1  # once a day


def test_cli_restore_without_backups_says_so(tmp_path: Path) -> None:
    done = run_cli("--library", tmp_path / "library.sqlite", "restore")
    assert done.returncode == 1 and "No backups yet" in done.stdout


def test_restoring_where_no_library_is_yet_creates_it(lib: Library, tmp_path: Path) -> None:
    saved = bk.make_backup(lib)
    fresh = tmp_path / "elsewhere" / "new.sqlite"
    fresh.parent.mkdir()
    result = rs.restore(fresh, saved.path)
    assert result.previous is None
    assert table_dump(fresh) == table_dump(saved.path)
    with open_library(fresh) as restored:
        assert consistency_problems(restored) == []


def test_a_write_after_the_pre_restore_copy_is_caught_up(lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    """A highlight saved by another process between the pre-restore copy and the
    overwrite ends in the pre-restore copy (the copy is taken again)."""
    saved = bk.make_backup(lib, now=T0)
    lib.close()
    real = rs._save_current
    article_holder: list[int] = []

    def copy_then_write(path: Path) -> Path | None:
        previous = real(path)
        other = sqlite3.connect(path)  # another process's acknowledged write
        article = other.execute("SELECT id FROM articles ORDER BY id LIMIT 1").fetchone()[0]
        article_holder.append(article)
        other.execute(
            "INSERT INTO highlights (id, article_id, start, \"end\", exact, note, anchor_state, "
            "created, modified) VALUES ('late', ?, 0, 2, 'xx', '恢复时刚保存', 'anchored', 'now', 'now')",
            [article],
        )
        other.commit()
        other.close()
        return previous

    monkeypatch.setattr(rs, "_save_current", copy_then_write)
    result = rs.restore(lib.path, saved.path)
    assert result.previous is not None
    kept = sqlite3.connect(result.previous)
    assert kept.execute("SELECT note FROM highlights WHERE id = 'late'").fetchone() == ("恢复时刚保存",)
    kept.close()
    pre = [b for b in bk.list_backups(lib.path) if b.reason == "pre-restore"]
    assert len(pre) == 1


def _other_process_write(path: Path, value: str, timeout: float = 0.1) -> None:
    """A write as another program makes it: its own connection, committed (acknowledged) or raising."""
    conn = sqlite3.connect(str(path), timeout=timeout)
    try:
        conn.execute("INSERT INTO meta(key, value) VALUES (?, ?)", [f"late-{value}", value])
        conn.commit()
    finally:
        conn.close()


def test_a_write_committed_just_before_the_overwrite_is_in_the_pre_restore_copy(
    lib: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Between the pre-restore copy and the overwrite another process commits: the copy is made
    again under the restore's lock, so that acknowledged write is kept there."""
    saved = bk.make_backup(lib, now=T0)
    lib.close()
    real = rs._keep_others_out

    def late_write_then_lock(conn: sqlite3.Connection) -> None:
        _other_process_write(lib.path, "before-the-lock")
        real(conn)

    monkeypatch.setattr(rs, "_keep_others_out", late_write_then_lock)
    result = rs.restore(lib.path, saved.path)
    assert result.previous is not None
    kept = sqlite3.connect(str(result.previous))
    assert kept.execute("SELECT value FROM meta WHERE key = 'late-before-the-lock'").fetchone() == ("before-the-lock",)
    kept.close()
    assert table_dump(lib.path) == table_dump(saved.path)


def test_no_other_process_can_write_from_the_last_copy_to_the_overwrite(
    lib: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A write tried after the restore's last look for late commits waits for the lock and
    fails unacknowledged; it can never land between that look and the overwrite."""
    saved = bk.make_backup(lib, now=T0)
    lib.close()
    real = rs._catch_up
    refused: list[str] = []

    def try_a_write_then_catch_up(dst, library_path, previous):
        found = real(dst, library_path, previous)
        try:
            _other_process_write(library_path, "after-the-look")
        except sqlite3.OperationalError as exc:
            refused.append(str(exc))
        return found

    monkeypatch.setattr(rs, "_catch_up", try_a_write_then_catch_up)
    result = rs.restore(lib.path, saved.path)
    assert refused == ["database is locked"]
    assert table_dump(lib.path) == table_dump(saved.path)
    kept = sqlite3.connect(str(result.previous))
    assert kept.execute("SELECT count(*) FROM meta WHERE key LIKE 'late-%'").fetchone() == (0,)
    kept.close()
    _other_process_write(lib.path, "after-the-restore")  # the lock ends with the restore
