"""A file named by its month and day only (`5月13日A03.txt`), the year found in its text.

Someone who saves one page at a time may name it by the day alone; the year is
then apart in the name ('株洲日报 7月8日 2026.txt') or in the text: a year the articles name (read as `dates.py` reads an
undated issue's year) or a web page's copyright line (`Copyright © 2025
株洲日报社`). The name's month and day with that year give the issue date, which
is exact where inferring it from datelines is only the day after the latest one.
"""

from __future__ import annotations

import re

# '5月13日', '05月13日' not after a year or another digit
_MONTH_DAY = re.compile(r"(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*日")
# 'Copyright © 2025 株洲日报社', '©2025', '(c) 2024-2025', '版权所有 2025'
_COPYRIGHT = re.compile(r"(?:©|\([cC]\)|Copyright|版权所有)[^\n]{0,24}?((?:19|20)\d{2})(?:\s*[-–—]\s*((?:19|20)\d{2}))?")


def month_day(filename: str) -> tuple[int, int] | None:
    """The month and day the name gives, when it gives exactly one pair and no year before it."""
    found = {(int(m.group(1)), int(m.group(2))) for m in _MONTH_DAY.finditer(filename)}
    if len(found) != 1:
        return None
    month, day = found.pop()
    return (month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None


# '株洲日报 7月8日 2026.txt': the year standing apart in the name, after the day or before it
_NAME_YEAR = re.compile(r"(?<![\d年])((?:19|20)\d{2})(?![\d年月日])")


def name_year(filename: str) -> int | None:
    """The one year the name gives on its own (no figures run on from it), beside its month and day."""
    found = {int(m.group(1)) for m in _NAME_YEAR.finditer(filename)}
    return found.pop() if len(found) == 1 else None


def copyright_year(lines: list[str]) -> int | None:
    """The year of a copyright line (the later one of a range), looked for from the end of the file."""
    for line in reversed(lines):
        if m := _COPYRIGHT.search(line):
            return int(m.group(2) or m.group(1))
    return None
