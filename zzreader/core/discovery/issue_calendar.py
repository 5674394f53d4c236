"""The calendar of issues: which days have an issue, which days are missing,
what ran on this day in other years and on the same lunar date.

The publication schedule is learned from the library itself, per year: a
weekday is a publishing day of a year when at least half of that year's
weeks (within the span the library covers) have an issue on it. A
publishing day without an issue, between the first and the last issue, is
listed as missing - a gap in the collection, not a day the paper skipped.
Papers change schedule (weekend editions come and go), hence per year.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from lunardate import LunarDate

from zzreader.core import shown, stored_values
from zzreader.core.query import QueryError

# A weekday publishes when at least this share of the year's weeks have it.
SCHEDULE_MIN_SHARE = 0.5


@dataclass(frozen=True)
class CalendarIssue:
    date: str
    issue_id: int
    number: int | None
    pages: int | None
    articles: int

    def to_json(self) -> dict:
        return {
            "date": self.date,
            "issue_id": self.issue_id,
            "number": self.number,
            "pages": self.pages,
            "articles": self.articles,
        }


def _rows(library: Any, where: str = "", params: list | None = None) -> list[CalendarIssue]:
    sql = (
        "SELECT date, id, number, pages, article_count FROM issues "
        f"WHERE date IS NOT NULL {where} ORDER BY date, id"
    )
    with library.lock:
        rows = library.db.execute(sql, params or []).fetchall()
    # An untrusted library: only rows whose date is a date of ours (text like 2024-12-05).
    sv = stored_values
    return [
        CalendarIssue(date, issue_id, sv.optional_int(number), sv.optional_int(pages), sv.count(articles))
        for date, issue_id, number, pages, articles in rows
        if isinstance(date, str) and _is_day(date)
    ]


def _is_day(text: str) -> bool:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def issues(library: Any, year: int | None = None, month: int | None = None) -> list[CalendarIssue]:
    """Dated issues, oldest first; optionally of one year or one month."""
    if year is None:
        return _rows(library)
    lo = f"{year:04d}-" if month is None else _month_prefix(year, month)
    # Dates are text: everything that starts with the prefix, not "up to the next year's",
    # since "10000-" sorts before "9999-" and year 9999 listed nothing.
    return _rows(library, "AND date >= ? AND date < ?", [lo, lo + "\uffff"])


def _month_prefix(year: int, month: int) -> str:
    if not 1 <= month <= 12:
        raise QueryError(f"月份应为 1–12，不是 {month} / month must be 1-12, not {month}")
    return f"{year:04d}-{month:02d}-"


def _all_dates(library: Any) -> list[dt.date]:
    with library.lock:
        rows = library.db.execute(
            "SELECT DISTINCT date FROM issues WHERE date IS NOT NULL ORDER BY date"
        ).fetchall()
    out = []
    for (d,) in rows:
        try:
            out.append(dt.date.fromisoformat(d))
        except (ValueError, TypeError):  # a date another tool stored as a number or bytes
            continue
    return out


def schedule(dates: list[dt.date]) -> dict[int, frozenset[int]]:
    """Publishing weekdays (0 = Monday) per year, learned from the issue dates."""
    if not dates:
        return {}
    first, last = dates[0], dates[-1]
    seen: dict[int, dict[int, set]] = defaultdict(lambda: defaultdict(set))
    for d in dates:
        seen[d.year][d.weekday()].add(d.isocalendar()[:2])
    out: dict[int, frozenset[int]] = {}
    for year in range(first.year, last.year + 1):
        lo = max(first, dt.date(year, 1, 1))
        hi = min(last, dt.date(year, 12, 31))
        weeks = max(1, ((hi - lo).days + 1) / 7)
        out[year] = frozenset(
            wd for wd, ws in seen[year].items() if len(ws) / weeks >= SCHEDULE_MIN_SHARE
        )
    return out


def missing(dates: list[dt.date], year: int | None = None, month: int | None = None) -> list[str]:
    """Publishing days between the first and the last issue that have no issue."""
    if not dates:
        return []
    have = set(dates)
    plan = schedule(dates)
    lo, hi = dates[0], dates[-1]
    if year is not None:
        lo = max(lo, dt.date(year, month or 1, 1))
        # The last day asked for, without stepping into year+1 (year 9999 has none).
        last = dt.date(year, 12, 31) if month in (None, 12) else dt.date(year, month + 1, 1) - dt.timedelta(days=1)
        hi = min(hi, last)
    out = []
    for n in range(max(0, (hi - lo).days + 1)):  # counted, so the last day 9999-12-31 has no "next day"
        day = lo + dt.timedelta(days=n)
        if day not in have and day.weekday() in plan.get(day.year, ()):
            out.append(day.isoformat())
    return out


def calendar(library: Any, year: int | None = None, month: int | None = None) -> dict:
    """`zzreader calendar --json`: the issues and the missing days (of a year or month)."""
    dates = _all_dates(library)
    return {
        "issues": [i.to_json() for i in issues(library, year, month)],
        "missing": missing(dates, year, month),
    }


def parse_day(text: str) -> tuple[int, int]:
    """'10-30', '1030' or '10/30' -> (10, 30); a clear error otherwise."""
    # ASCII digits, at most two each: int() also read "٣", "1_0" and 20 digits (an OverflowError)
    found = _DAY.fullmatch(text.strip())
    try:
        if found is None:
            raise ValueError(text)
        month, day = (int(found[1]), int(found[2])) if found[1] else (int(found[3]), int(found[4]))
        dt.date(2000, month, day)  # a leap year accepts 02-29
    except ValueError:
        wrong = repr(shown.name(text))
        raise QueryError(f"日期应为 MM-DD，不是 {wrong} / The day must be MM-DD, not {wrong}") from None
    return month, day


_DAY = re.compile(r"([0-9]{1,2})[-/.]([0-9]{1,2})|([0-9]{1,2})([0-9]{2})")


def on_this_day(library: Any, day: str | None = None, today: dt.date | None = None) -> dict:
    """`zzreader onthisday --json`: the issues of the same month and day in every year."""
    month, mday = parse_day(day) if day else ((today or dt.date.today()).month, (today or dt.date.today()).day)
    key = f"-{month:02d}-{mday:02d}"
    found = _rows(library, "AND substr(date, 5) = ?", [key])
    return {"day": f"{month:02d}-{mday:02d}", "issues": [i.to_json() for i in found]}


# The days lunardate's tables cover (lunar 1900-01-01 to the end of lunar 2099).
LUNAR_RANGE = (dt.date(1900, 1, 31), dt.date(2100, 2, 8))


def same_lunar_date(library: Any, date: str) -> dict:
    """The issues printed on the same lunar month and day as `date`, in every year.

    The lunar date of each year is converted back to a solar day (one
    conversion per year, not per issue), so any date opens at once.
    """
    try:
        solar = dt.date.fromisoformat(date)
    except ValueError:
        raise QueryError(f"无法识别的日期 / Not a date: {date!r}") from None
    if not LUNAR_RANGE[0] <= solar <= LUNAR_RANGE[1]:  # outside its tables lunardate answers nonsense
        raise QueryError(
            f"农历只能换算 {LUNAR_RANGE[0]} 至 {LUNAR_RANGE[1]} 的日期，不能换算 {solar} / Lunar dates are known from "
            f"{LUNAR_RANGE[0]} to {LUNAR_RANGE[1]} only, not {solar}"
        )
    try:
        lunar = LunarDate.from_solar_date(solar.year, solar.month, solar.day)
    except ValueError:
        raise QueryError(f"无法识别的日期 / Not a date: {date!r}") from None
    dates = _all_dates(library)
    wanted: list[str] = []
    if dates:
        first, last = max(dates[0].year - 1, 1900), min(dates[-1].year + 1, 2099)  # lunardate's years
        for year in range(first, last):
            try:
                wanted.append(LunarDate(year, lunar.month, lunar.day).to_solar_date().isoformat())
            except ValueError:  # no 30th in that year's month
                continue
    marks = ",".join("?" * len(wanted)) or "NULL"
    found = _rows(library, f"AND date IN ({marks})", wanted)
    return {
        "date": solar.isoformat(),
        "lunar": {"month": lunar.month, "day": lunar.day, "leap": bool(lunar.is_leap_month)},
        "issues": [i.to_json() for i in found],
    }
