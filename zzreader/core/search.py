"""Exact-recall Chinese full-text search over SQLite FTS5 (no extensions): running a query.

The index and its date keys are core/fts_index.py; the query becomes an FTS5
expression and SQL predicates in core/fts_query.py; the hits' snippets and
spans come from core/snippets.py. Here a query is run: ranked, counted,
paged, and its hits read back.

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
Multi-word Chinese terms get jieba's words as boosters (core/fts_query.py),
so articles that use those words more rank higher.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import nullcontext
from typing import Any, NamedTuple

from zzreader.core import fts_query, rank_split, shown, stop_signals, stored_values
from zzreader.core.fts_index import (
    FTS,
    KEYS,
    connection_of,
    issue_day,
    key_day,
    key_range,
    slot_bits,
)
from zzreader.core.fts_query import Plan, fold_or_empty
from zzreader.core.query import (
    Filter,
    Node,
    Or,
    Query,
    QueryError,
    field_filter,
    parse,
    range_bounds,
)
from zzreader.core.snippets import (
    MARK_CLOSE,
    MARK_OPEN,
    Spans,
    hit_snippet,
    make_snippet,
    mark,
    term_regexes,
)
from zzreader.core.textindex import fold

__all__ = ["Hit", "QueryError", "SearchResult", "match_days", "search"]

# Weights per column of COLUMNS. Title 10 and subtitle 5 over the body 1 as
# before; the kicker (the line above the title) 3: it is written like a
# subtitle but says where the story belongs more than what it says; the byline
# 2: a name there means the article is by that person, which says more than a
# passing mention in the body; section (with the editor) 0.5: shared by every
# article of the page, it tells little about this one, so it finds the article
# but ranks below any body hit.
WEIGHTS = (1.0, 10.0, 5.0, 3.0, 2.0, 0.5)
_BM25 = f"bm25({FTS}, {', '.join(map(str, WEIGHTS))})"


def _conn_and_lock(source: Any) -> tuple[sqlite3.Connection, Any]:
    """Accept a Library (its connection and lock), a sqlite-utils Database or a connection."""
    lock = getattr(source, "lock", None)
    return connection_of(source), lock if lock is not None else nullcontext()


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
    `sort` is "relevance" (bm25, then newest), "date" (newest first) or
    "oldest" (oldest first, in reading order within an issue; undated last).
    `types` and `section` restrict like `type:` and `section:`; `boost=False`
    leaves jieba out of the ranking; `snippets=False` leaves snippets empty
    (cheaper for long lists). Raises QueryError for a query or date it cannot
    read, never sqlite3.Error.
    """
    q = query if isinstance(query, Query) else parse(query)
    if sort not in SORTS:
        raise QueryError(f"未知的排序方式 {sort} / Unknown sort order: {sort}")
    _check_count(limit, "limit")
    _check_count(offset, "offset")
    lo, hi = range_bounds(date_from, date_to)
    extra: list[Node] = []
    if types:
        kinds = [field_filter("type", t) for t in types]
        extra.append(kinds[0] if len(kinds) == 1 else Or(tuple(kinds)))
    if section:
        extra.append(Filter("section", section))
    plan = fts_query.plan(q, lo, hi, extra, boost)
    conn, lock = _conn_and_lock(source)
    budget: _Budget | None = None
    with lock:
        try:
            conn.create_function("zz_fold", 1, fold_or_empty, deterministic=True)  # for note:
            with _work_budget(conn) as budget:
                return _run(conn, q, plan, limit or None, offset, sort, snippets, budget.check)
        except sqlite3.Error as exc:
            # SQLite drops a Ctrl+C or SIGTERM that came while it ran one of our callbacks (the
            # budget, zz_fold) and answers "interrupted": raised again, a search batch stops
            # (it was told as a damaged library, and the batch went on).
            stop_signals.raise_again()
            if budget is not None and budget.stopped:
                raise QueryError(
                    f"检索太费时，已在 {SEARCH_BUDGET_S:g} 秒后停止，请缩小范围 / The search took "
                    f"too long and was stopped after {SEARCH_BUDGET_S:g} s; please narrow it"
                ) from exc
            raise QueryError(f"检索失败 / Search failed: {shown.sqlite_reason(exc)}") from exc


