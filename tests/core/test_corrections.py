"""Corrections: edit, history, revert, split, merge, stray lines, not an article,
undo/redo, highlights, search in originals, re-import and the corrections file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import SEEDS
from tests.core.annotation_fixtures import article_id, seeded_library
from zzreader.core import corrections as co
from zzreader.core import corrections_transfer as ct
from zzreader.core import migrations
from zzreader.core.errors import AnnotationNotFound
from zzreader.core.importer import import_paths
from zzreader.core.parse import parse_bytes
from zzreader.core.store import Library, open_library

SEED0 = SEEDS[0].name  # 2025-10-31
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def lib(tmp_path: Path) -> Library:
    library = seeded_library(tmp_path / "library.sqlite", SEEDS[:1])
    yield library
    library.close()


def art(lib: Library, seq: int) -> int:
    return article_id(lib, SEED0, seq)


def reimport(lib: Library, raw: str, tmp: Path) -> str:
    path = tmp / SEED0
    path.write_text(raw, encoding="utf-8")
    outcome = lib.import_issue(parse_bytes(path.read_bytes(), path.name))
    lib.highlights.reanchor_issue(outcome.issue_id)
    return outcome.status


def test_edit_records_a_revision_with_user_reason_and_fields(lib: Library) -> None:
    aid = art(lib, 4)
    before = lib.article(aid)
    assert before.title == "湘江毅行报名 还剩300个名额"
    text = before.text.replace("第十五届", "第15届")
    rev = lib.corrections.edit(aid,
        {"title": "湘江毅行报名还剩300个名额", "reporters": "郑炜青, 刘晓岚", "text": text},
        why="标题多了空格；补记者", user="档案员甲",
    ).value  # fmt: skip
    assert rev == 1
    after = lib.article(aid)
    assert (after.title, after.reporters, after.text) == ("湘江毅行报名还剩300个名额", ["郑炜青", "刘晓岚"], text)
    revs = lib.corrections.history(aid)
    assert [r.revision for r in revs] == [0, 1]
    assert revs[0].kind == "original" and revs[0].state["title"] == "湘江毅行报名 还剩300个名额"
    assert (revs[1].user, revs[1].why, revs[1].fields) == ("档案员甲", "标题多了空格；补记者", ("title", "reporters", "text"))
    # Saving the same values again makes no new revision.
    assert lib.corrections.edit(aid, {"title": "湘江毅行报名还剩300个名额"}).value == 1
    assert len(lib.corrections.history(aid)) == 2


def test_bad_edits_are_refused_with_a_clear_message(lib: Library) -> None:
    aid = art(lib, 4)
    with pytest.raises(co.CorrectionError, match="Unknown type"):
        lib.corrections.edit(aid, {"type": "gossip"})
    with pytest.raises(co.CorrectionError, match="title cannot be empty"):
        lib.corrections.edit(aid, {"title": "  "})
    with pytest.raises(AnnotationNotFound):
        lib.corrections.edit(999999, {"title": "株洲"})
    assert lib.corrections.history(aid)[-1].revision == 0


def test_revert_restores_text_and_bylines_byte_for_byte(lib: Library) -> None:
    aid = art(lib, 4)
    original = lib.article(aid)
    lib.corrections.edit(aid, {"text": original.text + "\n（完）", "photographers": ["王湘"]}, user="u")
    lib.corrections.edit(aid, {"title": "毅行报名"}, user="u")
    assert lib.corrections.revert(aid, 0, user="u").value == 3
    back = lib.article(aid)
    assert back.text.encode() == original.text.encode()
    assert (back.title, back.reporters, back.correspondents, back.photographers) == (
        original.title, original.reporters, original.correspondents, original.photographers,
    )  # fmt: skip
    assert lib.corrections.history(aid)[-1].kind == "revert"
    with pytest.raises(co.CorrectionError, match="no revision 9"):
        lib.corrections.revert(aid, 9)


def test_highlights_on_unchanged_text_stay_and_changed_ones_reanchor_or_orphan(lib: Library) -> None:
    aid = art(lib, 4)
    text = lib.article(aid).text
    same = lib.highlights.add_quote(aid, "悠扬的旋律萦绕夜空", note="不变").value
    fixed = lib.highlights.add_quote(aid, "借助XR技术为你打开一扇时空任意门").value
    gone = lib.highlights.add_quote(aid, "还剩下300个名额").value
    new = ("【毅行】" + text).replace("时空任意门", "时空之门").replace("还剩下300个名额", "名额已满")
    lib.corrections.edit(aid, {"text": new})
    s = lib.highlights.get(same.id)
    shift = len("【毅行】") + len("名额已满") - len("还剩下300个名额")  # both edits come before it
    assert (s.start, s.exact, s.note) == (same.start + shift, "悠扬的旋律萦绕夜空", "不变")
    assert new[s.start : s.end] == s.exact
    f = lib.highlights.get(fixed.id)
    assert not f.orphan and new[f.start : f.end] == f.exact and "时空之门" in f.exact
    g = lib.highlights.get(gone.id)
    assert g.orphan and g.exact == "还剩下300个名额"
    # Undo puts text, highlights and the search index back.
    lib.journal.undo()
    assert lib.article(aid).text == text
    assert lib.highlights.get(same.id).start == same.start
    assert not lib.highlights.get(gone.id).orphan
    assert [h.article_id for h in lib.search("名额已满").hits] == []
    lib.journal.redo()
    assert [h.article_id for h in lib.search("名额已满").hits] == [aid]


def test_search_finds_the_correction_and_says_when_only_the_original_matches(lib: Library) -> None:
    aid = art(lib, 4)
    text = lib.article(aid).text
    lib.corrections.edit(aid, {"text": text.replace("民谣音乐晚会", "民乐演奏会")})
    hit = [h for h in lib.search("民乐演奏会").hits if h.article_id == aid]
    assert hit and not hit[0].in_original
    old = [h for h in lib.search("民谣音乐晚会").hits if h.article_id == aid]
    assert old and old[0].in_original and "民谣音乐晚会" in old[0].snippet
    assert old[0].to_json()["in_original"] is True


def test_split_moves_highlights_notes_and_tags_with_their_text(lib: Library) -> None:
    aid = art(lib, 4)
    text = lib.article(aid).text
    lib.tags.set_for_article(aid, ["毅行"])
    cut = text.index("11月8日,如有星光")
    head = lib.highlights.add_quote(aid, "还剩下300个名额").value
    tail = lib.highlights.add_quote(aid, "悠扬的旋律萦绕夜空", note="晚会").value
    later = art(lib, 5)
    first, second = lib.corrections.split(aid, cut, title="毅行者将在艺术馆露营").value
    assert first == aid
    assert lib.article(aid).text == text[:cut].rstrip("\n")
    b = lib.article(second)
    assert (b.title, b.text, b.seq) == ("毅行者将在艺术馆露营", text[cut:], lib.article(aid).seq + 1)
    assert lib.article(later).seq == 6
    h = lib.highlights.get(tail.id)
    assert (h.article_id, h.note, b.text[h.start : h.end]) == (second, "晚会", "悠扬的旋律萦绕夜空")
    assert lib.highlights.get(head.id).article_id == aid
    assert lib.tags.of_article(second) == ["毅行"]
    assert lib.corrections.history(second)[0].kind == "split"
    lib.journal.undo()
    assert lib.article(aid).text == text and lib.article(later).seq == 5
    assert lib.highlights.get(tail.id).article_id == aid
    with pytest.raises(co.CorrectionError, match="not inside"):
        lib.corrections.split(aid, 0)


def test_merge_appends_the_next_article_and_its_highlights(lib: Library) -> None:
    a, b = art(lib, 4), art(lib, 5)
    ta, tb = lib.article(a).text, lib.article(b).text
    hb = lib.highlights.add_quote(b, "市二医院广场鼓声铿锵", note="鼓").value
    lib.tags.set_for_article(b, ["体育"])
    assert lib.corrections.merge(a, b).value == a
    assert lib.article(a).text == ta + "\n" + tb
    h = lib.highlights.get(hb.id)
    assert (h.article_id, h.start, h.note) == (a, hb.start + len(ta) + 1, "鼓")
    assert "体育" in lib.tags.of_article(a)
    with pytest.raises(Exception):
        lib.article(b)
    lib.journal.undo()
    assert lib.article(b).text == tb and lib.article(a).text == ta
    assert lib.highlights.get(hb.id).article_id == b
    assert [x.article_id for x in lib.search("鼓声铿锵").hits] == [b]


def test_merging_an_earlier_article_into_a_later_one_is_refused(lib: Library) -> None:
    """Its text would follow the later one's, out of the paper's order: the user is told to swap."""
    a, b = art(lib, 4), art(lib, 5)
    ta, tb = lib.article(a).text, lib.article(b).text
    with pytest.raises(co.CorrectionError, match=f"Article {a} comes before article {b}"):
        lib.corrections.merge(b, a)
    assert (lib.article(a).text, lib.article(b).text) == (ta, tb)
    assert lib.corrections.history(b)[-1].revision == 0


def test_stray_lines_move_in_and_furniture_moves_out(tmp_path: Path) -> None:
    lib = seeded_library(tmp_path / "strays.sqlite", SEEDS[4:5])  # the seed with a stray line
    aid = article_id(lib, SEEDS[4].name, 1)
    issue_id = lib.article(aid).issue_id
    stray = lib.db.execute(
        "SELECT id, text FROM unassigned WHERE issue_id = ? ORDER BY id LIMIT 1", [issue_id]
    ).fetchone()
    assert stray is not None
    lib.corrections.move_unassigned(aid, [stray[0]])
    assert lib.article(aid).text.endswith("\n" + stray[1])
    assert stray[1] not in [u.text for u in lib.unassigned(issue_id)]
    lib.journal.undo()
    assert stray[1] in [u.text for u in lib.unassigned(issue_id)]
    last = lib.articles_of_issue(issue_id)[-1].id
    piece = lib.article(last)
    lib.corrections.mark_not_article(last, why="版面装饰")
    assert last not in [s.id for s in lib.articles_of_issue(issue_id)]
    assert piece.title in [u.text for u in lib.unassigned(issue_id)]
    lib.journal.undo()
    assert lib.article(last).text == piece.text
    lib.close()


def test_reimport_of_the_same_dump_changes_nothing(lib: Library, tmp_path: Path) -> None:
    aid = art(lib, 4)
    lib.corrections.edit(aid, {"title": "湘江毅行：还剩三百名额"})
    tables = ("articles", "article_revisions", "highlights", "unassigned")
    before = {t: lib.db.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}
    assert reimport(lib, SEEDS[0].read_text(encoding="utf-8"), tmp_path) == "unchanged"
    assert {t: lib.db.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables} == before


def test_reimport_of_a_changed_dump_reapplies_or_lists_for_review(lib: Library, tmp_path: Path) -> None:
    a4, a5 = art(lib, 4), art(lib, 5)
    t4 = lib.article(a4).text
    lib.corrections.edit(a4, {"title": "湘江毅行报名：余额300", "text": t4.replace("民谣音乐晚会", "民谣晚会")})
    h = lib.highlights.add_quote(a4, "悠扬的旋律萦绕夜空").value
    lib.corrections.edit(a5, {"title": "鼓声铿锵迎全运"})
    raw = SEEDS[0].read_text(encoding="utf-8")
    old5 = lib.corrections.history(a5)[0].state["title"]
    assert raw.count(old5) == 1 and raw.count("常规组的行者") == 1
    changed = raw.replace("常规组的行者", "常规组的徒步者").replace(old5, old5 + "（续）")
    assert reimport(lib, changed, tmp_path) == "updated"
    a = lib.article(a4)
    assert a.title == "湘江毅行报名：余额300"  # title unchanged in the dump: re-applied
    assert "民谣晚会" in a.text and "常规组的徒步者" in a.text  # text fix re-applied onto the new text
    assert lib.highlights.get(h.id).exact == "悠扬的旋律萦绕夜空"
    assert lib.article(a5).title == old5 + "（续）"  # its original changed: new parse kept
    review = lib.corrections.pending_review()
    assert [(r.article_id, r.fields) for r in review] == [(a5, ("title",))]
    assert lib.corrections.history(a5)[1].state["title"] == "鼓声铿锵迎全运"  # never dropped


def test_corrections_file_round_trip_is_idempotent_and_lists_conflicts(lib: Library, tmp_path: Path) -> None:
    aid = art(lib, 4)
    lib.corrections.edit(aid, {"title": "湘江毅行报名余300名额"}, why="去空格", user="甲")
    data, structural = ct.export_corrections(lib)
    assert structural == 0 and data["format"] == "zzreader-corrections"
    text = json.dumps(data, ensure_ascii=False)
    other = seeded_library(tmp_path / "other.sqlite", SEEDS[:1])
    try:
        target = article_id(other, SEED0, 4)
        first = ct.import_corrections(other, ct.read_file(text))
        assert (first.applied, first.conflicts, first.missing) == (1, [], [])
        assert other.article(target).title == "湘江毅行报名余300名额"
        assert other.corrections.history(target)[1].user == "甲"
        again = ct.import_corrections(other, ct.read_file(text))
        assert (again.applied, again.already) == (0, 1)
        other.corrections.edit(target, {"title": "另一种改法"})
        lib.corrections.edit(aid, {"subtitle": "十一月八日开走"})
        newer, _ = ct.export_corrections(lib)
        report = ct.import_corrections(other, newer)
        assert report.applied == 0 and [c["article_id"] for c in report.conflicts] == [target]
        assert other.article(target).title == "另一种改法"
    finally:
        other.close()
    with pytest.raises(co.CorrectionError, match="Not a zzreader corrections file"):
        ct.read_file('{"format": "other"}')


@pytest.mark.parametrize("version", range(1, migrations.SCHEMA_VERSION))
def test_older_libraries_upgrade_and_take_corrections(version: int, tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    shutil.copyfile(DATA / f"library_v{version}.sqlite", path)
    with open_library(path) as library:
        assert migrations.user_version(library.db) == migrations.SCHEMA_VERSION
        aid = library.db.execute("SELECT min(id) FROM articles").fetchone()[0]
        library.corrections.edit(aid, {"title": "升级后更正的标题"}, user="测试")
        assert [r.revision for r in library.corrections.history(aid)] == [0, 1]
        report = import_paths(library, SEEDS, workers=0)
        assert report.counts["failed"] == 0
        assert library.article(aid).title == "升级后更正的标题"
    assert migrations.backup_path(path, version).exists()
