"""A full disk (SQLite's max_page_count stands in for it) while importing and annotating.

The write fails with a clear bilingual message (no traceback, no raw SQLite
error at the command line), nothing half-written stays, and the work
completes once there is room again.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reliability.helpers import consistency_problems, copy_archive, seeded_library
from zzreader import cli
from zzreader.core import connection, immediate_writes
from zzreader.core.errors import ZZReaderError
from zzreader.core.importer import import_paths
from zzreader.core.store import Library, open_library


def _fill_up(library: Library, spare_pages: int = 3) -> None:
    pages = library.db.execute("PRAGMA page_count").fetchone()[0]
    library.db.execute(f"PRAGMA max_page_count = {pages + spare_pages}")


def test_an_import_into_a_full_library_fails_per_file_and_resumes(tmp_path: Path) -> None:
    files = copy_archive(tmp_path / "archive", 6)
    with seeded_library(tmp_path / "library.sqlite") as library:
        before = library.stats().issues
        _fill_up(library)
        report = import_paths(library, files, workers=0)
        assert report.counts["failed"] >= 1
        for f in report.failed:
            assert "写入书库失败" in f.error and "disk is full" in f.error
        assert library.stats().issues == before + report.counts["imported"]
        assert consistency_problems(library) == []
        library.db.execute("PRAGMA max_page_count = 1073741823")
        again = import_paths(library, files, workers=0)
        assert again.counts["failed"] == 0 and library.stats().issues == before + len(files)
        assert consistency_problems(library) == []


def test_an_annotation_write_on_a_full_disk_is_a_clear_error(tmp_path: Path) -> None:
    with seeded_library(tmp_path / "library.sqlite") as library:
        article = library.db.execute("SELECT id FROM articles ORDER BY id LIMIT 1").fetchone()[0]
        _fill_up(library, spare_pages=0)
        count = library.highlights.count()
        with pytest.raises(ZZReaderError, match="写入书库失败 / Could not write to the library"):
            for _ in range(50):
                library.highlights.add(article, 0, 3, note="满 / full " * 20_000)
        assert library.highlights.count() >= count
        assert consistency_problems(library) == []


def test_the_cli_reports_a_full_disk_without_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "library.sqlite"
    with seeded_library(path) as library:
        article = library.db.execute("SELECT id, text FROM articles ORDER BY id LIMIT 1").fetchone()
    use_wal = connection.use_wal

    def full_after_open(db) -> None:
        use_wal(db)
        pages = db.execute("PRAGMA page_count").fetchone()[0]
        db.execute(f"PRAGMA max_page_count = {pages}")

    monkeypatch.setattr(connection, "use_wal", full_after_open)
    status = cli.main(
        ["--library", str(path), "highlight", str(article[0]), article[1][:4], "--note", "笔记 " * 100_000]
    )
    err = capsys.readouterr().err
    assert status == cli.EXIT_FAILED
    assert "写入书库失败 / Could not write to the library" in err and "Traceback" not in err
    monkeypatch.undo()
    with open_library(path) as library:
        assert consistency_problems(library) == []


def test_a_write_kept_waiting_too_long_says_so_plainly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    with seeded_library(tmp_path / "library.sqlite") as library:
        article = library.db.execute("SELECT id FROM articles ORDER BY id LIMIT 1").fetchone()[0]
        holder = sqlite3.connect(library.path)
        holder.execute("BEGIN IMMEDIATE")  # another process mid-write, for longer than we wait
        monkeypatch.setattr(immediate_writes, "BUSY_TIMEOUT_S", 0.3)
        try:
            with pytest.raises(immediate_writes.WriteError) as err:
                library.highlights.add(article, 0, 3)
        finally:
            holder.rollback()
            holder.close()
        message = str(err.value)
        assert "另一个 zzreader 正在写入" in message and "try again" in message
        assert "database is locked" not in message
        assert isinstance(err.value, sqlite3.OperationalError)  # old handlers still match
        library.highlights.add(article, 0, 3)  # and once the other writer is done, it works
