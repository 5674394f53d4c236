"""Annotation exports: Markdown, CSV, W3C JSON-LD (checked against the W3C MUST
schemas) and its import into another library; one article as HTML."""

from __future__ import annotations

import copy
import csv
import io
import json
from dataclasses import replace
from pathlib import Path

import pytest

from tests.conftest import SEEDS
from tests.core.annotation_fixtures import annotation_state, article_id, seeded_library
from zzreader.core import export as ex
from zzreader.core import w3c
from zzreader.core.highlights import Highlight
from zzreader.core.notes import render_note_html
from zzreader.core.parse import parse_file
from zzreader.core.store import Library

SEED0, SEED1 = SEEDS[0].name, SEEDS[1].name

NASTY_NOTE = (
    "**要点**：核实 `<b>` 与 <script>alert('x')</script>\n\n"
    "![远程图](http://example.com/track.png) [链接](javascript:alert(1)) [官网](https://www.zznews.gov.cn)"
)


def annotate(lib: Library) -> dict[str, Highlight]:
    """A spread of annotations: colours, styles, notes, tags, overlap, an orphan."""
    a4, a5 = article_id(lib, SEED0, 4), article_id(lib, SEED0, 5)
    b1 = article_id(lib, SEED1, 1)
    hs = {
        "plain": lib.highlights.add_quote(a4, "悠扬的旋律萦绕夜空").value,
        "noted": lib.highlights.add_quote(a4, "借助XR技术为你打开一扇时空任意门", color="blue", note=NASTY_NOTE, tags=["文旅", "科技 创新"]
        ).value,
        "overlap": lib.highlights.add_quote(a4, "XR技术", color="pink", style="underline").value,
        "strike": lib.highlights.add_quote(a5, "市二医院广场鼓声铿锵", color="grey", style="strike", tags=["医疗"]).value,
        "other_issue": lib.highlights.add(b1, 0, 12, color="purple", note="第二期").value,
    }
    lost = lib.highlights.add_quote(a5, "老人收获了重阳节的温暖", color="red", note="将成孤立 / orphan").value
    with lib.lock, lib.db.atomic():
        lib.db.execute("UPDATE highlights SET anchor_state = 'orphan' WHERE id = ?", [lost.id])
    hs["orphan"] = lib.highlights.get(lost.id)
    lib.tags.set_for_article(a4, ["徒步", "文旅"])
    lib.tags.set_for_article(b1, ["头版"])
    return hs


@pytest.fixture
def lib(tmp_path: Path) -> Library:
    library = seeded_library(tmp_path / "a.sqlite")
    yield library
    library.close()


@pytest.fixture
def other(tmp_path: Path) -> Library:
    library = seeded_library(tmp_path / "b.sqlite")
    yield library
    library.close()


# -- article identifiers ----------------------------------------------------------------
def test_article_urn_round_trips_any_file_name() -> None:
    for name in (SEED0, "株洲日报 2024-01-02.txt", "a:b%c.md"):
        urn = w3c.article_urn(name, 7)
        assert urn.startswith("urn:zzreader:article:") and " " not in urn
        assert w3c.parse_article_urn(urn) == (name, 7)
    assert w3c.parse_article_urn("http://example.org/x") is None
    assert w3c.parse_article_urn("urn:zzreader:article:x:") is None


# -- the validator does what the suite's runner (Ajv 4) did --------------------------------
BASE = {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    "id": "urn:uuid:6f1c3b1e-4d55-4b7e-9a0c-2f7c1f0e8a11",
    "type": "Annotation",
    "target": "http://example.org/page",
}


def test_validator_checks_keywords_beside_ref() -> None:
    from jsonschema import Draft4Validator

    from tests.core.w3c_musts import musts

    m = musts()
    # A "Specific Resource" with a source and nothing else: specificResource.json
    # puts "$ref": sourceDetected beside an "anyOf" that this fails.
    bare = {**BASE, "target": {"source": "http://example.org/page"}}
    schema = m.schemas["annotations/3.2-targetObjectsRecognized.json"]
    assert Draft4Validator(schema, registry=m.registry).is_valid(bare)  # stock: siblings ignored
    assert not m.validator("annotations/3.2-targetObjectsRecognized.json").is_valid(bare)
    assert m.failures("annotations/annotationMusts.test", BASE) == []


