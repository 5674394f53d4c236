"""Something planted under the compact marker's name is never written, truncated nor removed.

The marker `<library>-compacting` (core/compacting.py) has a name anyone who
can write the library's folder knows. A link planted there to one of the
user's files was opened to write: `zzreader compact` truncated that file to
its process id ("precious" became "30205"). A hard link did the same, and a
FIFO or a link to a device was removed. Now only a regular file with one
name is a marker; anything else stays as it was, the compact still runs and
says what it did in its usual lines, and another process does not take the
planted thing for a running compact.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.reliability.helpers import call_cli, seeded_library
from zzreader.core import compacting

PRECIOUS = "用户自己的笔记，不能丢 / the user's own notes\n"


@pytest.fixture
def library(tmp_path: Path) -> Path:
    path = tmp_path / "lib.sqlite"
    seeded_library(path).close()
    return path


def _plant(kind: str, marker: Path, precious: Path) -> None:
    if kind == "symlink":
        marker.symlink_to(precious)
    elif kind == "hardlink":
        os.link(precious, marker)
    elif kind == "fifo":
        os.mkfifo(marker)
    else:  # a link to a device
        marker.symlink_to("/dev/zero")


@pytest.mark.parametrize("kind", ["symlink", "hardlink", "fifo", "device"])
def test_compact_leaves_a_planted_marker_and_its_target_as_they_were(capsys, library: Path, tmp_path: Path,
                                                                      kind: str) -> None:
    if kind == "fifo" and not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    precious = tmp_path / "notes.txt"
    precious.write_text(PRECIOUS, encoding="utf-8")
    marker = compacting.mark_path(library)
    _plant(kind, marker, precious)
    planted = os.lstat(marker)

    assert compacting.holder(library) is None  # not taken for a running compact
    code, out, err = call_cli(capsys, "--library", str(library), "compact")

    assert code == 0, err
    assert "整理后 / After" in out
    assert precious.read_text(encoding="utf-8") == PRECIOUS  # never truncated nor written
    now = os.lstat(marker)  # still there, the same thing
    assert (now.st_ino, now.st_mode) == (planted.st_ino, planted.st_mode)


def test_a_real_marker_is_still_made_held_and_removed(library: Path) -> None:
    with compacting.marked(library) as running:
        assert running is None
        assert compacting.holder(library) == os.getpid()
    assert not compacting.mark_path(library).exists()


def test_a_marker_replaced_while_compacting_is_not_removed(library: Path, tmp_path: Path) -> None:
    """Only the file this process locked is removed: a link put in its place meanwhile stays."""
    precious = tmp_path / "notes.txt"
    precious.write_text(PRECIOUS, encoding="utf-8")
    marker = compacting.mark_path(library)
    with compacting.marked(library) as running:
        assert running is None
        marker.unlink()
        marker.symlink_to(precious)
    assert marker.is_symlink()
    assert precious.read_text(encoding="utf-8") == PRECIOUS
