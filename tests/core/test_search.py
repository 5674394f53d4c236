"""Full-text search: exact recall against a brute-force scan, ranking, filters,
snippets, index upkeep and the `search` command line."""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import random
import re
import sqlite3
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import ROOT, SEEDS
from zzreader.cli.search_command import run_cli_query
from zzreader.core import fts_index, index_version, snippets
from zzreader.core import search as zs
from zzreader.core.importer import import_paths
from zzreader.core.models import Article, Block, Issue
from zzreader.core.query import QueryError, parse
from zzreader.core.store import open_library
from zzreader.core.textindex import WORD_RUN, fold


# -- fixtures -----------------------------------------------------------------
@pytest.fixture(scope="module")
def seed_lib(tmp_path_factory):
    lib = open_library(tmp_path_factory.mktemp("seeds") / "library.sqlite")
    report = import_paths(lib, SEEDS, workers=0)
    assert report.counts["imported"] == len(SEEDS)
    yield lib
    lib.close()


@pytest.fixture(scope="module")
def seed_rows(seed_lib) -> list[tuple]:
    return seed_lib.db.execute(
        "SELECT id, title, subtitle, text, issue_date, type, section, reporters, "
        "correspondents, photographers, kicker, editor FROM articles ORDER BY id"
    ).fetchall()


@pytest.fixture
def lib(tmp_path):
    library = open_library(tmp_path / "library.sqlite")
    yield library
    library.close()


def make_issue(source: str, date: str | None, articles: list[tuple[str, str]], **extra) -> Issue:
    """An issue of (title, body) articles, bypassing the parser."""
    arts = [
        Article(title=t, blocks=[Block("p", p, 0, 0) for p in body.split("\n")], **extra)
        for t, body in articles
    ]
    text = "\n".join(f"{t}\n{b}" for t, b in articles)
    return Issue(
        source=source,
        sha256=hashlib.sha256(f"{date}{text}".encode()).hexdigest(),
        encoding="utf-8",
        text=text,
        date=date,
        articles=arts,
    )


# -- the oracle -----------------------------------------------------------------
def norm(s: str) -> str:
    """What a phrase can see: folded word runs, one separator between runs."""
    return "\x00".join(WORD_RUN.findall(fold(s)))


_NORMED: dict[tuple, tuple[str, ...]] = {}


def shown_texts(r) -> tuple[str, ...]:
    """Every text the article page shows: title, subtitle, body, then (when the
    row has them) section, kicker, editor and each byline name on its own."""
    texts = [r[1], r[2], r[3]]
    if len(r) > 6:
        texts.append(r[6])
        texts += [n for col in r[7:10] for n in json.loads(col)]
    if len(r) > 10:
        texts += [r[10], r[11]]
    return tuple(texts)


def brute_force(rows, term: str) -> set[int]:
    """Articles where a text the page shows contains `term` (case/width-folded;
    runs of spaces and punctuation inside the term stand for any such run)."""
    t = norm(term)
    out = set()
    for r in rows:
        key = tuple(r)
        if key not in _NORMED:
            _NORMED[key] = tuple(norm(x) for x in shown_texts(r))
        if any(t in col for col in _NORMED[key]):
            out.add(r[0])
    return out


def found(lib, query: str) -> set[int]:
    return {h.article_id for h in zs.search(lib, query, limit=None, snippets=False).hits}


def quote(term: str) -> str:
    return '"' + term + '"'


def sample_terms(rows, n: int, seed: int, single_run: bool) -> list[str]:
    """Deterministic substrings of 1..10 characters of the seed articles."""
    rng = random.Random(seed)
    texts = [s for r in rows for s in (r[1], r[2], r[3]) if s]
    out: list[str] = []
    while len(out) < n:
        text = rng.choice(texts)
        if single_run:
            runs = WORD_RUN.findall(text)
            if not runs:
                continue
            run = rng.choice(runs)
            k = rng.randint(1, min(10, len(run)))
            start = rng.randrange(len(run) - k + 1)
            term = run[start : start + k]
        else:
            k = rng.randint(2, 10)
            start = rng.randrange(max(1, len(text) - k))
            term = text[start : start + k]
            if not WORD_RUN.search(term) or re.search(r'["“”]', term):
                continue
        out.append(term)
    return out


