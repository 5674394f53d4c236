"""Dates a file name gives in two forms the year-first patterns of core/dates.py miss.

A camera, a scanner or a download manager names a file by the moment it was
made: '20250717093015.txt', 'IMG_202507170930.txt'. The date is the first
eight of those figures; the time after it is a real clock time, or the run is
no timestamp (a hash, an order number). WeChat names what it saves by the
moment in milliseconds since 1970: 'mmexport1752710400000.txt' was saved on
17 July 2025, China time (`export_date`).

A name copied from a European or American system sets a two-digit year last:
'05-07-88.txt' (5 July, day first), '07-05-88.txt' (July 5, month first),
'050788.txt'. A year of 50 to 99 can be neither a day nor a month, so the year
(1950-1999) is sure; the order of the day and the month is not. When only one
order gives a real day ('17-07-88') that day is the name's; when both do the
name alone gives none, and the text's own page picks the reading
(core/dates.py `_either_way_printed`, `by_datelines`). A year of 00-49 reads
year first ('25-07-17' is 2025-07-17), as core/dates.py has always read it,
unless the stories' datelines lead up to the year-last reading instead
('17-07-25.txt' over stories dated '7月16日' of 2025: 17 July 2025, `reread`).

A four-digit year last ('zzrb-08-07-2026.txt', '07.08.2026.txt') is the same:
the one real reading when there is one ('25-07-2026'); otherwise the text's own
evidence, in this order: a full date in a masthead or a labelled '发布时间'
line (which outranks any name), the page's day and weekday ('7月8日 星期三'),
a weekday alone in the page's head ('株洲日报　星期三　A03', `by_weekday`), the
stories' datelines. With none of these the name gives no day and the issue
records a warning naming both readings (`either_way_warning`), rather than
taking one of them silently.
"""

from __future__ import annotations

import datetime as dt
import re

# yyyymmdd then hhmm or hhmmss: a clock time that exists
_TIMESTAMP = re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?(?!\d)")
_YEAR_LAST_SEP = re.compile(r"(?<![\d.])(\d{1,2})([-_.])(\d{1,2})\2([5-9]\d)(?!\d|\.\d)")
_YEAR_LAST_RUN = re.compile(r"(?<!\d)(\d{2})(\d{2})([5-9]\d)(?!\d)")
_TWO_DIGITS_SEP = re.compile(r"(?<![\d.])(\d{1,2})([-_.])(\d{1,2})\2(\d{2})(?!\d|\.\d)")
_TWO_DIGITS_RUN = re.compile(r"(?<!\d)(\d{2})(\d{2})(\d{2})(?!\d)")
_HASH = re.compile(r"[0-9a-fA-F]{10,}")  # '7a050788be90f1c3': figures of a hash, no date
DATELINE_DAYS = 3  # a story's dateline is the day before its issue, or a few days before


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# 'mmexport1752710400000': WeChat's saved file, named by the moment in milliseconds
_MMEXPORT = re.compile(r"mmexport(\d{13})(?!\d)", re.IGNORECASE)
_CHINA_TIME = dt.timezone(dt.timedelta(hours=8))
_FIRST_EXPORT = dt.date(2011, 1, 21)  # WeChat's first release: no file it saved is older


def export_date(filename: str, today: dt.date | None = None) -> dt.date | None:
    """The day, China time, of a WeChat 'mmexport' name's moment, if it lies between WeChat's first release and today."""
    if not (m := _MMEXPORT.search(filename)):
        return None
    day = dt.datetime.fromtimestamp(int(m.group(1)) / 1000, _CHINA_TIME).date()
    return day if _FIRST_EXPORT <= day <= (today or dt.date.today()) else None


def timestamp_date(filename: str, hashes: list[tuple[int, int]]) -> dt.date | None:
    """The day of a 12- or 14-figure timestamp in the name, never one inside a longer hash (`hashes`: its spans)."""
    for m in _TIMESTAMP.finditer(filename):
        inside = any(a <= m.start() and m.end() <= b and b - a > m.end() - m.start() for a, b in hashes)
        if not inside and (day := _day(int(m.group(1)), int(m.group(2)), int(m.group(3)))):
            return day
    return None


