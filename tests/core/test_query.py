"""The query language: lexing, parsing, field values, and odd input."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zzreader.core.query import (
    And,
    Filter,
    Not,
    Or,
    QueryError,
    Term,
    date_bounds,
    date_range,
    parse,
)
from zzreader.core.textindex import (
    BREAK,
    index_pairs,
    index_text,
    index_tokens,
    pair_phrase,
)


def terms(node) -> list[str]:
    if isinstance(node, Term):
        return ["".join(t for t in node.tokens if t != BREAK)]
    if isinstance(node, (And, Or)):
        return [x for c in node.children for x in terms(c)]
    if isinstance(node, Not):
        return ["-" + x for x in terms(node.child)]
    return [f"{node.field}={node.value}"]


# -- tokens -------------------------------------------------------------------
def test_every_word_character_is_a_token_and_gaps_are_one_break():
    assert index_tokens("株洲，  市二医院") == ["株", "洲", BREAK, "市", "二", "医", "院"]
    assert index_text("GDP增长5%") == f"g d p {BREAK} 增 长 {BREAK} 5"


def test_the_index_holds_character_pairs_and_each_run_s_first_and_last_character():
    assert index_pairs("株洲市，二医院") == f"株 株洲 洲市 市 {BREAK} 二 二医 医院 院"
    assert index_pairs("GDP增长5%") == f"g gd dp p {BREAK} 增 增长 长 {BREAK} 5"


def test_a_term_becomes_the_phrase_of_its_pairs():
    assert pair_phrase(index_tokens("市二医院")) == '"市二 二医 医院"'
    assert pair_phrase(index_tokens("市")) == '"市" *'  # any token starting with it
    # a run before a BREAK ends where the text's run ends, one after it starts where one starts
    assert pair_phrase(index_tokens("株洲，二医")) == f'"株洲 洲 {BREAK} 二 二医"'
    assert pair_phrase(index_tokens("市，二")) == f'"市 {BREAK} 二"'
    assert pair_phrase([BREAK, *index_tokens("gd")]) == f'"{BREAK} g gd"'


def test_phrases_find_exactly_the_texts_that_hold_the_term():
    """Each phrase against a real FTS5 table of a few texts, read by eye."""
    import sqlite3

    texts = ["株洲市二医院", "株洲，市二医院", "市二，医院", "二医", "GDP增长5%", "网络5G时代", "a5G", "市"]
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE t USING fts5(b, content='', tokenize='ascii')")
    for i, text in enumerate(texts):
        db.execute("INSERT INTO t(rowid, b) VALUES (?, ?)", [i, index_pairs(text)])

    def hits(term: str) -> list[str]:
        expr = pair_phrase(index_tokens(term))
        return [texts[r] for (r,) in db.execute("SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid", [expr])]

    assert hits("市二医") == ["株洲市二医院", "株洲，市二医院"]
    assert hits("二医") == ["株洲市二医院", "株洲，市二医院", "二医"]
    assert hits("洲市") == ["株洲市二医院"]  # not across the comma
    assert hits("洲，市") == ["株洲，市二医院"]
    assert hits("二，医") == ["市二，医院"]
    assert hits("市") == ["株洲市二医院", "株洲，市二医院", "市二，医院", "市"]
    assert hits("院") == ["株洲市二医院", "株洲，市二医院", "市二，医院"]
    assert hits("5g") == ["网络5G时代", "a5G"]
    assert hits("络5g时") == ["网络5G时代"]
    assert hits("长，5") == ["GDP增长5%"]


def test_folding_is_case_and_width_insensitive_and_keeps_length():
    assert index_tokens("ＧＤＰ") == index_tokens("gdp") == ["g", "d", "p"]
    assert index_tokens("２０２４") == list("2024")
    assert index_tokens("！？") == []


def test_private_use_characters_in_text_are_plain_separators():
    assert index_tokens(f"x{BREAK}b") == ["x", BREAK, "b"]
    assert index_tokens(BREAK) == []


# -- structure ------------------------------------------------------------------
def test_space_separated_terms_are_anded():
    q = parse("株洲 医保")
    assert isinstance(q.root, And) and terms(q.root) == ["株洲", "医保"]


def test_or_binds_looser_than_and_and_brackets_group():
    q = parse("株洲 医保 OR 献血")
    assert isinstance(q.root, Or)
    assert terms(q.root) == ["株洲", "医保", "献血"]
    q = parse("株洲 (医保 OR 献血)")
    assert isinstance(q.root, And) and isinstance(q.root.children[1], Or)


def test_minus_excludes_terms_groups_and_fields():
    q = parse("株洲 -医保 -(献血 OR 捐款) -type:ad")
    assert terms(q.root) == ["株洲", "-医保", "-献血", "-捐款", "-type=ad"]


def test_quoted_phrase_keeps_operators_and_spaces_literal():
    q = parse('"全力 以赴" "A OR B"')
    a, b = q.root.children
    assert a.tokens == ("全", "力", BREAK, "以", "赴")
    assert b.tokens == ("a", BREAK, "o", "r", BREAK, "b")


def test_chinese_quotes_work_like_ascii_ones():
    q = parse("“全力 以赴”")
    assert isinstance(q.root, Term) and BREAK in q.root.tokens


def test_prefix_star_on_latin_words():
    q = parse("gd*")
    assert q.root.prefix and q.root.tokens == ("g", "d")


def test_fields():
    q = parse('title:医保 author:沈全华 section:要闻 type:新闻 tag:待核实 date:2024-12 title:"a b"')
    t, a, s, k, g, d, t2 = q.root.children
    assert t.title_only and t.tokens == ("医", "保")
    assert a == Filter("author", "沈全华")
    assert s == Filter("section", "要闻")
    assert k == Filter("type", "news")
    assert g == Filter("tag", "待核实")
    assert (d.date_from, d.date_to) == ("2024-12-01", "2024-12-31")
    assert t2.title_only and t2.tokens == ("a", BREAK, "b")


def test_chinese_field_names_and_full_width_colon():
    q = parse("标题：医保 作者:周嵩")
    assert q.root.children[0].title_only
    assert q.root.children[1] == Filter("author", "周嵩")


def test_unknown_field_name_is_just_text():
    q = parse("foo:bar")
    assert q.root.tokens == ("f", "o", "o", BREAK, "b", "a", "r")


def test_highlight_lists_positive_terms_only():
    q = parse("株洲 -医保 (献血 OR title:捐款)")
    assert ["".join(t.tokens) for t in q.highlight] == ["株洲", "献血", "捐款"]


# -- dates ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "value, bounds",
    [
        ("2024", ("2024-01-01", "2024-12-31")),
        ("2024-02", ("2024-02-01", "2024-02-29")),
        ("2023-2", ("2023-02-01", "2023-02-28")),
        ("2024-12-05", ("2024-12-05", "2024-12-05")),
        ("2024/12/5", ("2024-12-05", "2024-12-05")),
        ("2024年12月5日", ("2024-12-05", "2024-12-05")),
        ("2024年12月", ("2024-12-01", "2024-12-31")),
    ],
)
def test_date_bounds(value, bounds):
    assert date_bounds(value) == bounds


def test_date_ranges_may_be_open():
    assert date_range("2024-01..2024-03") == ("2024-01-01", "2024-03-31")
    assert date_range("..2020") == (None, "2020-12-31")
    assert date_range("2020..") == ("2020-01-01", None)


@pytest.mark.parametrize("value", ["2024-13", "2023-02-29", "yesterday", "20241", "2024-00"])
def test_bad_dates_raise_a_bilingual_query_error(value):
    with pytest.raises(QueryError, match=r"日期.*/ .*date"):
        parse(f"株洲 date:{value}")


# -- errors and odd input -------------------------------------------------------------
@pytest.mark.parametrize("text", ["", "   ", "*", "^", ":", "(", ")", '""', "()", "- -", "，。"])
def test_nothing_to_search_for_is_a_query_error(text):
    with pytest.raises(QueryError, match="/"):
        parse(text)


def test_only_exclusions_is_a_query_error():
    with pytest.raises(QueryError, match="exclusion"):
        parse("-株洲 -医保")


@pytest.mark.parametrize("text", ["type:paper", "type:", "author:", "title:", "title:，"])
def test_unreadable_field_values_are_query_errors(text):
    with pytest.raises(QueryError, match="/"):
        parse(f"株洲 {text}")


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"全力以赴', ["全力以赴"]),  # an unclosed quote runs to the end
        ("(株洲 OR 医保", ["株洲", "医保"]),  # an unclosed bracket closes at the end
        ("株洲) 医保", ["株洲", "医保"]),  # a stray bracket is skipped
        ("株洲 OR", ["株洲"]),  # a dangling OR is dropped
        ("OR 株洲", ["株洲"]),
        ("OR", ["or"]),  # nothing but an operator: the word itself
        ("株洲^ *医保 a:b", ["株洲", "医保", "ab"]),  # FTS5 syntax characters are punctuation
        ("NEAR(株洲 医保)", ["near", "株洲", "医保"]),
        ("-", None),
    ],
)
def test_odd_input_gets_a_sensible_reading(text, expected):
    if expected is None:
        with pytest.raises(QueryError):
            parse(text)
        return
    assert terms(parse(text).root) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet='株洲医保ab AOR"“”()-*^:：{}+~|&\\\'.,，\u3000title', max_size=30))
def test_any_input_parses_or_raises_query_error(text):
    try:
        q = parse(text)
    except QueryError as exc:
        assert "/" in str(exc)
        return
    leaves = [t for t in _walk(q.root) if isinstance(t, Term)]
    for t in leaves:
        assert t.tokens and all(tok == BREAK or tok.isalnum() for tok in t.tokens)


def _walk(node):
    yield node
    if isinstance(node, (And, Or)):
        for c in node.children:
            yield from _walk(c)
    elif isinstance(node, Not):
        yield from _walk(node.child)


def test_word_character_classes_cover_every_code_point():
    """Latin-like word characters are alphanumerics below U+2E80, CJK-like ones above;
    together exactly the alphanumerics (the patterns are written for a fast compile)."""
    import re
    import sys

    from zzreader.core.textindex import ALPHA, WORD_RUN

    alpha_char = re.compile(ALPHA)

    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        word = c.isalnum()
        assert bool(alpha_char.fullmatch(c)) == (word and cp < 0x2E80), hex(cp)
        assert bool(WORD_RUN.fullmatch(c)) == word, hex(cp)
    assert WORD_RUN.findall("5G网络 e-mail 株洲ABC") == ["5G", "网络", "e", "mail", "株洲", "ABC"]


def test_a_field_applies_to_every_word_of_a_bracketed_group():
    """`title:(a OR b)` once said "title: needs a word"; it reads as Lucene's field grouping."""
    grouped = parse("title:(株洲 OR 医院)").root
    assert grouped == parse("title:株洲 OR title:医院").root
    assert parse('title:(一 "二 三")').root == parse('title:一 title:"二 三"').root
    assert parse("title:(gd*)").root == parse("title:gd*").root
    assert parse("株洲 -section:(要闻 OR 时政)").root == parse("株洲 -(section:要闻 OR section:时政)").root
    assert parse("title:(株洲 OR 医院").root == grouped  # an unclosed group runs to the end