# -- no misses, no false hits ------------------------------------------------------
def test_issue_examples_that_word_segmentation_misses(seed_lib, seed_rows):
    for term in ("二医院", "献血", "知株侠", "株洲", "GDP", "gdp", "Ｇｄｐ"):
        expected = brute_force(seed_rows, term)
        assert expected, term
        assert found(seed_lib, term) == expected, term


def test_every_sampled_single_term_matches_a_substring_scan(seed_lib, seed_rows):
    """3,000 Chinese and Latin terms of 1-10 characters: search == brute force."""
    terms = sample_terms(seed_rows, 3000, seed=2024, single_run=True)
    assert any(t.isascii() for t in terms) and any(not t.isascii() for t in terms)
    bad = [t for t in terms if found(seed_lib, quote(t)) != brute_force(seed_rows, t)]
    assert bad == []


def test_every_substring_of_a_latin_word_matches_case_insensitively(seed_lib, seed_rows):
    words = sorted({w for r in seed_rows for w in re.findall(r"[A-Za-z0-9]+", r[1] + " " + r[3])})
    terms = {w[i:j] for w in words for i in range(len(w)) for j in range(i + 1, min(len(w), i + 10) + 1)}
    bad = []
    for t in sorted(terms):
        for variant in (t, t.upper(), t.lower()):
            if found(seed_lib, quote(variant)) != brute_force(seed_rows, t):
                bad.append(variant)
    assert bad == []


def _synth():
    import importlib.util

    if "synth" not in sys.modules:
        spec = importlib.util.spec_from_file_location("synth", ROOT / "tests" / "bench" / "synth.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules["synth"] = module  # dataclasses look their module up there
        spec.loader.exec_module(module)
    return sys.modules["synth"]


def test_synthetic_archive_names_places_and_substrings(lib):
    """A month of the benchmark's synthetic archive: jieba-frequency text,
    person names, places, numbers and Latin acronyms."""
    synth = _synth()
    gen = synth.ArchiveGenerator(seed=5)
    for issue in gen.issues(30):
        lib.import_issue(
            make_issue(issue.source, issue.date, [(a.title, a.text) for a in issue.articles])
        )
    rows = lib.db.execute("SELECT id, title, subtitle, text FROM articles").fetchall()
    terms = sample_terms(rows, 400, seed=9, single_run=True)
    terms += random.Random(3).sample(gen.people, 40) + list(synth.PLACES) + list(synth.LATIN)
    bad = [t for t in terms if found(lib, quote(t)) != brute_force(rows, t)]
    assert bad == []


def test_terms_across_punctuation_match_normalised_text(seed_lib, seed_rows):
    terms = sample_terms(seed_rows, 600, seed=7, single_run=False)
    bad = [t for t in terms if found(seed_lib, quote(t)) != brute_force(seed_rows, t)]
    assert bad == []


def test_a_phrase_never_leaps_over_punctuation(lib):
    lib.import_issue(make_issue("a.txt", "2024-01-02", [("标题", "市二，医院在这里。AB,CD")]))
    assert found(lib, "二医院") == set()
    assert found(lib, "bc") == set()
    assert len(found(lib, '"二，医院"')) == 1
    assert len(found(lib, '"b c"')) == 1  # any run of space or punctuation


ALPHABET = "株洲市二医院献血aAbB1 ，。\n"


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    bodies=st.lists(st.text(ALPHABET, min_size=1, max_size=40), min_size=1, max_size=3),
    title=st.text(ALPHABET, max_size=8),
    term=st.text("株洲市二医院献血aAbB1", min_size=1, max_size=4),
)
def test_hypothesis_search_equals_brute_force(lib, bodies, title, term):
    """Random articles and terms: also exercises unindexing, as each example
    deletes its issue and a stale index entry would show up as a false hit."""
    issue = make_issue("h.txt", "2024-05-06", [(title, b) for b in bodies])
    outcome = lib.import_issue(issue)
    try:
        rows = lib.db.execute("SELECT id, title, subtitle, text FROM articles").fetchall()
        assert found(lib, quote(term)) == brute_force(rows, term)
    finally:
        lib.delete_issue(outcome.issue_id)


