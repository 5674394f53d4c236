"""Exact-recall Chinese full-text search over SQLite FTS5 (no extensions).

Index. `articles_fts` is a contentless FTS5 table with one column per text
the article page shows (COLUMNS: body, title, subtitle, kicker, byline,
section) fed with the token strings of `textindex.index_pairs`: each run of
word characters as its overlapping character pairs plus its last character,
one BREAK token between runs. A query term becomes the phrase of the same
pairs (`textindex.pair_phrase`; one character is a prefix query), so a hit
means exactly "these characters stand together" - the recall of a substring
scan, at index speed. Pairs replaced single characters as tokens in
tokenizer version 3 (issue 18): a pair's posting list is much shorter than a
character's, which made common words and phrases 2-3x faster for an index
about 1.5x as large.

Keys. The FTS rowid is a date key, `day << bits | slot` (`day` = proleptic
ordinal of the issue date; `bits` = 7 unless one date holds more than 128
articles; slots count down in indexing order; undated articles get negative
keys), and `articles_fts_keys` maps it to the article id. Newest-first
ordering, the date tie-break of the relevance sort and date filters then
come from the rowid alone (FTS5 walks rowids in either order and seeks rowid
ranges) instead of a join against `articles` for every match, which costs as
much as the match itself on common words. The keys of neighbouring days stay
close, so the index is only ~2% larger than one keyed by article id (a
`day << 32 | id` key made it 25% larger). Unindexing finds the key by
article id; an article whose issue date changes must be unindexed and
indexed again.

Ranking. bm25 with the title (10) and subtitle (5) above the body (1), then
newer issues first. The table is built with columnsize=0: FTS5 then skips a
per-row size lookup that made ranking three times slower. A contentless
columnsize=0 table reports every document's length as -1 per column, so
FTS5's bm25 loses its length term: in effect k1 = 1.2 * (0.25 - 2.25/avgdl)
~ 0.3 and b = 0 for article-sized texts (it needs an average of 10+ tokens
per article to stay monotonic). An article's score depends on whether and
how often a term occurs, weighted by field and by how rare the term is
(terms in more than half of the articles get FTS5's floor IDF, so their
order is by field and count, then date), not on the article's length.
Multi-word Chinese terms are cut with jieba and their words added as
boosters that every match already satisfies (`T AND (w1 OR w2)`), so recall
is unchanged while articles that use those words more rank higher.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import functools
import json
import re
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import nullcontext
from typing import Any, NamedTuple, TextIO

from zzreader.core import booster_words, shown, stored_values
from zzreader.core.query import (
    And,
    Filter,
    Node,
    Not,
    Or,
    Query,
    QueryError,
    Term,
    date_bounds,
    field_filter,
    parse,
)
from zzreader.core.index_version import SLOT_BITS_META, TOKENIZER_VERSION, index_is_current, slot_bits_value
from zzreader.core.textindex import (
    BREAK,
    char_class,
    fold,
    index_pairs,
    pair_phrase,
    phrase_regex,
)

__all__ = [
    "COLUMNS",
    "Hit",
    "QueryError",
    "SearchResult",
    "TOKENIZER_VERSION",
    "create_index",
    "fill_index",
    "hit_spans",
    "index_article",
    "indexed_fields",
    "index_is_current",
    "match_days",
    "optimize_index",
    "rebuild_index",
    "run_cli_query",
    "search",
    "unindex_article",
    "visible_fields",
]

# TOKENIZER_VERSION (core/index_version.py): bump it when `index_pairs`, the key
# layout or the table definition changes; libraries indexed by another version
# get their index rebuilt.

FTS = "articles_fts"
# Weights per column of COLUMNS. Title 10 and subtitle 5 over the body 1 as
# before; the kicker (the line above the title) 3: it is written like a
# subtitle but says where the story belongs more than what it says; the byline
# 2: a name there means the article is by that person, which says more than a
# passing mention in the body; section (with the editor) 0.5: shared by every
# article of the page, it tells little about this one, so it finds the article
# but ranks below any body hit.
WEIGHTS = (1.0, 10.0, 5.0, 3.0, 2.0, 0.5)
_BM25 = f"bm25({FTS}, {', '.join(map(str, WEIGHTS))})"
SNIPPET_WIDTH = 110
MARK_OPEN, MARK_CLOSE = "【", "】"
Spans = tuple[tuple[int, int], ...]  # (start, end) offsets, sorted and disjoint


# -- connections ----------------------------------------------------------------
def _conn_and_lock(source: Any) -> tuple[sqlite3.Connection, Any]:
    """Accept a Library (its connection and lock), a sqlite-utils Database or a connection."""
    lock = getattr(source, "lock", None)
    db = getattr(source, "db", source)
    conn = getattr(db, "conn", db)
    if not isinstance(conn, sqlite3.Connection):
        raise TypeError(f"need a Library, Database or sqlite3.Connection, not {type(source)!r}")
    return conn, lock if lock is not None else nullcontext()


def _conn(db: Any) -> sqlite3.Connection:
    return _conn_and_lock(db)[0]


# -- index maintenance ------------------------------------------------------------
KEYS = "articles_fts_keys"
# Slots per issue date, as bits of the key. 128 keep the index within ~2% of
# one keyed by plain article ids (adjacent days stay within 2-byte rowid
# deltas); a library with more articles on one date widens them (rebuild).
DEFAULT_SLOT_BITS = 7
UNDATED_BASE = -(1 << 40)  # undated articles: key = UNDATED_BASE - article id


class _SlotsFull(Exception):
    pass


def create_index(db: Any) -> None:
    """Create the (empty) full-text index; the store's first migration calls this."""
    conn = _conn(db)
    conn.execute(
        f"CREATE VIRTUAL TABLE {FTS} USING fts5({', '.join(COLUMNS)}, "
        "content='', columnsize=0, tokenize='ascii')"
    )
    conn.execute(
        f"CREATE TABLE {KEYS} (key INTEGER PRIMARY KEY, "
        "article_id INTEGER NOT NULL UNIQUE REFERENCES articles(id) ON DELETE CASCADE)"
    )


