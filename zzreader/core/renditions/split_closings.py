"""A closing byline a line end broke inside its brackets: one line again.

A narrow column breaks `……充电。（通讯员 唐` / `丽）` or `（全媒体记者 邹某 通讯员
彭某` / ` 报道）` at the foot of a brief. Read line by line the brief's last
line names no one (its bracket never closes), and the closing line joins the
text as a stray `丽）`. When a line ends on a bracket opened after a sentence's
end, the next line closes it within a few characters and ends there, and the
two read together as the brief's closing credit (core/bylines.py
`split_closing_byline`), they are one line.
"""

from __future__ import annotations

import re

from ..bylines import split_closing_byline
from .model import SourceLine, joined_where

# '……可同时为40辆车充电。（通讯员 唐': a bracket opened after a sentence's end, left open at the line end
_OPEN = re.compile(r"[。！？”][(（][^()（）]{1,30}$")
# '丽）', ' 报道）': the rest of the names, the bracket closed, nothing after it
_CLOSE = re.compile(r"^\s*[^()（）。，,]{1,12}[)）]\s*$")


def join(lines: list[SourceLine], warnings: list[str]) -> list[SourceLine]:
    """`lines` with each closing byline broken inside its brackets joined to the line that closes it."""
    out, joined = joined_where(lines, _closes_credit, _glued)
    if joined:
        warnings.append(f"已合并 {joined} 处断在括号内的文末署名 / Joined {joined} closing byline(s) broken inside their brackets.")
    return out


def _glued(above: str, below: str) -> str:
    """End to end ('唐' + '丽）'), or with the space the cut fell on when only that reads as a credit ('彭某' + ' 报道）')."""
    tight = above.rstrip() + below.strip()
    if split_closing_byline(tight)[1] is not None or not below[:1].isspace():
        return tight
    return above.rstrip() + " " + below.strip()


def _closes_credit(above: str, below: str) -> bool:
    above = above.rstrip()
    if not _OPEN.search(above) or not _CLOSE.match(below):
        return False
    return split_closing_byline(_glued(above, below))[1] is not None