def latin_prefix_brute_force(rows, prefix: str) -> set[int]:
    """Articles where a Latin word (digits count) of a shown text starts with `prefix`."""
    p = fold(prefix)
    return {
        r[0]
        for r in rows
        if any(run.startswith(p) and run[0] < "\u2e80" for t in shown_texts(r) for run in WORD_RUN.findall(fold(t)))
    }


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    bodies=st.lists(st.text("株洲aAb1，。 \n", min_size=1, max_size=40), min_size=1, max_size=3),
    title=st.text("株洲aAb1，。 ", max_size=8),
    term=st.text("株洲aAb1，。 ", min_size=1, max_size=6).filter(lambda t: WORD_RUN.search(fold(t))),
    prefix=st.text("aAbB1", min_size=1, max_size=3),
)
def test_hypothesis_terms_across_punctuation_and_word_prefixes_equal_brute_force(
    lib, bodies, title, term, prefix
):
    """A quoted term with spaces or punctuation inside matches any run of them
    between the same words; `ab*` matches Latin words that start with ab,
    wherever they stand (after Chinese, after punctuation, first in a field)."""
    issue = make_issue("h.txt", "2024-05-06", [(title, b) for b in bodies])
    outcome = lib.import_issue(issue)
    try:
        rows = lib.db.execute("SELECT id, title, subtitle, text FROM articles").fetchall()
        assert found(lib, quote(term)) == brute_force(rows, term)
        assert found(lib, prefix + "*") == latin_prefix_brute_force(rows, prefix)
    finally:
        lib.delete_issue(outcome.issue_id)


# -- query language against set algebra ---------------------------------------------
def test_and_or_not_and_groups(seed_lib, seed_rows):
    a, b, c = (brute_force(seed_rows, t) for t in ("株洲", "医保", "献血"))
    assert found(seed_lib, "株洲 医保") == a & b
    assert found(seed_lib, "医保 OR 献血") == b | c
    assert found(seed_lib, "株洲 -医保") == a - b
    assert found(seed_lib, "株洲 (医保 OR 献血)") == a & (b | c)
    assert found(seed_lib, "株洲 -(医保 OR 献血)") == a - b - c
    assert found(seed_lib, "医保 OR 献血 -株洲") == b | (c - a)


def test_title_field(seed_lib, seed_rows):
    expected = {r[0] for r in seed_rows if "医保" in r[1] or "医保" in r[2]}
    assert expected and found(seed_lib, "title:医保") == expected


def test_metadata_fields(seed_lib, seed_rows):
    people = {r[0]: json.loads(r[7]) + json.loads(r[8]) + json.loads(r[9]) for r in seed_rows}
    name = next(p for ps in people.values() for p in ps)
    assert found(seed_lib, f"author:{name}") == {i for i, ps in people.items() if any(name in p for p in ps)}
    assert found(seed_lib, f"author:{name[1:]}") >= found(seed_lib, f"author:{name}")
    section = next(r[6] for r in seed_rows if r[6])
    assert found(seed_lib, f"section:{section}") == {r[0] for r in seed_rows if section in r[6]}
    assert found(seed_lib, "type:news") == {r[0] for r in seed_rows if r[5] == "news"}
    assert found(seed_lib, "株洲 -type:news") == brute_force(seed_rows, "株洲") - found(seed_lib, "type:news")
    assert found(seed_lib, "株洲 OR type:ad") == brute_force(seed_rows, "株洲") | {
        r[0] for r in seed_rows if r[5] == "ad"
    }


