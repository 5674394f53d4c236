"""Corrections given a value that cannot be stored, or an id no row can have.

A byte that is not UTF-8 in an argument reaches Python as a lone surrogate.
`zzreader edit 1 --reporters <such a byte>` silently emptied the article's
reporters (the name lost its only character and the empty list was saved as
a revision), `--title` said the title was empty, and a body text with one
(the core facade, a paste in the window) stopped with UnicodeEncodeError.
Now each is refused in one line naming the field, and nothing is written.
An id beyond SQLite's integers given to the core (a script, a settings
file) raised OverflowError from every read and write that bound it; a read
now finds no row, so the caller says "no such article/issue/tag" as for any
id no row has, and a write is refused in one line (core/database.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import table_dump
from tests.reliability.helpers import call_cli, seeded_library
from zzreader.core.errors import AnnotationError, ZZReaderError
from zzreader.core.store import open_library

HUGE = 2**70


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    path = tmp_path / "lib.sqlite"
    seeded_library(path).close()
    return path


@pytest.mark.parametrize("field", ["title", "subtitle", "section", "reporters", "correspondents", "text"])
def test_a_lone_surrogate_in_an_edit_is_refused_and_nothing_written(library_path: Path, field: str) -> None:
    before = table_dump(library_path)
    library = open_library(library_path)
    try:
        with pytest.raises(AnnotationError) as caught:
            library.corrections.edit(1, {field: "沈\ud800华"})
    finally:
        library.close()
    message = str(caught.value)
    assert "U+D800" in message and " / " in message and "\n" not in message
    assert table_dump(library_path) == before


def test_the_command_line_refuses_a_non_utf8_reporter(capsys, library_path: Path) -> None:
    before = table_dump(library_path)
    bad = b"\xed\xa0\x80".decode("utf-8", "surrogateescape")
    for argv in (["edit", "1", "--reporters", bad], ["edit", "1", "--title", "标题" + bad]):
        code, out, err = call_cli(capsys, "--library", str(library_path), *argv)
        assert code == 2, (argv, out, err)
        lines = err.strip().splitlines()
        assert len(lines) == 1 and "U+DC" in lines[0] and "Traceback" not in err
        assert "cannot be empty" not in err
    assert table_dump(library_path) == before


def test_a_split_title_with_a_lone_surrogate_is_refused(library_path: Path) -> None:
    before = table_dump(library_path)
    library = open_library(library_path)
    try:
        with pytest.raises(AnnotationError, match="U\\+D800"):
            library.corrections.split(1, 5, title="后\ud800篇")
    finally:
        library.close()
    assert table_dump(library_path) == before


@pytest.mark.parametrize(
    "call",
    [
        lambda lib: lib.corrections.edit(HUGE, {"title": "新标题"}),
        lambda lib: lib.corrections.merge(1, HUGE),
        lambda lib: lib.corrections.merge(-HUGE, 1),
        lambda lib: lib.corrections.revert(HUGE, 0),
        lambda lib: lib.corrections.history(HUGE),
        lambda lib: lib.corrections.mark_not_article(HUGE),
        lambda lib: lib.corrections.move_unassigned(1, [HUGE]),
        lambda lib: lib.tags.tag_articles("标签", [HUGE]),
        lambda lib: lib.collections.add_articles(lib.collections.create("合集").value.id, [HUGE]),
        lambda lib: lib.collections.get(HUGE),
        lambda lib: lib.collections.rename(HUGE, "新名"),
        lambda lib: lib.highlights.get(HUGE),
        lambda lib: lib.highlights.add(HUGE, 0, 2),
        lambda lib: lib.highlights.reattach(lib.highlights.add(1, 0, 2).value.id, HUGE, 0, 2),
        lambda lib: lib.highlights.reanchor_issue(HUGE),
        lambda lib: lib.article(HUGE),
        lambda lib: lib.issue(HUGE),
        lambda lib: lib.delete_issue(HUGE),
        lambda lib: lib.neighbours(HUGE),
        lambda lib: lib.tags.info(HUGE),
    ],
)
def test_an_id_beyond_sqlite_integers_is_no_such_row(library_path: Path, call) -> None:
    library = open_library(library_path)
    try:
        with pytest.raises(ZZReaderError) as caught:
            call(library)
    finally:
        library.close()
    assert " / " in str(caught.value)


def test_reads_with_an_id_beyond_sqlite_integers_find_nothing(library_path: Path) -> None:
    library = open_library(library_path)
    try:
        assert not library.has_article(HUGE)
        assert library.highlights.for_article(HUGE) == []
        assert library.tags.of_article(HUGE) == []
        assert library.collections.of_article(HUGE) == []
        assert library.corrections.stray_lines(HUGE) == []
    finally:
        library.close()
