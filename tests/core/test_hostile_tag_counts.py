"""Tags on one article or highlight: at most the 200 an annotation file may carry (core/tags.py).

Before: the import of a W3C file skips an annotation with more than 200 tags, but nothing
else counted them. `zzreader highlight … --tag` given 3,000 times, `zzreader tag` run on an
article 201 times, the window's tag field, a W3C file's 200 tags `a,b` read as 400 and an
article-tags annotation added to the tags an article has here all stored more, and the
library's own export of such a highlight or article was then skipped by the import on another
machine ("too many tags"): the exchange lost it. Now each write that would pass 200 is refused
whole in one line (nothing of it kept), a file's annotation that would is skipped with that
line, and what the library holds always comes back through its own export.
"""

from __future__ import annotations

import contextlib
import io
import json
import sqlite3
from pathlib import Path

import pytest

from tests.reliability.helpers import call_cli, seeded_library
from zzreader.core.errors import AnnotationError
from zzreader.core.store import open_library
from zzreader.core.tags import MAX_TAGS_ON_ONE
from zzreader.core.w3c import import_w3c
from zzreader.core.w3c_export import write_w3c

TOO_MANY = [f"专题{i}" for i in range(MAX_TAGS_ON_ONE + 1)]


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    path = tmp_path / "lib.sqlite"
    seeded_library(path).close()
    return path


def _counts(path: Path) -> tuple[int, int, int, int]:
    with sqlite3.connect(path) as conn:
        return tuple(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                     for t in ("highlights", "highlight_tags", "article_tags", "tags"))  # fmt: skip


def _article_with(path: Path, quote: str) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT id FROM articles WHERE text LIKE ? ORDER BY id", [f"%{quote}%"]).fetchone()[0]


def test_the_command_line_refuses_a_highlight_with_too_many_tags(capsys, library_path: Path) -> None:
    article = _article_with(library_path, "医保")
    tags = [arg for t in TOO_MANY for arg in ("--tag", t)]
    code, out, err = call_cli(capsys, "--library", str(library_path), "highlight", str(article), "医保", *tags)
    assert code == 2 and out == "" and err.count("\n") == 1 and "Traceback" not in err  # was exit 0
    assert f"({MAX_TAGS_ON_ONE + 1}, at most {MAX_TAGS_ON_ONE})" in err
    assert _counts(library_path) == (0, 0, 0, 0)  # nothing half made
    code, out, err = call_cli(capsys, "--library", str(library_path), "highlight", str(article), "医保", *tags[2:])
    assert code == 0 and _counts(library_path)[1] == MAX_TAGS_ON_ONE  # 200 still go


def test_tagging_an_article_past_the_limit_is_refused_whole(capsys, library_path: Path) -> None:
    article = _article_with(library_path, "医保")
    with open_library(library_path) as library:
        library.tags.set_for_article(article, TOO_MANY[:-1])
        with pytest.raises(AnnotationError, match="at most 200"):
            library.tags.set_for_article(article, TOO_MANY)
        found_before = _counts(library_path)
    code, out, err = call_cli(capsys, "--library", str(library_path), "tag", "再一个", "--search", "医保")
    assert code == 2 and err.count("\n") == 1 and f"article {article}" in err  # names the full article
    assert _counts(library_path) == found_before  # no other article got the tag either


def test_highlight_tags_added_one_by_one_stop_at_the_limit(library_path: Path) -> None:
    article = _article_with(library_path, "医保")
    with open_library(library_path) as library:
        hid = library.highlights.add_quote(article, "医保", tags=TOO_MANY[:-1]).value.id
        with pytest.raises(AnnotationError):
            library.highlights.add_tag(hid, TOO_MANY[-1])
        assert len(library.highlights.get(hid).tags) == MAX_TAGS_ON_ONE


def _export(path: Path) -> dict:
    with open_library(path) as library:
        out = io.StringIO()
        write_w3c(library, out)
    return json.loads(out.getvalue())


def test_what_the_library_holds_comes_back_through_its_own_export(library_path: Path, tmp_path: Path) -> None:
    article = _article_with(library_path, "医保")
    with open_library(library_path) as library:  # each tries one tag past the limit
        hid = library.highlights.add_quote(article, "医保", tags=TOO_MANY[:-1]).value.id
        for write in (lambda: library.highlights.add_tag(hid, TOO_MANY[-1]),
                      lambda: library.tags.set_for_article(article, TOO_MANY)):  # fmt: skip
            with contextlib.suppress(AnnotationError):
                write()
    other = tmp_path / "other.sqlite"
    seeded_library(other).close()
    with open_library(other) as library:
        report = import_w3c(library, _export(library_path))
    assert report.skipped == () and report.added == 1  # a highlight of 201 tags was skipped here
    assert report.article_tags == 0


def test_a_file_cannot_push_a_highlight_or_article_past_the_limit(library_path: Path, tmp_path: Path) -> None:
    article = _article_with(library_path, "医保")
    source = tmp_path / "source.sqlite"
    seeded_library(source).close()
    with open_library(source) as library:
        library.highlights.add_quote(article, "医保", tags=["一"])
        library.tags.set_for_article(article, [f"那边{i}" for i in range(120)])
    data = _export(source)
    items = data["first"]["items"]
    for item in items:  # 200 tags (as many as a file may hold) that the window's reading splits into 400
        if item.get("motivation") == "highlighting":
            item["body"] = [{"type": "TextualBody", "purpose": "tagging", "value": f"分{i},合{i}"} for i in range(200)]
    with open_library(library_path) as library:
        library.tags.set_for_article(article, [f"这边{i}" for i in range(100)])  # 100 + 120 > 200
    before = _counts(library_path)
    with open_library(library_path) as library:
        report = import_w3c(library, data)
        assert len(report.skipped) == 2, report.skipped
        assert all("at most 200" in line and "\n" not in line for line in report.skipped), report.skipped
        assert sorted(library.tags.of_article(article)) == sorted(f"这边{i}" for i in range(100))  # untouched
    assert _counts(library_path) == before


def test_tags_another_tool_left_past_the_limit_can_be_removed_not_added_to(library_path: Path) -> None:
    article = _article_with(library_path, "医保")
    with open_library(library_path) as library:
        hid = library.highlights.add_quote(article, "医保").value.id
    with sqlite3.connect(library_path) as conn:  # planted: 300 on the highlight, 300 on the article
        for k in range(300):
            tag = conn.execute("INSERT INTO tags (name) VALUES (?)", [f"旧{k}"]).lastrowid
            conn.execute("INSERT INTO highlight_tags (highlight_id, tag_id) VALUES (?, ?)", [hid, tag])
            conn.execute("INSERT INTO article_tags (article_id, tag_id) VALUES (?, ?)", [article, tag])
    with open_library(library_path) as library:
        library.highlights.remove_tag(hid, "旧0")  # fewer: allowed
        library.tags.set_for_article(article, [f"旧{k}" for k in range(1, 300)])
        with pytest.raises(AnnotationError):
            library.highlights.add_tag(hid, "新")  # more: refused
        assert len(library.highlights.get(hid).tags) == 299
        assert len(library.tags.of_article(article)) == 299