def test_validator_counts_5_0_as_integer_and_checks_formats() -> None:
    from tests.core.w3c_musts import musts

    m = musts()
    selector = {"type": "TextPositionSelector", "start": 5.0, "end": 7}
    target = {"source": "http://example.org/page", "selector": selector}
    assert m.failures("annotations/annotationMusts.test", {**BASE, "target": target}) == []
    target["selector"] = {**selector, "start": 5.5}
    assert m.failures("annotations/annotationMusts.test", {**BASE, "target": target})
    target["selector"] = {**selector, "start": -1}
    assert m.failures("annotations/annotationMusts.test", {**BASE, "target": target})
    assert m.failures("annotations/annotationMusts.test", {**BASE, "id": "no uri"})
    assert m.failures("annotations/annotationMusts.test", {**BASE, "created": "2024-13-45"})
    assert m.failures("annotations/annotationMusts.test", {**BASE, "body": "x", "bodyValue": "y"})


def test_every_schema_resolves_locally() -> None:
    from tests.core.w3c_musts import musts

    m = musts()
    tests = [
        "annotations/annotationMusts.test",
        "collections/collectionMusts.test",
        "collections/pages/pageMusts.test",
    ]
    listed = [a for t in tests for a in m.assertions(t)]
    assert len(listed) == 79 and len(set(listed)) == 79
    for path in listed:  # any unresolvable $ref would raise here
        list(m.validator(path).iter_errors({**BASE, "type": "AnnotationCollection"}))


# -- W3C export -------------------------------------------------------------------------
def test_w3c_export_passes_every_must_assertion(lib: Library) -> None:
    from tests.core.w3c_musts import musts

    annotate(lib)
    data = w3c.export_w3c(lib)
    m = musts()
    assert m.failures("collections/collectionMusts.test", data) == []
    assert m.failures("collections/pages/pageMusts.test", data) == []
    page = {"@context": data["@context"], **data["first"]}
    assert m.failures("collections/pages/pageMusts.test", page) == []
    items = data["first"]["items"]
    assert data["total"] == len(items) == 6 + 2  # highlights + tagged articles
    for item in items:
        # Embedded annotations carry no @context: they are checked with the collection's.
        assert "@context" not in item
        assert m.failures("annotations/annotationMusts.test", {"@context": data["@context"], **item}) == []
    empty = w3c.export_w3c(lib, highlight_ids=[])
    assert empty["total"] == 0
    assert m.failures("collections/collectionMusts.test", empty) == []
    assert m.failures("collections/pages/pageMusts.test", empty) == []


def test_w3c_annotation_shape(lib: Library) -> None:
    hs = annotate(lib)
    data = json.loads(json.dumps(w3c.export_w3c(lib)))  # what a file holds
    assert data["@context"][0] == "http://www.w3.org/ns/anno.jsonld"
    items = {i["id"]: i for i in data["first"]["items"]}
    noted = items[f"urn:uuid:{hs['noted'].id}"]
    target = noted["target"]
    assert target["source"]["id"] == f"urn:zzreader:article:{SEED0}:4"
    assert target["source"]["zzreader:textHash"] == hs["noted"].text_hash
    position, quote = target["selector"]
    assert position == {"type": "TextPositionSelector", "start": hs["noted"].start, "end": hs["noted"].end}
    assert quote["type"] == "TextQuoteSelector" and quote["exact"] == "借助XR技术为你打开一扇时空任意门"
    assert quote["prefix"] == hs["noted"].prefix and quote["suffix"] == hs["noted"].suffix
    assert noted["body"][0] == {
        "type": "TextualBody", "purpose": "commenting", "value": NASTY_NOTE, "format": "text/markdown",
    }  # fmt: skip
    assert [b["value"] for b in noted["body"][1:]] == ["文旅", "科技 创新"]
    assert {b["purpose"] for b in noted["body"][1:]} == {"tagging"}
    assert target["styleClass"] == ["zz-blue", "zz-highlight"]
    assert noted["created"] == hs["noted"].created and noted["modified"] == hs["noted"].modified
    plain = items[f"urn:uuid:{hs['plain'].id}"]
    assert "body" not in plain and plain["motivation"] == "highlighting"
    orphan = items[f"urn:uuid:{hs['orphan'].id}"]
    assert [s["type"] for s in orphan["target"]["selector"]] == ["TextQuoteSelector"]
    assert orphan["target"]["zzreader:anchorState"] == "orphan"
    tagging = [i for i in items.values() if i["motivation"] == "tagging"]
    assert {tuple(b["value"] for b in i["body"]) for i in tagging} == {("徒步", "文旅"), ("头版",)}
    assert {i["target"]["id"] for i in tagging} == {
        f"urn:zzreader:article:{SEED0}:4", f"urn:zzreader:article:{SEED1}:1",
    }  # fmt: skip
    again = w3c.export_w3c(lib)
    assert {i["id"] for i in again["first"]["items"]} == set(items)  # stable ids


