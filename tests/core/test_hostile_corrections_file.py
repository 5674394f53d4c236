"""A corrections file says what it likes about its revisions; only what can be checked is believed.

A revision's `time` went into the library as written: a time in the year
9999 (history then lists it last for ever, and it outlives every later
edit), markup and terminal escapes, a two-million-character string. Its
`kind` could be "original", "split" or "merge", which export never writes
(revision 0 is the parsed text, structural changes stay in their library)
and which undo and history treat as something else than an edit. A `uid`
of two million characters or with control characters was stored as the key
of the revision. Now such a time is replaced by the present (and said so), a
kind the file may not claim becomes an edit (said so), a uid that is not a
plain key refuses the file whole, before anything is applied.
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
from zzreader.core.timestamps import believable, parse_time

SEED0 = SEEDS[0].name


@pytest.fixture
def exported(tmp_path: Path) -> dict[str, Any]:
    with seeded_library(tmp_path / "source.sqlite", SEEDS[:1]) as source:
        aid = article_id(source, SEED0, 1)
        source.corrections.edit(aid, {"title": "株洲市医保参保工作推进会召开"}, why="标题更正")
        data, _ = ct.export_corrections(source)
    assert len(data["articles"]) == 1 and len(data["articles"][0]["revisions"]) == 1
    return data


@pytest.fixture
def target(tmp_path: Path) -> Library:
    library = seeded_library(tmp_path / "target.sqlite", SEEDS[:1])
    yield library
    library.close()


def _with(data: dict[str, Any], **change: Any) -> dict[str, Any]:
    out = copy.deepcopy(data)
    out["articles"][0]["revisions"][0].update(change)
    return out


def _stored(library: Library) -> tuple[str, str, str]:
    aid = article_id(library, SEED0, 1)
    last = rv.history(library.db, aid)[-1]
    return last.kind, last.time, last.uid


@pytest.mark.parametrize(
    "time",
    ["9999-12-31T23:59:59Z", "<img src=/etc/passwd>\x1b]0;x\x07", "2" * 2_000_000,
     "0001-01-01T00:00:00+23:59", "1900-01-01T00:00:00Z", "not a time"],
)  # fmt: skip
def test_a_time_the_file_cannot_have_is_replaced_by_now(exported, target: Library, time: str) -> None:
    report = ct.import_corrections(target, ct.read_file(json.dumps(_with(exported, time=time))))
    assert report.applied == 1
    kind, created, _ = _stored(target)
    assert kind == "edit" and parse_time(created) is not None and len(created) == 24
    assert created == believable(created)  # a time now, in our own form
    assert len(report.notes) == 1 and "not believed" in report.notes[0]


def test_a_believable_time_is_kept(exported, target: Library) -> None:
    stated = exported["articles"][0]["revisions"][0]["time"]
    report = ct.import_corrections(target, exported)
    assert report.notes == [] and _stored(target)[1] == stated


@pytest.mark.parametrize("kind", ["original", "split", "merge", "not_article", "<b>x</b>"])
def test_a_kind_the_file_may_not_claim_becomes_an_edit(exported, target: Library, kind: str) -> None:
    report = ct.import_corrections(target, _with(exported, kind=kind))
    assert report.applied == 1 and _stored(target)[0] == "edit"
    assert any("imported as an edit" in n for n in report.notes)


@pytest.mark.parametrize("uid", ["u" * 2_000_000, "a\nb\x1b[2J", "<img src=x>", "株洲"])
def test_a_uid_that_is_not_a_plain_key_refuses_the_file(exported, target: Library, uid: str) -> None:
    before = target.db.execute(f"SELECT count(*) FROM {rv.TABLE}").fetchone()[0]
    with pytest.raises(rv.CorrectionError, match="uid"):
        ct.read_file(json.dumps(_with(exported, uid=uid)))
    assert target.db.execute(f"SELECT count(*) FROM {rv.TABLE}").fetchone()[0] == before


def test_the_same_file_again_changes_nothing(exported, target: Library) -> None:
    ct.import_corrections(target, _with(exported, time="9999-01-01T00:00:00Z"))
    again = ct.import_corrections(target, _with(exported, time="9999-01-01T00:00:00Z"))
    assert again.applied == 0 and again.already == 1
