"""Ranking a common term's matches in two halves at once gives the page one statement gives."""

from __future__ import annotations

import sqlite3

import pytest

from tests.conftest import SEEDS
from zzreader.core import fts_query, rank_split
from zzreader.core import search as zs
from zzreader.core.importer import import_paths
from zzreader.core.query import QueryError
from zzreader.core.store import open_library

# Words and names of the sample issues, common and rare, one and two tokens.
QUERIES = ["株洲", "记者", "发展", "的", "市", "株洲 记者", "日报", "通讯员", "工作", "一个"]


@pytest.fixture(scope="module")
def seed_lib(tmp_path_factory):
    lib = open_library(tmp_path_factory.mktemp("seeds") / "library.sqlite")
    import_paths(lib, SEEDS, workers=0)
    yield lib
    lib.close()


def _pages(lib, query: str, **options) -> tuple[int, list[tuple[int, float]]]:
    result = lib.search(query, **options)
    return result.total, [(h.article_id, h.score) for h in result.hits]


@pytest.fixture
def split_calls(monkeypatch):
    """Split every one-token query, and record what the second connection ranked."""
    calls: list[int] = []
    real = rank_split._rank_newer

    def spy(*args):
        rows = real(*args)
        calls.append(len(rows))
        return rows

    monkeypatch.setattr(rank_split, "_rank_newer", spy)
    return calls


@pytest.mark.parametrize(
    "options",
    [
        {"limit": 5},
        {"limit": 3, "offset": 4},
        {"limit": 20},
        {"limit": 2, "date_from": "2025-01-01", "date_to": "2025-12-31"},
    ],
)
def test_split_page_equals_one_statement(seed_lib, split_calls, monkeypatch, options):
    monkeypatch.setattr(rank_split, "SPLIT_MIN", 10**9)
    whole = {q: _pages(seed_lib, q, **options) for q in QUERIES}
    assert not split_calls
    monkeypatch.setattr(rank_split, "SPLIT_MIN", 1)
    halves = {q: _pages(seed_lib, q, **options) for q in QUERIES}
    assert halves == whole
    assert any(whole[q][1] for q in QUERIES)  # the queries find something
    assert split_calls, "the second connection ranked the newer half"


def test_halves_hold_both_ends_of_the_archive(seed_lib, split_calls, monkeypatch):
    monkeypatch.setattr(rank_split, "SPLIT_MIN", 1)
    result = seed_lib.search("株洲", limit=200)
    dates = {h.issue_date for h in result.hits}
    assert result.total == len(result.hits) and len(dates) >= 2
    total = result.total
    assert split_calls and 0 < split_calls[0] < total  # the newer half alone is not everything


def test_phrases_of_several_tokens_are_not_counted_first():
    assert fts_query.single_tokens('("我们")')
    assert fts_query.single_tokens('("中国") AND ("发展")')
    assert not fts_query.single_tokens('("为什 什么")')
    assert not fts_query.single_tokens('("我" *)')
    assert fts_query.single_tokens('("a""b")')  # an escaped quote inside one token


def test_a_library_in_memory_ranks_in_one_go(monkeypatch):
    monkeypatch.setattr(rank_split, "SPLIT_MIN", 1)
    conn = sqlite3.connect(":memory:")
    assert rank_split.library_file(conn) is None
    assert rank_split.best(conn, "SELECT 1 AS key, 0 AS score WHERE 1", [], None, None, 5, lambda: 0, 100) is None


def test_second_connection_that_cannot_read_falls_back(seed_lib, monkeypatch):
    monkeypatch.setattr(rank_split, "SPLIT_MIN", 10**9)
    whole = _pages(seed_lib, "株洲", limit=7)

    def broken(*_args):
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(rank_split, "SPLIT_MIN", 1)
    monkeypatch.setattr(rank_split, "_rank_newer", broken)
    assert _pages(seed_lib, "株洲", limit=7) == whole


def test_the_second_connection_works_within_the_search_budget(seed_lib, monkeypatch):
    """Past its budget the newer half stops too; the caller's connection then ranks it
    (and the search's own budget, on that connection, decides whether to give up)."""
    monkeypatch.setattr(rank_split, "SPLIT_MIN", 1)
    stopped: list[str] = []
    real = rank_split._rank_newer

    def spy(*args):
        try:
            return real(*args)
        except sqlite3.OperationalError as exc:
            stopped.append(str(exc))
            raise

    monkeypatch.setattr(rank_split, "_rank_newer", spy)
    conn = seed_lib.db.conn
    select = f"SELECT {zs.FTS}.rowid AS key, {zs._BM25} AS score FROM {zs.FTS} WHERE {zs.FTS} MATCH ?"
    with seed_lib.lock:
        ranked = rank_split.best(conn, select, ['("株洲")'], None, None, 6, lambda: 1, 1)
        whole = conn.execute(f"{select} ORDER BY score, key DESC LIMIT 6", ['("株洲")']).fetchall()
    assert stopped == ["interrupted"]
    assert ranked == whole and len(whole) == 6


def test_a_search_past_its_budget_stops(seed_lib, monkeypatch):
    monkeypatch.setattr(rank_split, "SPLIT_MIN", 1)
    monkeypatch.setattr(zs, "SEARCH_BUDGET_S", -1.0)
    monkeypatch.setattr(zs, "PROGRESS_STEPS", 1)
    with pytest.raises(QueryError, match="took too long"):
        seed_lib.search("株洲", limit=5)
    monkeypatch.setattr(zs, "SEARCH_BUDGET_S", 8.0)
    assert seed_lib.search("株洲", limit=5).hits
