"""How the window writes an issue's date, one place for the tree, the page and the lists.

The names are spelled out here, not taken from `strftime`: Qt sets the C
locale from the system, so `%a` would print '周五' in an English window on a
Chinese desktop (and the tree and the page header used to disagree).
"""

from __future__ import annotations

import datetime as dt

WEEKDAYS_ZH = "一二三四五六日"
WEEKDAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December")


def parse(iso: object) -> dt.date | None:
    """The date of an ISO string, or None for a missing or foreign one (bytes or a number
    another tool stored in the library included)."""
    if not isinstance(iso, str) or not iso:
        return None
    try:
        return dt.date.fromisoformat(iso)
    except ValueError:
        return None


def month_name(month: int, lang: str) -> str:
    """'February' or '2月'."""
    return MONTHS_EN[month - 1] if lang == "en" else f"{month}月"


def day_in_month(day: dt.date, lang: str) -> str:
    """An issue under its month's row in a narrow tree: '28日 周六' or 'Sat 28'."""
    if lang == "en":
        return f"{WEEKDAYS_EN[day.weekday()]} {day.day}"
    return f"{day.day}日 周{WEEKDAYS_ZH[day.weekday()]}"


def long_date(day: dt.date, lang: str) -> str:
    """The page header's date: '2025年10月31日 星期五' or 'Fri 31 Oct 2025'."""
    if lang == "en":
        return f"{WEEKDAYS_EN[day.weekday()]} {day.day} {MONTHS_EN[day.month - 1][:3]} {day.year}"
    return f"{day.year}年{day.month}月{day.day}日 星期{WEEKDAYS_ZH[day.weekday()]}"


def issue_name(day: dt.date, lang: str) -> str:
    """An issue in the tree: '2025-10-31 周五', or in English the page header's own 'Fri 31 Oct 2025'."""
    if lang == "en":
        return long_date(day, lang)
    return f"{day.isoformat()} 周{WEEKDAYS_ZH[day.weekday()]}"
