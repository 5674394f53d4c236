"""What `restore` writes over: never another program's database; a damaged library always.

`zzreader --library app.db restore BACKUP` replaced another program's SQLite
file with a zzreader library (its contents only in a pre-restore copy in a
`backups` folder made beside it); opening the same file is refused. Now the
restore is refused the same way, before anything is written to it or beside
it (core/restore.py). A damaged library is what a restore is for: one with no
`backups` folder beside it (restored from a backup kept elsewhere) failed
with "no such file or folder" and stayed damaged; it is now restored, the
damaged file kept in a new `backups` folder.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from tests.reliability.helpers import call_cli, seeded_library
from zzreader.core import backup


@pytest.fixture(scope="module")
def a_backup(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("kept")
    library = seeded_library(folder / "lib.sqlite")
    try:
        return backup.make_backup(library, "manual").path
    finally:
        library.close()


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.mark.parametrize("setup", [
    "PRAGMA user_version = 4; CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine')",
    "PRAGMA application_id = 1196444487; CREATE TABLE gpkg (x)",  # a GeoPackage
])  # fmt: skip
def test_another_programs_database_is_never_restored_over(capsys, tmp_path: Path, a_backup: Path, setup: str) -> None:
    other = tmp_path / "app.db"
    conn = sqlite3.connect(other)
    conn.executescript(setup)
    conn.close()
    before = _digest(tmp_path)
    code, out, err = call_cli(capsys, "--library", str(other), "restore", str(a_backup))
    assert code == 2, out + err
    assert len(err.strip().splitlines()) == 1 and "untouched" in err
    assert _digest(tmp_path) == before
    assert not (tmp_path / "backups").exists()


def test_a_damaged_library_with_no_backups_beside_it_is_restored(capsys, tmp_path: Path, a_backup: Path) -> None:
    damaged = tmp_path / "lib.sqlite"
    damaged.write_bytes(b"not a database, whatever it was" * 100)
    code, out, err = call_cli(capsys, "--library", str(damaged), "restore", str(a_backup))
    assert code == 0, err
    assert "Restored" in out
    kept = list((tmp_path / "backups").glob("lib-*-damaged.sqlite"))
    assert [p.read_bytes() for p in kept] == [b"not a database, whatever it was" * 100]
    code, out, err = call_cli(capsys, "--library", str(damaged), "stats")
    assert code == 0, err
