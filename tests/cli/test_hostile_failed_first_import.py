"""A first import that fails and stores nothing leaves no library (and no folders) behind.

Before the fix `zzreader --library new/lib.sqlite import missing.txt` (or a
file that is empty, binary, or a folder of only such files) reported the
failure and exit 1, yet left a 1 MB empty library and the folder `new/`
made for it; the next `zzreader stats` then showed an empty library instead
of "no library here". Now the library it made, its side files and the
folders made for it are removed again. An import that did not fail (an
empty folder) still makes an empty library on purpose; an existing library
is never removed, whatever the import does.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.reliability.helpers import call_cli, seeded_library


def _bad_inputs(tmp_path: Path) -> dict[str, list[str]]:
    empty = tmp_path / "空.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "图.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    return {
        "missing": [str(tmp_path / "没有这个.txt")],
        "empty": [str(empty)],
        "binary and missing": [str(binary), str(tmp_path / "nope.txt")],
    }


@pytest.mark.parametrize("case", ["missing", "empty", "binary and missing"])
def test_a_failed_first_import_leaves_nothing(capsys, tmp_path: Path, case: str) -> None:
    paths = _bad_inputs(tmp_path)[case]
    target = tmp_path / "新" / "书库" / "lib.sqlite"
    code, _out, err = call_cli(capsys, "--library", str(target), "import", *paths)
    assert code == 1 and "Traceback" not in err
    assert not (tmp_path / "新").exists(), sorted(os.listdir(tmp_path / "新"))
    code, _out, err = call_cli(capsys, "--library", str(target), "stats")
    assert code == 2 and "No library" in err


def test_a_failed_import_into_a_new_library_beside_others_removes_only_its_own_files(capsys, tmp_path) -> None:
    (tmp_path / "notes.txt").write_text("我的笔记", encoding="utf-8")
    code, _out, _err = call_cli(capsys, "--library", str(tmp_path / "lib.sqlite"), "import", str(tmp_path / "x.txt"))
    assert code == 1
    assert sorted(os.listdir(tmp_path)) == ["notes.txt"]


def test_a_failed_import_never_removes_an_existing_library(capsys, tmp_path: Path) -> None:
    library = tmp_path / "lib.sqlite"
    seeded_library(library).close()
    size = library.stat().st_size
    code, _out, _err = call_cli(capsys, "--library", str(library), "import", str(tmp_path / "missing.txt"))
    assert code == 1 and library.stat().st_size >= size


def test_an_import_that_did_not_fail_still_makes_an_empty_library(capsys, tmp_path: Path) -> None:
    (tmp_path / "空文件夹").mkdir()
    target = tmp_path / "lib.sqlite"
    code, _out, _err = call_cli(capsys, "--library", str(target), "import", str(tmp_path / "空文件夹"))
    assert code == 0 and target.is_file()
