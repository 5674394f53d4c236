"""Figures and letters typed full-width ('２０２６-０３-２３', '５月２０日', 'Ａ０３') read as ASCII where dates are read.

A typist in a Chinese input method's full-width mode, or a 半角转全角 cleaner,
writes every figure full-width. The masthead patterns read such a line through
renditions/cn_dates.py `to_figures`; the other places a date is found (a
'时间：' label, a continued story's lead, the stories' datelines behind a
yearless name) read ASCII figures, so dates.py hands them the lines narrowed.
The issue's text and titles keep what the file says.
"""

from __future__ import annotations

import re

from .renditions.cn_dates import WIDE

_ANY = re.compile(r"[\uff10-\uff19]")


def narrow(lines: list[str], datelines: list[tuple[str, str]]) -> tuple[list[str], list[tuple[str, str]]]:
    """The lines and (dateline, lunar) pairs with full-width figures and letters as ASCII; the same lists when
    no full-width figure stands among the first lines or the datelines."""
    if not any(_ANY.search(line) for line in lines[:400]) and not any(_ANY.search(d) for d, _ in datelines):
        return lines, datelines
    return [line.translate(WIDE) for line in lines], [(d.translate(WIDE), lunar) for d, lunar in datelines]
