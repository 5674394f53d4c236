"""A library on a really read-only place: a read-only bind mount, which binds root too.

The other read-only tests change permissions, which root ignores, so as root
they ask `safe_open.writable` to answer as it would for another user. Here
the library's folder is bound read-only over itself in a private mount
namespace (`unshare -m`, as root; without root: permissions, which bind
then), and zzreader runs in it as a separate process.

A library whose last writer did not close it (its `-wal` holds changes, its
`-shm` was not copied) could not be opened there at all ("the file cannot be
opened"): SQLite needs to make the `-shm`. It now opens as it was at its last
checkpoint, with one line saying the log's changes are not shown.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.reliability.helpers import env, seeded_library


def _mount_works() -> bool:
    if os.geteuid() != 0 or not shutil.which("unshare"):
        return False
    probe = subprocess.run(["unshare", "-m", "--propagation", "private", "sh", "-c",
                            'mount --bind -o ro /tmp /tmp && ! touch /tmp/.zz-ro-probe'],
                           capture_output=True)
    return probe.returncode == 0


MOUNT = _mount_works()


def run_read_only(folder: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    """`zzreader ARGV` with `folder` read-only for it (root included)."""
    command = [sys.executable, "-m", "zzreader", *argv]
    if MOUNT:
        command = ["unshare", "-m", "--propagation", "private", "sh", "-c",
                   'mount --bind -o ro "$0" "$0" && exec "$@"', str(folder), *command]
    return subprocess.run(command, cwd=ROOT, env=env(), capture_output=True, text=True, timeout=120)


@pytest.fixture
def read_only_folder(tmp_path: Path):
    folder = tmp_path / "cdrom"
    folder.mkdir()
    yield folder
    folder.chmod(0o755)
    for p in folder.iterdir():
        p.chmod(0o644)


def _lock(folder: Path) -> None:
    if MOUNT:
        return
    for p in folder.iterdir():
        p.chmod(stat.S_IRUSR)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    if os.access(folder, os.W_OK):
        pytest.skip("running as root without unshare/mount: nothing here refuses root a write")


def _state(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_a_library_on_a_read_only_mount_reads_exports_and_refuses_writes(read_only_folder, tmp_path) -> None:
    path = read_only_folder / "lib.sqlite"
    seeded_library(path).close()
    _lock(read_only_folder)
    before = _state(read_only_folder)
    result = run_read_only(read_only_folder, "--library", str(path), "search", "株洲", "--json")
    assert result.returncode == 0 and '"total"' in result.stdout, result.stderr
    target = tmp_path / "articles.jsonl"
    result = run_read_only(read_only_folder, "--library", str(path), "export", "articles", "--output", str(target))
    assert result.returncode == 0 and len(target.read_text(encoding="utf-8").splitlines()) == 57
    result = run_read_only(read_only_folder, "--library", str(path), "edit", "3", "--title", "只读位置的更正")
    assert result.returncode == 1 and result.stderr.strip().splitlines()[-1].endswith("changes cannot be saved")
    assert _state(read_only_folder) == before


def test_a_library_left_open_with_its_log_opens_read_only_and_says_what_is_not_shown(read_only_folder) -> None:
    path = read_only_folder / "lib.sqlite"
    seeded_library(path).close()
    child = subprocess.run([sys.executable, "-c", (
        "import os, sys\n"
        "from zzreader.core.store import open_library\n"
        "lib = open_library(sys.argv[1])\n"
        "lib.db.execute('PRAGMA wal_autocheckpoint = 0')\n"
        "lib.highlights.add(3, 0, 4, note='光盘上的批注')\n"
        "os._exit(0)  # the log stays, as after a crash\n"), str(path)], cwd=ROOT, env=env(), capture_output=True)
    assert child.returncode == 0, child.stderr
    wal = path.with_name("lib.sqlite-wal")
    assert wal.stat().st_size > 32
    path.with_name("lib.sqlite-shm").unlink()  # a copy made without it
    _lock(read_only_folder)
    before = _state(read_only_folder)
    result = run_read_only(read_only_folder, "--library", str(path), "stats")
    assert result.returncode == 0, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "lib.sqlite-wal" in lines[0] and "not shown" in lines[0]
    assert "文章 / Articles: 57" in result.stdout
    assert _state(read_only_folder) == before
