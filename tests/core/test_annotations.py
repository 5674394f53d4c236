"""Highlights, notes, tags, collections, undo/redo and re-anchoring on the seeds."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from tests.conftest import SEEDS
from tests.core.annotation_fixtures import annotation_state, article_id, seeded_library
from zzreader.core import annotations as an
from zzreader.core.anchors import text_hash
from zzreader.core.parse import parse_bytes
from zzreader.core.store import Library

SEED0 = SEEDS[0].name  # 000_b4b57fb554efa649.txt, 2025-10-31


@pytest.fixture
def lib(tmp_path: Path) -> Library:
    library = seeded_library(tmp_path / "library.sqlite")
    yield library
    library.close()


def art(lib: Library, seq: int, source: str = SEED0) -> int:
    return article_id(lib, source, seq)


def quote_span(lib: Library, aid: int, quote: str) -> tuple[int, int]:
    text = lib.article(aid).text
    start = text.index(quote)
    return start, start + len(quote)


# -- highlights ----------------------------------------------------------------------------
def test_add_highlight_stores_both_selectors_and_reads_back(lib: Library) -> None:
    aid = art(lib, 4)
    start, end = quote_span(lib, aid, "悠扬的旋律萦绕夜空")
    h = an.add_highlight(lib, aid, start, end, color="green", style="underline", note="**美**")
    assert (h.article_id, h.start, h.end, h.exact) == (aid, start, end, "悠扬的旋律萦绕夜空")
    text = lib.article(aid).text
    assert h.prefix == text[start - 32 : start] and h.suffix == text[end : end + 32]
    assert h.text_hash == text_hash(text)
    assert (h.color, h.style, h.note, h.anchor_state) == ("green", "underline", "**美**", "anchored")
    assert (h.issue_source, h.article_seq, h.issue_date) == (SEED0, 4, "2025-10-31")
    assert h.article_title == lib.article(aid).title
    assert h.created == h.modified and h.created.endswith("Z")
    assert an.get_highlight(lib, h.id) == h
    assert an.highlights_for_article(lib, aid) == [h]


def test_overlapping_highlights_are_kept_in_text_order(lib: Library) -> None:
    aid = art(lib, 4)
    b = an.add_highlight(lib, aid, 30, 60, color="blue")
    a = an.add_highlight(lib, aid, 10, 40, color="pink", style="strike")
    assert [h.id for h in an.highlights_for_article(lib, aid)] == [a.id, b.id]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"color": "black"}, "Unknown colour black"),
        ({"style": "bold"}, "Unknown style bold"),
        ({"tags": ["  "]}, "A tag cannot be empty"),
    ],
)
def test_bad_options_are_refused(lib: Library, kwargs: dict, message: str) -> None:
    with pytest.raises(an.AnnotationError, match=message):
        an.add_highlight(lib, art(lib, 4), 0, 5, **kwargs)
    assert an.highlight_count(lib) == 0


def test_bad_span_and_missing_article_are_clear_errors(lib: Library) -> None:
    aid = art(lib, 4)
    with pytest.raises(an.AnnotationError, match="Invalid highlight span"):
        an.add_highlight(lib, aid, 10, 10)
    with pytest.raises(an.AnnotationError, match="Invalid highlight span"):
        an.add_highlight(lib, aid, 0, 10**6)
    with pytest.raises(an.AnnotationNotFound, match="No such article: 99999"):
        an.add_highlight(lib, 99999, 0, 5)
    assert an.highlight_count(lib) == 0
    assert an.undo_status(lib) == an.UndoStatus(None, None)


def test_highlight_quote_by_occurrence(lib: Library) -> None:
    aid = art(lib, 4)
    text = lib.article(aid).text
    first = an.highlight_quote(lib, aid, "敦煌")
    second = an.highlight_quote(lib, aid, "敦煌", occurrence=2, color="red", tags=["丝路"])
    assert first.start == text.index("敦煌")
    assert second.start == text.index("敦煌", first.start + 1)
    assert (second.color, second.tags) == ("red", ("丝路",))
    count = text.count("敦煌")
    with pytest.raises(an.AnnotationError, match=f"only {count} time"):
        an.highlight_quote(lib, aid, "敦煌", occurrence=count + 1)
    with pytest.raises(an.AnnotationError, match="Quote not found"):
        an.highlight_quote(lib, aid, "长沙马拉松")
    assert an.highlight_quote(lib, aid, "ｘｒ技术").exact == "XR技术"


def test_edit_note_colour_style_and_tags(lib: Library) -> None:
    aid = art(lib, 4)
    h = an.add_highlight(lib, aid, 0, 20, tags=["徒步"])
    edited = an.update_highlight(lib, h.id, note="报名 *截止* 11月", color="orange")
    assert (edited.note, edited.color, edited.style) == ("报名 *截止* 11月", "orange", "highlight")
    assert edited.modified >= h.modified
    tagged = an.add_highlight_tag(lib, h.id, "#待核实")
    assert tagged.tags == ("待核实", "徒步")
    assert an.remove_highlight_tag(lib, h.id, "徒步").tags == ("待核实",)
    again = an.update_highlight(lib, h.id, style="strike", tags=["A", "a", "b"])
    assert again.style == "strike" and again.tags == ("A", "b")  # tag names ignore case


def test_no_op_edit_leaves_no_undo_step(lib: Library) -> None:
    h = an.add_highlight(lib, art(lib, 4), 0, 20, note="n")
    status = an.undo_status(lib)
    same = an.update_highlight(lib, h.id, note="n", color="yellow")
    assert same.modified == h.modified
    assert an.undo_status(lib) == status


def test_delete_highlight_and_undo_brings_back_note_and_tags(lib: Library) -> None:
    h = an.add_highlight(lib, art(lib, 4), 0, 20, note="记住", tags=["一", "二"])
    an.delete_highlight(lib, h.id)
    with pytest.raises(an.AnnotationNotFound):
        an.get_highlight(lib, h.id)
    assert an.undo(lib).name == "删除划线 / Delete highlight"
    assert an.get_highlight(lib, h.id) == h
    an.redo(lib)
    assert an.highlight_count(lib) == 0
    with pytest.raises(an.AnnotationNotFound):
        an.delete_highlight(lib, h.id)


# -- article tags and the tag manager ---------------------------------------------------------
def test_article_tags_and_counts(lib: Library) -> None:
    a4, a5 = art(lib, 4), art(lib, 5)
    assert an.set_article_tags(lib, a4, ["徒步", "文旅", "徒步 "]) == ["徒步", "文旅"]
    assert an.tag_articles(lib, "文旅", [a4, a5]) == 1
    an.add_highlight(lib, a5, 0, 10, tags=["医疗"])
    an.add_highlight(lib, a5, 20, 30, tags=["医疗", "文旅"])
    counts = {t.name: (t.articles, t.highlights) for t in an.tags(lib)}
    assert counts == {"徒步": (1, 0), "文旅": (2, 1), "医疗": (0, 2)}
    assert an.tag_names(lib) == ["文旅", "医疗", "徒步"]
    assert an.tag_names(lib, "医") == ["医疗"]
    assert an.articles_with_tag(lib, "医疗") == [a5]
    assert an.articles_with_tag(lib, "文旅") == sorted([a4, a5])
    assert an.untag_articles(lib, "文旅", [a4]) == 1
    assert an.article_tags(lib, a4) == ["徒步"]


def test_rename_merge_recolour_delete_tags(lib: Library) -> None:
    a4, a5 = art(lib, 4), art(lib, 5)
    an.tag_articles(lib, "株洲", [a4, a5])
    an.tag_articles(lib, "zhuzhou", [a5])
    h = an.add_highlight(lib, a4, 0, 10, tags=["zhuzhou"])
    with pytest.raises(an.AnnotationError, match="merge instead"):
        an.rename_tag(lib, "zhuzhou", "株洲")
    assert an.rename_tag(lib, "zhuzhou", "ZhuZhou").name == "ZhuZhou"  # case-only rename
    merged = an.merge_tags(lib, ["ZhuZhou"], "株洲")
    assert (merged.articles, merged.highlights) == (2, 1)  # a5 had both: counted once
    assert [t.name for t in an.tags(lib)] == ["株洲"]
    assert an.get_highlight(lib, h.id).tags == ("株洲",)
    assert an.recolor_tag(lib, "株洲", "#12ab34").color == "#12ab34"
    assert an.recolor_tag(lib, "株洲", "purple").color == "purple"
    with pytest.raises(an.AnnotationError, match="Unknown colour"):
        an.recolor_tag(lib, "株洲", "rgb(1,2,3)")
    gone = an.delete_tag(lib, "株洲")
    assert (gone.articles, gone.highlights) == (2, 1)
    assert an.tags(lib) == [] and an.article_tags(lib, a4) == []
    assert an.get_highlight(lib, h.id).tags == ()
    with pytest.raises(an.AnnotationNotFound, match="No such tag"):
        an.delete_tag(lib, "株洲")


def test_tag_manager_operations_undo_exactly(lib: Library) -> None:
    a4, a5 = art(lib, 4), art(lib, 5)
    an.tag_articles(lib, "甲", [a4, a5])
    an.tag_articles(lib, "乙", [a5])
    an.add_highlight(lib, a4, 0, 10, tags=["乙", "丙"])
    an.recolor_tag(lib, "乙", "blue")
    start = annotation_state(lib)
    ops = [
        lambda: an.rename_tag(lib, "甲", "甲一"),
        lambda: an.merge_tags(lib, ["乙", "丙"], "甲"),
        lambda: an.delete_tag(lib, "甲"),
        lambda: an.recolor_tag(lib, "丙", "red"),
    ]
    for op in ops:
        op()
        after = annotation_state(lib)
        an.undo(lib)
        assert annotation_state(lib) == start
        an.redo(lib)
        assert annotation_state(lib) == after
        an.undo(lib)


# -- collections ----------------------------------------------------------------------------
def test_collections(lib: Library) -> None:
    a4, a5, b1 = art(lib, 4), art(lib, 5), article_id(lib, SEEDS[1].name, 1)
    story = an.create_collection(lib, " 医保 专题 ")
    assert story.name == "医保 专题" and story.articles == 0
    with pytest.raises(an.AnnotationError, match="already exists"):
        an.create_collection(lib, "医保 专题")
    assert an.add_to_collection(lib, story.id, [b1, a5, a4, a4]) == 3
    assert an.add_to_collection(lib, story.id, [a4]) == 0
    # reading order: issue 000 (2025) before 001 (2026)
    assert an.collection_article_ids(lib, story.id) == [a4, a5, b1]
    assert [c.name for c in an.collections_of_article(lib, a4)] == ["医保 专题"]
    other = an.create_collection(lib, "另一个")
    with pytest.raises(an.AnnotationError, match="already exists"):
        an.rename_collection(lib, other.id, "医保 专题")
    assert an.rename_collection(lib, story.id, "医保").name == "医保"
    assert an.remove_from_collection(lib, story.id, [a5, 99999]) == 1
    assert an.collection(lib, story.id).articles == 2
    assert [c.name for c in an.collections(lib)] == ["医保", "另一个"] or [
        c.name for c in an.collections(lib)
    ] == sorted(["医保", "另一个"], key=str.casefold)
    an.delete_collection(lib, story.id)
    with pytest.raises(an.AnnotationNotFound):
        an.collection(lib, story.id)
    assert an.undo(lib).name == "删除合集 / Delete collection"
    assert an.collection_article_ids(lib, story.id) == [a4, b1]
    with pytest.raises(an.AnnotationNotFound, match="No such article"):
        an.add_to_collection(lib, story.id, [99999])


# -- undo / redo ------------------------------------------------------------------------------
def test_undo_redo_status_and_new_op_clears_redo(lib: Library) -> None:
    assert an.undo(lib) is None and an.redo(lib) is None
    aid = art(lib, 4)
    h = an.add_highlight(lib, aid, 0, 10)
    an.update_highlight(lib, h.id, note="x")
    assert an.undo_status(lib) == an.UndoStatus("编辑批注 / Edit note", None)
    undone = an.undo(lib)
    assert undone == an.Undone("编辑批注 / Edit note", (aid,))
    assert an.get_highlight(lib, h.id).note == ""
    assert an.undo_status(lib) == an.UndoStatus("划线 / Highlight", "编辑批注 / Edit note")
    an.set_article_tags(lib, aid, ["新"])
    assert an.undo_status(lib).redo is None
    assert an.redo(lib) is None


def test_history_is_capped(lib: Library) -> None:
    aid = art(lib, 4)
    h = an.add_highlight(lib, aid, 0, 10)
    for i in range(an.UNDO_LIMIT + 5):
        an.update_highlight(lib, h.id, note=str(i))
    steps = 0
    while an.undo(lib) is not None:
        steps += 1
    assert steps == an.UNDO_LIMIT
    assert an.get_highlight(lib, h.id).note == "4"


@pytest.mark.parametrize("seed", range(4))
def test_random_edits_undo_to_the_start_and_redo_to_the_end(lib: Library, seed: int) -> None:
    rnd = random.Random(seed)
    ids = [art(lib, s) for s in (1, 2, 4, 5)]
    an.tag_articles(lib, "起点", ids[:2])
    an.clear_history(lib)
    start = annotation_state(lib)
    words = ["甲", "乙", "丙", "丁"]

    def some_highlight() -> str | None:
        hs = an.list_highlights(lib)
        return rnd.choice(hs).id if hs else None

    def one_op() -> None:
        kind = rnd.randrange(10)
        hid = some_highlight()
        if kind == 0 or hid is None:
            a = rnd.choice(ids)
            s = rnd.randrange(0, 100)
            an.add_highlight(
                lib, a, s, s + rnd.randrange(1, 30), color=rnd.choice(an.COLORS), tags=rnd.sample(words, 2)
            )
        elif kind == 1:
            an.update_highlight(lib, hid, note=rnd.choice(["", "注", "**注**"]), style=rnd.choice(an.STYLES))
        elif kind == 2:
            an.update_highlight(lib, hid, tags=rnd.sample(words, rnd.randrange(0, 3)))
        elif kind == 3:
            an.delete_highlight(lib, hid)
        elif kind == 4:
            an.set_article_tags(lib, rnd.choice(ids), rnd.sample(words, rnd.randrange(0, 3)))
        elif kind == 5 and an.tags(lib):
            t = rnd.choice(an.tags(lib)).name
            an.merge_tags(lib, [t], rnd.choice(words))
        elif kind == 6 and an.tags(lib):
            an.delete_tag(lib, rnd.choice(an.tags(lib)).name)
        elif kind == 7:
            cs = an.collections(lib)
            if cs:
                an.add_to_collection(lib, rnd.choice(cs).id, rnd.sample(ids, 2))
            else:
                an.create_collection(lib, f"合集{rnd.randrange(100)}")
        elif kind == 8 and an.collections(lib):
            c = rnd.choice(an.collections(lib))
            an.remove_from_collection(lib, c.id, rnd.sample(ids, 2))
        else:
            an.tag_articles(lib, rnd.choice(words), rnd.sample(ids, 2))

    for _ in range(25):
        one_op()
    end = annotation_state(lib)
    while an.undo(lib) is not None:
        pass
    assert annotation_state(lib) == start
    while an.redo(lib) is not None:
        pass
    assert annotation_state(lib) == end


# -- browser listing and note search ----------------------------------------------------------
def test_list_highlights_filters(lib: Library) -> None:
    a4 = art(lib, 4)
    b1 = article_id(lib, SEEDS[1].name, 1)
    h1 = an.add_highlight(lib, a4, 0, 10, color="red", tags=["文旅"], note="Check 第二遍")
    h2 = an.add_highlight(lib, b1, 0, 10, color="blue", note="医院")
    c = an.create_collection(lib, "c")
    an.add_to_collection(lib, c.id, [b1])
    ids = lambda hs: [h.id for h in hs]  # noqa: E731
    assert ids(an.list_highlights(lib)) == [h1.id, h2.id]  # reading order
    assert ids(an.list_highlights(lib, sort="created")) == [h2.id, h1.id]
    assert ids(an.list_highlights(lib, tag="文旅")) == [h1.id]
    assert ids(an.list_highlights(lib, color="blue")) == [h2.id]
    assert ids(an.list_highlights(lib, collection_id=c.id)) == [h2.id]
    assert ids(an.list_highlights(lib, date_from="2026-01-01")) == [h2.id]
    assert ids(an.list_highlights(lib, date_to="2025-12-31")) == [h1.id]
    assert ids(an.list_highlights(lib, text="ＣＨＥＣＫ")) == [h1.id]
    assert ids(an.list_highlights(lib, issue_id=lib.article(b1).issue_id)) == [h2.id]
    assert ids(an.list_highlights(lib, orphans=True)) == []
    assert ids(an.search_notes(lib, "check")) == [h1.id]
    assert ids(an.search_notes(lib, "二遍")) == [h1.id]  # inside a word: still found
    assert an.search_notes(lib, "  ") == []


# -- re-anchoring after re-import ---------------------------------------------------------------
def _edited_seed(tmp: Path, edits: list[tuple[str, str]]) -> Path:
    raw = SEEDS[0].read_text(encoding="utf-8")
    for old, new in edits:
        assert raw.count(old) == 1, old
        raw = raw.replace(old, new)
    path = tmp / SEEDS[0].name
    path.write_text(raw, encoding="utf-8")
    return path


FOUNDLING = (
    "寻亲公告\n\n\n\n2024年4月10日23:00在湖南省明月镇贺家桥居委会湖里组24号自家门口拾得一名男婴,"
    "男婴用包被包裹,随身有一张纸条,写着出生时间:2024年4月9日,到处打听,无人回应,收养在家至今。"
    "如有知情者,请与贺江涛联系,电话:13923648056。\n\n"
)


def test_reimport_of_an_edited_issue_reanchors_every_highlight(lib: Library, tmp_path: Path) -> None:
    a4, a5, a8 = art(lib, 4), art(lib, 5), art(lib, 8)
    issue_id = lib.article(a4).issue_id
    moved = an.highlight_quote(lib, a4, "悠扬的旋律萦绕夜空", note="moved")
    fixed = an.highlight_quote(lib, a4, "借助XR技术为你打开一扇时空任意门")
    lost = an.highlight_quote(lib, a4, "报名请扫二维码", tags=["待核实"])
    kept = an.highlight_quote(lib, a5, "市二医院广场鼓声铿锵")
    dropped = an.highlight_quote(lib, a8, "收养在家至今")
    an.create_collection(lib, "keep history?")
    edited = _edited_seed(
        tmp_path,
        [
            ("2025年第十五届徒步", "（本报讯）2025年第十五届徒步"),
            ("打开一扇时空任意门", "打开一扇时空之门"),
            ("报名请扫二维码", "详情见官方公众号"),
            (FOUNDLING, ""),
        ],
    )
    outcome = lib.import_issue(parse_bytes(edited.read_bytes(), edited.name))
    assert outcome.status == "updated"
    assert an.get_highlight(lib, dropped.id).article_id is None  # its article is gone
    report = an.reanchor_issue(lib, issue_id)
    assert set(report.highlight_ids) == {moved.id, fixed.id, lost.id, kept.id, dropped.id}

    new_text = lib.article(a4).text
    m = an.get_highlight(lib, moved.id)
    assert (m.start, m.exact, m.note) == (moved.start + len("（本报讯）"), "悠扬的旋律萦绕夜空", "moved")
    assert m.modified == moved.modified  # re-anchoring is not an edit
    f = an.get_highlight(lib, fixed.id)
    assert f.exact == "借助XR技术为你打开一扇时空之门" and new_text[f.start : f.end] == f.exact
    assert f.text_hash == text_hash(new_text) and not f.orphan
    lo = an.get_highlight(lib, lost.id)
    assert lo.orphan and lo.exact == "报名请扫二维码" and lo.tags == ("待核实",)
    k = an.get_highlight(lib, kept.id)
    assert (k.start, k.end, k.article_id) == (kept.start, kept.end, a5)
    d = an.get_highlight(lib, dropped.id)
    assert d.orphan and d.exact == "收养在家至今" and d.issue_source == SEED0
    assert {h.id for h in an.orphans(lib)} == {lost.id, dropped.id}
    if report.moved or report.orphaned:  # only when this call did the work
        assert an.undo_status(lib) == an.UndoStatus(None, None)

    # Re-attaching an orphan by hand is an undoable edit.
    where = new_text.index("常规组")
    re = an.reattach(lib, lost.id, a4, where, where + 3)
    assert (re.exact, re.orphan) == ("常规组", False)
    an.undo(lib)
    assert an.get_highlight(lib, lost.id).orphan

    # Importing the original again recovers both orphans, the dropped one in
    # the re-created article.
    back = lib.import_issue(parse_bytes(SEEDS[0].read_bytes(), SEEDS[0].name))
    assert back.status == "updated"
    an.reanchor_issue(lib, issue_id)
    l2, d2 = an.get_highlight(lib, lost.id), an.get_highlight(lib, dropped.id)
    assert not l2.orphan and l2.exact == "报名请扫二维码" and l2.article_id == a4
    assert not d2.orphan and d2.exact == "收养在家至今"
    assert lib.article(d2.article_id).title == "寻亲公告"
    assert an.orphans(lib) == []
    # A second run changes nothing.
    again = an.reanchor_issue(lib, issue_id)
    assert (again.moved, again.orphaned, again.recovered) == (0, 0, 0)


def test_deleted_then_reimported_issue_gets_its_highlights_back(lib: Library) -> None:
    a4 = art(lib, 4)
    h = an.highlight_quote(lib, a4, "悠扬的旋律萦绕夜空", tags=["x"])
    issue_id = lib.article(a4).issue_id
    lib.delete_issue(issue_id)
    assert an.get_highlight(lib, h.id).orphan
    assert [o.id for o in an.orphans(lib)] == [h.id]
    outcome = lib.import_issue(parse_bytes(SEEDS[0].read_bytes(), SEEDS[0].name))
    report = an.reanchor_issue(lib, outcome.issue_id)
    back = an.get_highlight(lib, h.id)
    assert not back.orphan and back.exact == "悠扬的旋律萦绕夜空" and back.tags == ("x",)
    assert lib.article(back.article_id).title == "湘江毅行报名 还剩300个名额"
    assert report.recovered in (0, 1)  # 0 if the importer already re-anchored


def test_reanchor_counts_on_a_bare_database(lib: Library) -> None:
    """The importer may pass its Database; counts say what happened."""
    a4 = art(lib, 4)
    issue_id = lib.article(a4).issue_id
    h = an.highlight_quote(lib, a4, "悠扬的旋律萦绕夜空")
    text = lib.article(a4).text
    assert an.reanchor_issue(lib.db, issue_id) == an.ReanchorReport(
        issue_id, kept=1, highlight_ids=(h.id,)
    )
    with lib.db.atomic():  # what a re-import does to the text, without the store
        lib.db.execute("UPDATE articles SET text = ? WHERE id = ?", ["前言。" + text, a4])
    report = an.reanchor_issue(lib.db, issue_id)
    assert (report.kept, report.moved, report.orphaned) == (0, 1, 0)
    assert an.get_highlight(lib, h.id).start == h.start + 3
    with pytest.raises(an.AnnotationNotFound):
        an.reanchor_issue(lib, 99999)


def test_undo_after_the_article_vanished_keeps_the_highlight_as_orphan(lib: Library) -> None:
    a8 = art(lib, 8)
    h = an.highlight_quote(lib, a8, "收养在家至今")
    an.delete_highlight(lib, h.id)
    lib.delete_issue(lib.article(a8).issue_id)  # no re-anchor: the journal survives
    an.undo(lib)
    back = an.get_highlight(lib, h.id)
    assert back.orphan and back.exact == "收养在家至今"


def test_migration_2_is_idempotent(tmp_path: Path) -> None:
    from zzreader.core import migrations

    library = seeded_library(tmp_path / "l.sqlite", seeds=[])
    migrations.m003_annotation_journal(library.db)
    migrations.m003_annotation_journal(library.db)
    names = {r[0] for r in library.db.execute("SELECT name FROM sqlite_master")}
    assert {an.JOURNAL, "highlights_issue_source", "highlights_anchor_state"} <= names
    library.close()


def test_library_file_copy_keeps_annotations(lib: Library, tmp_path: Path) -> None:
    """Annotations live in the library file itself (a copy is a backup)."""
    h = an.add_highlight(lib, art(lib, 4), 0, 8, note="备份")
    lib.db.execute("PRAGMA wal_checkpoint(FULL)")
    copy = tmp_path / "copy.sqlite"
    shutil.copy(lib.path, copy)
    from zzreader.core.store import open_library

    with open_library(copy) as other:
        assert an.get_highlight(other, h.id).note == "备份"


def test_migration_2_upgrades_a_version_1_library_with_its_annotations(tmp_path: Path) -> None:
    """A library written before the journal existed keeps every annotation on upgrade."""
    import sqlite3

    from sqlite_utils import Database

    from zzreader.core import migrations

    path = tmp_path / "old.sqlite"
    db = Database(sqlite3.connect(str(path)))
    db.execute("PRAGMA foreign_keys = ON")
    migrations.migrate(db, None, migrations=migrations.MIGRATIONS[:1])
    with db.atomic():
        db.execute(
            "INSERT INTO highlights (id, issue_source, article_seq, start, \"end\", exact, color, style, "
            "note, created, modified) VALUES ('h1', 'x.txt', 1, 0, 2, '株洲', 'red', 'highlight', "
            "'老笔记', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z')"
        )
    steps = (migrations.MIGRATIONS[0], migrations.m003_annotation_journal)
    backup = migrations.migrate(db, path, migrations=steps)
    assert backup is not None and backup.exists()
    assert migrations.user_version(db) == 2
    h = an.get_highlight(db, "h1")
    assert (h.note, h.color, h.orphan) == ("老笔记", "red", True)
    an.update_highlight(db, "h1", note="新笔记")
    assert an.undo(db).name == "编辑批注 / Edit note"
    assert an.get_highlight(db, "h1").note == "老笔记"
    db.close()
