"""Whatever breaks below the window or a restore is told in zzreader's words, on one line.

A restore that failed half way quoted SQLite ("disk I/O error", "database is
locked") and the path of the kept copy as it was; the discovery docks, the
annotation export and import, the search and the backup and compact
messages showed `str(exc)` of whatever a background job raised (SQLite's
"database disk image is malformed", Python's "[Errno 28] No space left on
device"). `shown.error()` is the one translation, and the window uses it.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from tests.reliability.helpers import seeded_library
from zzreader.core import backup as bk
from zzreader.core import restore as rs
from zzreader.core import shown
from zzreader.core.errors import AnnotationError
from zzreader.core.store import open_library


def _sqlite_error(cls: type[sqlite3.Error], message: str, code: int) -> sqlite3.Error:
    exc = cls(message)
    exc.sqlite_errorcode = code  # as SQLite sets it
    return exc


@pytest.mark.parametrize(
    ("exc", "words", "not_words"),
    [
        (_sqlite_error(sqlite3.DatabaseError, "database disk image is malformed", sqlite3.SQLITE_CORRUPT),
         "damaged", "malformed"),
        (_sqlite_error(sqlite3.OperationalError, "disk I/O error", sqlite3.SQLITE_IOERR), "disk read or write", "I/O"),
        (_sqlite_error(sqlite3.OperationalError, "no such column: x", sqlite3.SQLITE_ERROR), "structure", "column"),
        (OSError(errno.ENOSPC, "No space left on device", "/tmp/a\nb.csv"), "disk is full", "Errno"),
        (AnnotationError("没有这个批注 / No such annotation"), "No such annotation", "Traceback"),
        (RuntimeError("first line\nsecond line"), "internal error", "first line"),  # Python's words: a bug's
        (RuntimeError(""), "internal error", "RuntimeError"),
        (RecursionError("maximum recursion depth exceeded"), "nested too deeply", "recursion"),
        (OSError(1234, ""), "system error 1234", "OSError"),
    ],
)  # fmt: skip
def test_every_error_is_one_line_in_our_words(exc: BaseException, words: str, not_words: str) -> None:
    text = shown.error(exc)
    assert words in text and not_words not in text, text
    assert "\n" not in text


def test_a_failed_restore_says_why_in_our_words(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lib_path = tmp_path / "lib.sqlite"
    seeded_library(lib_path).close()
    with open_library(lib_path) as library:
        backup = bk.make_backup(library, "manual").path

    def failing(*_args: object) -> None:
        raise _sqlite_error(sqlite3.OperationalError, "disk I/O error", sqlite3.SQLITE_IOERR)

    monkeypatch.setattr(rs, "_catch_up", failing)
    with pytest.raises(bk.BackupError) as caught:
        rs.restore(lib_path, backup)
    message = str(caught.value)
    assert "disk read or write failed" in message and "I/O error" not in message, message
    assert "\n" not in message
