"""Two zzreaders that make one new library at once both open it; neither calls it damaged.

Opening a new library runs the migrations. Both processes read version 0,
the first made the tables, and the second then made them again: "table meta
already exists", shown as "Cannot open library (damaged or not a database)",
in two of three runs of two `zzreader import` started together on a new
library. Each step now reads the version again under the write lock and
skips what another process made meanwhile, and the upgrade backup is copied
holding that lock (core/migrations/__init__.py).
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.reliability.helpers import env
from zzreader.core import connection, migrations
from zzreader.core.store import open_library

DATA = ROOT / "tests" / "core" / "data"
OPEN = (
    "import sys, time\n"
    "from zzreader.core.store import open_library\n"
    "start = float(sys.argv[2])\n"
    "while time.time() < start:\n"
    "    pass\n"
    "open_library(sys.argv[1]).close()\n"
)


def test_a_step_another_process_made_meanwhile_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "lib.sqlite"
    open_library(path).close()  # the first process made every step
    db = connection.connect(path)
    real = migrations.user_version
    reads = iter([0])  # the second process read version 0 before the first committed
    monkeypatch.setattr(migrations, "user_version", lambda d: _stale(d, reads, real))
    try:
        assert migrations.migrate(db, path) is None
        assert real(db) == migrations.SCHEMA_VERSION
    finally:
        db.close()


def _stale(db, reads, real) -> int:
    value = next(reads, None)
    return real(db) if value is None else value


@pytest.mark.parametrize("round_", range(3))
def test_two_processes_opening_a_new_library_at_once_both_succeed(tmp_path: Path, round_: int) -> None:
    path = tmp_path / "lib.sqlite"
    start = str(time.time() + 1.0)
    children = [subprocess.Popen([sys.executable, "-c", OPEN, str(path), start], cwd=ROOT, env=env(),
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = [child.communicate(timeout=120) for child in children]
    for child, (_, err) in zip(children, results, strict=True):
        assert "damaged" not in err and "already exists" not in err, err
        assert child.returncode == 0 or "another program is using the library" in err, err
    with open_library(path) as library:
        assert migrations.user_version(library.db) == migrations.SCHEMA_VERSION


@pytest.mark.parametrize("round_", range(3))
def test_two_processes_upgrading_an_old_library_at_once_keep_one_pristine_backup(tmp_path: Path, round_: int) -> None:
    """Both copied the old library into the same `.partial` file, each removing the other's:
    one said "a disk read or write failed" or "read-only", and the kept copy could be the other's."""
    old = 10
    path = tmp_path / "lib.sqlite"
    shutil.copyfile(DATA / f"library_v{old}.sqlite", path)
    start = str(time.time() + 1.0)
    children = [subprocess.Popen([sys.executable, "-c", OPEN, str(path), start], cwd=ROOT, env=env(),
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    for child in children:
        _, err = child.communicate(timeout=180)
        assert "disk read or write" not in err and "read-only" not in err and "damaged" not in err, err
        assert child.returncode == 0 or "another program is using the library" in err, err
    backup = migrations.backup_path(path, old)
    assert sorted(p.name for p in tmp_path.iterdir() if "bak" in p.name) == [backup.name]
    conn = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == old
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def test_the_upgrade_backup_is_copied_holding_the_write_lock(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "lib.sqlite"
    shutil.copyfile(DATA / "library_v10.sqlite", path)
    real_copy, seen = migrations._copy, []

    def copy(db, target: Path) -> None:
        other = sqlite3.connect(path, timeout=0)
        try:
            other.execute("BEGIN IMMEDIATE")
            seen.append("another writer got in")
        except sqlite3.OperationalError:
            seen.append("locked")
        finally:
            other.close()
        real_copy(db, target)

    monkeypatch.setattr(migrations, "_copy", copy)
    with open_library(path) as library:
        assert migrations.user_version(library.db) == migrations.SCHEMA_VERSION
    assert seen == ["locked"]
