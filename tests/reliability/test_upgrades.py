"""Upgrades: libraries written by older app versions open, migrated in place after a
backup; libraries from a newer version, or files that are not libraries, are
refused without a byte changing.

The older libraries are checked-in fixtures (`tests/core/data/library_v<N>.sqlite`)
written by the code of the last commit at each schema version; see
`tests/core/data/make_library_fixtures.py`.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import SEEDS, table_dump
from tests.reliability.helpers import consistency_problems
from zzreader.core import migrations
from zzreader.core.errors import AnnotationNotFound
from zzreader.core.importer import import_paths
from zzreader.core.store import LibraryError, open_library

DATA = Path(__file__).resolve().parent.parent / "core" / "data"
OLD_VERSIONS = range(1, migrations.SCHEMA_VERSION)
ANNOTATION_TABLES = (
    "tags", "article_tags", "highlights", "highlight_tags", "collections", "collection_articles",
)  # fmt: skip


def fixture(version: int) -> Path:
    return DATA / f"library_v{version}.sqlite"


def rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_there_is_a_fixture_for_every_older_schema_version() -> None:
    missing = [v for v in OLD_VERSIONS if not fixture(v).exists()]
    assert not missing, (
        f"no library fixture for schema version(s) {missing}: add the last commit of each to "
        "COMMITS in tests/core/data/make_library_fixtures.py and run it"
    )


@pytest.mark.parametrize("version", OLD_VERSIONS)
def test_an_older_library_is_backed_up_then_migrated_in_place(version: int, tmp_path: Path) -> None:
    original = fixture(version)
    lib_path = tmp_path / "library.sqlite"
    shutil.copyfile(original, lib_path)
    assert rows(lib_path, "PRAGMA user_version") == [(version,)]
    before = {t: rows(original, f"SELECT * FROM {t} ORDER BY 1, 2") for t in ANNOTATION_TABLES}
    articles = rows(original, "SELECT id, issue_id, seq, title, subtitle, text FROM articles ORDER BY id")
    if version >= 11:  # dumps are deltas from schema 11 on: the same seeds' dumps as schema 10 kept them
        import bz2

        seeds = {s: bz2.decompress(b).decode() for _i, s, b in rows(fixture(10), "SELECT id, source, source_bz2 FROM issues")}
        sources = [(i, s, seeds[s]) for i, s in rows(original, "SELECT id, source FROM issues ORDER BY id")]
    elif version >= 4:  # raw dumps are bzip2-compressed from schema 4 on
        import bz2

        sources = [(i, s, bz2.decompress(b).decode()) for i, s, b in rows(original, "SELECT id, source, source_bz2 FROM issues ORDER BY id")]
    else:
        sources = rows(original, "SELECT id, source, source_text FROM issues ORDER BY id")
    assert before["highlights"] and before["collection_articles"]  # the fixture has annotations

    with open_library(lib_path) as library:
        assert migrations.user_version(library.db) == migrations.SCHEMA_VERSION
        # Everything the older app wrote is still there, unchanged.
        for table in ANNOTATION_TABLES:
            assert library.db.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall() == before[table]
        assert library.db.execute(
            "SELECT id, issue_id, seq, title, subtitle, text FROM articles ORDER BY id"
        ).fetchall() == articles
        for issue_id, source, text in sources:
            assert library.issue(issue_id).source == source
            assert library.issue_source_text(issue_id) == text
        assert consistency_problems(library) == []
        assert library.highlights.orphans()[0].exact == "消失的字"
        # ...and the new app can write to it: a highlight, its undo, a re-import.
        article_id = articles[0][0]
        h = library.highlights.add(article_id, 0, 2, note="升级后 / after the upgrade").value
        assert library.journal.undo().value is not None
        with pytest.raises(AnnotationNotFound):
            library.highlights.get(h.id)
        report = import_paths(library, SEEDS, workers=0)
        assert report.counts["failed"] == 0

    # The automatic backup is the library exactly as the older app left it.
    backup = migrations.backup_path(lib_path, version)
    assert backup.exists()
    assert rows(backup, "PRAGMA user_version") == [(version,)]
    assert table_dump(backup) == table_dump(original)
    # Opening again migrates nothing and makes no further backup.
    made = set(tmp_path.iterdir())
    with open_library(lib_path) as library:
        assert migrations.user_version(library.db) == migrations.SCHEMA_VERSION
    assert {p for p in tmp_path.iterdir() if "bak" in p.name} == {p for p in made if "bak" in p.name}


def _newer_library(path: Path, journal_mode: str) -> None:
    with open_library(path) as library:
        import_paths(library, SEEDS[:1], workers=0)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA journal_mode = {journal_mode}")
    conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    conn.execute("INSERT INTO meta(key, value) VALUES ('app_version', '99.0') "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value")  # fmt: skip
    conn.commit()
    conn.close()


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.mark.parametrize("journal_mode", ["delete", "wal"])
def test_a_library_from_a_newer_app_is_refused_and_left_byte_for_byte(
    tmp_path: Path, journal_mode: str
) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    _newer_library(folder / "library.sqlite", journal_mode)
    files = _files(folder)
    for _ in range(2):  # a second attempt must not be different
        with pytest.raises(LibraryError) as err:
            open_library(folder / "library.sqlite")
        message = str(err.value)
        assert "更新版本" in message and "newer zzreader" in message
        assert f"schema {migrations.SCHEMA_VERSION + 1}" in message
        assert _files(folder) == files


def test_a_foreign_sqlite_file_is_refused_and_left_byte_for_byte(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT, steps TEXT)")
    conn.execute("INSERT INTO recipes VALUES ('剁椒鱼头', '...')")
    conn.commit()
    conn.close()
    files = _files(tmp_path)
    with pytest.raises(LibraryError, match="not a zzreader library"):
        open_library(path)
    assert _files(tmp_path) == files


@pytest.mark.parametrize(
    "content", [b"not a database at all\n" * 50, b"SQLite format 3\x00" + b"\xff" * 4000]
)
def test_a_damaged_file_is_refused_with_a_clear_message_and_left_alone(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "library.sqlite"
    path.write_bytes(content)
    with pytest.raises(LibraryError, match="damaged or not a database"):
        open_library(path)
    assert _files(tmp_path) == {"library.sqlite": content}


CRASH_IN_BACKUP = r"""
import os, sqlite3, sys
from pathlib import Path
from zzreader.core import migrations
from zzreader.core.store import open_library

