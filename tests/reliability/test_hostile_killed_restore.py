"""A restore killed part way: the next command opens the library as it was before the restore.

A restore writes the backup over the library in rollback-journal mode, so a
`kill -9` in the middle leaves `LIBRARY-journal` holding the pages as they
were. SQLite puts them back on the next read-write opening, but zzreader
first looks at the file read-only (core/safe_open.py inspect), and a
read-only connection cannot use a hot journal: every command and the window
said "Cannot open library …: the file or its folder is read-only" (3 of 30
random kills of a 6 MB library's restore). Now the journal is applied, first
to a copy (a file that is not a zzreader library then stays untouched), and
the library opens as it was before the restore, nothing acknowledged lost.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, table_dump
from tests.reliability.helpers import call_cli, env, seeded_library
from zzreader.core.store import open_library

CHILD_CRASH = r"""
import os, signal, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA journal_mode = DELETE")
conn.execute("PRAGMA cache_size = 2")  # pages spill into the file, their old images into the journal
conn.execute("BEGIN IMMEDIATE")
conn.execute(sys.argv[2])
os.kill(os.getpid(), signal.SIGKILL)
"""


def _crash_mid_write(path: Path, sql: str) -> None:
    """A process killed in the middle of a rollback-journal write to `path`, as a killed restore is."""
    subprocess.run([sys.executable, "-c", CHILD_CRASH, str(path), sql], capture_output=True, timeout=60)
    assert path.with_name(path.name + "-journal").stat().st_size > 0


JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")  # a rollback journal still in use (sqlite.org/fileformat.html)


def _hot(journal: Path) -> bool:
    try:
        with open(journal, "rb") as f:
            return f.read(8) == JOURNAL_MAGIC and os.fstat(f.fileno()).st_size > 64 * 1024
    except OSError:
        return False


@pytest.fixture
def library(tmp_path: Path) -> Path:
    path = tmp_path / "lib.sqlite"
    seeded_library(path).close()
    return path


@pytest.mark.parametrize(
    "command", [["stats"], ["search", "株洲"], ["show", "3"], ["edit", "3", "--title", "石峰区新开一条公交线"]]
)
def test_a_library_left_mid_write_opens_as_it_was(command, library: Path, capsys) -> None:
    before = table_dump(library)
    _crash_mid_write(library, "UPDATE articles SET text = text || text || text, title = '半途'")
    status, out, err = call_cli(capsys, "--library", str(library), *command)
    assert status == 0 and err == "" and out, err
    assert not library.with_name(library.name + "-journal").exists()
    with open_library(library) as lib:
        assert lib.db.execute("SELECT count(*) FROM articles WHERE title = '半途'").fetchone()[0] == 0
        assert lib.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    if command[0] != "edit":
        assert table_dump(library) == before


def test_only_a_library_gets_its_journal_applied(library: Path, tmp_path: Path, capsys) -> None:
    path = tmp_path / "places.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        rows = [(f"https://example.org/{i}" * 20,) for i in range(3000)]
        conn.executemany("INSERT INTO moz_places (url) VALUES (?)", rows)
    conn.close()
    _crash_mid_write(path, "UPDATE moz_places SET url = url || url")
    journal = path.with_name(path.name + "-journal")
    files = {p: p.read_bytes() for p in (path, journal)}
    status, _, err = call_cli(capsys, "--library", str(path), "stats")
    assert status != 0 and err.count("\n") == 1 and "not a zzreader library" in err, err
    assert {p: p.read_bytes() for p in (path, journal)} == files  # another program's: untouched
    _crash_mid_write(library, "UPDATE articles SET title = '半途'")
    status, _, err = call_cli(capsys, "--library", str(library), "stats")
    assert status == 0 and err == "", err  # ours: put back


def test_a_restore_killed_while_it_writes_leaves_the_library_as_it_was(library: Path, tmp_path: Path) -> None:
    with open_library(library) as lib:  # a library big enough that the restore takes a while
        lib.corrections.edit(2, {"text": "醴陵瓷谷的窑火又旺了起来。" * 200_000}, why="篇幅")
    backup = tmp_path / "kept.sqlite"
    shutil.copyfile(library, backup)
    with open_library(library) as lib:
        lib.corrections.edit(3, {"title": "恢复之前改的标题"}, why="确认")
    before = table_dump(library)
    journal = library.with_name(library.name + "-journal")
    child = subprocess.Popen(
        [sys.executable, "-m", "zzreader", "--library", str(library), "restore", str(backup)],
        cwd=ROOT, env=env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    end = time.monotonic() + 60
    while not _hot(journal) and child.poll() is None and time.monotonic() < end:
        time.sleep(0.0002)  # pages of the library's old state are in the journal
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    if not _hot(journal):
        pytest.skip("the restore ended before its journal could be seen")
    done = subprocess.run([sys.executable, "-m", "zzreader", "--library", str(library), "stats"],
                          cwd=ROOT, env=env(), capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stderr == "", done.stderr
    assert table_dump(library) == before


def test_a_library_left_mid_write_in_a_read_only_place_says_why(library: Path, capsys, monkeypatch) -> None:
    from zzreader.core import safe_open

    _crash_mid_write(library, "UPDATE articles SET title = '半途'")
    files = {p: p.read_bytes() for p in library.parent.iterdir() if p.is_file()}
    monkeypatch.setattr(safe_open, "writable", lambda _path: False)  # as for a user who may not write there
    status, _, err = call_cli(capsys, "--library", str(library), "stats")
    assert status != 0 and err.count("\n") == 1, err
    assert "lib.sqlite-journal" in err and "cut short" in err and "read-only" in err
    assert {p: p.read_bytes() for p in library.parent.iterdir() if p.is_file()} == files


def test_a_backup_left_mid_write_restores_as_it_was_made(library: Path, tmp_path: Path, capsys) -> None:
    """A backup is a library anyone may open; a write to it cut short left its journal beside it,
    and restoring from it said "The backup is damaged or not a database"."""
    backup = tmp_path / "kept.sqlite"
    shutil.copyfile(library, backup)
    kept = table_dump(backup)
    with open_library(library) as lib:
        lib.corrections.edit(3, {"title": "恢复之前改的标题"}, why="确认")
    _crash_mid_write(backup, "UPDATE articles SET text = text || text || text, title = '半途'")
    status, out, err = call_cli(capsys, "--library", str(library), "restore", str(backup))
    assert status == 0 and err == "" and out, err
    assert not backup.with_name(backup.name + "-journal").exists()
    assert table_dump(library) == kept


def test_another_programs_file_with_a_journal_offered_as_a_backup_is_refused_untouched(
    library: Path, tmp_path: Path, capsys
) -> None:
    path = tmp_path / "places.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        conn.executemany("INSERT INTO moz_places (url) VALUES (?)", [(f"https://example.org/{i}" * 20,) for i in range(3000)])
    conn.close()
    _crash_mid_write(path, "UPDATE moz_places SET url = url || url")
    files = {p: p.read_bytes() for p in (path, path.with_name(path.name + "-journal"), library)}
    status, _, err = call_cli(capsys, "--library", str(library), "restore", str(path))
    assert status == 2 and err.count("\n") == 1 and "not a zzreader library" in err, err
    assert {p: p.read_bytes() for p in files} == files