def test_date_field_and_range_arguments(seed_lib, seed_rows):
    dates = sorted({r[4] for r in seed_rows if r[4]})
    first, last = dates[0], dates[-1]
    a = brute_force(seed_rows, "株洲")
    by_date = {r[0]: r[4] for r in seed_rows}
    assert found(seed_lib, f"株洲 date:{first[:7]}") == {i for i in a if by_date[i][:7] == first[:7]}
    assert found(seed_lib, f"株洲 date:{first}..{first}") == {i for i in a if by_date[i] == first}
    hits = zs.search(seed_lib, "株洲", limit=None, date_from=last, date_to=last).hits
    assert {h.article_id for h in hits} == {i for i in a if by_date[i] == last}
    assert found(seed_lib, f"date:{last}") == {i for i, d in by_date.items() if d == last}
    with pytest.raises(QueryError):
        zs.search(seed_lib, "株洲", date_from="someday")


def test_tag_field(lib):
    out = lib.import_issue(make_issue("t.txt", "2024-01-02", [("一", "株洲新闻"), ("二", "株洲消息")]))
    first = out.added[0]
    lib.db.execute("INSERT INTO tags(name) VALUES ('待核实')")
    lib.db.execute(
        "INSERT INTO article_tags(article_id, tag_id) SELECT ?, id FROM tags WHERE name = '待核实'", [first]
    )
    assert found(lib, "tag:待核实") == {first}
    assert found(lib, "株洲 -tag:待核实") == {out.added[1]}


def test_prefix_star_matches_latin_word_starts_only(lib):
    out = lib.import_issue(
        make_issue("p.txt", "2024-01-02", [("一", "增长GDP数据"), ("二", "数据ＧＤＰ"), ("三", "IGDP"), ("四", "gdp")])
    )
    a, b, c, d = out.added
    assert found(lib, "gd*") == {a, b, d}
    assert found(lib, "GD") == {a, b, c, d}
    assert found(lib, "dp*") == set()


@pytest.mark.parametrize(
    "query",
    ['"unbalanced', "株洲 OR", "OR", "*", "^", ":", "(", ")", "株洲^", "a:b", "NEAR(株洲 医保)",
     "株洲 AND AND 医保", '""', "-", "{title}: x", "title:", "type:paper", "'", "株洲\x00", "col:*"],
)  # fmt: skip
def test_malformed_queries_give_query_error_or_results(seed_lib, query):
    try:
        result = zs.search(seed_lib, query)
    except QueryError as exc:
        assert " / " in str(exc)
    else:
        assert result.total >= len(result.hits)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet='株洲医保ab OR"()-*^:{}+~|\\\'.,，titleypdg0', max_size=25))
def test_no_input_reaches_sqlite_as_an_error(seed_lib, text):
    try:
        zs.search(seed_lib, text, limit=3)
    except QueryError:
        pass


# -- ranking -------------------------------------------------------------------
# Ranking assumes article-sized texts: FTS5's bm25 on this index has no
# length normalisation and needs an average of ~30 tokens per article.
FILLER = "今天天气晴朗，市民出行方便，公园里游人如织。" * 6


def test_title_hits_rank_above_body_hits_and_ties_go_newest_first(lib):
    lib.import_issue(
        make_issue("a.txt", "2020-01-01", [("其他", "献血" + FILLER), ("献血倡议", "内容" + FILLER)])
    )
    lib.import_issue(
        make_issue("b.txt", "2024-01-01", [("别的", "献血" + FILLER), ("无关", "内容" + FILLER)])
    )
    hits = zs.search(lib, "献血").hits
    assert [h.title for h in hits] == ["献血倡议", "别的", "其他"]
    assert hits[0].score > hits[1].score
    assert [h.issue_date for h in zs.search(lib, "献血", sort="date").hits] == [
        "2024-01-01", "2020-01-01", "2020-01-01",
    ]  # fmt: skip


