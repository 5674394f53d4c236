"""Library text printed to a terminal never drives it; printed into a pipe it stays as it was.

A dump can carry escape sequences (OSC `ESC ] 0 ; title BEL` retitles the
terminal window, CSI sequences move the cursor or clear the screen); a search
listing printed its snippet as is. The parser now reads a whole sequence as
nothing (core/renditions/spaces.py), but a library written by another tool can
still hold one: on a terminal every control character but newline and tab is
shown as an escape; a pipe gets the bytes unchanged.
"""

from __future__ import annotations

import io
import sqlite3
import sys
from pathlib import Path

import pytest

from zzreader import cli
from zzreader.cli import terminal
from zzreader.core.importer import import_paths
from zzreader.core.store import open_library

PLANTED = "三月的神农公园樱花盛开\x1b]0;pwned\x07，市民纷纷前来赏花\x1b[2J。公园管理处提醒游客文明游园\x9b31m。"
DUMP = f"株洲日报 2024年3月8日 第1期\n\n神农公园樱花开了\n\n本报讯（记者 谭某）{PLANTED}\n"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def lib_path(tmp_path: Path) -> Path:
    dump = tmp_path / "zzrb-2024-03-08.txt"
    dump.write_text(DUMP, encoding="utf-8")
    path = tmp_path / "lib.sqlite"
    with open_library(path) as library:
        assert not import_paths(library, [dump], workers=0).failed
    with sqlite3.connect(path) as conn:  # another tool wrote the escapes into the stored text
        conn.execute("UPDATE articles SET text = ?", (PLANTED,))
    conn.close()
    return path


def test_an_imported_dump_loses_its_escape_sequences_whole(tmp_path: Path) -> None:
    dump = tmp_path / "zzrb-2024-03-08.txt"
    dump.write_text(DUMP, encoding="utf-8")
    with open_library(tmp_path / "lib.sqlite") as library:
        assert not import_paths(library, [dump], workers=0).failed
        (text,) = library.db.execute("SELECT text FROM articles").fetchone()
    assert text == "三月的神农公园樱花盛开，市民纷纷前来赏花。公园管理处提醒游客文明游园。"


@pytest.mark.parametrize("argv", [["search", "樱花"], ["search", "樱花", "--limit", "1"]])
def test_a_terminal_gets_escapes_shown_not_run(argv, lib_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out, err = _Terminal(), _Terminal()
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    assert cli.main(["--library", str(lib_path), *argv]) == 0
    shown = out.getvalue()
    assert "樱花" in shown and "\\x1b]0;pwned\\x07" in shown
    assert not any(c in shown for c in "\x1b\x07\x9b")


def test_a_pipe_gets_the_text_as_it_is(lib_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert cli.main(["--library", str(lib_path), "search", "樱花"]) == 0
    assert "\x1b]0;pwned\x07" in capsys.readouterr().out


def test_visible_keeps_newlines_tabs_and_text() -> None:
    assert terminal.visible("株洲\t日报\n") == "株洲\t日报\n"
    assert terminal.visible("a\x1b[31mb\x00\x7f\x85") == "a\\x1b[31mb\\x00\\x7f\\x85"
