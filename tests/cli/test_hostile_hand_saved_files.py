"""zzreader's own files, saved again by a Windows editor, import as before.

The W3C annotation file and the corrections file zzreader exports, and an
article's new text for `edit --text-file`, are UTF-8. Saved again in Notepad
as "Unicode" they are UTF-16 behind a byte-order mark, which says so without
doubt; all three were refused as "not UTF-8 text". They now read as the UTF-8
file did (core/user_text.py); UTF-16 without a mark is still one line, and the
library is then exactly as it was.
"""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from tests.conftest import table_dump
from tests.reliability.helpers import call_cli, seeded_library

SAVED = {
    "utf-16-le with mark": lambda text: codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
    "utf-16-be with mark": lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
    "utf-8 with mark and CRLF": lambda text: codecs.BOM_UTF8 + text.replace("\n", "\r\n").encode(),
}


@pytest.fixture
def library(tmp_path: Path, capsys) -> Path:
    path = tmp_path / "lib.sqlite"
    seeded_library(path).close()
    for argv in (["highlight", "3", "株冶集团", "--note", "笔记：存过两遍", "--tag", "甲"],
                 ["edit", "8", "--title", "改过的标题", "--why", "错字"]):
        code, _, err = call_cli(capsys, "--lang", "en", "--library", str(path), *argv)
        assert code == 0, err
    return path


def _export(capsys, library: Path, what: str, target: Path) -> str:
    extra = ["--format", "json"] if what == "annotations" else []
    code, _, err = call_cli(capsys, "--lang", "en", "--library", str(library), "export", what, *extra,
                            "--output", str(target))
    assert code == 0, err
    return target.read_text(encoding="utf-8")


@pytest.mark.parametrize("saved", SAVED)
@pytest.mark.parametrize(("what", "command", "unchanged"), [
    ("annotations", "import-annotations", "unchanged 1"),
    ("corrections", "import-corrections", "already there 1"),
])
def test_an_export_saved_again_imports_as_itself(
    capsys, library: Path, tmp_path: Path, saved: str, what: str, command: str, unchanged: str
) -> None:
    text = _export(capsys, library, what, tmp_path / f"{what}.json")
    again = tmp_path / f"{what}-saved.json"
    again.write_bytes(SAVED[saved](text))
    before = table_dump(library)
    code, out, err = call_cli(capsys, "--lang", "en", "--library", str(library), command, str(again))
    assert code == 0 and unchanged in out, err
    assert table_dump(library) == before


@pytest.mark.parametrize("saved", SAVED)
def test_a_new_text_saved_by_notepad_is_the_text(capsys, library: Path, tmp_path: Path, saved: str) -> None:
    body = tmp_path / "body.txt"
    body.write_bytes(SAVED[saved]("第一段，用记事本改过。\n第二段也改过。\n"))
    code, _, err = call_cli(capsys, "--lang", "en", "--library", str(library), "edit", "5", "--text-file", str(body))
    assert code == 0, err
    from zzreader.core.store import open_library

    with open_library(library) as lib:
        (text,) = lib.db.execute("SELECT text FROM articles WHERE id = 5").fetchone()
    assert text.startswith("第一段，用记事本改过。\n第二段也改过。") and "\r" not in text and "\ufeff" not in text


@pytest.mark.parametrize(("what", "command"), [("annotations", "import-annotations"),
                                               ("corrections", "import-corrections")])
def test_utf16_without_a_mark_is_one_line_and_changes_nothing(
    capsys, library: Path, tmp_path: Path, what: str, command: str
) -> None:
    text = _export(capsys, library, what, tmp_path / f"{what}.json")
    again = tmp_path / f"{what}-nomark.json"
    again.write_bytes(text.encode("utf-16-le"))
    before = table_dump(library)
    code, out, err = call_cli(capsys, "--lang", "en", "--library", str(library), command, str(again))
    assert code == 2 and not out and len(err.strip().splitlines()) == 1 and "UTF-8" in err
    assert table_dump(library) == before
