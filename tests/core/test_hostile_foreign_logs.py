"""Another program's SQLite file left with a write-ahead log (`-wal`) and no `-shm`.

Reading such a file, even read-only, makes SQLite create the `-shm` beside
it: `zzreader stats` on a browser's `places.sqlite` copied without its `-shm`
refused it ("left untouched") but had written `places.sqlite-shm` next to
it. The file is now read as at its last checkpoint (nothing made beside
it); when that shows an empty file while the log holds more, whose it is
cannot be told without recovering the log, and it is refused untouched.
A zzreader library in the same state still opens, its log included.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.reliability.helpers import env, run_cli, seeded_library

MAKE = {
    "tables in the file, rows in the log": (
        "c.execute('CREATE TABLE moz_places (id INTEGER, url TEXT)'); c.commit(); c.execute('PRAGMA wal_checkpoint')\n"
        "c.execute(\"INSERT INTO moz_places VALUES (1, 'https://www.zhuzhou.gov.cn')\"); c.commit()"),
    "everything in the log": "c.execute('CREATE TABLE moz_places (id INTEGER, url TEXT)'); c.commit()",
    "an empty log": ("c.execute('CREATE TABLE moz_places (id INTEGER, url TEXT)'); c.commit()\n"
                     "c.execute('PRAGMA wal_checkpoint(TRUNCATE)')"),
}


def _left_with_a_log(path: Path, body: str) -> None:
    code = ("import os, sqlite3, sys\nc = sqlite3.connect(sys.argv[1])\nc.execute('PRAGMA journal_mode = wal')\n"
            f"c.execute('PRAGMA wal_autocheckpoint = 0')\n{body}\nos._exit(0)\n")
    subprocess.run([sys.executable, "-c", code, str(path)], check=True)
    path.with_name(path.name + "-shm").unlink()


@pytest.mark.parametrize("how", MAKE)
def test_another_programs_file_with_a_log_is_refused_with_nothing_made_beside_it(tmp_path, how) -> None:
    path = tmp_path / "places.sqlite"
    _left_with_a_log(path, MAKE[how])
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    result = run_cli("--library", path, "stats")
    assert result.returncode == 1 and result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and "untouched" in result.stderr
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_a_library_left_with_its_log_and_no_shm_still_opens_with_the_log(tmp_path) -> None:
    path = tmp_path / "lib.sqlite"
    seeded_library(path).close()
    code = ("import os, sys\nfrom zzreader.core.store import open_library\nlib = open_library(sys.argv[1])\n"
            "lib.db.execute('PRAGMA wal_autocheckpoint = 0')\nlib.highlights.add(3, 0, 4, note='日志里的批注')\n"
            "os._exit(0)\n")
    subprocess.run([sys.executable, "-c", code, str(path)], cwd=ROOT, env=env(), check=True)
    path.with_name("lib.sqlite-shm").unlink()
    result = run_cli("--library", path, "export", "annotations", "--format", "csv")
    assert result.returncode == 0, result.stderr
    assert "日志里的批注" in result.stdout