def _items(data: dict) -> list[dict]:
    return sorted(data["first"]["items"], key=lambda i: i["id"])


def test_round_trip_between_two_libraries_loses_nothing(lib: Library, other: Library) -> None:
    hs = annotate(lib)
    exported = w3c.export_w3c(lib)
    report = w3c.import_w3c(other, json.loads(json.dumps(exported)))
    assert (report.added, report.updated, report.unchanged, report.orphaned) == (6, 0, 0, 1)
    assert report.article_tags == 3 and report.skipped == ()
    for key, h in hs.items():
        got = other.highlights.get(h.id)
        if key == "orphan":  # an orphan has no position worth keeping
            got = replace(got, start=h.start, end=h.end, text_hash=h.text_hash)
        assert got == h, key  # every field: place, quote, context, note, tags, times, state
    assert _items(w3c.export_w3c(other)) == _items(exported)
    a4_other = article_id(other, SEED0, 4)
    assert other.tags.of_article(a4_other) == ["徒步", "文旅"]
    # Importing the same file again changes nothing at all.
    state = annotation_state(other)
    again = w3c.import_w3c(other, exported)
    assert (again.added, again.updated, again.unchanged, again.article_tags) == (0, 0, 6, 0)
    assert annotation_state(other) == state
    # And back: the first library already has everything.
    back = w3c.import_w3c(lib, w3c.export_w3c(other))
    assert (back.added, back.updated) == (0, 0)


def test_import_updates_only_newer_edits_and_is_undoable(lib: Library, other: Library) -> None:
    hs = annotate(lib)
    w3c.import_w3c(other, w3c.export_w3c(lib))
    lib.highlights.update(hs["plain"].id, note="后来补的笔记", tags=["新"])
    other.highlights.update(hs["strike"].id, color="green")  # newer on the other side
    report = w3c.import_w3c(other, w3c.export_w3c(lib))
    assert (report.added, report.updated, report.unchanged) == (0, 1, 5)
    got = other.highlights.get(hs["plain"].id)
    assert (got.note, got.tags) == ("后来补的笔记", ("新",))
    assert other.highlights.get(hs["strike"].id).color == "green"  # not overwritten
    assert other.journal.status().undo == "导入批注 / Import annotations"
    other.journal.undo()
    assert other.highlights.get(hs["plain"].id).note == ""


def test_import_into_a_library_with_edited_text_reanchors_or_orphans(
    lib: Library, tmp_path: Path
) -> None:
    hs = annotate(lib)
    raw = SEEDS[0].read_text(encoding="utf-8")
    edited = tmp_path / "seeds" / SEED0
    edited.parent.mkdir()
    edited.write_text(
        raw.replace("2025年第十五届徒步", "（本报讯）2025年第十五届徒步").replace("鼓声铿锵", "锣鼓喧天"),
        encoding="utf-8",
    )
    with seeded_library(tmp_path / "c.sqlite", seeds=[edited]) as target:
        report = w3c.import_w3c(target, w3c.export_w3c(lib))
        assert (report.added, report.orphaned) == (6, 3)
        # Tags of an article whose issue is not in this library cannot be kept.
        assert len(report.skipped) == 1 and SEED1 in report.skipped[0]
        moved = target.highlights.get(hs["plain"].id)
        assert moved.start == hs["plain"].start + len("（本报讯）") and not moved.orphan
        assert target.highlights.get(hs["strike"].id).orphan  # its words are gone
        assert target.highlights.get(hs["orphan"].id).orphan
        waiting = target.highlights.get(hs["other_issue"].id)
        assert waiting.orphan and waiting.article_id is None
        # Its issue arrives later: the highlight finds its place.
        outcome = target.import_issue(parse_file(SEEDS[1]))
        target.highlights.reanchor_issue(outcome.issue_id)
        placed = target.highlights.get(hs["other_issue"].id)
        assert not placed.orphan and placed.exact == hs["other_issue"].exact