def _day(issue_date: str | None) -> int | None:
    """Proleptic ordinal of an ISO date (>= 1), None when there is no valid date."""
    if not issue_date:
        return None
    try:
        return dt.date.fromisoformat(issue_date).toordinal()
    except ValueError:
        return None


def _slot_bits(conn: sqlite3.Connection) -> int:
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", [SLOT_BITS_META]).fetchone()
    except sqlite3.OperationalError:  # no meta table: a bare index
        return DEFAULT_SLOT_BITS
    return slot_bits_value(row[0]) or DEFAULT_SLOT_BITS if row else DEFAULT_SLOT_BITS


def _set_slot_bits(conn: sqlite3.Connection, bits: int) -> None:
    conn.execute(
        "INSERT INTO meta(key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [SLOT_BITS_META, str(bits)],
    )


def _new_key(conn: sqlite3.Connection, article_id: int, issue_date: str | None) -> int:
    """The next free key of the article's date: slots count down, so newest-
    first lists an issue's articles in the order they were indexed (page order)."""
    day = _day(issue_date)
    if day is None:
        return UNDATED_BASE - article_id
    bits = _slot_bits(conn)
    base, top = day << bits, (day << bits) | ((1 << bits) - 1)
    low = conn.execute(f"SELECT min(key) FROM {KEYS} WHERE key BETWEEN ? AND ?", [base, top]).fetchone()[0]
    if low is None:
        return top
    if low > base:
        return low - 1
    used = {k for (k,) in conn.execute(f"SELECT key FROM {KEYS} WHERE key BETWEEN ? AND ?", [base, top])}
    free = next((k for k in range(top, base - 1, -1) if k not in used), None)
    if free is None:
        raise _SlotsFull(issue_date)
    return free


def _key_range(conn: sqlite3.Connection, lo: str | None, hi: str | None) -> tuple[int | None, int | None]:
    """FTS rowid bounds for issue dates lo..hi (either open); undated keys lie below."""
    bits = _slot_bits(conn)
    lo_day, hi_day = _day(lo), _day(hi)
    key_lo = (lo_day << bits) if lo_day is not None else (0 if lo else None)
    key_hi = ((hi_day << bits) | ((1 << bits) - 1)) if hi_day is not None else None
    if hi and key_lo is None:
        key_lo = 0  # an upper bound alone still leaves undated articles out
    return key_lo, key_hi


# -- what the page shows -----------------------------------------------------------
# The index columns: every text the article page shows (zzreader/gui/article_html.py).
COLUMNS = ("body", "title", "subtitle", "kicker", "byline", "section")
_ROW_SQL = (
    "SELECT issue_date, text, title, subtitle, kicker, reporters, correspondents, "
    "photographers, section, editor FROM articles WHERE id = ?"
)
Fields = tuple[str, str, str, str, str, str]  # one text per COLUMNS entry


def _names(value: str | None) -> list[str]:
    """A byline column (a JSON list of names); an unreadable one counts as empty."""
    try:
        names = json.loads(value or "[]")
    except ValueError:
        return []
    return [n for n in names if isinstance(n, str)] if isinstance(names, list) else []


