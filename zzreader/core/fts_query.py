"""Turning a parsed query (core/query.py) into what SQLite runs: the plan.

The terms FTS5 can evaluate on its own (terms, OR of terms, AND with NOT)
become one MATCH expression over the index of core/fts_index.py; a term is the
phrase of its character pairs (`textindex.pair_phrase`). What FTS5 cannot
express (filters such as `author:` or `tag:`, a negation standing alone)
becomes WHERE predicates over `articles a`; top-level dates become rowid
ranges of the date keys.

Boosters. Multi-word Chinese terms are cut with jieba and their words added
as boosters that every match already satisfies (`T AND (w1 OR w2)`), so
recall is unchanged while articles that use those words more rank higher.
"""

from __future__ import annotations

import functools
import re
import sqlite3
from collections.abc import Iterable
from typing import Any, NamedTuple

from zzreader.core import booster_words
from zzreader.core.fts_index import FTS, KEYS
from zzreader.core.query import And, Filter, Node, Not, Or, Query, Term
from zzreader.core.textindex import BREAK, char_class, fold, pair_phrase

__all__ = ["BOOSTER_MAX_FREQ", "Plan", "fold_or_empty", "plan", "single_tokens"]


def _phrase(tokens: Iterable[str]) -> str:
    """The index phrase of a term's character tokens (textindex.pair_phrase)."""
    return pair_phrase(list(tokens))


# Words more frequent than this in jieba's dictionary are not boosters: their
# low IDF adds little to bm25, and each booster costs FTS5 a pass over its
# characters' postings (common words doubled the latency of some queries).
BOOSTER_MAX_FREQ = 2000


@functools.lru_cache(maxsize=1024)
def _booster_words(term: str) -> tuple[str, ...]:
    """jieba's less common words (two characters or more) inside a Chinese term.

    Cut from a cached table of jieba's dictionary (core/booster_words.py), the
    same words without loading jieba; jieba itself only for other text."""
    try:
        words = booster_words.boosters(term, BOOSTER_MAX_FREQ)
    except (OSError, sqlite3.Error):
        words = None  # no cache folder to write the table to: cut with jieba
    if words is not None:
        return words
    from zzreader.resources import configure_jieba

    tk = configure_jieba()
    words = {
        w
        for w in tk.cut(term, HMM=False)
        if len(w) >= 2 and w != term and tk.FREQ.get(w, 0) < BOOSTER_MAX_FREQ
    }
    return tuple(sorted(words, key=term.find))


def _cjk_term(text: str) -> bool:
    """Three or more CJK ideographs (compared, not matched by a regex, whose
    compiled range would cost a millisecond of every CLI start)."""
    return len(text) >= 3 and all("\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" for c in text)


def _term_fts(t: Term, boost: bool) -> str:
    tokens = list(t.tokens)
    expr = _phrase(tokens)
    if t.prefix and char_class(tokens[0]) == 1:
        expr = f"({_phrase([BREAK, *tokens])} OR ^ {pair_phrase(tokens, run_start=True)})"
    if boost and not t.prefix and _cjk_term("".join(tokens)):
        words = _booster_words("".join(tokens))
        if words:
            expr = f"({expr} AND ({' OR '.join(_phrase(w) for w in words)}))"
    if t.title_only:
        expr = f"{{title subtitle}} : ({expr})"
    return expr


def _fts_ok(node: Node) -> bool:
    """Can FTS5 alone evaluate `node` (as a positive expression)?"""
    if isinstance(node, Term):
        return True
    if isinstance(node, Or):
        return all(not isinstance(c, Not) and _fts_ok(c) for c in node.children)
    if isinstance(node, And):
        pos = [c for c in node.children if not isinstance(c, Not)]
        neg = [c.child for c in node.children if isinstance(c, Not)]
        return bool(pos) and all(_fts_ok(c) for c in pos + neg)
    return False


def _fts(node: Node, boost: bool) -> str:
    if isinstance(node, Term):
        return _term_fts(node, boost)
    if isinstance(node, Or):
        return " OR ".join(f"({_fts(c, boost)})" for c in node.children)
    assert isinstance(node, And)
    pos = [c for c in node.children if not isinstance(c, Not)]
    neg = [c.child for c in node.children if isinstance(c, Not)]
    expr = " AND ".join(f"({_fts(c, boost)})" for c in pos)
    for c in neg:
        expr = f"({expr}) NOT ({_fts(c, False)})"
    return expr


