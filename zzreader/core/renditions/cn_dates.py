"""Dates written in Chinese numerals (二〇二五年九月五日) read as figures (2025年9月5日).

A page number beside such a date (`第三版`) is written in figures too. A weekday in brackets after a date (`2025年10月22日（星期三）`) reads as a plain one too,
and a lunar date set between the date and its weekday (`2025年5月27日　农历五月初一　星期二`)
is read after the weekday, where the masthead patterns expect it.

Some mastheads and running heads print the issue date in Chinese numerals,
often with the lunar date after it (`二〇二五年九月五日　星期五　农历乙巳年七月十四`).
The masthead and header patterns (`zzreader/core/dates.py`,
`zzreader/core/renditions/furniture.py`, `zzreader/core/lines.py`) are written
for figures, so such a line is rewritten to figures before they look at it.
"""

from __future__ import annotations

import re

from .clock_times import drop_clock
from .minguo_years import to_gregorian

_YEAR_DIGITS = {"〇": 0, "○": 0, "零": 0, "Ｏ": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_TENS = {"十": 1, "廿": 2, "卅": 3}
# the year in Chinese numerals or in figures ('2025年十二月二十四日'), the month and day in Chinese numerals
_CN_DATE = re.compile(
    r"([〇○零Ｏ一二三四五六七八九]{4}|(?<!\d)(?:19|20)\d{2})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十廿卅]{1,3})\s*日"
)


def small_number(text: str) -> int | None:
    """1–39 in Chinese numerals ('九', '十二', '二十一', '廿五'), else None."""
    if len(text) == 1:
        return _UNITS.get(text) or (10 * _TENS[text] if text in _TENS else None)
    if text[0] in _TENS and len(text) == 2:
        return 10 * _TENS[text[0]] + _UNITS[text[1]] if text[1] in _UNITS else None
    if len(text) in (2, 3) and text[0] in _UNITS and text[1] == "十":
        tail = text[2:]
        if tail and tail not in _UNITS:
            return None
        return 10 * _UNITS[text[0]] + (_UNITS[tail] if tail else 0)
    return None


def _figures(m: re.Match) -> str:
    year = int(m.group(1)) if m.group(1).isdigit() else int("".join(str(_YEAR_DIGITS[ch]) for ch in m.group(1)))
    month, day = small_number(m.group(2)), small_number(m.group(3))
    if not (1900 <= year <= 2099 and month and day and month <= 12 and day <= 31):
        return m.group(0)
    return f"{year}年{month}月{day}日"


WIDE = {**{0xFF10 + k: 0x30 + k for k in range(10)}, **{0xFF21 + k: 0x41 + k for k in range(26)},
         **{0xFF41 + k: 0x61 + k for k in range(26)}, ord("－"): ord("-"), ord("／"): ord("/"), ord("．"): ord(".")}
_BRACKETED_WEEKDAY = re.compile(r"(?<=[日\d])\s*[(（]\s*((?:星期|周)[一二三四五六日天])\s*[)）]")


_LUNAR_BEFORE_WEEKDAY = re.compile(r"(?<=日)([\s\u3000]*)((?:农历|農曆)[^\s\u3000]{2,12}?)([\s\u3000]*)((?:星期|周)[一二三四五六日天])")


def to_figures(text: str) -> str:
    """The text with each full date in Chinese numerals written in figures, a bracketed weekday unbracketed,
    a lunar date between a date and its weekday moved after the weekday, a clock time after a date dropped,
    and a year of the Republic (民国纪年) as its Gregorian year.

    Full-width figures, Latin letters and date marks an IME typed ('２０２５－０７－１７　Ａ０６版') read as ASCII first.
    A cheap test first ('年' and '月', a bracket and '星期'/'周', '农历'): most lines hold no date at all.
    """
    text = text.translate(WIDE)
    if ("（" in text or "(" in text) and ("星期" in text or "周" in text):
        text = _BRACKETED_WEEKDAY.sub(r" \1", text)
    if "农历" in text or "農曆" in text:
        text = _LUNAR_BEFORE_WEEKDAY.sub(r"\1\4\3\2", text)
    text = drop_clock(text)  # '2026-03-05T08:30:00+08:00' in a masthead: the date
    if "年" not in text or "月" not in text:
        return text
    text = _CN_DATE.sub(_figures, to_gregorian(text))  # '中華民國七十七年五月七日' is 1988年5月7日
    # an old page's number in Chinese numerals beside its date ('一九八七年三月五日　第三版'): the page in figures too
    return _CN_PAGE.sub(_page_figures, text) if "版" in text and _FIGURE_DATE.search(text) else text


_CN_PAGE = re.compile(r"第([一二三四五六七八九十]{1,3})版")
_FIGURE_DATE = re.compile(r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日")


def _page_figures(m: re.Match) -> str:
    number = small_number(m.group(1))
    return f"第{number}版" if number else m.group(0)


# '五月七日　星期六　第三版': an old page's head with no year, its day and page in Chinese numerals
_YEARLESS_CN = re.compile(r"^(\s*)([一二三四五六七八九十]{1,3})月([一二三四五六七八九十廿卅]{1,3})日(?=\s*(?:星期|周))")


def yearless_figures(text: str) -> str:
    """A yearless head's month, day and page in figures ('5月7日　星期六　第3版'); other text as it is."""
    if "月" not in text or not (m := _YEARLESS_CN.match(text)):
        return text
    month, day = small_number(m.group(2)), small_number(m.group(3))
    if not month or not day or month > 12:
        return text
    text = f"{m.group(1)}{month}月{day}日" + text[m.end():]
    return _CN_PAGE.sub(_page_figures, text) if "版" in text else text

