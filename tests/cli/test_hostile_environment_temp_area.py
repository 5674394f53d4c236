"""A temporary folder with no room (`TMPDIR` or `SQLITE_TMPDIR` on a full disk).

SQLite passes over a temporary folder that is missing, a file or read-only,
but not a full one: `merge`, `split` and every file of an import then failed
with "the disk is full" while the library's disk had room. They now work,
SQLite's temporary files going to a folder with room (core/temp_area.py).
A missing, read-only or file `TMPDIR` was already clean.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability.helpers import ROOT, Usage, cli, copy_archive, env, seeded_library
from zzreader.core.store import open_library


@pytest.fixture(scope="module")
def lib(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("temp-area") / "lib.sqlite"
    seeded_library(path).close()
    return path


@pytest.fixture
def fitted_again(monkeypatch: pytest.MonkeyPatch):
    """This process looks at the temporary folder again, and SQLite's choice is reset after."""
    from zzreader.core import temp_area

    monkeypatch.setattr(temp_area, "_fitted", False)
    yield
    conn = sqlite3.connect(":memory:")
    conn.execute("PRAGMA temp_store_directory = ''")
    conn.close()
    temp_area._fitted = True  # as it was: fitted once for the process


def test_a_full_temporary_folder_is_passed_over(
    lib: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fitted_again: None
) -> None:
    full = tmp_path / "full-tmp"
    full.mkdir()
    monkeypatch.setenv("SQLITE_TMPDIR", str(full))
    monkeypatch.setenv("TMPDIR", str(full))
    real = shutil.disk_usage
    monkeypatch.setattr(
        shutil, "disk_usage",
        lambda p: Usage(64 << 10, 64 << 10, 0) if Path(p) == full else real(p),
    )  # fmt: skip
    target = tmp_path / "lib.sqlite"
    target.write_bytes(lib.read_bytes())
    library = open_library(target)
    try:
        chosen = library.db.execute("PRAGMA temp_store_directory").fetchone()
    finally:
        library.close()
    assert chosen is not None and chosen[0] and Path(chosen[0]) != full
    from zzreader.core import temp_area

    assert real(chosen[0]).free >= temp_area.MIN_FREE_BYTES


def test_a_temporary_folder_with_room_is_left_to_sqlite(lib: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fitted_again: None) -> None:
    roomy = tmp_path / "tmp"
    roomy.mkdir()
    monkeypatch.setenv("SQLITE_TMPDIR", str(roomy))
    target = tmp_path / "lib.sqlite"
    target.write_bytes(lib.read_bytes())
    library = open_library(target)
    try:
        assert library.db.execute("PRAGMA temp_store_directory").fetchone() in (None, ("",))
    finally:
        library.close()


def _can_mount() -> bool:
    return sys.platform.startswith("linux") and os.geteuid() == 0 and shutil.which("mount") is not None


@pytest.mark.skipif(not _can_mount(), reason="needs root to mount a small tmpfs")
def test_merge_split_and_import_work_with_tmpdir_on_a_full_disk(lib: Path, tmp_path: Path) -> None:
    full = tmp_path / "full"
    full.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(full)], capture_output=True).returncode:
        pytest.skip("tmpfs could not be mounted here")
    try:
        _fill(full)
        folder = tmp_path / "dumps"
        copy_archive(folder, 6)
        target = tmp_path / "lib.sqlite"
        target.write_bytes(lib.read_bytes())
        with sqlite3.connect(target) as conn:
            first, second = conn.execute(
                "SELECT a.id, b.id FROM articles a JOIN articles b ON b.issue_id = a.issue_id AND b.id > a.id "
                "ORDER BY a.id, b.id LIMIT 1"
            ).fetchone()
        child_env = env(TMPDIR=str(full), SQLITE_TMPDIR=str(full))
        for args in (["merge", str(first), str(second)], ["split", str(first), "--at", "20"], ["import", str(folder)]):
            done = subprocess.run(
                cli("--library", target, "--lang", "en", *args), cwd=ROOT, env=child_env,
                capture_output=True, text=True, timeout=300,
            )  # fmt: skip
            assert done.returncode == 0, (args, done.stdout[-400:], done.stderr[-400:])
            assert "disk is full" not in done.stdout + done.stderr
        with sqlite3.connect(target) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert conn.execute("SELECT count(*) FROM issues").fetchone()[0] == 5 + 6
    finally:
        subprocess.run(["umount", str(full)], capture_output=True)


def _fill(folder: Path) -> None:
    """Leave the mounted folder with no byte free."""
    with open(folder / "fill", "wb", buffering=0) as f:
        try:
            while True:
                f.write(b"\0" * 4096)
        except OSError:
            pass