def visible_fields(
    text: str, title: str, subtitle: str, kicker: str,
    reporters: str, correspondents: str, photographers: str, section: str, editor: str,
) -> Fields:
    """The texts of one `articles` row as the page shows them, one per index column.

    The byline column holds the reporters', correspondents' and photographers'
    names (the page's chips), one space apart, so a query never joins the end
    of one name to the start of the next. The section column also holds the
    editor's name (责任编辑, printed under the body): both are page furniture
    that the article shares with its neighbours.
    """  # fmt: skip
    names = [*_names(reporters), *_names(correspondents), *_names(photographers)]
    # As the page reads them (core/stored_values.py): a library may hold bytes or numbers here.
    text, title, subtitle, kicker, section, editor = map(
        stored_values.text, (text, title, subtitle, kicker, section, editor)
    )
    return (
        text, title, subtitle, kicker,
        " ".join(names), " ".join(p for p in (section, editor) if p),
    )  # fmt: skip


def indexed_fields(db: Any, article_id: int) -> tuple[str | None, Fields] | None:
    """(issue date, visible fields) of an article as its row stands now; None if no row."""
    row = _conn(db).execute(_ROW_SQL, [article_id]).fetchone()
    if row is None:
        return None
    return row[0], visible_fields(*row[1:])


def _tokens(fields: Fields) -> list[str]:
    return [index_pairs(f) for f in fields]


def index_article(db: Any, article_id: int) -> None:
    """Add one article to the index from its `articles` row (it must not be indexed yet).

    Call it after the row is written. Reading the row here, rather than taking
    the texts from the caller, keeps every caller (imports, corrections, undo)
    indexing exactly the fields the page shows. If the article's date already
    holds as many articles as the key has slots, the index is rebuilt from
    `articles` with wider keys, and that rebuild picks the article up.
    """
    conn = _conn(db)
    found = indexed_fields(conn, article_id)
    if found is None:
        return
    issue_date, fields = found
    try:
        key = _new_key(conn, article_id, issue_date)
    except _SlotsFull:
        _set_slot_bits(conn, _slot_bits(conn) + 1)
        rebuild_index(conn)
        return
    _insert(conn, key, article_id, fields)


def _insert(conn: sqlite3.Connection, key: int, article_id: int, fields: Fields) -> None:
    conn.execute(f"INSERT INTO {KEYS}(key, article_id) VALUES (?, ?)", [key, article_id])
    cols = ", ".join(COLUMNS)
    marks = ", ".join("?" * len(COLUMNS))
    conn.execute(f"INSERT INTO {FTS}(rowid, {cols}) VALUES (?, {marks})", [key, *_tokens(fields)])


def unindex_article(db: Any, article_id: int, fields: Fields | None = None) -> None:
    """Remove one article from the index.

    A contentless index can only delete the tokens it is given, so this must
    see exactly what was indexed: call it BEFORE the row changes (the row is
    read here), or pass the `fields` read by `indexed_fields` before it changed.
    """
    conn = _conn(db)
    row = conn.execute(f"SELECT key FROM {KEYS} WHERE article_id = ?", [article_id]).fetchone()
    if row is None:
        return
    if fields is None:
        found = indexed_fields(conn, article_id)
        if found is None:
            raise ValueError(f"article {article_id} has no row to unindex from")
        fields = found[1]
    cols = ", ".join(COLUMNS)
    marks = ", ".join("?" * len(COLUMNS))
    conn.execute(
        f"INSERT INTO {FTS}({FTS}, rowid, {cols}) VALUES ('delete', ?, {marks})",
        [row[0], *_tokens(fields)],
    )
    conn.execute(f"DELETE FROM {KEYS} WHERE key = ?", [row[0]])


def rebuild_index(db: Any, progress: Callable[[int, int], None] | None = None) -> int:
    """Drop and re-create the index, then index every article; returns the count.

    Runs in a savepoint (inside the caller's transaction if there is one), so
    a rebuild is all or nothing.
    """
    conn = _conn(db)
    conn.execute("SAVEPOINT zz_rebuild_index")
    try:
        conn.execute(f"DROP TABLE IF EXISTS {FTS}")
        conn.execute(f"DROP TABLE IF EXISTS {KEYS}")
        create_index(conn)
        done = fill_index(conn, progress)
    except BaseException:
        conn.execute("ROLLBACK TO zz_rebuild_index")
        conn.execute("RELEASE zz_rebuild_index")
        raise
    conn.execute("RELEASE zz_rebuild_index")
    return done


