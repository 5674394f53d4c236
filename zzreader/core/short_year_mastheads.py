"""A masthead date with a two-digit year, year first: '88年7月5日　星期二', '88.7.5　星期二'.

Old pages and archivists' labels shorten the year ('株洲日报　88年7月5日'). The
two figures name a year of either century; the weekday printed beside the date
says which (the nearer century first: 50-99 as 19xx, 00-49 as 20xx). Without a
weekday such a date is no masthead: '25.7.5' alone may be a version or a score.
The day-first form with two figures at each end ('26/01/24 星期六') is read in
core/dates.py `_short_masthead`.
"""

from __future__ import annotations

import datetime as dt
import re

_WEEKDAYS = "一二三四五六日"
_DATE = r"(?<![\d./])(\d{2})(?:\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[/.](\d{1,2})[/.](\d{1,2}))(?![\d./])"
_MASTHEAD = re.compile(_DATE + r"[\s\u3000·・|｜,，/]*(?:星期|周)([一二三四五六日天])")
# the same, without groups, for core/lines.py's masthead hint (whose backreferences count its own groups)
HINT = r"(?<![\d./])\d{2}(?:\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[/.]\d{1,2}[/.]\d{1,2})(?![\d./])[\s\u3000·・|｜,，/]*(?:星期|周)[一二三四五六日天]"


def masthead_day(head: str) -> dt.date | None:
    """The day of the first two-digit-year masthead date in `head` whose weekday confirms a century."""
    for m in _MASTHEAD.finditer(head):
        yy, month, day = int(m.group(1)), int(m.group(2) or m.group(4)), int(m.group(3) or m.group(5))
        want = _WEEKDAYS.index("日" if m.group(6) == "天" else m.group(6))
        near, far = (1900, 2000) if yy >= 50 else (2000, 1900)
        for century in (near, far):
            try:
                found = dt.date(century + yy, month, day)
            except ValueError:
                break
            if found.weekday() == want:
                return found
    return None