_IN_FTS = (
    f"a.id IN (SELECT k.article_id FROM {FTS} JOIN {KEYS} k ON k.key = {FTS}.rowid "
    f"WHERE {FTS} MATCH ?)"
)


def _sql(node: Node, params: list[Any], boost: bool) -> str:
    """A WHERE predicate over `articles a` for parts FTS5 cannot express alone."""
    if isinstance(node, Not):
        return f"NOT ({_sql(node.child, params, boost)})"
    if isinstance(node, (And, Or)):
        if _fts_ok(node):
            params.append(_fts(node, boost))
            return _IN_FTS
        op = " AND " if isinstance(node, And) else " OR "
        return "(" + op.join(_sql(c, params, boost) for c in node.children) + ")"
    if isinstance(node, Term):
        params.append(_fts(node, boost))
        return _IN_FTS
    assert isinstance(node, Filter)
    if node.field == "author":
        params.extend([fold(node.value)] * 3)
        return (
            "(instr(lower(a.reporters), ?) OR instr(lower(a.correspondents), ?) "
            "OR instr(lower(a.photographers), ?))"
        )
    if node.field == "section":
        params.append(node.value)
        return "instr(a.section, ?)"
    if node.field == "type":
        params.append(node.value)
        return "a.type = ?"
    if node.field == "tag":  # the article's own tags or a tag on one of its highlights
        params.extend([node.value, node.value])
        return (
            "a.id IN (SELECT at.article_id FROM article_tags at "
            "JOIN tags t ON t.id = at.tag_id WHERE t.name = ? "
            "UNION SELECT h.article_id FROM highlights h "
            "JOIN highlight_tags ht ON ht.highlight_id = h.id "
            "JOIN tags t ON t.id = ht.tag_id WHERE t.name = ?)"
        )
    if node.field == "note":  # substring of a highlight's note, as exact as article text
        params.append(fold(node.value))
        return "a.id IN (SELECT h.article_id FROM highlights h WHERE instr(zz_fold(h.note), ?))"
    assert node.field == "date"
    parts = []
    if node.date_from:
        parts.append("a.issue_date >= ?")
        params.append(node.date_from)
    if node.date_to:
        parts.append("a.issue_date <= ?")
        params.append(node.date_to)
    return "(" + " AND ".join(parts or ["1"]) + ")"


class Plan(NamedTuple):
    """How SQLite runs one query: the MATCH that drives it, the other predicates, the date limits."""

    match: str | None  # the FTS5 expression that drives the query, if any
    where: list[str]  # predicates over `articles a`
    params: list[Any]
    date_lo: str | None = None  # top-level date limits (FTS rowid ranges)
    date_hi: str | None = None


def plan(
    query: Query, date_from: str | None, date_to: str | None, extra: list[Node], boost: bool
) -> Plan:
    """The plan of `query` within the dates, with `extra` conjuncts (the search options'
    type and section); `boost=False` leaves the boosters out."""
    root = query.root
    conjuncts = list(root.children) if isinstance(root, And) else [root]
    conjuncts += extra
    lo, hi = date_from, date_to
    pos_fts: list[Node] = []
    neg_fts: list[Node] = []
    rest: list[Node] = []
    for c in conjuncts:
        if isinstance(c, Filter) and c.field == "date":
            if c.date_from and (lo is None or c.date_from > lo):
                lo = c.date_from
            if c.date_to and (hi is None or c.date_to < hi):
                hi = c.date_to
        elif _fts_ok(c):
            pos_fts.append(c)
        elif isinstance(c, Not) and _fts_ok(c.child):
            neg_fts.append(c.child)
        else:
            rest.append(c)
    params: list[Any] = []
    match = None
    if pos_fts:
        match = _fts(And(tuple(pos_fts + [Not(n) for n in neg_fts])), boost)
        neg_fts = []
    where = [_sql(c, params, boost) for c in rest + [Not(n) for n in neg_fts]]
    return Plan(match, where, params, date_lo=lo, date_hi=hi)


def fold_or_empty(text: str | None) -> str:
    """SQL function `zz_fold`, which the `note:` predicate calls; register it on the connection."""
    return fold(text) if text else ""


_QUOTED = re.compile(r'"(?:[^"]|"")*"')


def single_tokens(match: str) -> bool:
    """Is every phrase of an FTS5 expression one token, with no prefix query?

    Then FTS5 counts the matches from the doclists alone, without comparing
    positions: cheap enough to count before deciding how to rank (core/search.py).
    """
    phrases = _QUOTED.findall(match)
    return all(" " not in p for p in phrases) and "*" not in _QUOTED.sub("", match)