def fill_index(db: Any, progress: Callable[[int, int], None] | None = None) -> int:
    """Index every article into the (empty) index tables and record the tokenizer
    version; migrations call this after creating the tables from their own DDL.
    Articles go in reading order so keys follow page order."""
    conn = _conn(db)
    total = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    busiest = conn.execute(
        "SELECT max(n) FROM (SELECT count(*) AS n FROM articles "
        "WHERE issue_date IS NOT NULL GROUP BY issue_date)"
    ).fetchone()[0]
    bits = max(_slot_bits(conn), DEFAULT_SLOT_BITS, (busiest or 0).bit_length() + 1)
    _set_slot_bits(conn, bits)
    rows = conn.execute(
        "SELECT id, issue_date, text, title, subtitle, kicker, reporters, correspondents, "
        "photographers, section, editor FROM articles ORDER BY issue_date, issue_id, seq"
    ).fetchall()
    done = 0
    for article_id, issue_date, *texts in rows:
        _insert(conn, _new_key(conn, article_id, issue_date), article_id, visible_fields(*texts))
        done += 1
        if progress is not None and (done % 500 == 0 or done == total):
            progress(done, total)
    optimize_index(conn)
    conn.execute(
        "INSERT INTO meta(key, value) VALUES ('tokenizer_version', ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [str(TOKENIZER_VERSION)],
    )
    return done



def optimize_index(db: Any) -> None:
    """Merge the index into one segment; worth it after a large import."""
    _conn(db).execute(f"INSERT INTO {FTS}({FTS}) VALUES ('optimize')")


# -- results ------------------------------------------------------------------------
class Hit(NamedTuple):
    """One matching article with a snippet; spans index into `snippet`."""

    article_id: int
    issue_id: int
    issue_date: str | None
    title: str
    type: str
    section: str
    score: float
    snippet: str
    snippet_spans: Spans
    in_original: bool = False  # matched only the parsed original of a corrected article

    def marked_snippet(self, open_: str = MARK_OPEN, close: str = MARK_CLOSE) -> str:
        return mark(self.snippet, self.snippet_spans, open_, close)

    def to_json(self) -> dict:
        """The `search --json` shape documented in README.md."""
        return {
            "article_id": self.article_id,
            "issue_date": self.issue_date,
            "title": self.title,
            "type": self.type,
            "score": float(f"{self.score:.4g}"),  # bm25: higher is better
            "snippet": self.marked_snippet(),
            **({"in_original": True} if self.in_original else {}),
        }


class SearchResult(NamedTuple):
    query: str
    total: int
    hits: list[Hit]

    def to_json(self) -> dict:
        return {"query": self.query, "total": self.total, "hits": [h.to_json() for h in self.hits]}


def mark(
    text: str, spans: Iterable[tuple[int, int]], open_: str = MARK_OPEN, close: str = MARK_CLOSE
) -> str:
    """`text` with every span wrapped in the markers (spans sorted, disjoint)."""
    out, pos = [], 0
    for start, end in spans:
        out += [text[pos:start], open_, text[start:end], close]
        pos = end
    out.append(text[pos:])
    return "".join(out)


# -- compiling a query ------------------------------------------------------------------
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


class _Plan(NamedTuple):
    match: str | None  # the FTS5 expression that drives the query, if any
    where: list[str]  # predicates over `articles a`
    params: list[Any]
    date_lo: str | None = None  # top-level date limits (FTS rowid ranges)
    date_hi: str | None = None


def _plan(
    query: Query, date_from: str | None, date_to: str | None, extra: list[Node], boost: bool
) -> _Plan:
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
    return _Plan(match, where, params, date_lo=lo, date_hi=hi)


# -- running a query ---------------------------------------------------------------
def search(
    source: Any,
    query: str | Query,
    *,
    limit: int | None = 20,
    offset: int = 0,
    date_from: str | None = None,
    date_to: str | None = None,
    sort: str = "relevance",
    types: Iterable[str] | None = None,
    section: str | None = None,
    boost: bool = True,
    snippets: bool = True,
) -> SearchResult:
    """Run `query`; `limit=None` (or 0) returns every hit.

    `source` is a Library, a sqlite-utils Database or a sqlite3 connection.
    `sort` is "relevance" (bm25, then newest) or "date" (newest first).
    `types` and `section` restrict like `type:` and `section:`; `boost=False`
    leaves jieba out of the ranking; `snippets=False` leaves snippets empty
    (cheaper for long lists). Raises QueryError for a query or date it cannot
    read, never sqlite3.Error.
    """
    q = query if isinstance(query, Query) else parse(query)
    if sort not in ("relevance", "date"):
        raise QueryError(f"未知的排序方式 {sort} / Unknown sort order: {sort}")
    _check_count(limit, "limit")
    _check_count(offset, "offset")
    lo = date_bounds(date_from)[0] if date_from else None
    hi = date_bounds(date_to)[1] if date_to else None
    extra: list[Node] = []
    if types:
        kinds = [field_filter("type", t) for t in types]
        extra.append(kinds[0] if len(kinds) == 1 else Or(tuple(kinds)))
    if section:
        extra.append(Filter("section", section))
    plan = _plan(q, lo, hi, extra, boost)
    conn, lock = _conn_and_lock(source)
    spent: Callable[[], bool] = lambda: False  # noqa: E731
    with lock:
        try:
            conn.create_function("zz_fold", 1, _fold_or_empty, deterministic=True)  # for note:
            with _work_budget(conn) as spent:
                return _run(conn, q, plan, limit or None, offset, sort, snippets)
        except sqlite3.Error as exc:
            if spent():
                raise QueryError(
                    f"检索太费时，已在 {SEARCH_BUDGET_S:g} 秒后停止，请缩小范围 / The search took "
                    f"too long and was stopped after {SEARCH_BUDGET_S:g} s; please narrow it"
                ) from exc
            raise QueryError(f"检索失败 / Search failed: {shown.sqlite_reason(exc)}") from exc


