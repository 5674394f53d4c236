"""Term trends: how many articles match a query, per month or per year.

The counts come from `search.match_days`, the same plan as `search()`, so a
period's count equals the search total for the same query and dates. A
period in which the library has no issue is a gap (None), never a zero: a
missing year of back issues must not read as "nobody wrote about it".
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from zzreader.core import choices, search, stored_values
from zzreader.core.query import QueryError, date_bounds, range_bounds

BY = choices.TREND_PERIODS
MAX_QUERIES = 5


@dataclass(frozen=True)
class Point:
    period: str  # "2024-12" or "2024"
    articles: int | None  # None: no issue in the period (a gap)
    all_articles: int | None
    issues: int

    @property
    def share(self) -> float | None:
        """Matching articles as a share of all articles in the period."""
        if not self.articles or not self.all_articles:
            return None if self.articles is None else 0.0
        return self.articles / self.all_articles

    def to_json(self) -> dict:
        return {
            "period": self.period,
            "articles": self.articles,
            "all_articles": self.all_articles,
            "issues": self.issues,
            "share": None if self.share is None else round(self.share, 6),
        }


@dataclass(frozen=True)
class Series:
    query: str
    points: tuple[Point, ...]

    @property
    def total(self) -> int:
        return sum(p.articles or 0 for p in self.points)

    def to_json(self) -> dict:
        return {"query": self.query, "total": self.total, "points": [p.to_json() for p in self.points]}


@dataclass(frozen=True)
class Trend:
    by: str
    series: tuple[Series, ...]

    def to_json(self) -> dict:
        return {"by": self.by, "series": [s.to_json() for s in self.series]}

    def to_csv_rows(self) -> list[list[Any]]:
        """One row per (query, period): the data behind the chart, for a spreadsheet."""
        rows: list[list[Any]] = [["query", "period", "articles", "all_articles", "issues", "share"]]
        for s in self.series:
            for p in s.points:
                share = "" if p.share is None else f"{p.share:.6f}"
                rows.append([s.query, p.period, _blank(p.articles), _blank(p.all_articles), p.issues, share])
        return rows


def _blank(n: int | None) -> Any:
    return "" if n is None else n


def period_of(day: dt.date, by: str) -> str:
    return f"{day.year:04d}" if by == "year" else f"{day.year:04d}-{day.month:02d}"


def period_bounds(period: str) -> tuple[str, str]:
    """First and last ISO day of "2024" or "2024-12" (for listing a point's articles)."""
    return date_bounds(period)


def _periods(first: dt.date, last: dt.date, by: str) -> list[str]:
    out: list[str] = []
    y, m = first.year, first.month
    while (y, m if by == "month" else 1) <= (last.year, last.month if by == "month" else 1):
        out.append(f"{y:04d}" if by == "year" else f"{y:04d}-{m:02d}")
        if by == "year":
            y += 1
        else:
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


_PERIOD = {"year": re.compile(r"[0-9]{4}"), "month": re.compile(r"[0-9]{4}-(0[1-9]|1[0-2])")}


def _library_counts(library: Any, by: str, lo: str | None, hi: str | None) -> tuple[Counter, Counter]:
    """Issues and articles per period (dated issues only) within lo..hi."""
    width = 4 if by == "year" else 7
    where, params = ["date IS NOT NULL"], []
    if lo:
        where.append("date >= ?")
        params.append(lo)
    if hi:
        where.append("date <= ?")
        params.append(hi)
    sql = (
        f"SELECT substr(date, 1, {width}) AS p, count(*), sum({stored_values.count_sql('article_count')}) FROM issues "
        f"WHERE {' AND '.join(where)} GROUP BY p"
    )
    with library.lock:
        rows = library.db.execute(sql, params).fetchall()
    issues, articles = Counter(), Counter()
    for period, n_issues, n_articles in rows:
        if not isinstance(period, str) or not _PERIOD[by].fullmatch(period):
            continue  # a date another tool stored ("abcd", a number): counted as undated
        issues[period] = n_issues
        articles[period] = n_articles or 0
    return issues, articles


def trend(
    library: Any,
    queries: list[str],
    by: str = "month",
    date_from: str | None = None,
    date_to: str | None = None,
) -> Trend:
    """Matching articles per period for each query (1-5 of them, full search syntax)."""
    if by not in BY:
        raise QueryError(f"按月或按年 / --by must be month or year, not {by}")
    queries = [q for q in queries if q.strip()]
    if not 1 <= len(queries) <= MAX_QUERIES:
        raise QueryError(f"需要 1–{MAX_QUERIES} 个检索式 / Give 1 to {MAX_QUERIES} queries")
    lo, hi = range_bounds(date_from, date_to)
    issues, articles = _library_counts(library, by, lo, hi)
    if not issues:
        return Trend(by, tuple(Series(q, ()) for q in queries))
    # The periods from the first to the last that has issues, within lo..hi: a range
    # of 1900 to 9999 lists this archive's span, not 97,000 empty months.
    known = sorted(issues)
    first = dt.date.fromisoformat(date_bounds(known[0])[0])
    last = dt.date.fromisoformat(date_bounds(known[-1])[0])
    periods = _periods(first, last, by)
    series = []
    for q in queries:
        counts: Counter = Counter()
        for day in search.match_days(library, q, date_from=lo, date_to=hi):
            if day is not None:
                counts[period_of(dt.date.fromordinal(day), by)] += 1
        points = tuple(
            Point(p, counts[p], articles[p], issues[p]) if issues[p] else Point(p, None, None, 0)
            for p in periods
        )
        series.append(Series(q, points))
    return Trend(by, tuple(series))