# Work bounds of one search (README "Hardening"): SQLite checks the clock
# every PROGRESS_STEPS virtual-machine steps and stops a query past its budget.
SORTS = ("relevance", "date", "oldest")  # "date": newest first
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


class _Budget:
    """The work bound of one search: SQLite asks `check` every PROGRESS_STEPS steps."""

    def __init__(self) -> None:
        self.deadline = time.monotonic() + SEARCH_BUDGET_S
        self.stopped = False

    def check(self) -> int:
        if time.monotonic() > self.deadline:
            self.stopped = True
            return 1
        return 0


@contextlib.contextmanager
def _work_budget(conn: sqlite3.Connection) -> Iterator[_Budget]:
    """Interrupt SQLite once a query has run SEARCH_BUDGET_S."""
    budget = _Budget()
    conn.set_progress_handler(budget.check, PROGRESS_STEPS)
    try:
        yield budget
    finally:
        conn.set_progress_handler(None, PROGRESS_STEPS)


def _run(
    conn: sqlite3.Connection,
    q: Query,
    plan: Plan,
    limit: int | None,
    offset: int,
    sort: str,
    snippets: bool,
    check: Callable[[], int],
) -> SearchResult:
    if plan.match is not None:
        rows, total = _run_fts(conn, plan, limit, offset, sort, check)
    else:
        rows, total = _run_filters(conn, plan, limit, offset, sort)
    ids = [article_id for article_id, _ in rows]
    articles = _fetch_articles(conn, ids, with_text=snippets)
    regexes = term_regexes(q) if snippets else []
    hits = []
    for article_id, score in rows:
        if article_id not in articles:
            continue  # deleted meanwhile
        issue_id, issue_date, title, type_, section, text, *shown = articles[article_id]
        snippet, spans = hit_snippet(text, shown, regexes) if snippets else ("", ())
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
    lo, hi = range_bounds(date_from, date_to)
    plan = fts_query.plan(q, lo, hi, [], boost=False)
    conn, lock = _conn_and_lock(source)
    with lock:
        try:
            conn.create_function("zz_fold", 1, fold_or_empty, deterministic=True)
            return _match_days(conn, plan)
        except sqlite3.Error as exc:
            stop_signals.raise_again()
            raise QueryError(f"检索失败 / Search failed: {shown.sqlite_reason(exc)}") from exc


def _matching(conn: sqlite3.Connection, plan: Plan) -> tuple[str, int | None, int | None]:
    """` FROM … WHERE …` of the index rows a plan matches (its filters joined, its
    dates as a range of row keys), and that key range; parameters: match, then filters."""
    where = [f"{FTS} MATCH ?", *plan.where]
    key_lo, key_hi = key_range(conn, plan.date_lo, plan.date_hi)
    if key_lo is not None:
        where.append(f"{FTS}.rowid >= {int(key_lo)}")
    if key_hi is not None:
        where.append(f"{FTS}.rowid <= {int(key_hi)}")
    join = (
        f" JOIN {KEYS} fk ON fk.key = {FTS}.rowid JOIN articles a ON a.id = fk.article_id"
        if plan.where
        else ""
    )
    return f" FROM {FTS}{join} WHERE " + " AND ".join(where), key_lo, key_hi


def _match_days(conn: sqlite3.Connection, plan: Plan) -> list[int | None]:
    if plan.match is None:
        rows, _ = _run_filters(conn, plan, None, 0, "date")
        ids = [article_id for article_id, _ in rows]
        days: list[int | None] = []
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            days += [issue_day(d) for (d,) in conn.execute(
                f"SELECT issue_date FROM articles WHERE id IN ({marks})", chunk)]
        return days
    body, _, _ = _matching(conn, plan)
    sql = f"SELECT {FTS}.rowid{body}"
    bits = slot_bits(conn)
    return [key_day(key, bits) for (key,) in conn.execute(sql, [plan.match, *plan.params])]