# Work bounds of one search (README "Hardening"): SQLite checks the clock
# every PROGRESS_STEPS virtual-machine steps and stops a query past its budget.
SEARCH_BUDGET_S = 8.0
PROGRESS_STEPS = 20_000
MAX_COUNT = 2**31 - 1


def _check_count(value: Any, name: str) -> None:
    if value is None and name == "limit":
        return
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_COUNT:
        raise QueryError(
            f"{name} 应为 0–{MAX_COUNT} 的整数 / {name} must be a whole number from 0 to {MAX_COUNT}"
        )


@contextlib.contextmanager
def _work_budget(conn: sqlite3.Connection) -> Iterator[Callable[[], bool]]:
    """Interrupt SQLite once a query has run SEARCH_BUDGET_S; yields "was it stopped?"."""
    deadline = time.monotonic() + SEARCH_BUDGET_S
    stopped: list[bool] = []

    def check() -> int:
        if time.monotonic() > deadline:
            stopped.append(True)
            return 1
        return 0

    conn.set_progress_handler(check, PROGRESS_STEPS)
    try:
        yield lambda: bool(stopped)
    finally:
        conn.set_progress_handler(None, PROGRESS_STEPS)


def _run(
    conn: sqlite3.Connection,
    q: Query,
    plan: _Plan,
    limit: int | None,
    offset: int,
    sort: str,
    snippets: bool,
) -> SearchResult:
    runner = _run_fts if plan.match is not None else _run_filters
    rows, total = runner(conn, plan, limit, offset, sort)
    ids = [article_id for article_id, _ in rows]
    articles = _fetch_articles(conn, ids, with_text=snippets)
    regexes = _regexes(q) if snippets else []
    hits = []
    for article_id, score in rows:
        if article_id not in articles:
            continue  # deleted meanwhile
        issue_id, issue_date, title, type_, section, text, *shown = articles[article_id]
        snippet, spans = _hit_snippet(text, shown, regexes) if snippets else ("", ())
        hits.append(
            Hit(article_id, issue_id, issue_date, title, type_, section, score, snippet, spans)
        )
    if offset == 0 and (limit is None or len(hits) < limit):
        extra = _original_hits(conn, q, {h.article_id for h in hits}, plan, limit and limit - len(hits))
        hits += extra
        total += len(extra)
    return SearchResult(q.text, total, hits)


def match_days(
    source: Any,
    query: str | Query,
    *,
    date_from: str | None = None,
    date_to: str | None = None,
) -> list[int | None]:
    """The issue day (proleptic ordinal, None when undated) of every article `query` matches.

    The same plan and filters as `search()`, so the counts per period that
    the term trends draw add up to its totals; a text-only query reads just
    the FTS rowids (the day is the key's high bits), joining nothing.
    """
    q = query if isinstance(query, Query) else parse(query)
    lo = date_bounds(date_from)[0] if date_from else None
    hi = date_bounds(date_to)[1] if date_to else None
    plan = _plan(q, lo, hi, [], boost=False)
    conn, lock = _conn_and_lock(source)
    with lock:
        try:
            conn.create_function("zz_fold", 1, _fold_or_empty, deterministic=True)
            return _match_days(conn, plan)
        except sqlite3.Error as exc:
            raise QueryError(f"检索失败 / Search failed: {shown.sqlite_reason(exc)}") from exc


