"""A disk that fails a write half way through an import (not only a full one).

A file-size limit (RLIMIT_FSIZE, as a quota or a FAT32 stick gives) makes
SQLite's write fail with EFBIG, which SQLite calls "disk I/O error": before
the fix each failed file said "Could not write to the library: disk I/O
error", SQLite's own words. Now the reason is zzreader's, the files that
failed leave nothing behind, the ones before them stand, and the library
is whole; with room again the same import finishes.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability.helpers import ROOT, cli, consistency_problems, copy_archive, env, seeded_library
from zzreader.core.store import open_library

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")


def _import_with_size_limit(library: Path, folder: Path, limit: int) -> subprocess.CompletedProcess[str]:
    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run(cli("--library", library, "import", folder, "--json"), cwd=ROOT, env=env(),
                          capture_output=True, text=True, timeout=300, preexec_fn=limited)


def test_a_write_error_half_way_is_told_in_zzreaders_words(tmp_path: Path) -> None:
    library = tmp_path / "lib.sqlite"
    with seeded_library(library) as lib:
        issues_before = lib.stats().issues
    files = copy_archive(tmp_path / "archive", 8)
    done = _import_with_size_limit(library, tmp_path / "archive", library.stat().st_size + 40_000)
    assert "Traceback" not in done.stderr, done.stderr
    report = json.loads(done.stdout)
    failed = [f for f in report["files"] if f["status"] == "failed"]
    assert failed, report["summary"]  # the limit was reached
    for f in failed:
        assert "disk I/O error" not in f["error"] and "\n" not in f["error"]
        assert "写入书库失败 / Could not write to the library" in f["error"]
    with open_library(library) as lib:
        assert lib.stats().issues == issues_before + report["summary"]["imported"]
        assert consistency_problems(lib) == []
    again = subprocess.run(cli("--library", library, "import", tmp_path / "archive"), cwd=ROOT, env=env(),
                           capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stdout + again.stderr
    with open_library(library) as lib:
        assert lib.stats().issues == issues_before + len(files)


def test_a_backup_that_fails_half_way_leaves_no_partial_copy(tmp_path: Path) -> None:
    """Before: each failed attempt left a `.…partial` copy (and its journal) as big as the limit."""
    library = tmp_path / "lib.sqlite"
    seeded_library(library).close()
    (tmp_path / "backups").mkdir()
    limit = library.stat().st_size // 2

    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    for _ in range(2):
        done = subprocess.run(cli("--library", library, "backup"), cwd=ROOT, env=env(), capture_output=True,
                              text=True, timeout=120, preexec_fn=limited)
        assert done.returncode == 1 and "Traceback" not in done.stderr
        assert "无法备份书库 / Could not back up the library" in done.stderr
        assert "disk I/O error" not in done.stderr
    assert list((tmp_path / "backups").iterdir()) == []
    with open_library(library) as lib:
        assert consistency_problems(lib) == []


def test_an_upgrade_the_disk_cuts_short_is_not_called_damage(tmp_path: Path) -> None:
    """Before: "damaged or not a database" for a v1 library whose upgrade hit a size limit."""
    import shutil

    library = tmp_path / "lib.sqlite"
    shutil.copy(ROOT / "tests" / "core" / "data" / "library_v1.sqlite", library)
    limit = library.stat().st_size + 4096

    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    done = subprocess.run(cli("--library", library, "stats"), cwd=ROOT, env=env(), capture_output=True, text=True,
                          timeout=120, preexec_fn=limited)
    assert done.returncode == 1 and done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert "damaged" not in done.stderr and "写入书库失败 / Could not write to the library" in done.stderr
    again = subprocess.run(cli("--library", library, "stats", "--json"), cwd=ROOT, env=env(), capture_output=True,
                           text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["issues"] == 5
