"""Names and one-line fields: control characters refused, format characters and line breaks cleaned.

Titles, sections, reporters' names, collection names and entity aliases are
shown in lists and window titles and written to exported files; as tags
already were (core/tags.py), they are now one clean line whichever way they
come in: typed at the command line, in the window, or from a corrections file.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.reliability.helpers import call_cli, seeded_library
from zzreader.core import one_line
from zzreader.core.discovery import entities
from zzreader.core.errors import ZZReaderError
from zzreader.core.store import open_library


def test_clean_makes_one_line_and_refuses_controls() -> None:
    assert one_line.clean("  株洲\n日报\t 要闻 ", ("名", "A name"), 20, ValueError) == "株洲 日报 要闻"
    assert one_line.clean("\u202e神农\u200b公园\u2028", ("名", "A name"), 20, ValueError) == "神农公园"
    for bad in ("a\x00b", "\x1b[31m红", "x\x7f", "\ud800"):
        with pytest.raises(ValueError, match="control characters"):
            one_line.clean(bad, ("名", "A name"), 20, ValueError)
    with pytest.raises(ValueError, match="at most 3"):
        one_line.clean("株洲日报", ("名", "A name"), 3, ValueError)
    assert one_line.visible("\x07响铃\u202e标题\n第二行") == "响铃标题 第二行"


@pytest.fixture(scope="module")
def lib_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("names") / "lib.sqlite"
    seeded_library(path).close()
    return path


REFUSED = {
    "split title with a NUL": ["split", "1", "--at", "5", "--title", "\x00"],
    "split title with an escape": ["split", "1", "--at", "5", "--title", "后半\x1b[2J篇"],
    "alias with a NUL": ["alias", "people", "张\x00三", "张三"],
    "alias of 10,000 characters": ["alias", "people", "株" * 10_000, "张三"],
}


@pytest.mark.parametrize("name", list(REFUSED))
def test_control_characters_are_one_line_and_exit_2(
    name: str, lib_path: Path, capsys: pytest.CaptureFixture
) -> None:
    before = lib_path.read_bytes()
    code, out, err = call_cli(capsys, "--library", str(lib_path), *REFUSED[name])
    assert code == 2, (code, err)
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    assert "control characters" in err or "at most" in err, err
    assert lib_path.read_bytes() == before


def test_cleaned_values_are_stored_as_one_line(tmp_path: Path) -> None:
    """Article fields may come from a dump with control characters in them, so they are cleaned, not refused."""
    with seeded_library(tmp_path / "lib.sqlite") as library:
        library.corrections.edit(1, {"section": "\u2028要闻\u202e", "subtitle": "副\n标题",
                                     "title": "湘江\x1b[2J新闻", "reporters": "谭某,\x00李某"},
                                 why="理由\x1b[31m\n二")  # fmt: skip
        article = library.article(1)
        assert (article.section, article.subtitle, article.title) == ("要闻", "副 标题", "湘江[2J新闻")
        assert article.reporters == ["谭某", "李某"]
        assert library.corrections.history(1)[-1].why == "理由[31m 二"
        first, second = library.corrections.split(2, 4).value
        assert "\n" not in library.article(second).title
        with pytest.raises(ZZReaderError, match="control characters"):
            library.collections.create("合集\x1b[0m")
        assert library.collections.create(" 湘江\n风光带 ").value.name == "湘江 风光带"
        entities.merge_alias(library, "person", " 张\u200b三 ", "张三丰")
        assert entities._aliases(library, "person") == {"张三": "张三丰"}


def test_a_corrections_file_with_control_characters_imports_them_cleaned(tmp_path: Path) -> None:
    from zzreader.core import corrections_transfer as ct

    with seeded_library(tmp_path / "a.sqlite") as library:
        library.corrections.edit(1, {"title": "新标题"}, why="改标题")
        doc, _ = ct.export_corrections(library)
    revision = doc["articles"][0]["revisions"][-1]
    revision["state"]["title"] = "新\x1b]0;窗口\x07标题\u202e"
    revision["state"]["section"] = "要\r\n闻"
    revision["user"], revision["why"] = "编辑\x00甲", "理由\n\x1b[31m"
    with seeded_library(tmp_path / "b.sqlite") as library:
        report = ct.import_corrections(library, ct.read_file(json.dumps(doc)))
        assert report.applied == 1 and not report.conflicts and not report.missing
        article = library.article(1)
        assert article.title == "新]0;窗口标题" and article.section == "要 闻"
        last = library.corrections.history(1)[-1]
        assert (last.user, last.why) == ("编辑甲", "理由 [31m")