def _original_hits(
    conn: sqlite3.Connection, q: Query, seen: set[int], plan: Plan, limit: int | None
) -> list[Hit]:
    """Corrected articles whose parsed original (revision 0, core/revisions.py)
    has every search term while their corrected text does not."""
    regexes = term_regexes(q)
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
    conn: sqlite3.Connection,
    plan: Plan,
    limit: int | None,
    offset: int,
    sort: str,
    check: Callable[[], int],
) -> tuple[list[tuple[int, float]], int]:
    """Rank the FTS matches; returns ([(article_id, score)], total).

    The page comes from FTS5 in order with its LIMIT (SQLite keeps only the
    best rows while scoring), and the total from a count(*) that scores
    nothing, only when the page is full. Materialising every match to count
    and sort it in one statement cost 1.5-2x as much on common words (on a
    22-year library: 中国 34.5 ms against 23.4 ms for both queries), for at
    most 0.4 ms saved on a phrase with a handful of hits (issue 18). A query
    of one-token phrases is counted first, which reads no positions; with
    SPLIT_MIN matches or more its page is ranked in two halves at once
    (core/rank_split.py).
    """
    params: list[Any] = [plan.match, *plan.params]
    body, key_lo, key_hi = _matching(conn, plan)
    total: int | None = None
    if sort == "relevance" and limit and not plan.where and fts_query.single_tokens(plan.match):
        total = conn.execute(f"SELECT count(*){body}", params).fetchone()[0]
        if total == 0:
            return [], 0
        if total >= rank_split.SPLIT_MIN:
            select = f"SELECT {FTS}.rowid AS key, {_BM25} AS score{body}"
            best = rank_split.best(conn, select, params, key_lo, key_hi, offset + limit, check, PROGRESS_STEPS)
            if best is not None:
                return _article_ids(conn, best[offset:]), total
    page = _page(limit, offset)
    if sort == "relevance":
        by, order = "score, key DESC", "t.score, t.key DESC"
    elif sort == "oldest":
        by, order = _oldest_first(slot_bits(conn))
    else:
        by, order = "key DESC", "t.key DESC"
    inner = f"SELECT {FTS}.rowid AS key, {_BM25} AS score{body} ORDER BY {by}{page}"
    sql = (
        f"SELECT k.article_id, t.score FROM ({inner}) t "
        f"JOIN {KEYS} k ON k.key = t.key ORDER BY {order}"
    )
    result = conn.execute(sql, params).fetchall()
    rows = [(article_id, -score if score else 0.0) for article_id, score in result]
    if total is None and (limit is None and offset == 0 or (offset == 0 and len(rows) < (limit or 0))):
        total = len(rows)
    elif total is None:
        total = conn.execute(f"SELECT count(*){body}", params).fetchone()[0]
    return rows, total


def _oldest_first(bits: int) -> tuple[str, str]:
    """ORDER BY terms (inner, outer) for oldest first: days ascending, an issue's articles
    in reading order (their slots count down, core/fts_index.py), undated articles last by id.

    Unlike newest first, SQLite sorts the matches here instead of walking the
    index in rowid order; it is the rarer order, and the sort is of integers.
    """
    terms = f"(key < 0), CASE WHEN key >= 0 THEN key >> {int(bits)} ELSE -key END, key DESC"
    return terms, terms.replace("key", "t.key")


def _article_ids(conn: sqlite3.Connection, keyed: list[tuple[int, float]]) -> list[tuple[int, float]]:
    """(key, bm25) rows as (article id, score), in their order."""
    marks = ", ".join("?" * len(keyed))
    ids = dict(conn.execute(f"SELECT key, article_id FROM {KEYS} WHERE key IN ({marks})", [k for k, _ in keyed]))
    return [(ids[key], -score if score else 0.0) for key, score in keyed if key in ids]


def _run_filters(
    conn: sqlite3.Connection, plan: Plan, limit: int | None, offset: int, sort: str
) -> tuple[list[tuple[int, float]], int]:
    """Queries with no text term (e.g. `author:周嵩 date:2024`): newest first, or oldest first."""
    where = list(plan.where)
    params = list(plan.params)
    if plan.date_lo:
        where.append("a.issue_date >= ?")
        params.append(plan.date_lo)
    if plan.date_hi:
        where.append("a.issue_date <= ?")
        params.append(plan.date_hi)
    body = " FROM articles a WHERE " + " AND ".join(where or ["1"])
    order = (
        "a.issue_date IS NULL, a.issue_date, a.issue_id, a.seq" if sort == "oldest"
        else "a.issue_date DESC, a.issue_id DESC, a.seq"
    )
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
        ):  # untrusted (core/stored_values.py): a blob or a number where text should be
            out[row[0]] = (
                row[1], stored_values.optional_text(row[2]),
                *map(stored_values.line, row[3:6]), *map(stored_values.text, row[6:]),
            )
    return out

