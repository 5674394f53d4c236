"""Every file a command reads may be a FIFO, a link to /dev/zero, a folder or empty: one line, exit 2, no hang.

New ground beyond the import tests: the backup named to `restore` (a FIFO
was "no such backup", now it says what it is), the text file of `edit
--text-file`, a corrections file, and `--library` itself given as an empty
path (which silently meant the default library) or with a NUL in it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.reliability.helpers import call_cli, seeded_library


@pytest.fixture(scope="module")
def lib_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("inputs") / "lib.sqlite"
    seeded_library(path).close()
    return path


def _special(tmp_path: Path, kind: str) -> Path:
    path = tmp_path / f"special-{kind}.json"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "zero":
        path.symlink_to("/dev/zero")
    else:
        path.mkdir()
    return path


KINDS = {"fifo": "FIFO", "zero": "device", "folder": "folder"}
READERS = {
    "restore": ["restore", "{file}"],
    "edit --text-file": ["edit", "1", "--text-file", "{file}"],
    "import-corrections": ["import-corrections", "{file}"],
    "import-annotations": ["import-annotations", "{file}"],
}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
@pytest.mark.parametrize("kind", list(KINDS))
@pytest.mark.parametrize("command", list(READERS))
def test_a_special_file_is_named_for_what_it_is(
    command: str, kind: str, lib_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    special = _special(tmp_path, kind)
    argv = [a.replace("{file}", str(special)) for a in READERS[command]]
    before = lib_path.read_bytes()
    code, out, err = call_cli(capsys, "--library", str(lib_path), *argv)
    assert code == 2, (code, err)
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    assert KINDS[kind] in err and "not a regular file" in err, err
    assert lib_path.read_bytes() == before


@pytest.mark.parametrize("value, word", [("", "empty"), ("   ", "empty"), ("lib\x00.sqlite", "NUL")])
def test_an_empty_or_impossible_library_path_is_bad_input(value: str, word: str, capsys: pytest.CaptureFixture) -> None:
    code, out, err = call_cli(capsys, "--library", value, "stats")
    assert code == 2 and word in err and len(err.strip().splitlines()) == 1, (code, err)


EMPTY = {
    "import": ["import", ""],
    "parse": ["parse", ""],
    "restore": ["restore", ""],
    "trend --csv": ["trend", "株洲", "--csv", ""],
    "export --output": ["export", "articles", "--output", ""],
    "cite --output": ["cite", "1", "--output", ""],
    "edit --text-file": ["edit", "1", "--text-file", ""],
    "import-corrections": ["import-corrections", " "],
    "import-annotations": ["import-annotations", ""],
}


@pytest.mark.parametrize("name", list(EMPTY))
def test_an_empty_path_is_bad_input_not_the_current_folder(
    name: str, lib_path: Path, capsys: pytest.CaptureFixture
) -> None:
    """An empty FILE was read as "." (import took the whole current folder) or ignored (--csv)."""
    before = lib_path.read_bytes()
    code, out, err = call_cli(capsys, "--library", str(lib_path), *EMPTY[name])
    assert code == 2 and "the path is empty" in err and len(err.strip().splitlines()) == 1, (code, err)
    assert lib_path.read_bytes() == before


@pytest.mark.parametrize("under", ["a-file.txt", "a-file.txt/deeper"])
def test_a_library_under_a_file_is_one_line_in_our_words(under: str, tmp_path: Path, capsys) -> None:
    (tmp_path / "a-file.txt").write_text("株洲日报", encoding="utf-8")
    (tmp_path / "nothing").mkdir()  # import is the command that makes a library
    code, out, err = call_cli(capsys, "--library", str(tmp_path / under / "lib.sqlite"), "import", str(tmp_path / "nothing"))
    assert code == 1 and len(err.strip().splitlines()) == 1 and "Errno" not in err, err
    assert "in the way" in err or "not a folder" in err
    assert (tmp_path / "a-file.txt").read_text(encoding="utf-8") == "株洲日报"


def test_standard_input_is_read_up_to_the_limit_only(
    lib_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    """`import-annotations - < /dev/zero` read until memory ran out; now it stops at the file limit."""
    import io
    import json
    import sys

    from zzreader.core import file_limits, w3c
    from zzreader.core.store import open_library

    with open_library(lib_path) as library:
        data = w3c.export_w3c(library)
    good = json.dumps(data, ensure_ascii=False).encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"\xef\xbb\xbf" + good), encoding="utf-8"))
    code, out, err = call_cli(capsys, "--library", str(lib_path), "import-annotations", "-")
    assert code == 0, err
    monkeypatch.setattr(file_limits, "MAX_ANNOTATION_BYTES", 1000)
    endless = io.BytesIO(b"\0" * 5000)  # stands for /dev/zero: only limit + 1 bytes are read
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(endless, encoding="utf-8"))
    code, out, err = call_cli(capsys, "--library", str(lib_path), "import-annotations", "-")
    assert code == 2 and "too big" in err and len(err.strip().splitlines()) == 1, (code, err)
    assert endless.tell() == 1001


def test_query_lines_from_standard_input_are_read_in_bounded_pieces() -> None:
    """`zzreader search - < /dev/zero` read one endless line into memory; now each piece is bounded."""
    import io

    from zzreader.cli import search_command

    lines = list(search_command.query_lines(io.StringIO("株洲\n" + "x" * 70_000 + "\n医保\n")))
    assert lines[0] == "株洲" and len(lines[1]) == search_command.MAX_LINE and lines[2] == "医保"
    endless = io.StringIO("\0" * (search_command.MAX_SKIP + 3 * search_command.MAX_LINE))
    assert [len(x) for x in search_command.query_lines(endless)] == [search_command.MAX_LINE]
    assert endless.tell() <= search_command.MAX_SKIP + 2 * search_command.MAX_LINE
