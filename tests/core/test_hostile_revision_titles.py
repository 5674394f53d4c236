"""A corrections file's revision title is cleaned as `edit --title` cleans it, and may not clean away to nothing.

Before the fix a revision whose title was a lone surrogate (`"\\ud800"`),
a zero-width space or control characters alone was applied: cleaning left
an empty string, and the article lost its title without a word (`edit`
refuses an empty title). Now the file is refused whole with one line naming
the field, before anything is applied; an empty title as exported (an
article that had none) still round-trips, and a title with a stray control
character keeps its words.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import SEEDS
from tests.core.annotation_fixtures import article_id, seeded_library
from zzreader.core import corrections_transfer as ct
from zzreader.core import revisions as rv
from zzreader.core.store import Library

SEED0 = SEEDS[0].name
NEW_TITLE = "株洲新建一座跨江大桥"


@pytest.fixture
def exported(tmp_path: Path) -> dict[str, Any]:
    with seeded_library(tmp_path / "source.sqlite", SEEDS[:1]) as source:
        aid = article_id(source, SEED0, 1)
        source.corrections.edit(aid, {"title": NEW_TITLE}, why="标题更正")
        data, _ = ct.export_corrections(source)
    return data


@pytest.fixture
def target(tmp_path: Path) -> Library:
    library = seeded_library(tmp_path / "target.sqlite", SEEDS[:1])
    yield library
    library.close()


def _titled(data: dict[str, Any], title: str) -> str:
    out = copy.deepcopy(data)
    out["articles"][0]["revisions"][0]["state"]["title"] = title
    return json.dumps(out, ensure_ascii=True)  # "\ud800" stays an escape, as another tool writes it


def _titles(library: Library) -> list[str]:
    return [r[0] for r in library.db.execute("SELECT title FROM articles ORDER BY id")]


@pytest.mark.parametrize("title", ["\ud800", "\udc00株洲", "\u200b", "\x07\x1b", " \u202e "])
def test_a_title_that_cleans_to_nothing_or_cannot_be_stored_refuses_the_file(exported, target, title) -> None:
    before = _titles(target)
    with pytest.raises(rv.CorrectionError) as caught:
        ct.import_corrections(target, ct.read_file(_titled(exported, title)))
    message = str(caught.value)
    assert "\n" not in message and ("title" in message or "标题" in message), message
    assert _titles(target) == before
    assert rv.history(target.db, article_id(target, SEED0, 1))[-1].revision == 0


def test_a_title_with_a_stray_control_character_keeps_its_words(exported, target) -> None:
    ct.import_corrections(target, ct.read_file(_titled(exported, NEW_TITLE[:2] + "\x07" + NEW_TITLE[2:])))
    assert NEW_TITLE in _titles(target)


def test_an_empty_title_as_exported_still_round_trips_as_untitled_notices_have_one(exported, target) -> None:
    report = ct.import_corrections(target, ct.read_file(_titled(exported, "")))
    assert report.applied == 1
