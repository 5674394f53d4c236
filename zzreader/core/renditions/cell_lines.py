"""Tables flattened one cell a line (`pdftotext -raw`): the header's cells, then each row's, line after line.

A PDF table of scores or results comes out of a raw extraction as `学校` /
`统招线` / `住宿生线` / `株洲市第一中学` / `651` / `643` / …: every cell on a line
of its own. Each school's name read as a headline over its figures. Where short
lines without a stop fall into a period of k lines (two to six) whose header
is words and whose rows keep the same figure-or-words shape column by column,
with a column of figures, each k lines are joined back into one table row; the
row keeps the numbers of the lines it spans and their words.
"""

from __future__ import annotations

import re

from .model import SourceLine

_CELL_MAX = 14
_STOPS = re.compile(r"[。，；！？：:、,;!?]")
_FIGURE = re.compile(r"^[+\-−]?\d[\d.,]*\s*(?:%|％|℃|分|元|万|亿|人|名|个|次|场|枚|米|秒)?$")
MIN_ROWS = 2
PERIODS = range(2, 7)


def join(lines: list[SourceLine], warnings: list[str]) -> list[SourceLine]:
    """The lines with each flattened table's cells joined back into rows, marked as table rows."""
    if sum(1 for line in lines[:600] if _FIGURE.match(line.text.strip())) < MIN_ROWS:
        return lines  # a cheap look first: a flattened table has figures alone on their lines
    out: list[SourceLine] = []
    tables = 0
    i = 0
    while i < len(lines):
        k, rows = _table_at(lines, i)
        if not rows:
            out.append(lines[i])
            i += 1
            continue
        span = k * (rows + 1)
        for start in range(i, i + span, k):
            group = lines[start : start + k]
            out.append(SourceLine(group[0].no, "\t".join(line.text.strip() for line in group), end=group[-1].end,
                                  gap=group[0].gap, kind="table"))
        tables += 1
        i += span
    if tables:
        warnings.append(f"已将 {tables} 个逐格断行的表格拼回成行 / Joined {tables} table(s) set one cell a line back into rows.")
    return out


def _cell(line: SourceLine) -> bool:
    text = line.text.strip()
    return not line.kind and 0 < len(text) <= _CELL_MAX and not _STOPS.search(text)


def _shape(lines: list[SourceLine]) -> tuple[bool, ...]:
    return tuple(bool(_FIGURE.match(line.text.strip())) for line in lines)


def _table_at(lines: list[SourceLine], i: int) -> tuple[int, int]:
    """(k, rows) for a header of k word cells at `i` over `rows` rows of the same shape; (0, 0) when none."""
    run = i
    while run < len(lines) and _cell(lines[run]) and (run == i or lines[run].gap == 0):
        run += 1
    for k in PERIODS:
        if run - i < k * (MIN_ROWS + 1) or any(_shape(lines[i : i + k])):
            continue  # a header is words, every cell of it
        shape = _shape(lines[i + k : i + 2 * k])
        if not any(shape) or all(shape) or shape[0]:
            continue  # a row names its subject first and gives at least one figure
        rows = 0
        while i + k * (rows + 2) <= run and _shape(lines[i + k * (rows + 1) : i + k * (rows + 2)]) == shape:
            rows += 1
        if rows >= MIN_ROWS:
            return k, rows
    return 0, 0
