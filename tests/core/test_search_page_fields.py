"""A plain query finds every text the article page shows (issue 18): byline
names, kicker, captions and section as well as title, subtitle and body;
`author:` and `section:` stay filters; corrections and upgrades keep it so."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from tests.conftest import SEEDS
from zzreader.core import fts_index, index_version, migrations
from zzreader.core import search as zs
from zzreader.core.importer import import_paths
from zzreader.core.models import Article, Block, Issue
from zzreader.core.store import open_library

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="module")
def seed_lib(tmp_path_factory):
    lib = open_library(tmp_path_factory.mktemp("seeds") / "library.sqlite")
    assert import_paths(lib, SEEDS, workers=0).counts["imported"] == len(SEEDS)
    yield lib
    lib.close()


@pytest.fixture
def lib(tmp_path):
    library = open_library(tmp_path / "library.sqlite")
    yield library
    library.close()


def article_id(lib, title: str) -> int:
    return lib.db.execute("SELECT id FROM articles WHERE title = ?", [title]).fetchone()[0]


def ids(lib, query: str) -> set[int]:
    return {h.article_id for h in zs.search(lib, query, limit=None).hits}


def marked(hit: zs.Hit) -> list[str]:
    return [hit.snippet[a:b] for a, b in hit.snippet_spans]


def correct(lib, article_id: int, changes: dict) -> None:
    lib.corrections.edit(article_id, changes, user="测试")


def undo(lib) -> None:
    lib.journal.undo()


def index_ok(lib) -> None:
    lib.db.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 0)")


# -- the seeds ---------------------------------------------------------------------
def test_a_reporter_named_only_in_the_byline_is_found_by_a_plain_query(seed_lib) -> None:
    # 学习明理 青春报国: 株洲日报讯(全媒体记者/周嵩); the name is nowhere in its title or body.
    aid = article_id(seed_lib, "学习明理 青春报国")
    title, text = seed_lib.db.execute("SELECT title, text FROM articles WHERE id = ?", [aid]).fetchone()
    assert "周嵩" not in title + text
    assert aid in ids(seed_lib, "周嵩")
    assert ids(seed_lib, "周嵩") == ids(seed_lib, "author:周嵩")
    hit = next(h for h in zs.search(seed_lib, "周嵩").hits if h.article_id == aid)
    assert hit.snippet.startswith("周嵩 · ") and marked(hit) == ["周嵩"]


def test_correspondents_and_photographers_are_found_too(seed_lib) -> None:
    # 株洲日报讯(全媒体记者/沈全华 通讯员/尹胜科 程萌): two correspondents.
    aid = article_id(seed_lib, "全力以赴完成 医保参保工作任务")
    assert aid in ids(seed_lib, "尹胜科") and aid in ids(seed_lib, "程萌")
    # 迎五一 着盛装: photo credit 株洲日报记者 任远 通讯员/任晓磊 摄.
    photo = article_id(seed_lib, "迎五一 着盛装")
    assert photo in ids(seed_lib, "任晓磊")


def test_a_deck_is_found_and_marked_in_the_snippet(seed_lib) -> None:
    aid = article_id(seed_lib, "筑牢保障根基 护航幸福株洲")
    deck, text = seed_lib.db.execute("SELECT subtitle, text FROM articles WHERE id = ?", [aid]).fetchone()
    assert deck == "——2025年株洲医保书写民生答卷纪实" and "书写民生答卷" not in text  # the deck (副题) under the title
    hits = zs.search(seed_lib, "书写民生答卷").hits
    assert [h.article_id for h in hits] == [aid]
    assert hits[0].snippet.startswith(deck + " · ") and marked(hits[0]) == ["书写民生答卷"]


def test_a_caption_word_is_found_and_marked(seed_lib) -> None:
    aid = article_id(seed_lib, "自办“村晚”迎新年")
    caption = [b.text for b in seed_lib.article(aid).blocks if b.kind == "caption"]
    assert caption == ["官塘村村民表演节目。"]
    hits = zs.search(seed_lib, "官塘村村民").hits
    assert aid in [h.article_id for h in hits]
    hit = next(h for h in hits if h.article_id == aid)
    assert marked(hit) == ["官塘村村民"]


def test_a_section_is_found_by_a_plain_query_and_stays_a_filter(seed_lib) -> None:
    aid = article_id(seed_lib, "学习明理 青春报国")
    in_section = {r[0] for r in seed_lib.db.execute("SELECT id FROM articles WHERE section = '城区·新闻'")}
    assert in_section and aid not in in_section
    assert in_section <= ids(seed_lib, "城区·新闻")
    assert ids(seed_lib, "section:城区·新闻") == in_section
    assert ids(seed_lib, "周嵩 section:城区·新闻") == set()


# -- invented articles: ranking and upkeep --------------------------------------------
def issue(date: str, articles: list[Article]) -> Issue:
    text = "\n\n".join(f"{a.title}\n{'、'.join(a.authors)}\n{a.text}" for a in articles)
    return Issue(
        source=f"zzrb-{date}.txt", sha256=hashlib.sha256(text.encode()).hexdigest(),
        encoding="utf-8", text=text, date=date, articles=articles,
    )  # fmt: skip


def body(*paragraphs: str) -> list[Block]:
    return [Block("p", p, 0, 0) for p in paragraphs]


ARTICLES = [
    Article(title="易俗河大桥完成荷载试验", reporters=["龙湘宁"], kicker="交通建设",
            blocks=body("4月9日，大桥进行静载和动载试验，各项指标符合设计要求。")),
    Article(title="龙湘宁的三十年乡村邮路", section="人物",
            blocks=body("在炎陵县的山里，他一个人走完了三十年邮路。")),
    Article(title="社区食堂开到家门口", section="民生", correspondents=["谭雨禾"],
            editor="龙湘宁",
            blocks=body("芦淞区建宁街道的社区食堂开业，老人十元吃上两荤一素。")),
]  # fmt: skip


def test_ranking_keeps_the_title_above_the_byline_above_the_editor(lib) -> None:
    lib.import_issue(issue("2025-04-10", ARTICLES))
    titles = [h.title for h in zs.search(lib, "龙湘宁").hits]
    assert titles == ["龙湘宁的三十年乡村邮路", "易俗河大桥完成荷载试验", "社区食堂开到家门口"]
    assert [h.title for h in zs.search(lib, "author:龙湘宁").hits] == ["易俗河大桥完成荷载试验"]
    assert [h.title for h in zs.search(lib, "交通建设").hits] == ["易俗河大桥完成荷载试验"]
    hit = zs.search(lib, "谭雨禾").hits[0]
    assert hit.title == "社区食堂开到家门口" and marked(hit) == ["谭雨禾"]


def test_a_correction_of_a_byline_moves_it_in_the_index_and_undo_moves_it_back(lib) -> None:
    lib.import_issue(issue("2025-04-10", ARTICLES))
    aid = article_id(lib, "社区食堂开到家门口")
    correct(lib, aid, {"correspondents": ["谭雨荷"], "section": "城事"})
    assert ids(lib, "谭雨禾") == set() and ids(lib, "谭雨荷") == {aid}
    assert ids(lib, "城事") == {aid} and ids(lib, "民生") == set()
    index_ok(lib)
    undo(lib)
    assert ids(lib, "谭雨禾") == {aid} and ids(lib, "谭雨荷") == set()
    index_ok(lib)


def test_a_reimport_that_only_changes_a_byline_reindexes_the_article(lib) -> None:
    lib.import_issue(issue("2025-04-10", ARTICLES))
    changed = [ARTICLES[0], ARTICLES[1], Article(
        title=ARTICLES[2].title, section="民生", correspondents=["贺晓岚"], editor="龙湘宁",
        blocks=ARTICLES[2].blocks)]  # fmt: skip
    again = issue("2025-04-10", changed)
    lib.import_issue(again, replace=True)
    aid = article_id(lib, "社区食堂开到家门口")
    assert ids(lib, "贺晓岚") == {aid} and ids(lib, "谭雨禾") == set()
    index_ok(lib)


# -- upgrade ----------------------------------------------------------------------------
def test_a_schema_7_library_is_reindexed_with_every_field_the_page_shows(tmp_path) -> None:
    path = tmp_path / "library.sqlite"
    shutil.copyfile(DATA / "library_v7.sqlite", path)
    before = open_library_ro_ids(path)
    with open_library(path) as library:
        assert migrations.user_version(library.db) == migrations.SCHEMA_VERSION >= 8
        cols = [r[1] for r in library.db.execute("PRAGMA table_info(articles_fts)")]
        assert cols == list(fts_index.COLUMNS)
        assert index_version.index_is_current(library.db)
        aid = article_id(library, "学习明理 青春报国")
        assert aid in ids(library, "周嵩")
        assert before == {r[0] for r in library.db.execute("SELECT article_id FROM articles_fts_keys")}
        index_ok(library)
    assert migrations.backup_path(path, 7).exists()


def open_library_ro_ids(path: Path) -> set[int]:
    import sqlite3

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 7
        cols = [r[1] for r in conn.execute("PRAGMA table_info(articles_fts)")]
        assert cols == ["body", "title", "subtitle"]
        return {r[0] for r in conn.execute("SELECT id FROM articles")}
    finally:
        conn.close()
