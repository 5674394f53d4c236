"""Match results set as rows (`天元队　2∶1　荷塘队`): a table, not a headline a row.

A sports report lists a round's results under `本轮比赛结果如下：`, one match
a line: a team, the score, the other team. Each row is short and has no
stop, so it read as the headline of a new article (the rows above it as its
section). A run of two rows or more is marked as table rows of three cells;
the lines keep their numbers and their words.
"""

from __future__ import annotations

import re

from . import row_runs
from .model import SourceLine

_SCORE = re.compile(r"\d{1,3}\s*[:：∶比]\s*\d{1,3}")
_ROW = re.compile(r"^\s*([^\s\d][^\s]{0,11})[\s\u3000]+(\d{1,3}\s*[:：∶比]\s*\d{1,3})[\s\u3000]+([^\s\d][^\s]{0,11})\s*$")
MIN_ROWS = 2


def mark(lines: list[SourceLine], warnings: list[str]) -> None:
    """Mark each run of result rows as table rows of three cells."""
    if sum(1 for line in lines[:400] if len(line.text) <= 30 and _SCORE.search(line.text)) < MIN_ROWS:
        return  # a cheap look first: most pages hold no results
    runs = row_runs.mark(lines, _cells, MIN_ROWS)
    if runs:
        warnings.append(f"已将 {runs} 组比赛结果读作表格 / Read {runs} run(s) of match results as tables.")


def _cells(text: str) -> list[str]:
    """A result row's three cells (a team, the score, the other team); [] when the line is none."""
    m = _ROW.match(text)
    return list(m.groups()) if m else []
