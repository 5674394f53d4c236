"""A link in an imported folder to a folder that holds it is a loop: skipped, named, never walked.

A folder unpacked from someone else's archive may hold `root -> /` or
`up -> ../..`. The walk read each real folder once, so it did end, but only
after it had gone over everything beside the chosen folder: `zzreader import
loop` with `loop/root -> /` printed nothing for over 60 s, and every `.txt`
found on the disk would have been read as an issue. Such a link now leads
nowhere and the import report names it, with why (core/folder_walk.py).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.reliability.helpers import call_cli
from zzreader.core import folder_walk

ISSUE = "株洲日报 2021年3月4日 第12345期\n\n新闻标题\n\n这是一段新写的正文，供导入用。\n"


def _tree(tmp_path: Path, link: str, target: str) -> tuple[Path, Path]:
    """`tmp_path/beside/other.txt` (must not be read) and `tmp_path/chosen/a/issue.txt` with a link in it."""
    (tmp_path / "beside").mkdir()
    (tmp_path / "beside" / "other.txt").write_text(ISSUE, encoding="utf-8")
    chosen = tmp_path / "chosen"
    (chosen / "a").mkdir(parents=True)
    (chosen / "a" / "issue.txt").write_text(ISSUE, encoding="utf-8")
    where = chosen / "a" / link
    where.symlink_to(target, target_is_directory=True)
    return chosen, where


@pytest.mark.parametrize("target", ["../..", "../../..", "/"])
def test_a_link_to_a_folder_above_is_skipped_with_why(tmp_path: Path, target: str) -> None:
    chosen, link = _tree(tmp_path, "up", target)
    passed: folder_walk.Passed = {}
    found = list(folder_walk.issue_files(chosen, passed))
    assert found == [chosen / "a" / "issue.txt"]
    assert passed == {link: ("skipped", folder_walk.ABOVE)}


def test_a_link_to_the_chosen_folder_itself_is_still_a_loop(tmp_path: Path) -> None:
    chosen, link = _tree(tmp_path, "back", "..")
    passed: folder_walk.Passed = {}
    assert list(folder_walk.issue_files(chosen, passed)) == [chosen / "a" / "issue.txt"]
    assert passed == {link: ("skipped", folder_walk.LOOP)}


def test_a_link_elsewhere_is_still_followed(tmp_path: Path) -> None:
    """An archive may keep years on another disk behind a link: that stays read."""
    chosen, link = _tree(tmp_path, "more", os.fspath(tmp_path / "beside"))
    passed: folder_walk.Passed = {}
    assert sorted(folder_walk.issue_files(chosen, passed)) == [chosen / "a" / "issue.txt", link / "other.txt"]
    assert passed == {}


def test_the_import_command_names_the_link_and_reads_nothing_beside(capsys, tmp_path: Path) -> None:
    chosen, _link = _tree(tmp_path, "root", "/")
    library = tmp_path / "lib.sqlite"
    code, out, err = call_cli(capsys, "--library", str(library), "import", str(chosen))
    assert code == 0, err
    text = out + err
    assert "Link to a folder that holds the chosen one" in text
    assert "other.txt" not in text
    assert "Traceback" not in text
