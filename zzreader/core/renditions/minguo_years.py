"""A year of the Republic of China (民国纪年) read as the Gregorian year: '中華民國七十七年五月七日' is 7 May 1988.

A page typed from an old or a Taiwanese copy dates itself by the Minguo
calendar, whose year 1 is 1912; the year may be in figures ('民国77年') or in
Chinese numerals ('民國七十七年', '民国一百一十四年', '民国元年'). Only a year
followed by a month is read, so '民国时期' and '民国年间' stay as they are;
core/renditions/cn_dates.py `to_figures` calls this first, so every masthead
and date-line pattern reads the day as it reads a Gregorian one.
"""

from __future__ import annotations

import re

_ERA_START = 1911  # Minguo year n is Gregorian 1911 + n
_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_MINGUO_YEAR = re.compile(
    r"(?:中[華华])?民[國国]\s*(元|\d{1,3}|[〇零一二三四五六七八九十百]{1,6})\s*年(?=\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月)"
)
_LAST_YEAR = 200  # the era is still counted on Taiwan; no page is dated further than this


def cn_year(text: str) -> int | None:
    """'七十七' 77, '一百一十四' 114, '一一四' 114, '元' 1, '77' 77; None when the numerals read as no number."""
    if text == "元":
        return 1
    if text.isdigit():
        return int(text)
    if "十" not in text and "百" not in text:
        return int("".join(str(_DIGITS[ch]) for ch in text)) if all(ch in _DIGITS for ch in text) else None
    total, rest = 0, text
    for unit, size in (("百", 100), ("十", 10)):
        if unit in rest:
            head, rest = rest.split(unit, 1)
            if head and (len(head) > 1 or head not in _DIGITS) and not (unit == "十" and head in ("零", "〇")):
                return None
            total += size * (_DIGITS.get(head, 1) if head not in ("零", "〇") else 1)
    rest = rest.lstrip("零〇")
    if len(rest) > 1 or (rest and rest not in _DIGITS):
        return None
    return total + (_DIGITS[rest] if rest else 0)


def _gregorian(m: re.Match) -> str:
    year = cn_year(m.group(1))
    return f"{_ERA_START + year}年" if year and year <= _LAST_YEAR else m.group(0)


def to_gregorian(text: str) -> str:
    """The text with each Minguo year before a month written as its Gregorian year."""
    return _MINGUO_YEAR.sub(_gregorian, text) if "民" in text else text