def _match_days(conn: sqlite3.Connection, plan: _Plan) -> list[int | None]:
    if plan.match is None:
        rows, _ = _run_filters(conn, plan, None, 0, "date")
        ids = [article_id for article_id, _ in rows]
        days: list[int | None] = []
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            days += [_day(d) for (d,) in conn.execute(
                f"SELECT issue_date FROM articles WHERE id IN ({marks})", chunk)]
        return days
    where = [f"{FTS} MATCH ?", *plan.where]
    key_lo, key_hi = _key_range(conn, plan.date_lo, plan.date_hi)
    if key_lo is not None:
        where.append(f"{FTS}.rowid >= {int(key_lo)}")
    if key_hi is not None:
        where.append(f"{FTS}.rowid <= {int(key_hi)}")
    join = (
        f" JOIN {KEYS} fk ON fk.key = {FTS}.rowid JOIN articles a ON a.id = fk.article_id"
        if plan.where
        else ""
    )
    sql = f"SELECT {FTS}.rowid FROM {FTS}{join} WHERE " + " AND ".join(where)
    bits = _slot_bits(conn)
    return [key >> bits if key >= 0 else None for (key,) in conn.execute(sql, [plan.match, *plan.params])]


def _original_hits(
    conn: sqlite3.Connection, q: Query, seen: set[int], plan: _Plan, limit: int | None
) -> list[Hit]:
    """Corrected articles whose parsed original (revision 0, core/corrections.py)
    has every search term while their corrected text does not."""
    regexes = _regexes(q)
    if not regexes:
        return []
    hits: list[Hit] = []
    rows = conn.execute(
        "SELECT r.article_id, r.state, a.issue_id, a.issue_date, a.title, a.type, a.section, a.text "
        "FROM article_revisions r JOIN articles a ON a.id = r.article_id "
        "WHERE r.revision = 0 AND r.kind = 'original' ORDER BY a.issue_date DESC, a.id"
    ).fetchall()
    for aid, state, issue_id, date, title, type_, section, text in rows:
        if aid in seen or (plan.date_lo and (date or "") < plan.date_lo):
            continue
        if plan.date_hi and (date or "9999") > plan.date_hi:
            continue
        original = stored_values.record(state, ("title", "subtitle", "text"))  # an untrusted library's
        if original is None:
            continue
        body = "\n".join((original["title"], original["subtitle"], original["text"]))
        if not all(rx.search(fold(body)) for rx in regexes):
            continue
        now_text = "\n".join((stored_values.text(title), stored_values.text(text)))
        if all(rx.search(fold(now_text)) for rx in regexes):
            continue  # the corrected text matches too; the index decides about it
        snippet, spans = make_snippet(original["text"], regexes)
        hits.append(Hit(aid, issue_id, date, title, type_, section, 0.0, snippet, spans, True))
        if limit and len(hits) >= limit:
            break
    return hits


def _page(limit: int | None, offset: int) -> str:
    if limit:
        return f" LIMIT {int(limit)} OFFSET {int(offset)}"
    return f" LIMIT -1 OFFSET {int(offset)}" if offset else ""


def _run_fts(
    conn: sqlite3.Connection, plan: _Plan, limit: int | None, offset: int, sort: str
) -> tuple[list[tuple[int, float]], int]:
    """Rank the FTS matches; returns ([(article_id, score)], total).

    The page comes from FTS5 in order with its LIMIT (SQLite keeps only the
    best rows while scoring), and the total from a count(*) that scores
    nothing, only when the page is full. Materialising every match to count
    and sort it in one statement cost 1.5-2x as much on common words (on a
    22-year library: 中国 34.5 ms against 23.4 ms for both queries), for at
    most 0.4 ms saved on a phrase with a handful of hits (issue 18).
    """
    where = [f"{FTS} MATCH ?", *plan.where]
    params: list[Any] = [plan.match, *plan.params]
    key_lo, key_hi = _key_range(conn, plan.date_lo, plan.date_hi)
    if key_lo is not None:
        where.append(f"{FTS}.rowid >= {int(key_lo)}")
    if key_hi is not None:
        where.append(f"{FTS}.rowid <= {int(key_hi)}")
    join = (
        f" JOIN {KEYS} fk ON fk.key = {FTS}.rowid JOIN articles a ON a.id = fk.article_id"
        if plan.where
        else ""
    )
    body = f" FROM {FTS}{join} WHERE " + " AND ".join(where)
    page = _page(limit, offset)
    if sort == "relevance":
        by, order = "score, key DESC", "t.score, t.key DESC"
    else:
        by, order = "key DESC", "t.key DESC"
    inner = f"SELECT {FTS}.rowid AS key, {_BM25} AS score{body} ORDER BY {by}{page}"
    sql = (
        f"SELECT k.article_id, t.score FROM ({inner}) t "
        f"JOIN {KEYS} k ON k.key = t.key ORDER BY {order}"
    )
    result = conn.execute(sql, params).fetchall()
    rows = [(article_id, -score if score else 0.0) for article_id, score in result]
    if limit is None and offset == 0 or (offset == 0 and len(rows) < (limit or 0)):
        total = len(rows)
    else:
        total = conn.execute(f"SELECT count(*){body}", params).fetchone()[0]
    return rows, total


