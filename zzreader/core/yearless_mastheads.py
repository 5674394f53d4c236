"""A masthead that prints the month and the day but no year: '【株洲日报】12月6日 周日 A03·城事', '株洲日报 12月4日 A06 区县'.

A phone app's copy of a page often drops the year from its head line. The weekday
says which years the day can be in (a month, day and weekday come round every five
to eleven years): the one nearest the year the text points at when it names one
(core/dates.py `_content_year`), else the latest one not after today, since an
archive holds back issues. Only a short line in the page's head is read so: a
story's '12月6日（周日）上午，…' is no masthead. Without a weekday the line is still
the masthead (`HINT`), and the year comes from elsewhere (a note app's 'Created:').
"""

from __future__ import annotations

import datetime as dt
import re

_WEEKDAYS = "一二三四五六日"
_LINE_MAX = 40  # a head line; a story's sentence is longer
_DAY = re.compile(r"(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*日[\s\u3000·・|｜,，]*(?:星期|周)([一二三四五六日天])")
# the paper's name before the same date, with the weekday or the page after it ('株洲日报 12月4日 A06 区县', a note
# app's page title), for core/lines.py's masthead hint (no groups: the hint counts its own); each run of spaces is
# read once (possessive where a second run could follow: a line's length counts a run as one space, so
# '株洲日报 12月4日 A06' and 50,000 spaces reach the hint, and split three ways the run ran past 20 s)
HINT = (r"^[【\[]?株洲日[报報][】\]]?[\s\u3000·・|｜]*\d{1,2}\s*月\s*\d{1,2}\s*日[\s\u3000·・|｜,，]*+"
        r"(?:(?:星期|周)[一二三四五六日天]|第?\s*[A-DＡ-Ｄ]\d{1,2}\s*+版?(?:[\s\u3000·・|｜]*+[\u4e00-\u9fff]{2,6})?\s*$)")
_REACH = 12  # years either side of the text's year to look for the weekday


def masthead_day(head: str, near_year: int | None, today: dt.date | None = None) -> dt.date | None:
    """The day of the first short head line with a yearless date and its weekday, in the year the weekday allows."""
    today = today or dt.date.today()
    for line in head.split("\n"):
        if len(line.strip()) > _LINE_MAX or not (m := _DAY.search(line)):
            continue
        month, day = int(m.group(1)), int(m.group(2))
        want = _WEEKDAYS.index("日" if m.group(3) == "天" else m.group(3))
        years = sorted(range(near_year - _REACH, near_year + _REACH + 1), key=lambda y: abs(y - near_year)) if near_year else range(today.year, today.year - 30, -1)
        for year in years:
            try:
                found = dt.date(year, month, day)
            except ValueError:
                continue
            if found.weekday() == want and (near_year or found <= today):
                return found
        return None
    return None
