"""Control and format characters in a library's one-line fields do not reach what a command prints.

Before the fix, `search` and `cite` printed a title another tool altered with
its terminal escape (`ESC ] 0 ; … BEL` retitles the window), carriage return
(overwrites the line) and U+202E (reverses the rest of the line) as they
were; and on a terminal, format characters in any output were not escaped.
One-line fields are read through `core/stored_values.py` `line`; a terminal
stream escapes format characters too (`cli/terminal.py`).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.reliability.helpers import call_cli, seeded_library
from zzreader.cli import terminal
from zzreader.core import stored_values

SPOOF = "\x1b]0;pwned\x07\x1b[2J\r\u202e\u200b"
BAD = set("\x1b\x07\r\u202e\u200b")


@pytest.fixture(scope="module")
def spoiled(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("spoof") / "lib.sqlite"
    seeded_library(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE articles SET title = '株洲' || ? || '标题', section = ?", [SPOOF, "要闻" + SPOOF])
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize(
    "argv", [["search", "株洲"], ["search", "株洲", "--json"], ["cite", "1"], ["cite", "1", "--format", "ris"],
             ["cite", "1", "--format", "bibtex"], ["cite", "1", "--format", "csl-json"]], ids=" ".join,
)
def test_a_command_prints_the_title_without_spoofing_characters(spoiled, capsys, argv):
    code, out, err = call_cli(capsys, "--library", str(spoiled), *argv)
    assert code == 0, err
    assert "株洲" in out and "标题" in out
    assert not BAD & set(out), [c for c in out if c in BAD]


def test_a_terminal_shows_format_characters_as_escapes():
    assert terminal.visible("株洲\u202e标题") == "株洲\\u202e标题"
    assert terminal.visible("a\u2066b\u200bc") == "a\\u2066b\\u200bc"
    assert terminal.visible("行一\n行二\t末") == "行一\n行二\t末"
    assert terminal.visible("👨\u200d👩") == "👨\u200d👩"  # a joiner is kept


def test_a_one_line_field_loses_control_and_format_characters():
    assert stored_values.line("株洲" + SPOOF + "标题") == "株洲 ]0;pwned  [2J 标题"
    assert stored_values.line("  株洲  日报 ") == "  株洲  日报 "  # printable text is left as it is
    assert stored_values.line(b"\xe6\xa0\xaa\xe2\x80\xae") == "株"
