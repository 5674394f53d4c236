"""Dates that PDF extraction spaces out around their figures ('6 月 26 日', '2026 年 6 月 27 日').

A page whose figures are set in a Latin font gives `pdftotext` separate runs for
them, and it puts a space on each side: '6 月 26 日晚，湖南省…'. The dateline
and date patterns read '6月26日', so the lead had no dateline, a report read as
a feature, a caption as no dated scene. A date spaced so, its parts each one
space apart, reads as the date; other figures ('时隔 12 年', '86∶79') stay as
they are (renditions/ocr_marks.py joins a scan's spaced digits, '2 0 2 5 年').
"""

from __future__ import annotations

import re

# month and day, the year before them optional: each part one space from the next, a figure at each end
_SPACED = re.compile(r"(?<![\d.])(?:(\d{4}) 年 )?(\d{1,2}) 月 (\d{1,2}) 日")


def _joined(m: re.Match) -> str:
    year = f"{m.group(1)}年" if m.group(1) else ""
    return f"{year}{m.group(2)}月{m.group(3)}日"


def fold(text: str) -> tuple[str, int]:
    """(the text with its spaced-out dates read whole, how many were read so)."""
    if " 月 " not in text:
        return text, 0  # a cheap look first: most files have none
    return _SPACED.subn(_joined, text)
