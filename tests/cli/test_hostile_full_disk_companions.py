"""A full disk where SQLite makes the library's -shm/-wal files: "the disk is full", not "disk I/O error".

SQLite answers SQLITE_IOERR (SHMSIZE, LOCK, WRITE ...) when it cannot grow the
-shm file, and commands said "a disk read or write failed" (core/shown.py
sqlite_reason_at). Simulated here by SQLite's own answer and an empty disk;
on a real 2 MB tmpfs filled to 0, 8 and 24 KB free, stats, search, highlight,
export and backup each gave the same one line.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.reliability.helpers import Usage, call_cli, seeded_library
from zzreader.core import safe_open, shown


@pytest.fixture
def library(tmp_path: Path) -> Path:
    path = tmp_path / "lib.sqlite"
    seeded_library(path).close()
    return path


def _io_error(code: int) -> sqlite3.OperationalError:
    exc = sqlite3.OperationalError("disk I/O error")
    exc.sqlite_errorcode = code
    exc.sqlite_errorname = "SQLITE_IOERR_SHMSIZE"
    return exc


@pytest.mark.parametrize("code", [4874, 3850, 778, sqlite3.SQLITE_FULL])  # IOERR_SHMSIZE, IOERR_LOCK, IOERR_WRITE
@pytest.mark.parametrize("command", [["stats"], ["search", "株洲"], ["export", "articles"], ["backup"]])
def test_no_room_for_the_shm_file_says_the_disk_is_full(capsys, monkeypatch, library, code, command) -> None:
    real = safe_open._read_schema

    def refuse(path, *, trusted):
        raise _io_error(code)

    monkeypatch.setattr(safe_open, "_read_schema", refuse)
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: Usage(2 << 20, 2 << 20, 4096))
    status, _, err = call_cli(capsys, "--library", str(library), *command)
    assert status != 0 and err.count("\n") == 1, err
    assert "磁盘已满 / the disk is full" in err and "I/O" not in err and "SQLITE" not in err
    monkeypatch.setattr(safe_open, "_read_schema", real)


def test_an_io_error_with_room_left_stays_an_io_error(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: Usage(1 << 40, 0, 1 << 39))
    assert shown.sqlite_reason_at(_io_error(778), tmp_path / "lib.sqlite") == "磁盘读写出错 / a disk read or write failed"


def test_a_folder_that_cannot_be_measured_is_not_full(monkeypatch, tmp_path: Path) -> None:
    def broken(_p):
        raise OSError(5, "I/O error")

    monkeypatch.setattr(shutil, "disk_usage", broken)
    assert not shown.no_room_beside(tmp_path / "lib.sqlite")