def test_newest_first_within_a_day_is_page_order(lib):
    lib.import_issue(make_issue("a.txt", "2020-01-01", [("一", "株洲"), ("二", "株洲"), ("三", "株洲")]))
    assert [h.title for h in zs.search(lib, "株洲", sort="date").hits] == ["一", "二", "三"]


def test_limit_offset_and_total(seed_lib, seed_rows):
    expected = brute_force(seed_rows, "株洲")
    every = zs.search(seed_lib, "株洲", limit=None)
    assert every.total == len(every.hits) == len(expected)
    assert zs.search(seed_lib, "株洲", limit=0).total == len(expected)
    page = zs.search(seed_lib, "株洲", limit=5, offset=5)
    assert page.total == len(expected)
    assert [h.article_id for h in page.hits] == [h.article_id for h in every.hits[5:10]]
    assert zs.search(seed_lib, "株洲", limit=5, offset=10_000).total == len(expected)
    with pytest.raises(QueryError):
        zs.search(seed_lib, "株洲", limit=-1)


def test_types_and_section_arguments(seed_lib, seed_rows):
    a = brute_force(seed_rows, "株洲")
    hits = zs.search(seed_lib, "株洲", limit=None, types=["news", "feature"]).hits
    assert {h.article_id for h in hits} == {r[0] for r in seed_rows if r[0] in a and r[5] in ("news", "feature")}
    section = next(r[6] for r in seed_rows if r[6] and r[0] in a)
    hits = zs.search(seed_lib, "株洲", limit=None, section=section).hits
    assert {h.article_id for h in hits} == {r[0] for r in seed_rows if r[0] in a and section in r[6]}


# -- snippets and hit spans ----------------------------------------------------------
def occurrences(text: str, term: str) -> list[tuple[int, int]]:
    f, t = fold(text), fold(term)
    return [(m.start(), m.start() + len(t)) for m in re.finditer(f"(?={re.escape(t)})", f)]


@pytest.mark.parametrize("query", ["株洲", "医保 参保", "献血 OR 二医院", "GDP", "株洲 洲市"])
def test_every_hit_in_a_snippet_is_marked(seed_lib, query):
    terms = [t for t in query.split() if t != "OR"]
    for hit in zs.search(seed_lib, query, limit=None).hits:
        covered = set()
        for s, e in hit.snippet_spans:
            assert 0 <= s < e <= len(hit.snippet)
            covered.update(range(s, e))
        for term in terms:
            for s, e in occurrences(hit.snippet, term):
                assert set(range(s, e)) <= covered, (hit.snippet, term)
        marked = hit.marked_snippet()
        assert marked.count("【") == len(hit.snippet_spans)
        assert "\n" not in hit.snippet


def test_snippet_is_taken_from_the_original_text(seed_lib):
    for hit in zs.search(seed_lib, "株洲", limit=10).hits:
        text = seed_lib.article(hit.article_id).text.replace("\n", " ")
        for part in hit.snippet.strip("…").split(" …"):
            assert part.strip("…") in text


def test_snippet_shows_a_second_fragment_for_a_distant_term():
    body = "株洲" + "的" * 300 + "医保"
    regexes = snippets.term_regexes(parse("株洲 医保"))
    snippet, spans = snippets.make_snippet(body, regexes)
    assert [snippet[s:e] for s, e in spans] == ["株洲", "医保"]


def test_hit_spans_mark_every_occurrence_in_the_full_text(seed_lib, seed_rows):
    for query in ("株洲", "市二医院 献血", "gdp", "株洲 洲"):
        for r in seed_rows:
            text = r[3]
            expected = sorted(o for t in query.split() for o in occurrences(text, t))
            merged = snippets._merge(expected)
            assert snippets.hit_spans(text, query) == merged


def test_hit_spans_of_a_phrase_with_punctuation_and_prefix():
    assert snippets.hit_spans("市二，医院 市二医院", '"二，医院"') == [(1, 5)]
    assert snippets.hit_spans("GDP, xgdp, Gdpx", "gd*") == [(0, 3), (11, 15)]