def _run_filters(
    conn: sqlite3.Connection, plan: _Plan, limit: int | None, offset: int, sort: str
) -> tuple[list[tuple[int, float]], int]:
    """Queries with no text term (e.g. `author:周嵩 date:2024`): newest first."""
    where = list(plan.where)
    params = list(plan.params)
    if plan.date_lo:
        where.append("a.issue_date >= ?")
        params.append(plan.date_lo)
    if plan.date_hi:
        where.append("a.issue_date <= ?")
        params.append(plan.date_hi)
    body = " FROM articles a WHERE " + " AND ".join(where or ["1"])
    order = "a.issue_date DESC, a.issue_id DESC, a.seq"
    sql = f"SELECT a.id{body} ORDER BY {order}{_page(limit, offset)}"
    rows = [(article_id, 0.0) for (article_id,) in conn.execute(sql, params)]
    if limit is None and offset == 0 or (offset == 0 and len(rows) < (limit or 0)):
        total = len(rows)
    else:
        total = conn.execute(f"SELECT count(*){body}", params).fetchone()[0]
    return rows, total


def _fetch_articles(
    conn: sqlite3.Connection, ids: list[int], with_text: bool = True
) -> dict[int, tuple]:
    out: dict[int, tuple] = {}
    text = (
        "text, subtitle, kicker, reporters, correspondents, photographers, editor"
        if with_text else "''"
    )  # fmt: skip
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(
            f"SELECT id, issue_id, issue_date, title, type, section, {text} "
            f"FROM articles WHERE id IN ({marks})",
            chunk,
        ):
            out[row[0]] = row[1:]
    return out


# -- hits and snippets ----------------------------------------------------------------
def _regexes(q: Query) -> list[re.Pattern[str]]:
    """One overlapping-match regex per distinct highlighted term."""
    seen: dict[str, re.Pattern[str]] = {}
    for t in q.highlight:
        pattern = phrase_regex(list(t.tokens), word_start=t.prefix)
        if pattern not in seen:
            seen[pattern] = re.compile(f"(?=({pattern}))")
    return list(seen.values())


def _spans_by_term(folded: str, regexes: list[re.Pattern[str]]) -> list[list[tuple[int, int]]]:
    return [[m.span(1) for m in rx.finditer(folded)] for rx in regexes]


