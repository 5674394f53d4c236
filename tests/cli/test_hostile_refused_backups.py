"""Every backup `restore` refuses is refused alike: one line naming the file, exit 2, the library untouched.

A backup written by a newer zzreader (a higher schema) and one holding schema
objects zzreader did not make (a trigger) exited 1, unlike a damaged file or
one that is no library (exit 2); the newer one's line did not name the file.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import table_dump
from tests.reliability.helpers import call_cli, seeded_library
from zzreader.core import migrations


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("clean") / "lib.sqlite"
    seeded_library(path).close()
    return path


def _newer(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")


def _trigger(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TRIGGER 抹掉 AFTER INSERT ON highlights BEGIN DELETE FROM articles; END")


def _not_a_library(conn: sqlite3.Connection) -> None:
    conn.execute("DROP TABLE highlights")


@pytest.mark.parametrize("spoil", [_newer, _trigger, _not_a_library])
def test_a_refused_backup_is_one_line_naming_it_and_exit_2(capsys, clean: Path, tmp_path: Path, spoil) -> None:
    library = tmp_path / "lib.sqlite"
    shutil.copy(clean, library)
    offered = tmp_path / "别人的 备份.sqlite"
    shutil.copy(clean, offered)
    conn = sqlite3.connect(offered)
    spoil(conn)
    conn.commit()
    conn.close()
    before = table_dump(library)
    for lang in ("zh", "en"):
        code, out, err = call_cli(capsys, "--lang", lang, "--library", str(library), "restore", str(offered))
        assert code == 2, (spoil.__name__, code, err)
        assert out == "" and err.count("\n") == 1 and "Traceback" not in err, err
        assert "别人的 备份.sqlite" in err, err  # the file is named, in either language
    assert table_dump(library) == before


def test_the_library_itself_or_a_link_to_it_is_refused_as_a_backup(capsys, clean: Path, tmp_path: Path) -> None:
    library = tmp_path / "lib.sqlite"
    shutil.copy(clean, library)
    (tmp_path / "link.sqlite").symlink_to(library)
    before = table_dump(library)
    for offered in (library, tmp_path / "link.sqlite"):
        code, out, err = call_cli(capsys, "--lang", "en", "--library", str(library), "restore", str(offered))
        assert code == 2 and out == "" and err.count("\n") == 1, err
        assert "restored from itself" in err and offered.name in err, err
    assert table_dump(library) == before