# -- index upkeep ---------------------------------------------------------------------
def test_reimport_and_delete_keep_the_index_exact(lib):
    first = lib.import_issue(make_issue("x.txt", "2024-01-02", [("甲", "旧的内容献血"), ("乙", "不变")]))
    assert found(lib, "献血") == {first.added[0]}
    changed = make_issue("x.txt", "2025-03-04", [("甲", "新的内容捐款"), ("乙", "不变")])
    lib.import_issue(changed)
    assert found(lib, "献血") == set()
    assert found(lib, "捐款") == {first.added[0]}
    assert [h.issue_date for h in zs.search(lib, "不变", date_from="2025-03-04").hits] == ["2025-03-04"]
    assert zs.search(lib, "不变", date_to="2024-12-31").hits == []
    lib.delete_issue(first.issue_id)
    assert found(lib, "捐款") == set() and found(lib, "不变") == set()


def test_undated_articles_are_found_but_never_within_a_date_range(lib):
    dated = lib.import_issue(make_issue("d.txt", "2024-01-02", [("甲", "株洲")]))
    undated = lib.import_issue(make_issue("u.txt", None, [("乙", "株洲"), ("丙", "株洲")]))
    assert found(lib, "株洲") == {*dated.added, *undated.added}
    assert [h.title for h in zs.search(lib, "株洲", sort="date").hits] == ["甲", "乙", "丙"]
    assert found(lib, "株洲 date:..2030") == set(dated.added)
    assert {h.article_id for h in zs.search(lib, "株洲", date_from="1900").hits} == set(dated.added)


def test_more_articles_on_one_date_than_key_slots_widens_the_keys(lib):
    many = [(f"第{i}篇", f"株洲新闻{i}号") for i in range(1, 141)]
    out = lib.import_issue(make_issue("big.txt", "2024-03-01", many))
    assert int(lib.meta(index_version.SLOT_BITS_META)) > fts_index.DEFAULT_SLOT_BITS
    assert found(lib, "株洲新闻") == set(out.added)
    assert found(lib, "新闻140号") == {out.added[-1]}
    titles = [h.title for h in zs.search(lib, "株洲新闻", sort="date", limit=None).hits]
    assert titles == [t for t, _ in many]
    lib.delete_issue(out.issue_id)
    assert found(lib, "株洲") == set()


def test_rebuild_index_gives_the_same_answers(seed_lib, seed_rows, tmp_path):
    path = tmp_path / "copy.sqlite"
    with sqlite3.connect(path) as dest:
        seed_lib.db.conn.backup(dest)
    copy = open_library(path)
    try:
        seen = []
        with copy.lock:
            n = fts_index.rebuild_index(copy.db, progress=lambda done, total: seen.append((done, total)))
            copy.db.conn.commit()
        assert n == len(seed_rows) and seen[-1] == (n, n)
        assert index_version.index_is_current(copy.db)
        for term in ("株洲", "二医院", "gdp", "献血"):
            assert found(copy, term) == found(seed_lib, term)
    finally:
        copy.close()


def test_an_outdated_tokenizer_version_is_detected(lib):
    lib.set_meta("tokenizer_version", "0")
    assert not index_version.index_is_current(lib.db)


def test_search_accepts_a_library_database_or_connection(seed_lib):
    for source in (seed_lib, seed_lib.db, seed_lib.db.conn):
        assert zs.search(source, "株洲", limit=1).total > 0
    assert seed_lib.search("株洲", limit=1).total > 0


# -- command line -------------------------------------------------------------------------
def cli_args(**kw) -> argparse.Namespace:
    return argparse.Namespace(**({"limit": 20, "date_from": None, "date_to": None, "json": True} | kw))


def test_cli_json_shape(seed_lib, seed_rows):
    out = io.StringIO()
    assert run_cli_query(seed_lib, "献血", cli_args(), out) == 0
    data = json.loads(out.getvalue())
    assert set(data) == {"query", "total", "hits"} and data["total"] == len(brute_force(seed_rows, "献血"))
    assert set(data["hits"][0]) == {"article_id", "issue_date", "title", "type", "score", "snippet"}
    assert "【献血】" in data["hits"][0]["snippet"]


