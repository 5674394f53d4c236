"""A corrected body text that is empty, blank or holds a NUL is refused, nothing written.

Before the fix `zzreader edit 1 --text-file empty.txt` saved a revision whose
body was nothing (the article vanished from every search; the title alone is
refused when empty), and a file with NUL bytes, which an import refuses as
binary, was stored as the article's text, NULs and all.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import table_dump
from tests.reliability.helpers import call_cli, seeded_library
from zzreader.core.errors import AnnotationError
from zzreader.core.store import open_library

HAN = re.compile(r"[\u3400-\u9fff]")
BAD_TEXTS = {"empty": "", "blank": " \n\n\t \u3000\n", "nul": "株洲新闻\x00第二段"}


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    path = tmp_path / "lib.sqlite"
    seeded_library(path).close()
    return path


@pytest.mark.parametrize("name", sorted(BAD_TEXTS))
def test_the_core_refuses_the_body(library_path: Path, name: str) -> None:
    before = table_dump(library_path)
    library = open_library(library_path)
    try:
        with pytest.raises(AnnotationError) as caught:
            library.corrections.edit(1, {"text": BAD_TEXTS[name]})
    finally:
        library.close()
    message = str(caught.value)
    assert " / " in message and "\n" not in message and HAN.search(message.split(" / ")[0])
    assert table_dump(library_path) == before


@pytest.mark.parametrize("name", sorted(BAD_TEXTS))
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_command_line_refuses_the_file(
    capsys: pytest.CaptureFixture, library_path: Path, tmp_path: Path, name: str, lang: str
) -> None:
    file = tmp_path / "body.txt"
    file.write_bytes(BAD_TEXTS[name].encode("utf-8"))
    before = table_dump(library_path)
    code, out, err = call_cli(capsys, "--lang", lang, "--library", str(library_path), "edit", "1", "--text-file", str(file))
    assert code == 2 and out == "" and err.count("\n") == 1 and "Traceback" not in err, (code, out, err)
    assert bool(HAN.search(err.replace(str(file), ""))) == (lang == "zh"), err
    assert table_dump(library_path) == before


def test_a_body_with_tabs_and_lines_is_still_taken(library_path: Path) -> None:
    library = open_library(library_path)
    try:
        library.corrections.edit(1, {"text": "第一段\t有制表符\n\n第二段"})
        assert library.article(1).text.startswith("第一段")
    finally:
        library.close()
