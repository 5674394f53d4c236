"""A disk that fills in the middle of a write: one line saying so, and nothing of the write kept.

On a full disk SQLite rolls the whole transaction back by itself (SQLITE_FULL).
The undo journal's "whose entry is this" stamp (core/changes.py stamp_origin)
passed over any OperationalError, meant for a library whose journal lacks the
column; so `zzreader edit ID --text-file BIG` on a 4 MB tmpfs with 0-128 KB free
went on outside any transaction (the journal's trim ran and committed on its
own) and ended with COMMIT's "no transaction is active", told as "the library's
structure is not what zzreader wrote (it may be damaged)". Now the stamp passes
over a missing column only while its transaction is still open
(core/immediate_writes.py still_writing), and a write SQLite undid part way is
refused at its commit in zzreader's words.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, table_dump
from tests.reliability.helpers import call_cli, env, full_disk_at_the_journal_stamp, seeded_library
from zzreader.core.immediate_writes import UNDONE_PART_WAY, WriteError
from zzreader.core.store import open_library

FULL = "写入书库失败 / Could not write to the library: 磁盘已满 / the disk is full"
DAMAGED = "可能已损坏"
BODY = ("株洲日报记者走访天元区泰山路社区，居民说起新修的口袋公园。" * 120 + "\n\n") * 60


@pytest.fixture
def library(tmp_path: Path) -> Path:
    path = tmp_path / "lib.sqlite"
    seeded_library(path).close()
    return path


@pytest.mark.parametrize(
    "argv",
    [
        ["edit", "3", "--title", "天元区新建三座口袋公园"],
        ["edit", "3", "--text-file", "BODY"],
        ["highlight", "2", "QUOTE", "--note", "待核实"],
        ["tag", "口袋公园", "--search", "株洲"],
        ["split", "4", "--at", "20"],
    ],
)
def test_a_disk_full_at_the_journal_stamp_is_one_line_and_keeps_nothing(
    argv, library: Path, tmp_path: Path, capsys, monkeypatch
) -> None:
    body = tmp_path / "body.txt"
    body.write_text(BODY, encoding="utf-8")
    with open_library(library) as lib:
        quote = lib.db.execute("SELECT substr(text, 1, 6) FROM articles WHERE id = 2").fetchone()[0]
    argv = [{"BODY": str(body), "QUOTE": quote}.get(a, a) for a in argv]
    before = table_dump(library)
    full_disk_at_the_journal_stamp(monkeypatch)
    status, out, err = call_cli(capsys, "--library", str(library), *argv)
    lines = [line for line in err.splitlines() if not line.startswith("! ")]  # the backup's own notice
    assert status == 1 and lines == [FULL], err
    assert DAMAGED not in err and out == ""
    monkeypatch.undo()
    assert table_dump(library) == before


def test_a_write_undone_part_way_is_refused_at_its_commit(library: Path) -> None:
    with open_library(library) as lib:
        titles = lib.db.execute("SELECT id, title FROM articles ORDER BY id").fetchall()
        with pytest.raises(WriteError) as raised, lib.lock, lib.db.atomic():
            lib.db.execute("UPDATE articles SET title = '改' WHERE id = 3")
            lib.db.conn.execute("ROLLBACK")  # what SQLite does on a full disk, passed over by its caller
            lib.db.execute("UPDATE articles SET title = '又改' WHERE id = 4")  # then autocommits
        assert str(raised.value).endswith(UNDONE_PART_WAY)
        assert lib.db.execute("SELECT id, title FROM articles ORDER BY id").fetchall()[:3] == titles[:3]


def _tmpfs_works() -> bool:
    if sys.platform != "linux" or os.geteuid() != 0 or not shutil.which("unshare"):
        return False
    probe = subprocess.run(
        ["unshare", "-m", "--propagation", "private", "sh", "-c", 'mount -t tmpfs -o size=1m tmpfs "$0"', "/mnt"],
        capture_output=True,
    )
    return probe.returncode == 0


_FULL_DISK = r"""
set -u
disk="$1"; shift; keep="$1"; shift; room="$1"; shift
mount -t tmpfs -o size=4m tmpfs "$disk" || exit 97
cp "$keep/lib.sqlite" "$disk/lib.sqlite"
dd if=/dev/zero of="$disk/room" bs=64k count="$room" 2>/dev/null
dd if=/dev/zero of="$disk/fill" bs=64k 2>/dev/null
rm -f "$disk/room"
"$@" --library "$disk/lib.sqlite" 2>"$keep/err" >"$keep/out"
status=$?
rm -f "$disk/fill"
rm -f "$keep/lib.sqlite"*
cp "$disk"/lib.sqlite* "$keep"/
exit $status
"""


@pytest.mark.skipif(not _tmpfs_works(), reason="needs root and unshare to mount a small tmpfs")
@pytest.mark.parametrize("room_kb", [256, 512, 768])  # free space left; the code before failed with each
def test_an_edit_on_a_really_full_disk_says_so_and_keeps_the_library(
    room_kb: int, library: Path, tmp_path: Path
) -> None:
    body = tmp_path / "body.txt"
    body.write_text(BODY, encoding="utf-8")
    disk = tmp_path / "disk"
    disk.mkdir()
    before = table_dump(library)
    command = [sys.executable, "-m", "zzreader", "edit", "3", "--text-file", str(body)]
    done = subprocess.run(
        ["unshare", "-m", "--propagation", "private", "sh", "-c", _FULL_DISK, "sh", str(disk), str(library.parent),
         str(room_kb // 64), *command],
        cwd=ROOT, env=env(), capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    err = (library.parent / "err").read_text(encoding="utf-8")
    lines = [line for line in err.splitlines() if not line.startswith("! ")]
    assert done.returncode == 1 and lines == [FULL], (done.returncode, err, done.stderr)
    assert table_dump(library) == before
    with sqlite3.connect(library) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