def year_last_readings(filename: str) -> list[set[dt.date]]:
    """For each two-digit-year-last date in the name, the real days it reads as (day first, month first)."""
    groups = []
    hashes = [m.span() for m in _HASH.finditer(filename)]
    for m in [*_YEAR_LAST_SEP.finditer(filename), *_YEAR_LAST_RUN.finditer(filename)]:
        if any(a <= m.start() and m.end() <= b for a, b in hashes):
            continue
        a, b, yy = (m.group(1), m.group(3), m.group(4)) if m.re is _YEAR_LAST_SEP else m.groups()
        year = 1900 + int(yy)
        if readings := {d for d in (_day(year, int(b), int(a)), _day(year, int(a), int(b))) if d}:
            groups.append(readings)
    return groups


def by_datelines(groups: list[set[dt.date]], month_days: list[tuple[int, int]]) -> dt.date | None:
    """The one reading of an either-way name that the text's datelines lead up to ('7月4日' under '050788': 5 July)."""
    for readings in groups:
        led = {r for r in readings for month, day in month_days if (d := _day(r.year, month, day)) and 0 < (r - d).days <= DATELINE_DAYS}
        if len(readings) > 1 and len(led) == 1:
            return led.pop()
    return None


def _century(yy: str) -> int:
    return (2000 if int(yy) < 50 else 1900) + int(yy)


def reread(named: dt.date, filename: str, month_days: list[tuple[int, int]]) -> dt.date:
    """`named`, or the year-last reading of its two-digit name that the stories' datelines lead up to."""
    hashes = [m.span() for m in _HASH.finditer(filename)]
    for m in [*_TWO_DIGITS_SEP.finditer(filename), *_TWO_DIGITS_RUN.finditer(filename)]:
        if any(a <= m.start() and m.end() <= b for a, b in hashes):
            continue
        a, b, c = (m.group(1), m.group(3), m.group(4)) if m.re is _TWO_DIGITS_SEP else m.groups()
        year_last = _century(c)
        readings = {d for d in (_day(year_last, int(b), int(a)), _day(year_last, int(a), int(b))) if d}
        if named in {_day(_century(a), int(b), int(c))} and readings and (day := by_datelines([readings | {named}], month_days)):
            return day
    return named


_WEEKDAY = re.compile(r"(?:星期|礼拜)([一二三四五六日天])|周([一二三四五六日])(?![\u4e00-\u9fff])")
_MONTH_DAY = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日")
_WEEKDAYS = "一二三四五六日"


def by_weekday(groups: list[set[dt.date]], head: str) -> dt.date | None:
    """The one reading of an either-way name that falls on the weekday the page's head prints alone ('株洲日报　星期三　A03').

    A head that prints a month and day of its own decides by those (core/dates.py `_either_way_printed`), never by its weekday alone.
    """
    if _MONTH_DAY.search(head):
        return None
    weekdays = {_WEEKDAYS.index("日" if d == "天" else d) for m in _WEEKDAY.finditer(head) for d in m.groups() if d}
    if len(weekdays) != 1:
        return None
    (want,) = weekdays
    for readings in groups:
        matching = {r for r in readings if r.weekday() == want}
        if len(readings) > 1 and len(matching) == 1:
            return matching.pop()
    return None


def either_way_warning(groups: list[set[dt.date]]) -> str | None:
    """The warning for a name whose day and month read either way round when nothing in the text decided it."""
    for readings in groups:
        if len(readings) == 2:
            first, second = sorted(readings)
            return (f"文件名中的日期可读作 {first.isoformat()} 或 {second.isoformat()}，正文没有说明是哪一天 / "
                    f"The file name's date reads as {first.isoformat()} or {second.isoformat()} and the text does not say which.")
    return None


# '2026-351': the year and the day of the year (ISO 8601's ordinal date), as some archive systems name a day;
# exactly three figures after a hyphen or an underscore, and nothing date-like after them
_ORDINAL = re.compile(r"(?<![\d.])((?:19|20)\d{2})[-_](\d{3})(?![\d]|[-_.]\d)")


def ordinal_date(filename: str) -> dt.date | None:
    """The day a name gives as its year and its day of the year ('zzrb-2026-351.txt': 17 December 2026)."""
    for m in _ORDINAL.finditer(filename):
        year, nth = int(m.group(1)), int(m.group(2))
        if 1 <= nth <= (366 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 365):
            return dt.date(year, 1, 1) + dt.timedelta(days=nth - 1)
    return None
