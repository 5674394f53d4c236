"""Another program's SQLite file is refused with nothing written to it or beside it, by every path.

Two ways through were left. SQLite's header holds an application id that a
program sets to mark its files (GeoPackage 0x47504b47, MBTiles, Fossil);
zzreader sets none, yet a file so marked that held a library's tables was
opened and written to. And `zzreader search` reads a current library on its
own short path (cli/quick_search.py), which connected to the file before
looking at it: another program's database in WAL mode got a `-wal` and a
`-shm` beside it, and the full command line then said it was "left
untouched". Both now read SQLite's 100-byte header first.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.reliability.helpers import call_cli, seeded_library
from zzreader.cli import quick_search
from zzreader.core.safe_open import UntrustedFileError
from zzreader.core.store import open_library

GEOPACKAGE = 0x47504B47


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def marked(tmp_path: Path) -> Path:
    """A library's tables in a file another program marked as its own."""
    path = tmp_path / "data.gpkg"
    seeded_library(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {GEOPACKAGE}")
    conn.commit()
    conn.close()
    for extra in ("-wal", "-shm"):
        path.with_name(path.name + extra).unlink(missing_ok=True)
    return path


def test_a_file_marked_by_another_program_is_refused_untouched(marked: Path, capsys) -> None:
    before = _files(marked.parent)
    with pytest.raises(UntrustedFileError) as caught:
        open_library(marked)
    assert "0x47504b47" in str(caught.value) and "\n" not in str(caught.value)
    for argv in (["stats"], ["search", "株洲"], ["import", str(marked)], ["highlight", "3", "株洲"]):
        code, out, err = call_cli(capsys, "--lang", "en", "--library", str(marked), *argv)
        assert code == 1 and not out and len(err.strip().splitlines()) == 1 and "another program" in err, (argv, err)
    assert _files(marked.parent) == before


def test_restoring_from_such_a_file_is_refused(marked: Path, tmp_path: Path, capsys) -> None:
    library = tmp_path / "lib.sqlite"
    code, out, err = call_cli(capsys, "--lang", "en", "--library", str(library), "restore", str(marked))
    assert not out and code == 2 and "another program" in err and not library.exists(), err


@pytest.mark.parametrize("version", [5, 14])
def test_a_search_leaves_nothing_beside_another_programs_wal_database(tmp_path: Path, capsys, version: int) -> None:
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.execute(f"PRAGMA user_version = {version}")  # 14: this zzreader's own schema version
    conn.commit()
    conn.close()
    before = _files(tmp_path)
    argv = ["--lang", "en", "--library", str(other), "search", "株洲"]
    assert quick_search.try_run(argv) is None  # the short path leaves it to the full command line ...
    assert _files(tmp_path) == before  # ... having made nothing beside it
    code, out, err = call_cli(capsys, *argv)
    assert not out and code == 1 and "not a zzreader library" in err, err
    assert _files(tmp_path) == before


def test_the_short_search_path_declines_a_marked_file(marked: Path) -> None:
    before = _files(marked.parent)
    assert quick_search.try_run(["--library", str(marked), "search", "株洲"]) is None
    assert _files(marked.parent) == before


def test_the_short_search_path_still_answers_for_a_library(tmp_path: Path, capsys) -> None:
    library = tmp_path / "lib.sqlite"
    seeded_library(library).close()
    for extra in ("-wal", "-shm"):  # closed cleanly: no log beside it
        assert not library.with_name(library.name + extra).exists()
    assert quick_search.try_run(["--library", str(library), "search", "株洲", "--json"]) == 0
    assert '"total": 32' in capsys.readouterr().out
