"""Runs of short rows that are a table's rows, not headlines (match results, timelines, price lists).

Each row of such a box is short and has no stop, so pass one read the first
as a headline and the rest as its subtitle. A module that knows one kind of
row gives its cells; a run of enough rows becomes table rows, the lines
keeping their numbers and their words.
"""

from __future__ import annotations

from collections.abc import Callable

from .model import SourceLine


def mark(lines: list[SourceLine], cells: Callable[[str], list[str]], min_rows: int, tight: bool = False) -> int:
    """Mark each run of at least `min_rows` unmarked lines `cells` splits (a row with no cells is none) as table
    rows, tab-separated; `tight` runs end at a blank line. Returns how many runs."""
    runs = 0
    i = 0
    while i < len(lines):
        end = i
        while end < len(lines) and not lines[end].kind and (not tight or end == i or lines[end].gap <= 1) and cells(lines[end].text):
            end += 1
        if end - i >= min_rows:
            for line in lines[i:end]:
                line.text = "\t".join(cells(line.text))
                line.kind = "table"
            runs += 1
            i = end
        else:
            i = max(end, i + 1)
    return runs
