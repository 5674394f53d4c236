"""Merging a W3C file never trusts it over the library.

- a `modified` time in the future does not replace a local edit;
- importing the same file again does not revert local edits made since;
- an annotation with an existing id but another article or quote is a
  conflict: kept beside the local one under a new id, never overwriting it;
- where each imported highlight came from is recorded (migration 6).
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path

import pytest

from tests.reliability.helpers import seeded_library
from zzreader import cli
from zzreader.core import w3c
from zzreader.core import import_provenance as prov


@pytest.fixture
def two(tmp_path: Path):
    a = seeded_library(tmp_path / "a.sqlite")
    b = seeded_library(tmp_path / "b.sqlite")
    rows = a.db.execute("SELECT id, text FROM articles ORDER BY id LIMIT 2").fetchall()
    h = a.highlights.add(rows[0][0], 0, 6, note="甲地批注").value
    return a, b, h, rows


def test_same_file_again_keeps_local_edits(two, tmp_path: Path, capsys) -> None:
    a, b, h, _ = two
    path = tmp_path / "notes.jsonld"
    path.write_text(json.dumps(w3c.export_w3c(a), ensure_ascii=False), encoding="utf-8")
    b.close()
    lib = str(tmp_path / "b.sqlite")
    assert cli.main(["--library", lib, "import-annotations", str(path)]) == 0
    from zzreader.core.store import open_library

    with open_library(lib) as b:
        b.highlights.update(h.id, note="乙地改过的批注")
        # Even if the local clock made the edit look older than the file's time:
        with b.lock, b.db.atomic():
            b.db.execute("UPDATE highlights SET modified = '2000-01-01T00:00:00.000Z' WHERE id = ?", [h.id])
        assert prov.sources_of(b.db, h.id)[0][0] == "notes.jsonld"
    assert cli.main(["--library", lib, "import-annotations", str(path)]) == 0
    with open_library(lib) as b:
        assert b.highlights.get(h.id).note == "乙地改过的批注"


def test_a_future_modified_time_does_not_beat_a_local_edit(two) -> None:
    a, b, h, _ = two
    data = w3c.export_w3c(a)
    w3c.import_w3c(b, copy.deepcopy(data), source="x.jsonld")
    b.highlights.update(h.id, note="本地最新")
    item = data["first"]["items"][0]
    item["modified"] = "2999-01-01T00:00:00Z"
    item["bodyValue"] = "来自未来的覆盖"
    item.pop("body", None)
    report = w3c.import_w3c(b, data, source="y.jsonld")
    assert b.highlights.get(h.id).note == "本地最新"
    assert report.updated == 0 and any("future" in c for c in report.conflicts)


def test_a_conflicting_id_is_kept_beside_never_overwritten(two) -> None:
    a, b, h, rows = two
    mine = b.highlights.add(rows[1][0], 0, 4, note="乙地自己的划线").value
    data = w3c.export_w3c(a)
    data["first"]["items"][0]["id"] = w3c.w3c_id(mine.id)  # same id, another passage
    report = w3c.import_w3c(b, data, source="z.jsonld")
    assert b.highlights.get(mine.id).note == "乙地自己的划线"
    assert b.highlights.get(mine.id).article_id == rows[1][0]
    assert report.added == 1 and len(report.conflicts) == 1 and mine.id in report.conflicts[0]
    assert b.highlights.count() == 2
    again = w3c.import_w3c(b, data, source="z.jsonld")  # the same conflict: no duplicate
    assert again.added == 0 and b.highlights.count() == 2


def test_a_future_created_time_is_not_believed(two) -> None:
    """A new highlight created 'in 2999' would sort first for ever: it gets its modified time instead."""
    a, b, h, _ = two
    data = w3c.export_w3c(a)
    item = data["first"]["items"][0]
    item["created"] = "2999-01-01T00:00:00Z"
    report = w3c.import_w3c(b, data, source="x.jsonld")
    assert report.added == 1 and any("created time lies in the future" in c for c in report.conflicts)
    got = b.highlights.get(h.id)
    assert got.created == got.modified and not got.created.startswith("2999")


def test_one_id_twice_in_a_file_never_overwrites_the_first(two) -> None:
    a, b, h, rows = two
    a.highlights.add(rows[1][0], 0, 4, note="另一段")
    data = w3c.export_w3c(a)
    first, second = data["first"]["items"][:2]
    second["id"] = first["id"]  # the same id on two passages of one file
    report = w3c.import_w3c(b, data, source="dup.jsonld")
    assert report.added == 2 and len(report.conflicts) == 1
    again = w3c.import_w3c(b, copy.deepcopy(data), source="dup.jsonld")
    assert again.added == 0 and b.highlights.count() == 2
    assert sorted(x.note for x in b.highlights.find()) == sorted([h.note, "另一段"])


def _here(lib, highlight_id: str) -> bool:
    return lib.db.execute("SELECT 1 FROM highlights WHERE id = ?", [highlight_id]).fetchone() is not None


def test_a_local_delete_stays_deleted_when_the_same_file_comes_again(two) -> None:
    a, b, h, _ = two
    data = w3c.export_w3c(a)
    w3c.import_w3c(b, copy.deepcopy(data), source="notes.jsonld")
    assert _here(b, h.id)
    b.highlights.delete(h.id)
    again = w3c.import_w3c(b, copy.deepcopy(data), source="notes.jsonld")
    assert again.added == 0 and again.unchanged == 1
    assert not _here(b, h.id)
    # Nor with its time moved into the future (not believed)...
    future = copy.deepcopy(data)
    future["first"]["items"][0]["modified"] = "2999-01-01T00:00:00Z"
    w3c.import_w3c(b, future, source="notes.jsonld")
    assert not _here(b, h.id)
    # ...but an annotation the file changed since that import is news: it comes back.
    edited = copy.deepcopy(data)
    edited["first"]["items"][0]["modified"] = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    edited["first"]["items"][0]["bodyValue"] = "甲地后来又改了"
    w3c.import_w3c(b, edited, source="notes.jsonld")
    assert "甲地后来又改了" in b.highlights.get(h.id).note
    # Another file that never brought it adds it as usual.
    b.highlights.delete(h.id)
    other = w3c.import_w3c(b, copy.deepcopy(data), source="other.jsonld")
    assert other.added == 1 and _here(b, h.id)
