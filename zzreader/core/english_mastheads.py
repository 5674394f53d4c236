"""A masthead date written in English with its weekday: 'Thursday, July 17, 2025', 'Thu 17 Jul 2025'.

A bilingual masthead sets the Chinese date or the date in figures with an English weekday:
'2025年7月17日 Thursday', '2025/07/17 Thu.'.

An English edition's page, or an archive a foreign reader kept, sets the
paper's day under 'ZHUZHOU DAILY' the English way. Like the Chinese masthead
(core/dates.py), it is read as the masthead only with its weekday, and only
when the weekday is the date's own: 'July 17, 2025' alone is a date the text
mentions.
"""

from __future__ import annotations

import datetime as dt
import re

_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_WEEKDAY = r"(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+"
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_MONTH_FIRST = re.compile(r"(?<![a-z])" + _WEEKDAY + _MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})(?!\d)", re.IGNORECASE)
_DAY_FIRST = re.compile(r"(?<![a-z])" + _WEEKDAY + r"(\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+((?:19|20)\d{2})(?!\d)", re.IGNORECASE)
_CHINESE_DATE = re.compile(
    r"((?:19|20)\d{2})(?:\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|([-/.])(\d{1,2})\4(\d{1,2})(?!\d))[\s\u3000,，]*(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b",
    re.IGNORECASE,
)
# the same, without groups, for core/lines.py's masthead hint (whose backreferences count its own groups)
HINT = (r"(?i:^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}"
        r"|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}$"
        r"|^(?:19|20)\d{2}(?:\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/.]\d{1,2}[-/.]\d{1,2})[\s\u3000,，]*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?$)")


def masthead_day(head: str) -> dt.date | None:
    """The first English weekday-and-date in `head` whose weekday is its own."""
    found = [(m.start(), m.group(1), m.group(2), m.group(3), m.group(4)) for m in _MONTH_FIRST.finditer(head)]
    found += [(m.start(), m.group(1), m.group(3), m.group(2), m.group(4)) for m in _DAY_FIRST.finditer(head)]
    found += [(m.start(), m.group(7), m.group(2) or m.group(5), m.group(3) or m.group(6), m.group(1)) for m in _CHINESE_DATE.finditer(head)]
    for _, weekday, month, day, year in sorted(found):
        try:
            date = dt.date(int(year), int(month) if month.isdigit() else _MONTHS.index(month[:3].lower()) + 1, int(day))
        except ValueError:
            continue
        if date.weekday() == _WEEKDAYS.index(weekday[:3].lower()):
            return date
    return None