def test_cli_limit_zero_means_all_and_errors_are_json(seed_lib, seed_rows):
    out = io.StringIO()
    run_cli_query(seed_lib, "株洲", cli_args(limit=0), out)
    assert len(json.loads(out.getvalue())["hits"]) == len(brute_force(seed_rows, "株洲"))
    out = io.StringIO()
    assert run_cli_query(seed_lib, "type:paper", cli_args(), out) == 2
    data = json.loads(out.getvalue())
    assert set(data) == {"query", "error"} and "paper" in data["error"]


def test_cli_text_output(seed_lib, capsys):
    out = io.StringIO()
    assert run_cli_query(seed_lib, "献血", cli_args(json=False, limit=1), out) == 0
    lines = out.getvalue().splitlines()
    assert "hits" in lines[0] and "【献血】" in lines[2]
    assert run_cli_query(seed_lib, "", cli_args(json=False), io.StringIO()) == 2
    assert "/" in capsys.readouterr().err


def test_cli_stdin_answers_each_query_as_it_arrives(seed_lib):
    """`search -` is a backend: each line is answered before the next is sent."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), ZZREADER_LIBRARY=str(seed_lib.path))
    proc = subprocess.Popen(
        [sys.executable, "-c", "import sys; from zzreader.__main__ import main; sys.exit(main())",
         "search", "-", "--json", "--limit", "2"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8", env=env,
    )  # fmt: skip
    try:
        answers = []
        for query in ("献血", "type:paper", "株洲 医保"):
            proc.stdin.write(query + "\n")
            proc.stdin.flush()
            answers.append(json.loads(proc.stdout.readline()))
        proc.stdin.close()
        assert proc.wait(timeout=30) == 2  # one query could not be read
    finally:
        proc.kill()
    assert [a["query"] for a in answers] == ["献血", "type:paper", "株洲 医保"]
    assert "error" in answers[1] and answers[0]["total"] > 0 and len(answers[2]["hits"]) <= 2


# -- oldest first ------------------------------------------------------------------
def test_oldest_first_goes_up_the_days_in_page_order_with_undated_last(lib):
    lib.import_issue(make_issue("b.txt", "2024-01-02", [("丁", "株洲"), ("戊", "株洲")]))
    lib.import_issue(make_issue("u.txt", None, [("乙", "株洲"), ("丙", "株洲")]))
    lib.import_issue(make_issue("a.txt", "2020-05-01", [("一", "株洲"), ("二", "株洲"), ("三", "株洲")]))
    expect = ["一", "二", "三", "丁", "戊", "乙", "丙"]
    for query in ("株洲", "type:news"):  # through the index, and filters alone
        assert [h.title for h in zs.search(lib, query, sort="oldest", limit=None).hits] == expect
        pages = [h.title for o in range(0, 7, 3) for h in zs.search(lib, query, sort="oldest", limit=3, offset=o).hits]
        assert pages == expect and zs.search(lib, query, sort="oldest", limit=3).total == 7
    assert [h.title for h in zs.search(lib, "株洲", sort="oldest", date_from="2021").hits] == ["丁", "戊"]


def test_oldest_first_holds_every_hit_of_newest_first(seed_lib):
    newest = zs.search(seed_lib, "株洲", sort="date", limit=None).hits
    oldest = zs.search(seed_lib, "株洲", sort="oldest", limit=None).hits
    assert sorted(h.article_id for h in oldest) == sorted(h.article_id for h in newest)
    dates = [h.issue_date for h in oldest]
    assert dates == sorted(dates)
    by_day = lambda hits, day: [h.article_id for h in hits if h.issue_date == day]  # noqa: E731
    assert all(by_day(oldest, d) == by_day(newest, d) for d in set(dates))  # the same page order within a day
