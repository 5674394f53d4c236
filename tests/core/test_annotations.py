"""Highlights, notes, tags, collections, undo/redo and re-anchoring on the seeds."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from tests.conftest import SEEDS
from tests.core.annotation_fixtures import annotation_state, article_id, seeded_library
from zzreader.core.anchors import text_hash
from zzreader.core.changes import JOURNAL
from zzreader.core.errors import AnnotationError, AnnotationNotFound
from zzreader.core.journal import UNDO_LIMIT, Undone, UndoStatus
from zzreader.core.palette import COLORS, STYLES
from zzreader.core.parse import parse_bytes
from zzreader.core.reanchor import ReanchorReport
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
    h = lib.highlights.add(aid, start, end, color="green", style="underline", note="**美**").value
    assert (h.article_id, h.start, h.end, h.exact) == (aid, start, end, "悠扬的旋律萦绕夜空")
    text = lib.article(aid).text
    assert h.prefix == text[start - 32 : start] and h.suffix == text[end : end + 32]
    assert h.text_hash == text_hash(text)
    assert (h.color, h.style, h.note, h.anchor_state) == ("green", "underline", "**美**", "anchored")
    assert (h.issue_source, h.article_seq, h.issue_date) == (SEED0, 4, "2025-10-31")
    assert h.article_title == lib.article(aid).title
    assert h.created == h.modified and h.created.endswith("Z")
    assert lib.highlights.get(h.id) == h
    assert lib.highlights.for_article(aid) == [h]


def test_overlapping_highlights_are_kept_in_text_order(lib: Library) -> None:
    aid = art(lib, 4)
    b = lib.highlights.add(aid, 30, 60, color="blue").value
    a = lib.highlights.add(aid, 10, 40, color="pink", style="strike").value
    assert [h.id for h in lib.highlights.for_article(aid)] == [a.id, b.id]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"color": "black"}, "Unknown colour black"),
        ({"style": "bold"}, "Unknown style bold"),
        ({"tags": ["  "]}, "A tag cannot be empty"),
    ],
)
def test_bad_options_are_refused(lib: Library, kwargs: dict, message: str) -> None:
    with pytest.raises(AnnotationError, match=message):
        lib.highlights.add(art(lib, 4), 0, 5, **kwargs)
    assert lib.highlights.count() == 0


def test_bad_span_and_missing_article_are_clear_errors(lib: Library) -> None:
    aid = art(lib, 4)
    with pytest.raises(AnnotationError, match="Invalid highlight span"):
        lib.highlights.add(aid, 10, 10)
    with pytest.raises(AnnotationError, match="Invalid highlight span"):
        lib.highlights.add(aid, 0, 10**6)
    with pytest.raises(AnnotationNotFound, match="No such article: 99999"):
        lib.highlights.add(99999, 0, 5)
    assert lib.highlights.count() == 0
    assert lib.journal.status() == UndoStatus(None, None)


def test_highlight_quote_by_occurrence(lib: Library) -> None:
    aid = art(lib, 4)
    text = lib.article(aid).text
    first = lib.highlights.add_quote(aid, "敦煌").value
    second = lib.highlights.add_quote(aid, "敦煌", occurrence=2, color="red", tags=["丝路"]).value
    assert first.start == text.index("敦煌")
    assert second.start == text.index("敦煌", first.start + 1)
    assert (second.color, second.tags) == ("red", ("丝路",))
    count = text.count("敦煌")
    with pytest.raises(AnnotationError, match=f"only {count} time"):
        lib.highlights.add_quote(aid, "敦煌", occurrence=count + 1)
    with pytest.raises(AnnotationError, match="Quote not found"):
        lib.highlights.add_quote(aid, "长沙马拉松")
    assert lib.highlights.add_quote(aid, "ｘｒ技术").value.exact == "XR技术"


def test_edit_note_colour_style_and_tags(lib: Library) -> None:
    aid = art(lib, 4)
    h = lib.highlights.add(aid, 0, 20, tags=["徒步"]).value
    edited = lib.highlights.update(h.id, note="报名 *截止* 11月", color="orange").value
    assert (edited.note, edited.color, edited.style) == ("报名 *截止* 11月", "orange", "highlight")
    assert edited.modified >= h.modified
    tagged = lib.highlights.add_tag(h.id, "#待核实").value
    assert tagged.tags == ("待核实", "徒步")
    assert lib.highlights.remove_tag(h.id, "徒步").value.tags == ("待核实",)
    again = lib.highlights.update(h.id, style="strike", tags=["A", "a", "b"]).value
    assert again.style == "strike" and again.tags == ("A", "b")  # tag names ignore case


def test_no_op_edit_leaves_no_undo_step(lib: Library) -> None:
    h = lib.highlights.add(art(lib, 4), 0, 20, note="n").value
    status = lib.journal.status()
    same = lib.highlights.update(h.id, note="n", color="yellow").value
    assert same.modified == h.modified
    assert lib.journal.status() == status


def test_delete_highlight_and_undo_brings_back_note_and_tags(lib: Library) -> None:
    h = lib.highlights.add(art(lib, 4), 0, 20, note="记住", tags=["一", "二"]).value
    lib.highlights.delete(h.id)
    with pytest.raises(AnnotationNotFound):
        lib.highlights.get(h.id)
    assert lib.journal.undo().value.name == "删除划线 / Delete highlight"
    assert lib.highlights.get(h.id) == h
    lib.journal.redo()
    assert lib.highlights.count() == 0
    with pytest.raises(AnnotationNotFound):
        lib.highlights.delete(h.id)


# -- article tags and the tag manager ---------------------------------------------------------
def test_article_tags_and_counts(lib: Library) -> None:
    a4, a5 = art(lib, 4), art(lib, 5)
    assert lib.tags.set_for_article(a4, ["徒步", "文旅", "徒步 "]).value == ["徒步", "文旅"]
    assert lib.tags.tag_articles("文旅", [a4, a5]).value == 1
    lib.highlights.add(a5, 0, 10, tags=["医疗"])
    lib.highlights.add(a5, 20, 30, tags=["医疗", "文旅"])
    counts = {t.name: (t.articles, t.highlights) for t in lib.tags.all()}
    assert counts == {"徒步": (1, 0), "文旅": (2, 1), "医疗": (0, 2)}
    assert lib.tags.names() == ["文旅", "医疗", "徒步"]
    assert lib.tags.names("医") == ["医疗"]
    assert lib.tags.articles_with("医疗") == [a5]
    assert lib.tags.articles_with("文旅") == sorted([a4, a5])
    assert lib.tags.untag_articles("文旅", [a4]).value == 1
    assert lib.tags.of_article(a4) == ["徒步"]


def test_rename_merge_recolour_delete_tags(lib: Library) -> None:
    a4, a5 = art(lib, 4), art(lib, 5)
    lib.tags.tag_articles("株洲", [a4, a5])
    lib.tags.tag_articles("zhuzhou", [a5])
    h = lib.highlights.add(a4, 0, 10, tags=["zhuzhou"]).value
    with pytest.raises(AnnotationError, match="merge instead"):
        lib.tags.rename("zhuzhou", "株洲")
    assert lib.tags.rename("zhuzhou", "ZhuZhou").value.name == "ZhuZhou"  # case-only rename
    merged = lib.tags.merge(["ZhuZhou"], "株洲").value
    assert (merged.articles, merged.highlights) == (2, 1)  # a5 had both: counted once
    assert [t.name for t in lib.tags.all()] == ["株洲"]
    assert lib.highlights.get(h.id).tags == ("株洲",)
    assert lib.tags.recolor("株洲", "#12ab34").value.color == "#12ab34"
    assert lib.tags.recolor("株洲", "purple").value.color == "purple"
    with pytest.raises(AnnotationError, match="Unknown colour"):
        lib.tags.recolor("株洲", "rgb(1,2,3)")
    gone = lib.tags.delete("株洲").value
    assert (gone.articles, gone.highlights) == (2, 1)
    assert lib.tags.all() == [] and lib.tags.of_article(a4) == []
    assert lib.highlights.get(h.id).tags == ()
    with pytest.raises(AnnotationNotFound, match="No such tag"):
        lib.tags.delete("株洲")


def test_tag_manager_operations_undo_exactly(lib: Library) -> None:
    a4, a5 = art(lib, 4), art(lib, 5)
    lib.tags.tag_articles("甲", [a4, a5])
    lib.tags.tag_articles("乙", [a5])
    lib.highlights.add(a4, 0, 10, tags=["乙", "丙"])
    lib.tags.recolor("乙", "blue")
    start = annotation_state(lib)
    ops = [
        lambda: lib.tags.rename("甲", "甲一").value,
        lambda: lib.tags.merge(["乙", "丙"], "甲").value,
        lambda: lib.tags.delete("甲").value,
        lambda: lib.tags.recolor("丙", "red").value,
    ]
    for op in ops:
        op()
        after = annotation_state(lib)
        lib.journal.undo()
        assert annotation_state(lib) == start
        lib.journal.redo()
        assert annotation_state(lib) == after
        lib.journal.undo()


# -- collections ----------------------------------------------------------------------------
def test_collections(lib: Library) -> None:
    a4, a5, b1 = art(lib, 4), art(lib, 5), article_id(lib, SEEDS[1].name, 1)
    story = lib.collections.create(" 医保 专题 ").value
    assert story.name == "医保 专题" and story.articles == 0
    with pytest.raises(AnnotationError, match="already exists"):
        lib.collections.create("医保 专题")
    assert lib.collections.add_articles(story.id, [b1, a5, a4, a4]).value == 3
    assert lib.collections.add_articles(story.id, [a4]).value == 0
    # reading order: issue 000 (2025) before 001 (2026)
    assert lib.collections.article_ids(story.id) == [a4, a5, b1]
    assert [c.name for c in lib.collections.of_article(a4)] == ["医保 专题"]
    other = lib.collections.create("另一个").value
    with pytest.raises(AnnotationError, match="already exists"):
        lib.collections.rename(other.id, "医保 专题")
    assert lib.collections.rename(story.id, "医保").value.name == "医保"
    assert lib.collections.remove_articles(story.id, [a5, 99999]).value == 1
    assert lib.collections.get(story.id).articles == 2
    assert [c.name for c in lib.collections.all()] == ["医保", "另一个"] or [
        c.name for c in lib.collections.all()
    ] == sorted(["医保", "另一个"], key=str.casefold)
    lib.collections.delete(story.id)
    with pytest.raises(AnnotationNotFound):
        lib.collections.get(story.id)
    assert lib.journal.undo().value.name == "删除合集 / Delete collection"
    assert lib.collections.article_ids(story.id) == [a4, b1]
    with pytest.raises(AnnotationNotFound, match="No such article"):
        lib.collections.add_articles(story.id, [99999])


# -- undo / redo ------------------------------------------------------------------------------
def test_undo_redo_status_and_new_op_clears_redo(lib: Library) -> None:
    assert lib.journal.undo().value is None and lib.journal.redo().value is None
    aid = art(lib, 4)
    h = lib.highlights.add(aid, 0, 10).value
    lib.highlights.update(h.id, note="x")
    assert lib.journal.status() == UndoStatus("编辑批注 / Edit note", None)
    undone = lib.journal.undo().value
    assert undone == Undone("编辑批注 / Edit note", (aid,))
    assert lib.highlights.get(h.id).note == ""
    assert lib.journal.status() == UndoStatus("划线 / Highlight", "编辑批注 / Edit note")
    lib.tags.set_for_article(aid, ["新"])
    assert lib.journal.status().redo is None
    assert lib.journal.redo().value is None


def test_history_is_capped(lib: Library) -> None:
    aid = art(lib, 4)
    h = lib.highlights.add(aid, 0, 10).value
    for i in range(UNDO_LIMIT + 5):
        lib.highlights.update(h.id, note=str(i))
    steps = 0
    while lib.journal.undo().value is not None:
        steps += 1
    assert steps == UNDO_LIMIT
    assert lib.highlights.get(h.id).note == "4"


@pytest.mark.parametrize("seed", range(4))
def test_random_edits_undo_to_the_start_and_redo_to_the_end(lib: Library, seed: int) -> None:
    rnd = random.Random(seed)
    ids = [art(lib, s) for s in (1, 2, 4, 5)]
    lib.tags.tag_articles("起点", ids[:2])
    lib.journal.clear()
    start = annotation_state(lib)
    words = ["甲", "乙", "丙", "丁"]

    def some_highlight() -> str | None:
        hs = lib.highlights.find()
        return rnd.choice(hs).id if hs else None

    def one_op() -> None:
        kind = rnd.randrange(10)
        hid = some_highlight()
        if kind == 0 or hid is None:
            a = rnd.choice(ids)
            s = rnd.randrange(0, 100)
            lib.highlights.add(a, s, s + rnd.randrange(1, 30), color=rnd.choice(COLORS), tags=rnd.sample(words, 2)
            )
        elif kind == 1:
            lib.highlights.update(hid, note=rnd.choice(["", "注", "**注**"]), style=rnd.choice(STYLES))
        elif kind == 2:
            lib.highlights.update(hid, tags=rnd.sample(words, rnd.randrange(0, 3)))
        elif kind == 3:
            lib.highlights.delete(hid)
        elif kind == 4:
            lib.tags.set_for_article(rnd.choice(ids), rnd.sample(words, rnd.randrange(0, 3)))
        elif kind == 5 and lib.tags.all():
            t = rnd.choice(lib.tags.all()).name
            lib.tags.merge([t], rnd.choice(words))
        elif kind == 6 and lib.tags.all():
            lib.tags.delete(rnd.choice(lib.tags.all()).name)
        elif kind == 7:
            cs = lib.collections.all()
            if cs:
                lib.collections.add_articles(rnd.choice(cs).id, rnd.sample(ids, 2))
            else:
                lib.collections.create(f"合集{rnd.randrange(100)}")
        elif kind == 8 and lib.collections.all():
            c = rnd.choice(lib.collections.all())
            lib.collections.remove_articles(c.id, rnd.sample(ids, 2))
        else:
            lib.tags.tag_articles(rnd.choice(words), rnd.sample(ids, 2))

    for _ in range(25):
        one_op()
    end = annotation_state(lib)
    while lib.journal.undo().value is not None:
        pass
    assert annotation_state(lib) == start
    while lib.journal.redo().value is not None:
        pass
    assert annotation_state(lib) == end


# -- browser listing and note search ----------------------------------------------------------
def test_list_highlights_filters(lib: Library) -> None:
    a4 = art(lib, 4)
    b1 = article_id(lib, SEEDS[1].name, 1)
    h1 = lib.highlights.add(a4, 0, 10, color="red", tags=["文旅"], note="Check 第二遍").value
    h2 = lib.highlights.add(b1, 0, 10, color="blue", note="医院").value
    c = lib.collections.create("c").value
    lib.collections.add_articles(c.id, [b1])
    ids = lambda hs: [h.id for h in hs]  # noqa: E731
    assert ids(lib.highlights.find()) == [h1.id, h2.id]  # reading order
    assert ids(lib.highlights.find(sort="created")) == [h2.id, h1.id]
    assert ids(lib.highlights.find(tag="文旅")) == [h1.id]
    assert ids(lib.highlights.find(color="blue")) == [h2.id]
    assert ids(lib.highlights.find(collection_id=c.id)) == [h2.id]
    assert ids(lib.highlights.find(date_from="2026-01-01")) == [h2.id]
    assert ids(lib.highlights.find(date_to="2025-12-31")) == [h1.id]
    assert ids(lib.highlights.find(text="ＣＨＥＣＫ")) == [h1.id]
    assert ids(lib.highlights.find(issue_id=lib.article(b1).issue_id)) == [h2.id]
    assert ids(lib.highlights.find(orphans=True)) == []
    assert ids(lib.highlights.search_notes("check")) == [h1.id]
    assert ids(lib.highlights.search_notes("二遍")) == [h1.id]  # inside a word: still found
    assert lib.highlights.search_notes("  ") == []


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
    moved = lib.highlights.add_quote(a4, "悠扬的旋律萦绕夜空", note="moved").value
    fixed = lib.highlights.add_quote(a4, "借助XR技术为你打开一扇时空任意门").value
    lost = lib.highlights.add_quote(a4, "报名请扫二维码", tags=["待核实"]).value
    kept = lib.highlights.add_quote(a5, "市二医院广场鼓声铿锵").value
    dropped = lib.highlights.add_quote(a8, "收养在家至今").value
    lib.collections.create("keep history?")
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
    assert lib.highlights.get(dropped.id).article_id is None  # its article is gone
    report = lib.highlights.reanchor_issue(issue_id).value
    assert set(report.highlight_ids) == {moved.id, fixed.id, lost.id, kept.id, dropped.id}

    new_text = lib.article(a4).text
    m = lib.highlights.get(moved.id)
    assert (m.start, m.exact, m.note) == (moved.start + len("（本报讯）"), "悠扬的旋律萦绕夜空", "moved")
    assert m.modified == moved.modified  # re-anchoring is not an edit
    f = lib.highlights.get(fixed.id)
    assert f.exact == "借助XR技术为你打开一扇时空之门" and new_text[f.start : f.end] == f.exact
    assert f.text_hash == text_hash(new_text) and not f.orphan
    lo = lib.highlights.get(lost.id)
    assert lo.orphan and lo.exact == "报名请扫二维码" and lo.tags == ("待核实",)
    k = lib.highlights.get(kept.id)
    assert (k.start, k.end, k.article_id) == (kept.start, kept.end, a5)
    d = lib.highlights.get(dropped.id)
    assert d.orphan and d.exact == "收养在家至今" and d.issue_source == SEED0
    assert {h.id for h in lib.highlights.orphans()} == {lost.id, dropped.id}
    if report.moved or report.orphaned:  # only when this call did the work
        assert lib.journal.status() == UndoStatus(None, None)

    # Re-attaching an orphan by hand is an undoable edit.
    where = new_text.index("常规组")
    re = lib.highlights.reattach(lost.id, a4, where, where + 3).value
    assert (re.exact, re.orphan) == ("常规组", False)
    lib.journal.undo()
    assert lib.highlights.get(lost.id).orphan

    # Importing the original again recovers both orphans, the dropped one in
    # the re-created article.
    back = lib.import_issue(parse_bytes(SEEDS[0].read_bytes(), SEEDS[0].name))
    assert back.status == "updated"
    lib.highlights.reanchor_issue(issue_id)
    l2, d2 = lib.highlights.get(lost.id), lib.highlights.get(dropped.id)
    assert not l2.orphan and l2.exact == "报名请扫二维码" and l2.article_id == a4
    assert not d2.orphan and d2.exact == "收养在家至今"
    assert lib.article(d2.article_id).title == "寻亲公告"
    assert lib.highlights.orphans() == []
    # A second run changes nothing.
    again = lib.highlights.reanchor_issue(issue_id).value
    assert (again.moved, again.orphaned, again.recovered) == (0, 0, 0)


def test_deleted_then_reimported_issue_gets_its_highlights_back(lib: Library) -> None:
    a4 = art(lib, 4)
    h = lib.highlights.add_quote(a4, "悠扬的旋律萦绕夜空", tags=["x"]).value
    issue_id = lib.article(a4).issue_id
    lib.delete_issue(issue_id)
    assert lib.highlights.get(h.id).orphan
    assert [o.id for o in lib.highlights.orphans()] == [h.id]
    outcome = lib.import_issue(parse_bytes(SEEDS[0].read_bytes(), SEEDS[0].name))
    report = lib.highlights.reanchor_issue(outcome.issue_id).value
    back = lib.highlights.get(h.id)
    assert not back.orphan and back.exact == "悠扬的旋律萦绕夜空" and back.tags == ("x",)
    assert lib.article(back.article_id).title == "湘江毅行报名 还剩300个名额"
    assert report.recovered in (0, 1)  # 0 if the importer already re-anchored


def test_reanchor_counts_say_what_happened(lib: Library) -> None:
    """Re-anchoring reports kept / moved / orphaned, and what it changed."""
    a4 = art(lib, 4)
    issue_id = lib.article(a4).issue_id
    h = lib.highlights.add_quote(a4, "悠扬的旋律萦绕夜空").value
    text = lib.article(a4).text
    assert lib.highlights.reanchor_issue(issue_id).value == ReanchorReport(
        issue_id, kept=1, highlight_ids=(h.id,)
    )
    with lib.db.atomic():  # what a re-import does to the text, without the store
        lib.db.execute("UPDATE articles SET text = ? WHERE id = ?", ["前言。" + text, a4])
    changed = lib.highlights.reanchor_issue(issue_id)
    report = changed.value
    assert (report.kept, report.moved, report.orphaned) == (0, 1, 0)
    assert changed.changes.highlights == {h.id} and a4 in changed.changes.articles
    assert lib.highlights.get(h.id).start == h.start + 3
    with pytest.raises(AnnotationNotFound):
        lib.highlights.reanchor_issue(99999)


def test_undo_after_the_article_vanished_keeps_the_highlight_as_orphan(lib: Library) -> None:
    a8 = art(lib, 8)
    h = lib.highlights.add_quote(a8, "收养在家至今").value
    lib.highlights.delete(h.id)
    lib.delete_issue(lib.article(a8).issue_id)  # no re-anchor: the journal survives
    lib.journal.undo()
    back = lib.highlights.get(h.id)
    assert back.orphan and back.exact == "收养在家至今"


def test_migration_2_is_idempotent(tmp_path: Path) -> None:
    from zzreader.core import migrations

    library = seeded_library(tmp_path / "l.sqlite", seeds=[])
    migrations.step("m003_annotation_journal")(library.db)
    migrations.step("m003_annotation_journal")(library.db)
    names = {r[0] for r in library.db.execute("SELECT name FROM sqlite_master")}
    assert {JOURNAL, "highlights_issue_source", "highlights_anchor_state"} <= names
    library.close()


def test_library_file_copy_keeps_annotations(lib: Library, tmp_path: Path) -> None:
    """Annotations live in the library file itself (a copy is a backup)."""
    h = lib.highlights.add(art(lib, 4), 0, 8, note="备份").value
    lib.db.execute("PRAGMA wal_checkpoint(FULL)")
    copy = tmp_path / "copy.sqlite"
    shutil.copy(lib.path, copy)
    from zzreader.core.store import open_library

    with open_library(copy) as other:
        assert other.highlights.get(h.id).note == "备份"


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
    steps = (migrations.MIGRATIONS[0], migrations.step("m003_annotation_journal"))
    backup = migrations.migrate(db, path, migrations=steps)
    assert backup is not None and backup.exists()
    assert migrations.user_version(db) == 2
    lib = Library(db, path)
    h = lib.highlights.get("h1")
    assert (h.note, h.color, h.orphan) == ("老笔记", "red", True)
    lib.highlights.update("h1", note="新笔记")
    assert lib.journal.undo().value.name == "编辑批注 / Edit note"
    assert lib.highlights.get("h1").note == "老笔记"
    lib.close()
