"""A library's `-wal`, `-shm` or `-journal` that is not a plain file of its own.

SQLite opens these by name beside the library and follows links. Before: a
FIFO named `lib.sqlite-journal` hung every command; a link or folder gave
"the file cannot be opened" or "a disk read or write failed", and a FIFO
`-wal` or a folder `-shm` was used as it was. Now the library is refused
before anything is opened, in one line that names the file and what it is,
and the file the link points to is left as it was (core/safe_open.py).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.reliability.helpers import run_cli, seeded_library

KINDS = ("link", "dangling link", "fifo", "folder", "hard link", "/dev/zero")
WHAT = {"link": "a link", "dangling link": "a link", "fifo": "a pipe (FIFO)", "folder": "a folder",
        "hard link": "a hard link of another file", "/dev/zero": "a link"}


@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("seed") / "lib.sqlite"
    seeded_library(path).close()
    return path


def _plant(companion: Path, kind: str, victim: Path) -> None:
    if kind == "link":
        companion.symlink_to(victim)
    elif kind == "dangling link":
        companion.symlink_to(victim.with_name("nowhere"))
    elif kind == "fifo":
        os.mkfifo(companion)
    elif kind == "folder":
        companion.mkdir()
    elif kind == "hard link":
        os.link(victim, companion)
    else:
        companion.symlink_to("/dev/zero")


@pytest.mark.parametrize("ext", ["-wal", "-shm", "-journal"])
@pytest.mark.parametrize("kind", KINDS)
def test_an_odd_companion_file_refuses_the_library_in_one_line(tmp_path, seeded, ext, kind) -> None:
    library = tmp_path / "lib.sqlite"
    shutil.copy(seeded, library)
    victim = tmp_path / "家谱.txt"
    victim.write_text("株洲市芦淞区的家谱，不可改动\n", encoding="utf-8")
    before = library.read_bytes()
    companion = library.with_name(library.name + ext)
    _plant(companion, kind, victim)
    result = run_cli("--library", library, "highlight", "3", "株洲", timeout=30)  # a FIFO hung here
    assert result.returncode == 1 and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and f"lib.sqlite{ext} beside the library is {WHAT[kind]}" in lines[0]
    assert "Traceback" not in result.stderr
    assert victim.read_text(encoding="utf-8") == "株洲市芦淞区的家谱，不可改动\n"
    assert library.read_bytes() == before
    assert not victim.with_name("nowhere").exists()
