"""Links in a folder import: followed, each real folder read once, nothing left out silently.

Before the fix a linked folder was skipped without a word (os.walk does not
follow links), a folder that could not be read vanished from the report, and
a broken link was "No such file" like a file that never existed.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pytest

from tests.reliability.helpers import ROOT
from zzreader.core.importer import collect_files, import_paths
from zzreader.core.store import open_library

SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """top/a.txt, top/years -> ../other (b.txt), top/loop -> .. , top/gone.txt -> a missing file."""
    top, other = tmp_path / "archive" / "top", tmp_path / "archive" / "other"
    top.mkdir(parents=True)
    other.mkdir()
    (top / "a.txt").write_bytes(SEEDS[0].read_bytes())
    (other / "b.txt").write_bytes(SEEDS[1].read_bytes())
    (top / "years").symlink_to("../other", target_is_directory=True)
    (top / "loop").symlink_to("..", target_is_directory=True)
    (top / "gone.txt").symlink_to("missing.txt")
    return top


def test_a_linked_folder_is_read_and_a_loop_is_reported(archive: Path, tmp_path: Path) -> None:
    with open_library(tmp_path / "lib.sqlite") as library:
        report = import_paths(library, [archive], workers=0)
        by_name = {Path(f.path).relative_to(archive).as_posix(): f for f in report.files}
        assert by_name["a.txt"].status == "imported"
        assert by_name["years/b.txt"].status == "imported"  # behind the link
        assert len(library.issue_summaries()) == 2
    # The loop leads to the folder holding top: named once, as a loop, and never entered
    # (tests/core/test_hostile_links_above.py; it was entered, naming top and other again).
    skipped = {k: f for k, f in by_name.items() if f.status == "skipped"}
    assert set(skipped) == {"loop"}
    assert all("loop" in f.warnings[0] and "\n" not in f.warnings[0] for f in skipped.values())
    assert report.counts["skipped"] == 1
    gone = by_name["gone.txt"]
    assert gone.status == "failed" and "link's target does not exist" in gone.error


def test_no_skipped_count_without_a_skipped_entry(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_bytes(SEEDS[0].read_bytes())
    with open_library(tmp_path / "lib.sqlite") as library:
        report = import_paths(library, [tmp_path / "in"], workers=0)
    assert "skipped" not in report.counts and report.counts["imported"] == 1


def test_a_folder_that_cannot_be_read_is_a_failure_with_its_reason(archive: Path, monkeypatch) -> None:
    real = os.scandir

    def refusing(path=".", *args):
        if os.path.realpath(path).endswith("other"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path, *args)

    monkeypatch.setattr(os, "scandir", refusing)
    passed: dict = {}
    files = collect_files([archive], passed)
    assert [p.name for p in files] == ["a.txt", "gone.txt"]
    (result,) = [f for f in passed.values() if f.status == "failed"]
    assert result.path.endswith("years") and result.error == "无法读取文件夹 / Cannot read folder: 没有权限 / permission denied"


def test_a_link_to_the_same_folder_twice_reads_it_once(tmp_path: Path) -> None:
    top = tmp_path / "top"
    (top / "real").mkdir(parents=True)
    (top / "real" / "a.txt").write_bytes(SEEDS[0].read_bytes())
    (top / "again").symlink_to("real", target_is_directory=True)
    passed: dict = {}
    assert [p.relative_to(top).as_posix() for p in collect_files([top], passed)] == ["real/a.txt"]
    assert [Path(f.path).name for f in passed.values()] == ["again"]


def _nest(top: Path, depth: int, monkeypatch, request, name: str = "a") -> None:
    """`top/a/a/…/a` `depth` deep with an issue file at the bottom (made level by level:
    the whole path may be longer than the system takes in one call), removed after the
    test the same way (pytest's own clean-up recurses and would fail on it)."""
    top.mkdir()
    monkeypatch.chdir(top)
    request.addfinalizer(lambda: _unnest(top, depth, name))
    for _ in range(depth):
        os.mkdir(name)
        os.chdir(name)
    Path("zzrb-2019-03-12.txt").write_bytes(SEEDS[0].read_bytes())
    monkeypatch.chdir(top.parent)


def _unnest(top: Path, depth: int, name: str) -> None:
    here = os.getcwd()
    try:
        os.chdir(top)
        levels = 0
        while levels < depth and os.path.isdir(name):
            os.chdir(name)
            levels += 1
        with contextlib.suppress(FileNotFoundError):
            os.unlink("zzrb-2019-03-12.txt")
        for _ in range(levels):
            os.chdir("..")
            os.rmdir(name)
    finally:
        os.chdir(here)


def test_a_folder_nested_1500_deep_is_read_without_a_recursion_error(tmp_path: Path, monkeypatch, request) -> None:
    """Before: os.walk recursed per level, RecursionError and a traceback at about 1,000."""
    _nest(tmp_path / "deep", 1500, monkeypatch, request)
    passed: dict = {}
    (found,) = collect_files([tmp_path / "deep"], passed)
    assert found.name == "zzrb-2019-03-12.txt" and passed == {}


def test_a_folder_deeper_than_the_system_reads_is_one_failure(tmp_path: Path, monkeypatch, request) -> None:
    _nest(tmp_path / "deeper", 21, monkeypatch, request, "x" * 200)  # 4,221 characters: past PATH_MAX (4,096)
    passed: dict = {}
    assert collect_files([tmp_path / "deeper"], passed) == []
    (result,) = passed.values()
    assert result.status == "failed" and result.error.startswith("无法读取文件夹 / Cannot read folder: ")
    assert "\n" not in result.error
