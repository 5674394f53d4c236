"""Empty and broken JSON files are told in zzreader's words.

Before: an empty or blank W3C annotation file was "Not valid JSON: f.json:
Expecting value: line 1 column 1 (char 0)" (Python's English in both
halves), and a corrections file with unbalanced brackets was "Not a JSON
file: line 3" with no column. Now an empty file says it is empty, and a
broken one names its line and column in both languages.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from zzreader import cli

PYTHONS_WORDS = ("Expecting", "Extra data", "Unterminated", "delimiter", "char ")


@pytest.mark.parametrize("command", ["import-annotations", "import-corrections"])
@pytest.mark.parametrize("content", [b"", b"   \n\n\t ", b"\xef\xbb\xbf"])
def test_an_empty_json_file_says_it_is_empty(command: str, content: bytes, tmp_path: Path, capsys) -> None:
    path = tmp_path / "empty.json"
    path.write_bytes(content)
    code = cli.main(["--library", str(tmp_path / "l.sqlite"), command, str(path)])
    err = capsys.readouterr().err
    assert code == 2
    assert "文件为空" in err and "empty" in err and err.count("\n") == 1


@pytest.mark.parametrize("command", ["import-annotations", "import-corrections"])
@pytest.mark.parametrize(("content", "line", "column"), [
    ('{"items": [1, 2,\n  ', 2, 3),
    ('{"a": "b"} {"c": 1}', 1, 12),
    ('[1, 2,\n\n  "unclosed', 3, 3),
    ('{"a" 1}', 1, 6),
])  # fmt: skip
def test_broken_json_names_line_and_column_in_our_words(command: str, content: str, line: int, column: int,
                                                        tmp_path: Path, capsys) -> None:
    path = tmp_path / "broken.json"
    path.write_text(content, encoding="utf-8")
    code = cli.main(["--library", str(tmp_path / "l.sqlite"), command, str(path)])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1
    assert f"第 {line} 行第 {column} 列" in err and f"line {line}, column {column}" in err
    assert not any(word in err for word in PYTHONS_WORDS), err
