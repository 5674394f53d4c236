"""Search reaches annotations: `tag:` covers highlight tags, `note:` searches notes exactly."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import SEEDS
from tests.core.annotation_fixtures import article_id, seeded_library
from zzreader.core.search import search


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory):
    lib = seeded_library(tmp_path_factory.mktemp("lib") / "lib.sqlite")
    a = search(lib, 'title:"市二医院“老年集市”开市"').hits[0].article_id
    b = article_id(lib, SEEDS[1].name, 2)
    text_a = lib.article(a).text
    start = text_a.index("二医院")
    lib.highlights.add(a, start, start + 3, note="回访：**楼栋医生** 项目 ＧＤＰ", tags=["待核实"])
    lib.tags.tag_articles("专题", [b])
    yield lib, a, b
    lib.close()


def test_tag_finds_articles_tagged_directly_and_through_highlights(library):
    lib, a, b = library
    assert [h.article_id for h in search(lib, "tag:待核实").hits] == [a]
    assert [h.article_id for h in search(lib, "tag:专题").hits] == [b]
    assert search(lib, "tag:不存在").total == 0


def test_note_search_is_a_folded_substring_match(library):
    lib, a, _ = library
    assert [h.article_id for h in search(lib, "note:楼栋医生").hits] == [a]
    assert [h.article_id for h in search(lib, "note:gdp").hits] == [a]  # width and case folded
    assert [h.article_id for h in search(lib, "批注:回访 二医院").hits] == [a]
    assert search(lib, "note:没有这句").total == 0


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_note_search_matches_the_notes_own_substrings(library, data):
    lib, a, _ = library
    note = lib.highlights.search_notes("回访")[0].note
    start = data.draw(st.integers(0, len(note) - 1))
    end = data.draw(st.integers(start + 1, min(len(note), start + 6)))
    term = note[start:end].strip().replace('"', "").replace("*", "")
    if not term or term.upper() == "OR" or term.startswith("-"):
        return
    found = {h.article_id for h in search(lib, f'note:"{term}"').hits}
    expected = {h.article_id for h in lib.highlights.search_notes(term)}
    assert found == expected
