"""The tree's title filter read from the full-text index (core/title_filter.py):
the same answers, in the same order, as the plain scan of every title it replaced."""

from __future__ import annotations

import sqlite3

import pytest

from tests.conftest import SEEDS
from zzreader.core import migrations, title_filter
from zzreader.core.importer import import_paths
from zzreader.core.models import Article, Block, Issue
from zzreader.core.store import ArticleSummary, open_library
from zzreader.core.summaries import SUMMARY_COLUMNS

SCAN = (
    f"SELECT {SUMMARY_COLUMNS} "
    "FROM articles WHERE instr(lower(title), lower(?)) > 0 ORDER BY issue_date DESC, issue_id DESC, seq LIMIT ?"
)


def issue(source: str, date: str | None, titles: list[str]) -> Issue:
    articles = [
        Article(title=t, section="要闻", blocks=[Block("p", f"正文{source}{i}。", i + 2, i + 2)], line_start=i + 1, line_end=i + 2)
        for i, t in enumerate(titles)
    ]
    return Issue(source=source, sha256=source, encoding="utf-8", text=source, date=date, articles=articles)


@pytest.fixture
def library(tmp_path):
    lib = open_library(tmp_path / "lib.sqlite")
    import_paths(lib, list(SEEDS))
    # Two issues of one date (the tree sorts the later issue first), Latin case,
    # full-width letters, marks without a letter, and undated articles.
    lib.import_issue(issue("b.txt", "2024-03-05", ["河西大桥通车", "大桥检测报告", "《株洲日报》创刊纪念"]))
    lib.import_issue(issue("c.txt", "2024-03-05", ["大桥夜景", "5G基站进社区", "ＡＰＰ上线——市民点赞"]))
    lib.import_issue(issue("d.txt", "2024-03-04", ["大桥合龙", "App 新版本"]))
    lib.import_issue(issue("x.txt", None, ["大桥旧照", "无日期的——稿件"]))
    yield lib
    lib.close()


def scanned(lib, text: str, limit: int) -> list[ArticleSummary]:
    return [ArticleSummary(*r) for r in lib.db.execute(SCAN, [text.strip(), limit]).fetchall()]


NEEDLES = ["大桥", "桥", "株洲", "株洲日报", "《株洲", "app", "APP", "App ", "5g", "——", "《", "点赞",
           "不存在的标题", "市", "的", "a"]  # fmt: skip


@pytest.mark.parametrize("needle", NEEDLES)
@pytest.mark.parametrize("limit", [1, 2, 3, 200])
def test_the_same_answers_in_the_same_order_as_the_scan(library, needle, limit) -> None:
    assert library.filter_titles(needle, limit) == scanned(library, needle, limit)


def test_every_seed_title_piece_finds_what_the_scan_finds(library) -> None:
    titles = [r[0] for r in library.db.execute("SELECT title FROM articles").fetchall()]
    pieces = {t[i : i + n] for t in titles for n in (1, 2, 4) for i in range(0, max(1, len(t) - n), 3)}
    for piece in sorted(p for p in pieces if p.strip()):
        for limit in (2, 200):
            assert library.filter_titles(piece, limit) == scanned(library, piece, limit), (piece, limit)


def test_a_page_cut_inside_a_date_keeps_the_trees_order(library) -> None:
    """Two issues of 2024-03-05: the later issue first, each in its own order."""
    titles = [a.title for a in library.filter_titles("大桥", 3)]
    assert titles == ["大桥夜景", "河西大桥通车", "大桥检测报告"]
    assert [a.title for a in library.filter_titles("大桥")][-1] == "大桥旧照"  # undated last


def test_text_without_a_letter_has_no_index_query_and_is_scanned(library) -> None:
    assert title_filter.title_phrase("——") is None
    assert title_filter.title_phrase("《》") is None
    assert title_filter.title_phrase("《株洲") == '{title} : ("株洲")'
    titles = [a.title for a in library.filter_titles("——")]
    assert titles[0] == "ＡＰＰ上线——市民点赞" and titles[-1] == "无日期的——稿件"  # a seed's title between
    assert [a.title for a in library.filter_titles("——", 1)] == ["ＡＰＰ上线——市民点赞"]


def test_a_library_whose_index_another_program_removed_still_filters(library) -> None:
    expected = library.filter_titles("大桥")
    library.db.execute("DROP TABLE articles_fts_keys")
    assert library.filter_titles("大桥") == expected


def test_the_covering_index_of_titles_is_gone(library) -> None:
    names = {r[0] for r in library.db.execute("SELECT name FROM sqlite_master WHERE type = 'index'").fetchall()}
    assert "articles_title_filter" not in names
    assert migrations.SCHEMA_VERSION >= 13


def test_quick_search_knows_the_schema_version() -> None:
    from zzreader.cli import quick_search

    assert quick_search.SCHEMA_VERSION == migrations.SCHEMA_VERSION


def test_a_damaged_index_statement_falls_back(tmp_path) -> None:
    """An OperationalError from the index (here: no such table) is answered by the scan."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY, issue_id, seq, title, issue_date, text)")
    conn.execute("INSERT INTO articles VALUES (1, 1, 1, '大桥通车', '2024-01-01', '')")
    rows = title_filter.matching_titles(conn, "a.id, a.title", "大桥", 10)
    assert rows == [(1, "大桥通车")]
