"""A library or backup path with no file name (`/`, `.`, `..`, `//`), a folder, a FIFO or a device.

Before the fix `zzreader --library / stats` (and `.`, `//`, `/.`, and
`restore /`) ended in a Python traceback: looking for the library's `-wal`
beside a path with no name raised "PosixPath('/') has an empty name"
(core/safe_open.py `check_companions`). Each is now one line; a library
path that is no regular file is bad input (exit 2), and nothing is written.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.reliability.helpers import call_cli, seeded_library

NAMELESS = ["/", ".", "..", "//", "/.", "./"]


@pytest.mark.parametrize("command", [["stats"], ["search", "株洲"], ["backup"], ["import", "."]])
@pytest.mark.parametrize("where", NAMELESS)
def test_a_library_path_with_no_name_is_one_line_and_exit_2(capsys, tmp_path: Path, monkeypatch, where, command) -> None:
    monkeypatch.chdir(tmp_path)
    code, _out, err = call_cli(capsys, "--library", where, *command)
    assert code == 2, (code, err)
    assert err.count("\n") == 1 and "Traceback" not in err and "PosixPath" not in err, err
    assert "regular file" in err
    assert os.listdir(tmp_path) == []  # nothing made beside it


@pytest.mark.parametrize("kind", ["folder", "fifo", "device"])
def test_a_library_that_is_a_folder_a_fifo_or_a_device_is_bad_input(capsys, tmp_path: Path, kind) -> None:
    target = {"folder": tmp_path / "lib.sqlite", "fifo": tmp_path / "lib.sqlite", "device": Path(os.devnull)}[kind]
    if kind == "folder":
        target.mkdir()
    elif kind == "fifo":
        os.mkfifo(target)
    code, _out, err = call_cli(capsys, "--library", str(target), "stats")
    assert code == 2 and err.count("\n") == 1 and "regular file" in err, (code, err)


@pytest.mark.parametrize("where", NAMELESS)
def test_restoring_from_a_path_with_no_name_is_one_line(capsys, tmp_path: Path, monkeypatch, where) -> None:
    library = tmp_path / "lib.sqlite"
    seeded_library(library).close()
    before = library.read_bytes()
    monkeypatch.chdir(tmp_path)
    code, _out, err = call_cli(capsys, "--library", str(library), "restore", where)
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err, (code, err)
    assert library.read_bytes() == before


@pytest.mark.parametrize("command", [["stats"], ["import", "."], ["restore", "x" * 5000]], ids=lambda c: c[0])
def test_a_name_too_long_for_the_file_system_is_bad_input(capsys, tmp_path: Path, monkeypatch, command) -> None:
    """A library (or backup) name longer than a file name may be was exit 1, as if the library were damaged."""
    library = tmp_path / "lib.sqlite"
    seeded_library(library).close()
    named = str(library) if command[0] == "restore" else str(tmp_path / ("书" * 120 + ".sqlite"))
    monkeypatch.chdir(tmp_path)
    code, _out, err = call_cli(capsys, "--library", named, *command)
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err, (code, err)
