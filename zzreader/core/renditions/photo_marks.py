"""A photo credit the column cut before its mark: '摄' alone on the next line belongs to the credit.

A caption's credit set as wide as a narrow column ('株洲日报记者 黎某 通讯员/葛某' /
'摄') leaves the mark that says the names took the picture on a line of its
own. Read apart, the credit gave a reporter and a correspondent and '摄' became a
paragraph. A reader reads one credit: a line that is only the mark ('摄', '摄影',
'图'), right under a line that is a whole credit, is that credit's end.
(split_names.py mends a name cut so; split_credits.py a role word.)
"""

from __future__ import annotations

from ..bylines import parse_credit
from .model import SourceLine, joined_where

_MARKS = frozenset(("摄", "摄影", "图"))
_MAX_LINE = 40


def join(lines: list[SourceLine], warnings: list[str]) -> list[SourceLine]:
    """`lines` with each lone photo mark joined to the credit line above it."""
    out, joined = joined_where(lines, _cut_mark, lambda above, below: above.rstrip() + " " + below.strip())
    if joined:
        warnings.append(f"已合并 {joined} 处断行的摄影署名 / Joined {joined} photo credit(s) cut before their mark.")
    return out


def _cut_mark(above: str, below: str) -> bool:
    above, below = above.strip(), below.strip()
    if below not in _MARKS or not above or len(above) > _MAX_LINE or above.endswith(tuple(_MARKS)):
        return False
    credit = parse_credit(above + " " + below)
    return credit is not None and bool(credit.photographers) and parse_credit(above) is not None
