"""A date a note app wrote in its front matter in any of its shapes.

Site generators write 'date: 2026-04-20'; note apps write the date in the
user's locale: Joplin's '20/04/2026', an English app's '04/20/2026' or
'Apr 20, 2026', a German one's '20.04.2026'. A day and a month that could be
either way round ('03/04/2026') are read by the ISO 'created:'/'updated:' date
beside them when there is one (the nearer reading wins), else day first as
Joplin writes it.
"""

from __future__ import annotations

import datetime as dt
import re

from . import head_dates

_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})[./-](\d{1,2})[./-]((?:19|20)\d{2})(?!\d)")
_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
# 'April 20, 2026': from a word's start to its first month, once ('aprapr…' tried each 'apr' to the word's end)
_MONTH_FIRST = re.compile(
    r"(?<![a-z])(?>[a-z]*?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))[a-z]*+\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})", re.IGNORECASE
)
_DAY_FIRST = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+((?:19|20)\d{2})", re.IGNORECASE)  # '20 April 2026'
_ISO = re.compile(r"^\s*(?:created|updated|modified|created_at|updated_at)\s*[:=]\s*[\"']?((?:19|20)\d{2})-(\d{2})-(\d{2})", re.IGNORECASE)


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def value_date(value: str, head: list[str]) -> str | None:
    """The ISO date a front matter value gives ('2026-04-20', '20/04/2026', 'Apr 20, 2026'), else None."""
    if day := head_dates.figures_date(value):
        return day
    if m := _MONTH_FIRST.search(value):
        found = _day(int(m.group(3)), _MONTHS[m.group(1).lower()], int(m.group(2)))
        return found.isoformat() if found else None
    if m := _DAY_FIRST.search(value):
        found = _day(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1)))
        return found.isoformat() if found else None
    if m := _NUMERIC.search(value):
        a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        readings = [d for d in (_day(year, b, a), _day(year, a, b)) if d]  # day first, then month first
        if not readings:
            return None
        near = _stamp(head)
        best = min(readings, key=lambda d: abs((d - near).days)) if near else readings[0]
        return best.isoformat()
    return None


def _stamp(head: list[str]) -> dt.date | None:
    """The note's own ISO 'created:' (or 'updated:') date, to tell '03/04/2026' day first from month first."""
    for raw in head:
        if m := _ISO.match(raw):
            return _day(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return None
