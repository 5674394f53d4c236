"""A tag a library holds with a separator in it ("旧, 标签") is never split behind the user's back.

The window's tag field shows an item's tags joined by ", " and reads the field
back split at every comma, enumeration comma and semicolon (core/tags.py
split_tags); saving it turned the planted tag into two new tags, and
re-importing the library's own W3C export split it the same way. Now the
pieces are put together again when the item carried the whole tag
(`kept_whole`), and a W3C file's tag that the library holds whole is read whole.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.reliability.helpers import seeded_library
from zzreader.core import w3c
from zzreader.core.store import open_library
from zzreader.core.tags import kept_whole, split_tags

PLANTED = ["旧, 标签", "甲；乙", "a ,b", "一、二、三"]


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    path = tmp_path / "lib.sqlite"
    seeded_library(path).close()
    with sqlite3.connect(path) as conn:
        conn.executemany("INSERT INTO tags (name) VALUES (?)", [(t,) for t in PLANTED])
    return path


def _field(tags: list[str] | tuple[str, ...]) -> str:
    return ", ".join(tags)  # what the window's tag field shows (gui/tag_edit.py join_tags)


def _tag_names(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM tags")}


@pytest.mark.parametrize("planted", PLANTED)
def test_saving_a_highlights_tag_field_keeps_the_tag_whole(library_path: Path, planted: str) -> None:
    with open_library(library_path) as library:
        h = library.highlights.add(1, 0, 4, tags=[planted, "民生"]).value
        saved = library.highlights.update(h.id, tags=split_tags(_field(h.tags))).value
        assert sorted(saved.tags) == sorted([planted, "民生"])
        # the same field with one more tag typed, and with the other one removed
        saved = library.highlights.update(h.id, tags=split_tags(_field(saved.tags) + ", 医保")).value
        assert sorted(saved.tags) == sorted([planted, "民生", "医保"])
        saved = library.highlights.update(h.id, tags=split_tags(_field([planted]))).value
        assert saved.tags == (planted,)
    assert _tag_names(library_path) == {*PLANTED, "民生", "医保"}  # no piece became a tag


def test_saving_an_articles_tag_field_keeps_the_tag_whole(library_path: Path) -> None:
    with open_library(library_path) as library:
        library.tags.set_for_article(2, ["旧, 标签", "甲；乙"])
        library.tags.set_for_article(2, split_tags(_field(library.tags.of_article(2))))
        assert sorted(library.tags.of_article(2)) == sorted(["旧, 标签", "甲；乙"])
    assert _tag_names(library_path) == set(PLANTED)


def test_a_piece_the_item_carried_on_its_own_stays() -> None:
    assert sorted(kept_whole(["旧", "标签"], ["旧, 标签", "旧"])) == sorted(["旧, 标签", "旧"])
    assert kept_whole(["旧"], ["旧, 标签"]) == ["旧"]  # removed on purpose: gone
    assert split_tags("民生, 旧 ,  标签；x", ["旧, 标签"]) == ["民生", "旧, 标签", "x"]
    assert split_tags("," * 100_000 + "x", ["a,b"]) == ["x"]


def test_the_librarys_own_export_reimports_the_tag_whole(library_path: Path, tmp_path: Path) -> None:
    with open_library(library_path) as library:
        library.highlights.add(1, 0, 4, tags=["旧, 标签"])
        data = w3c.export_w3c(library)
    copy = tmp_path / "copy.sqlite"
    seeded_library(copy).close()
    with sqlite3.connect(copy) as conn:
        conn.execute("INSERT INTO tags (name) VALUES ('旧, 标签')")
    with open_library(copy) as other:
        report = w3c.import_w3c(other, data)
        assert report.added == 1
        (h,) = other.highlights.for_article(1)
        assert h.tags == ("旧, 标签",)
    assert _tag_names(copy) == {"旧, 标签"}
