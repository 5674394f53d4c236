"""Timeline boxes (大事记): one line per date, a short event after it.

A feature or an extra edition sets a box such as `邓晓凡成长大事记` beside the
report: `2011年9月　进入株洲市业余体校练习举重` row after row. Each row is
short and has no stop, so every one read as a headline line (the whole box one
stacked title over the next article). A run of three dated rows or more is
marked as table rows of two cells, the date and the event; the lines keep
their numbers and their words.
"""

from __future__ import annotations

import re

from .cn_dates import WIDE
from . import row_runs
from .model import SourceLine

# '2011年9月', '2026年10月18日', '9月2日', '2019年', '2019.12', '2019-12-08', then a gap (a wide space, a tab or spaces)
_DATE = r"(?:(?:19|20)\d\d年(?:[01]?\d月(?:[0-3]?\d日)?)?|[01]?\d月[0-3]?\d日|(?:19|20)\d\d[.\-/][01]?\d(?:[.\-/][0-3]?\d)?)"
# the event is one cell, a phrase without a space: a row cut in more ('1月19日　小雨　3℃～8℃　北风2级', spaced
# with single spaces too) is a table of its own (spaced_tables.py)
_ROW = re.compile(rf"^\s*({_DATE})(?:\u3000|\t|\s{{2,}}|\s(?=[\u4e00-\u9fff“《]))\s*([^\s。][^\s。]{{1,44}}。?)\s*$")
MIN_ROWS = 3


def mark(lines: list[SourceLine], warnings: list[str]) -> None:
    """Mark each run of three dated rows or more as table rows of two cells."""
    if sum(1 for line in lines[:400] if _row(line.text)) < MIN_ROWS:
        return  # a cheap look first: most pages hold no timeline
    runs = row_runs.mark(lines, _row, MIN_ROWS, tight=True)
    if runs:
        warnings.append(f"已将 {runs} 份大事记读作表格 / Read {runs} timeline box(es) as tables.")


def _row(text: str) -> list[str]:
    """A dated row's two cells (date, event) in the line's own characters; [] when it is none.

    Full-width figures ('２０１１年９月') read as ASCII for the match only: the cells keep what the page printed.
    """
    m = _ROW.match(text.translate(WIDE))
    return [text[m.start(k) : m.end(k)] for k in (1, 2)] if m else []