def test_import_reads_a_page_a_single_annotation_and_foreign_bodies(other: Library) -> None:
    a4 = article_id(other, SEED0, 4)
    text = other.article(a4).text
    start = text.index("悠扬的旋律")
    foreign = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "http://example.org/anno/1",
        "type": "Annotation",
        "bodyValue": "来自别的工具",
        "target": {
            "source": f"urn:zzreader:article:{SEED0}:4",
            "selector": {"type": "TextQuoteSelector", "exact": "悠扬的旋律"},
        },
    }
    page = {"@context": foreign["@context"], "type": "AnnotationPage", "items": [foreign]}
    report = w3c.import_w3c(other, page)
    assert report.added == 1
    h = other.highlights.get("http://example.org/anno/1")
    assert (h.start, h.note, h.color, h.style) == (start, "来自别的工具", "yellow", "highlight")
    exported = w3c.export_w3c(other)["first"]["items"]
    assert exported[0]["id"] == "http://example.org/anno/1"
    assert w3c.import_w3c(other, foreign).unchanged == 1
    not_ours = {**foreign, "id": "urn:uuid:11111111-1111-4111-8111-111111111111",
                "target": "http://example.org/page"}  # fmt: skip
    assert len(w3c.import_w3c(other, not_ours).skipped) == 1
    with pytest.raises(w3c.ExportError, match="Not W3C Web Annotation JSON"):
        w3c.import_w3c(other, {"hello": "world"})
    with pytest.raises(w3c.ExportError, match="not embedded"):
        w3c.import_w3c(other, {"type": "AnnotationCollection", "first": "http://example.org/p1"})


# -- Markdown and CSV ---------------------------------------------------------------------
def test_markdown_groups_by_issue_and_article(lib: Library) -> None:
    hs = annotate(lib)
    md = ex.export_markdown(lib)
    assert md.startswith("# 株洲日报批注\n")  # the interface language only (Chinese here)
    first_issue = md.index(f"## 2025-10-31 · {SEED0}")
    second_issue = md.index(SEED1, first_issue + 1)
    a4 = md.index("### 湘江毅行报名 还剩300个名额")
    a5 = md.index("### 市二医院“老年集市”开市")
    assert first_issue < a4 < a5 < second_issue
    assert "标签：#徒步 #文旅" in md and "Tags" not in md
    assert "> 借助XR技术为你打开一扇时空任意门" in md
    # The note's Markdown is kept, its raw HTML, image and javascript: link are text (core/note_markdown.py).
    assert ("**要点**：核实 `<b>` 与 &lt;script>alert('x')&lt;/script>\n\n\\![远程图](http://example.com/track.png) "
            "[链接]\\(javascript:alert(1)) [官网](https://www.zznews.gov.cn)") in md
    assert "`blue` `highlight` #文旅 #科技_创新" in md
    orphans = md.index("### 未定位的划线")
    assert a5 < orphans < second_issue
    assert "> 老人收获了重阳节的温暖" in md[orphans:] and "（未定位）" in md[orphans:]
    only = ex.export_markdown(lib, [hs["strike"].id])
    assert "鼓声铿锵" in only and "悠扬" not in only and "徒步" not in only


def test_markdown_escapes_quote_syntax(lib: Library) -> None:
    a4 = article_id(lib, SEED0, 4)
    with lib.lock, lib.db.atomic():
        lib.db.execute("UPDATE articles SET text = ? WHERE id = ?", ["前文 *星号* [链接](x) #话题\n第二段", a4])
    lib.highlights.add(a4, 3, 23)
    md = ex.export_markdown(lib)
    assert "> \\*星号\\* \\[链接\\](x) \\#话题\n> 第二" in md


def test_csv_has_one_row_per_highlight(lib: Library) -> None:
    hs = annotate(lib)
    rows = list(csv.DictReader(io.StringIO(ex.export_csv(lib))))
    assert len(rows) == 6 and tuple(rows[0]) == ex.CSV_COLUMNS
    by_id = {r["id"]: r for r in rows}
    noted = by_id[hs["noted"].id]
    assert noted["quote"] == "借助XR技术为你打开一扇时空任意门" and noted["note"] == NASTY_NOTE
    assert noted["tags"] == "文旅; 科技 创新" and noted["issue_date"] == "2025-10-31"
    assert (noted["start"], noted["end"]) == (str(hs["noted"].start), str(hs["noted"].end))
    assert by_id[hs["orphan"].id]["anchor_state"] == "orphan"
    assert by_id[hs["other_issue"].id]["issue_source"] == SEED1