class DiesWhileCopying:
    '''sqlite3 for core/migrations/, except that the backup copy dies half-written.'''
    def __getattr__(self, name):
        return getattr(sqlite3, name)
    def connect(self, target, *args, **kwargs):
        if not str(target).endswith(".partial"):
            return sqlite3.connect(target, *args, **kwargs)  # the library's write lock while copying
        Path(target).write_bytes(b"SQLite format 3\x00" + bytes(4000))
        os._exit(9)

migrations.sqlite3 = DiesWhileCopying()
open_library(sys.argv[1])
"""


def test_a_crash_while_taking_the_upgrade_backup_leaves_no_false_backup(tmp_path: Path) -> None:
    import subprocess
    import sys

    from tests.conftest import ROOT
    from tests.reliability.helpers import env

    version = max(OLD_VERSIONS)
    lib_path = tmp_path / "library.sqlite"
    shutil.copyfile(fixture(version), lib_path)
    crashed = subprocess.run(
        [sys.executable, "-c", CRASH_IN_BACKUP, str(lib_path)], cwd=ROOT, env=env(), timeout=60
    )
    assert crashed.returncode == 9
    assert rows(lib_path, "PRAGMA user_version") == [(version,)]  # nothing migrated yet
    with open_library(lib_path) as library:  # the next start takes a real backup
        assert migrations.user_version(library.db) == migrations.SCHEMA_VERSION
    backup = migrations.backup_path(lib_path, version)
    assert rows(backup, "PRAGMA user_version") == [(version,)]
    assert table_dump(backup) == table_dump(fixture(version))


CRASH_IN_MIGRATION = r"""
import bz2, os, sys
from zzreader.core.store import open_library

compress, calls = bz2.compress, []
def dies_on_the_third_issue(data, level=9):
    calls.append(data)
    if len(calls) == 3:
        os._exit(9)
    return compress(data, level)

bz2.compress = dies_on_the_third_issue  # migration 4 packs each issue's dump with it
open_library(sys.argv[1])
"""


def test_a_crash_in_the_middle_of_a_migration_step_is_rolled_back_and_redone(tmp_path: Path) -> None:
    import subprocess
    import sys

    from tests.conftest import ROOT
    from tests.reliability.helpers import env

    version = 3  # the step to 4 rewrites every issue's source text
    lib_path = tmp_path / "library.sqlite"
    shutil.copyfile(fixture(version), lib_path)
    sources = rows(lib_path, "SELECT id, source_text FROM issues ORDER BY id")
    crashed = subprocess.run(
        [sys.executable, "-c", CRASH_IN_MIGRATION, str(lib_path)], cwd=ROOT, env=env(), timeout=60
    )
    assert crashed.returncode == 9
    assert rows(lib_path, "PRAGMA user_version") == [(version,)]  # the step was rolled back
    assert rows(lib_path, "SELECT id, source_text FROM issues ORDER BY id") == sources
    with open_library(lib_path) as library:
        assert migrations.user_version(library.db) == migrations.SCHEMA_VERSION
        assert [(i, library.issue_source_text(i)) for i, _ in sources] == sources
        assert consistency_problems(library) == []
    assert table_dump(migrations.backup_path(lib_path, version)) == table_dump(fixture(version))