def _merge(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def hit_spans(text: str, query: str | Query) -> list[tuple[int, int]]:
    """Every place in `text` where a term of `query` matches, as sorted, merged
    (start, end) offsets into `text` itself - for marking hits in the reader."""
    q = query if isinstance(query, Query) else parse(query)
    by_term = _spans_by_term(fold(text), _regexes(q))
    return _merge(s for spans in by_term for s in spans)


def _hit_snippet(text: str, shown: list[str], regexes: list[re.Pattern[str]]) -> tuple[str, Spans]:
    """The body's snippet; when the body has no hit but a line around it does
    (subtitle, kicker, byline names, section or editor: `shown` as fetched by
    `_fetch_articles`), that line comes first, its hits marked, so the list
    shows why the article was found."""
    snippet, spans = make_snippet(text, regexes)
    if spans or len(shown) < 6:
        return snippet, spans
    subtitle, kicker, reporters, correspondents, photographers, editor = shown
    names = [*_names(reporters), *_names(correspondents), *_names(photographers)]
    # The section is in the hit's own `section` field; the lines here are the others.
    for line in (subtitle, kicker, " ".join(names), editor):
        if not line:
            continue
        found = _merge(s for by in _spans_by_term(fold(line), regexes) for s in by)
        if found:
            shift = len(line) + 3
            return (
                f"{line} · {snippet}",
                tuple(found) + tuple((a + shift, b + shift) for a, b in spans),
            )
    return snippet, spans


_SENTENCE_END = re.compile(r"[\n。！？!?；;]")


def make_snippet(
    text: str, regexes: list[re.Pattern[str]], width: int = SNIPPET_WIDTH
) -> tuple[str, Spans]:
    """A one-line excerpt of `text` around its hits, and the hit spans in it.

    The window is the one that shows the most distinct terms (then the most
    hits); a term it misses gets a short second fragment. Newlines become
    spaces so offsets stay valid.
    """
    by_term = _spans_by_term(fold(text), regexes)
    all_spans = _merge(s for spans in by_term for s in spans)
    if not all_spans:
        return _fragment(text, 0, width, [])
    lo = _best_window(by_term, all_spans, width)
    first = next(s for s, _ in all_spans if s >= lo)
    cut = max((m.end() for m in _SENTENCE_END.finditer(text, lo, first)), default=None)
    if cut is not None and lo > 0 and cut <= first:
        lo = cut
    snippet, spans = _fragment(text, lo, lo + width, all_spans)
    missing = [
        spans_[0] for spans_ in by_term
        if spans_ and not any(s >= lo and e <= lo + width for s, e in spans_)
    ]  # fmt: skip
    if missing:
        s2 = max(0, missing[0][0] - 15)
        if s2 >= lo + width:
            extra, extra_spans = _fragment(text, s2, s2 + width // 2, all_spans)
            sep = " " if snippet.endswith("…") else " …"
            offset = len(snippet) + len(sep)
            if extra.startswith("…"):
                extra, extra_spans = extra[1:], tuple((a - 1, b - 1) for a, b in extra_spans)
            snippet = snippet + sep + extra
            spans = spans + tuple((a + offset, b + offset) for a, b in extra_spans)
    return snippet, spans


def _best_window(
    by_term: list[list[tuple[int, int]]], all_spans: list[tuple[int, int]], width: int
) -> int:
    """Start of the window showing the most distinct terms, then the most hits
    (binary searches, so a long article with hundreds of hits stays cheap)."""
    lead = width // 5
    starts = [s for s, _ in all_spans]
    ends = [e for _, e in all_spans]  # merged spans: ends are sorted too
    term_starts = [[s for s, _ in spans] for spans in by_term]
    best, best_key = 0, (-1, -1)
    for start in starts:
        lo = max(0, start - lead)
        hi = lo + width
        count = bisect.bisect_right(ends, hi) - bisect.bisect_left(starts, lo)
        covered = 0
        for spans, firsts in zip(by_term, term_starts):
            i = bisect.bisect_left(firsts, lo)
            if i < len(spans) and spans[i][1] <= hi:
                covered += 1
        if (covered, count) > best_key:
            best, best_key = lo, (covered, count)
    return best


def _fragment(text: str, lo: int, hi: int, spans: list[tuple[int, int]]) -> tuple[str, Spans]:
    hi = min(hi, len(text))
    head = "…" if lo > 0 else ""
    tail = "…" if hi < len(text) else ""
    body = text[lo:hi].replace("\n", " ")
    shift = len(head) - lo
    inside = tuple((max(s, lo) + shift, min(e, hi) + shift) for s, e in spans if s < hi and e > lo)
    return head + body + tail, inside


# -- command line -----------------------------------------------------------------------
MAX_LINE = 65_536  # characters of one query line read from standard input (a query is at most 500)
MAX_SKIP = 1_048_576  # characters of an over-long line skipped before reading stops


def query_lines(stream: TextIO) -> Iterator[str]:
    """The query lines of `stream` (newline removed), each read in bounded pieces.

    An over-long line is passed on cut (its query is then refused as too long)
    and the rest of it skipped; a stream with no newline at all (`< /dev/zero`)
    ends the reading after MAX_SKIP characters instead of filling memory.
    """
    while True:
        line = stream.readline(MAX_LINE)
        if not line:
            return
        if not line.endswith("\n") and len(line) >= MAX_LINE:
            skipped = 0
            while skipped < MAX_SKIP:
                rest = stream.readline(MAX_LINE)
                skipped += len(rest)
                if not rest or rest.endswith("\n"):
                    break
            yield line
            if skipped >= MAX_SKIP:
                return
            continue
        yield line.rstrip("\r\n")


def run_cli_query(library: Any, query: str, args: Any, out: TextIO) -> int:
    """`zzreader search`: print one query's hits (or one JSON line); 0 ok, 2 unreadable query."""
    as_json = bool(getattr(args, "json", False))
    try:
        result = search(
            library,
            query,
            limit=getattr(args, "limit", 20),
            date_from=getattr(args, "date_from", None),
            date_to=getattr(args, "date_to", None),
        )
    except QueryError as exc:
        if as_json:
            import json

            print(json.dumps({"query": query, "error": str(exc)}, ensure_ascii=False), file=out)
        else:
            import sys

            shown_query = shown.line(query if len(query) <= 40 else query[:40] + "…")
            print(shown.message(f"{shown_query}: {exc}"), file=sys.stderr)  # one line whatever the query holds
        return 2  # bad input, as every command answers it (zzreader/cli/args.py)
    if as_json:
        import json

        print(json.dumps(result.to_json(), ensure_ascii=False), file=out)
        return 0
    listed = len(result.hits)
    total = result.total
    print(f"「{shown.line(query)}」共 {total} 篇，显示 {listed} 篇 / {total} hits, {listed} shown", file=out)
    for h in result.hits:
        date = h.issue_date or "????-??-??"
        print(f"{date}  [{h.type}]  {h.title}  (#{h.article_id}, {h.score:.3g})", file=out)
        print(f"    {h.marked_snippet()}", file=out)
    return 0


def _fold_or_empty(text: str | None) -> str:
    return fold(text) if text else ""