def test_csv_cells_never_run_as_spreadsheet_formulas(lib: Library) -> None:
    a4 = article_id(lib, SEED0, 4)
    h = lib.highlights.add(a4, 3, 9, note="=HYPERLINK(\"http://x\",\"点我\")", tags=["+1"]).value
    row = next(r for r in csv.DictReader(io.StringIO(ex.export_csv(lib))) if r["id"] == h.id)
    assert row["note"] == "'=HYPERLINK(\"http://x\",\"点我\")" and row["tags"] == "'+1"


# -- one article as HTML ---------------------------------------------------------------------
def test_article_html_marks_highlights_and_never_runs_note_html(lib: Library) -> None:
    hs = annotate(lib)
    page = ex.article_html(lib, article_id(lib, SEED0, 4))
    assert page.startswith("<!DOCTYPE html>")
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert "<script>" not in page and "javascript:" not in page and "<img" not in page
    assert "&lt;script&gt;" in page  # shown, not run
    assert '<a href="https://www.zznews.gov.cn" rel="noopener noreferrer">官网</a>' in page
    assert "<h1>湘江毅行报名 还剩300个名额</h1>" in page
    assert f'<span class="zz-yellow zz-highlight" style="background-color: {ex.PALETTE["yellow"][0]}">悠扬的旋律萦绕夜空</span>' in page
    # "XR技术" lies inside the blue highlight and has its own pink underline.
    assert "zz-blue zz-highlight zz-pink zz-underline" in page
    assert f'<sup><a href="#note-{hs["noted"].id}">1</a></sup>' in page
    assert f'<li id="note-{hs["noted"].id}"><blockquote>借助XR技术为你打开一扇时空任意门</blockquote>' in page
    assert "文旅" in page and "徒步" in page  # article tags in the header


def test_article_html_without_highlights_is_the_plain_article(lib: Library) -> None:
    aid = article_id(lib, SEED0, 1)
    page = ex.article_html(lib, aid)
    for paragraph in lib.article(aid).paragraphs:
        assert f"<p>{paragraph}</p>" in page or "<h3>" in page
    assert "<span" not in page and "批注" not in page and "Notes" not in page


# -- notes rendering -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("note", "must", "never"),
    [
        ("<script>alert(1)</script>", "&lt;script&gt;", "<script"),
        ('<img src=x onerror="alert(1)">', "&lt;img", "<img"),
        ("![x](http://example.com/a.png)", '<span class="note-image">[x]</span>', "<img"),
        ("[x](javascript:alert(1))", "<a>x</a>", "javascript:"),
        ("[x](data:text/html;base64,AAAA)", "<a>x</a>", "data:"),
        ("[x](file:///etc/passwd)", "<a>x</a>", "file:"),
        ("`<b>`", "<code>&lt;b&gt;</code>", "<b>"),
        ("```\n<i>x</i>\n```", "&lt;i&gt;x&lt;/i&gt;", "<i>"),
        ("**粗** 与 *斜*\n第二行", "<strong>粗</strong>", "<script"),
        ("| a | b |\n|---|---|\n| 1 | 2 |", "<table>", "<script"),
    ],
)
def test_note_rendering_is_safe(note: str, must: str, never: str) -> None:
    out = render_note_html(note)
    assert must in out
    assert never not in out


def test_empty_note_renders_nothing() -> None:
    assert render_note_html("  \n") == ""


def test_w3c_export_does_not_mutate_between_calls(lib: Library) -> None:
    annotate(lib)
    first = w3c.export_w3c(lib)
    snapshot = copy.deepcopy(first)
    w3c.import_w3c(lib, first)
    assert first == snapshot


def test_markdown_headings_follow_the_interface_language(lib: Library) -> None:
    from zzreader import i18n

    annotate(lib)
    try:
        i18n.set_language("en")
        md = ex.export_markdown(lib)
    finally:
        i18n.set_language("zh")
    assert md.startswith("# Zhuzhou Daily annotations\n") and "### Orphaned highlights" in md
    assert "未定位的划线" not in md and "批注" not in md.split("\n")[0]
