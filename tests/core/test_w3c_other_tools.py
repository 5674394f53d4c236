"""W3C files from other tools: a quote with its context and no position, selectors in any order, a quote twice.

Hypothesis sends a TextQuoteSelector alone: the quote and a few characters
either side. Before, such a quote found once, word for word, beside exactly
that context was kept unplaced (the re-anchoring score wants a position and
32 characters of context), and a quote found twice stayed unplaced even when
its prefix named the second place; nobody was told why. Now the context as
given picks the place, an ambiguous quote is kept unplaced with its reason,
and a round trip into a fresh library brings back every highlight once.
"""

from __future__ import annotations

import collections
import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import SEEDS
from zzreader.core import w3c
from zzreader.core.importer import import_paths
from zzreader.core.store import open_library


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("w3c_tools") / "library.sqlite"
    with open_library(path) as lib:
        import_paths(lib, SEEDS, workers=0)
    return path


@pytest.fixture
def lib(seeded: Path, tmp_path: Path):
    path = tmp_path / "library.sqlite"
    shutil.copy(seeded, path)
    with open_library(path) as library:
        yield library


def _article_with_a_repeat(lib) -> tuple[int, str, str, str]:
    """(article id, its urn, its text, a four-character run that occurs exactly twice in it)."""
    for aid, source, seq, text in lib.db.execute(
        "SELECT a.id, i.source, a.seq, a.text FROM articles a JOIN issues i ON i.id = a.issue_id ORDER BY length(a.text) DESC"
    ):
        counts = collections.Counter(text[i : i + 4] for i in range(len(text) - 4))
        twice = [s for s, n in counts.items() if n == 2 and all("\u4e00" <= ch <= "\u9fff" for ch in s)]
        if twice and text.find(twice[0]) + 4 <= text.find(twice[0], text.find(twice[0]) + 1):
            return aid, w3c.article_urn(source, seq), text, twice[0]
    raise AssertionError("no article repeats a phrase")


def _annotation(n: int, urn: str, selectors: list | dict, note: str) -> dict:
    return {"@context": "http://www.w3.org/ns/anno.jsonld", "id": f"https://other-tool.example/a/{n}",
            "type": "Annotation", "body": [{"type": "TextualBody", "value": note, "purpose": "commenting"}],
            "target": {"source": urn, "selector": selectors}}  # fmt: skip


def test_quotes_from_another_tool_land_where_their_context_says(lib) -> None:
    _aid, urn, text, twice = _article_with_a_repeat(lib)
    first = text.find(twice)
    second = text.find(twice, first + 1)
    quote = {"type": "TextQuoteSelector"}
    items = [
        _annotation(1, urn, [quote | {"exact": text[60:66], "prefix": text[50:60], "suffix": text[66:76]}], "context"),
        _annotation(2, urn, [quote | {"exact": text[80:86]}, {"type": "TextPositionSelector", "start": 80, "end": 86}],
                    "reversed"),
        _annotation(3, urn, [quote | {"exact": twice, "prefix": text[second - 8 : second]}], "second by prefix"),
        _annotation(4, urn, [{"type": "TextPositionSelector", "start": 2, "end": 6},
                             quote | {"exact": twice, "suffix": text[second + 4 : second + 12]}], "wrong position"),
        _annotation(5, urn, quote | {"exact": twice}, "twice, no context"),
        _annotation(6, urn, [quote | {"exact": "文中从未有过的一句话"}], "absent"),
    ]  # fmt: skip
    report = w3c.import_w3c(lib, items, source="other-tool.json")
    placed = {h.note: (h.start, h.orphan) for h in lib.highlights.find()}
    assert placed["context"] == (60, False)
    assert placed["reversed"] == (80, False)
    assert placed["second by prefix"] == (second, False)
    assert placed["wrong position"] == (second, False)
    assert placed["twice, no context"][1] and placed["absent"][1]  # kept, never a guess
    assert report.added == 6 and report.orphaned == 2 and not report.skipped
    assert len(report.unplaced) == 2
    assert any("a/5" in r and "occurs 2 times" in r for r in report.unplaced)
    assert any("a/6" in r and "not in the article" in r for r in report.unplaced)
    again = w3c.import_w3c(lib, items, source="other-tool.json")
    assert (again.added, again.unchanged) == (0, 6) and len(lib.highlights.find()) == 6


def test_an_export_comes_back_whole_into_a_fresh_library(lib, seeded: Path, tmp_path: Path) -> None:
    aid, _urn, text, twice = _article_with_a_repeat(lib)
    second = text.find(twice, text.find(twice) + 1)
    lib.highlights.add(aid, 0, 6, note="首句 <b>注</b>", tags=["甲", "乙 丙"])
    lib.highlights.add(aid, second, second + len(twice), note="第二处")
    lib.highlights.add(aid, 20, 30)
    exported = json.loads(json.dumps(w3c.export_w3c(lib)))
    fresh_path = tmp_path / "fresh.sqlite"
    shutil.copy(seeded, fresh_path)
    with open_library(fresh_path) as fresh:
        report = w3c.import_w3c(fresh, exported, source="export.json")
        again = w3c.import_w3c(fresh, exported, source="export.json")
        mine = sorted((h.start, h.exact, h.note, sorted(h.tags)) for h in lib.highlights.find())
        theirs = sorted((h.start, h.exact, h.note, sorted(h.tags)) for h in fresh.highlights.find())
    assert theirs == mine
    assert (report.added, report.orphaned, report.skipped, report.unplaced) == (3, 0, (), ())
    assert (again.added, again.unchanged) == (0, 3)


@pytest.mark.parametrize(("kind", "make"), [("Markdown", "export_markdown"), ("CSV", "export_csv")])
def test_a_markdown_or_csv_export_picked_for_import_is_named_as_such(lib, tmp_path: Path, kind, make) -> None:
    from zzreader.core import export, w3c_validate

    aid = lib.db.execute("SELECT min(id) FROM articles").fetchone()[0]
    lib.highlights.add(aid, 0, 6, note="批注")
    path = tmp_path / f"annotations.{kind.lower()}"
    path.write_text(getattr(export, make)(lib), encoding="utf-8-sig" if kind == "CSV" else "utf-8")
    with pytest.raises(w3c_validate.W3CFileError) as caught:
        w3c_validate.load_file(path)
    assert f"This is a {kind} export of annotations; only the JSON (W3C) export can be imported" in str(caught.value)
    assert len(lib.highlights.find()) == 1  # nothing imported, nothing changed
