"""A write the disk or another process refused is told as what it was, not as damage.

Before: a refused write (core/immediate_writes.py WriteError) is both zzreader's
error and an sqlite3.OperationalError; `shown.error` read it by SQLite's code,
found none and called it "the library's structure is not what zzreader wrote
(it may be damaged)". An import onto a full disk (a 3 MB tmpfs) so reported
"Discovery indexes not updated: ... (it may be damaged)" for the issues it
did store, and the window said the same for a job refused by a long lock.
Now the refusal's own words are shown (disk full, busy), and it is no damage.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.conftest import SEEDS
from zzreader.core import importer, shown
from zzreader.core.discovery import refresh
from zzreader.core.immediate_writes import WriteError
from zzreader.core.store import open_library
from zzreader.gui import fault_line


def _refused(code: int, text: str) -> WriteError:
    """The WriteError `ImmediateWrites.atomic` raises for SQLite's `code`."""
    cause = sqlite3.OperationalError("database or disk is full")
    cause.sqlite_errorcode = code
    try:
        raise WriteError(text) from cause
    except WriteError as exc:
        return exc


FULL = "写入书库失败 / Could not write to the library: 磁盘已满 / the disk is full"
BUSY = "写入书库失败：另一个 zzreader 正在写入，请稍后再试 / Could not write to the library: another zzreader kept it busy for 30 s; try again"


@pytest.mark.parametrize(("code", "text"), [(sqlite3.SQLITE_FULL, FULL), (sqlite3.SQLITE_BUSY, BUSY)])
def test_a_refused_write_is_shown_in_its_own_words(code: int, text: str) -> None:
    exc = _refused(code, text)
    assert shown.error(exc) == text
    assert "损坏" not in shown.sqlite_reason(exc) and "damaged" not in shown.sqlite_reason(exc)
    assert not shown.is_damage(exc)
    assert "损坏" not in fault_line.one_line(exc)


def test_a_read_only_refusal_is_no_damage() -> None:
    exc = WriteError("书库是只读的 / The library is read-only")
    assert shown.error(exc) == str(exc)
    assert not shown.is_damage(exc)
    assert "damaged" not in shown.sqlite_reason(exc)


def test_an_import_whose_index_step_hits_a_full_disk_says_so(tmp_path: Path, monkeypatch) -> None:
    def full(self, library) -> None:
        raise _refused(sqlite3.SQLITE_FULL, FULL)

    monkeypatch.setattr(refresh.Pending, "flush", full)
    with open_library(tmp_path / "lib.sqlite") as library:
        report = importer.import_paths(library, SEEDS[:1], workers=0)
    (result,) = report.files
    assert result.status == "imported"
    (warning,) = [w for w in result.warnings if "发现索引" in w]
    assert "磁盘已满" in warning and "the disk is full" in warning and "damaged" not in warning
