"""The date an HTML export's head matter gives: its <title> or a date <meta>; or its articles' <time> elements.

Head matter no reader sees is dropped as text (`zzreader/core/renditions/markup.py`);
it still dates the page when nothing in the body does.
"""

from __future__ import annotations

import datetime as dt
import re

_TITLE = re.compile(r"<\s*title\b[^>]*>([^<]{4,80})<\s*/\s*title\s*>", re.I)
# '株洲日报-20250717-A03': eight figures in a title; '17/07/2025' in a meta: the year last, one order a real day
_COMPACT = re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)")
_YEAR_LAST = re.compile(r"(?<!\d)(\d{1,2})[-./](\d{1,2})[-./]((?:19|20)\d{2})(?!\d)")
_TITLE_DATE = re.compile(r"((?:19|20)\d{2})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[-./](\d{1,2})[-./](\d{1,2})(?!\d))")


_META_DATE = re.compile(
    r"<\s*meta\b[^>]*(?:name|property)\s*=\s*[\"']?(?:publishdate|pubdate|publish_date|date|dc\.date|article:published_time)[\"']?"
    r"[^>]*content\s*=\s*[\"']?([^\"'>]{8,40})", re.I
)


def title_date(raw_lines: list[str]) -> str | None:
    """The date an HTML page's <title> names for the paper ('<title>株洲日报 2025年9月18日 A03 城事</title>'), or its date <meta>.

    Head matter no reader sees, so it is never text; it still dates the page.
    """
    for raw in raw_lines[:40]:
        if (day := _head_date(raw)) is not None:
            return day
    return None


def _head_date(raw: str) -> str | None:
    if "<" not in raw:
        return None  # no tag on the line (a cheap look first)
    low = raw.lower()
    if "meta" in low and (t := _META_DATE.search(raw)):
        if day := beijing_day(t.group(1)):
            return day  # '2025-07-16T17:30:00Z': 01:30 on 17 July where the paper is printed
        m = _TITLE_DATE.search(t.group(1))  # '<meta name="publishdate" content="2025-10-15">'
        if not m and (y := _YEAR_LAST.search(t.group(1))):
            return _one_order(int(y.group(3)), int(y.group(1)), int(y.group(2)))
    elif "title" in low and (t := _TITLE.search(raw)) and ("株洲日报" in t.group(1) or "株洲晚报" in t.group(1)):
        m = _TITLE_DATE.search(t.group(1))
        if not m and (c := _COMPACT.search(t.group(1))):
            return _iso_parts(*map(int, c.groups()))
    else:
        return None
    return _iso(m) if m else None


def _iso_parts(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _one_order(year: int, a: int, b: int) -> str | None:
    """'17/07/2025': the day a year-last date names when only one order of its day and month is real ('07/05/2025' names none)."""
    readings = {d for d in (_iso_parts(year, b, a), _iso_parts(year, a, b)) if d}
    return readings.pop() if len(readings) == 1 else None


def figures_date(text: str) -> str | None:
    """The first full date in figures ('2025年4月26日', '2025-04-26', '2025/4/26') in `text`, as an ISO date."""
    m = _TITLE_DATE.search(text)
    return _iso(m) if m else None


def _iso(m: re.Match) -> str | None:
    year, month, day = int(m.group(1)), int(m.group(2) or m.group(4)), int(m.group(3) or m.group(5))
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None


_TIME = re.compile(r"<\s*time\b[^>]*\bdatetime\s*=\s*[\"']?(((?:19|20)\d{2})-(\d{2})-(\d{2})[^\"'>\s]{0,30})", re.IGNORECASE)
# an ISO time with its zone ('2025-07-16T17:30:00Z', '…+0000'): the paper's day is Beijing's (UTC+8)
_ZONED = re.compile(r"((?:19|20)\d{2}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?)\s*(Z|[+-]\d{2}:?\d{2})(?![\d:])", re.IGNORECASE)
BEIJING = dt.timezone(dt.timedelta(hours=8))


def beijing_day(value: str) -> str | None:
    """The day in Zhuzhou of an ISO time with a zone, as an ISO date; None for a time without one (read as written)."""
    if not (m := _ZONED.search(value)):
        return None
    zone = "+00:00" if m.group(3).upper() == "Z" else m.group(3)[:3] + ":" + m.group(3)[-2:]
    try:
        return dt.datetime.fromisoformat(f"{m.group(1)}T{m.group(2)}{zone}").astimezone(BEIJING).date().isoformat()
    except ValueError:
        return None


def time_date(raw_lines: list[str]) -> str | None:
    """The date every `<time datetime="2025-07-08">` of an HTML5 page gives, when they all agree."""
    days = {
        tuple(map(int, found.split("-"))) if (found := beijing_day(m.group(1))) else tuple(map(int, m.groups()[1:]))
        for raw in raw_lines if "datetime" in raw for m in _TIME.finditer(raw)
    }
    if len(days) != 1:
        return None
    year, month, day = days.pop()
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None
