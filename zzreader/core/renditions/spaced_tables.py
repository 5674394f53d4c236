"""Tables set out with spaces (`名次　代表队　胜　负　积分` over `1　天元区　5　0　10`): rows, not headlines.

A results, rankings or prices table copied as text keeps its cells apart
with full-width spaces, tabs or runs of spaces; a draw's result sets a label before its figures
(`红球　03　11　17`, `蓝球　09`). Each row is short and has
no stop, so every row read as a headline and the run of them was taken for
the labels over the next article's title, and lost from the text. A run of
three lines or more that split into the same number of short cells (three
or more), with figures in at least two rows, or a run of two labelled
rows of figures or more (one of three cells or more), is marked as table rows; the
lines keep their numbers and their words. Match results (`results.py`) and
TV listings (`listings.py`) are marked before this runs.
"""

from __future__ import annotations

import re

from ..text_width import width
from .model import SourceLine

# the widest separator a line uses is its column gap: a tab, else a run of spaces, else one space
# ('品　种\t上周(元/公斤)': the full-width space inside a tab-separated cell is the word's own)
_GAPS = (re.compile(r"\t+"), re.compile(r"[ \u3000]{2,}|\t+"), re.compile(r"[\t \u3000]+"))
_LIST_MARK = re.compile(r"^(?:[-*+•·]|\d{1,2}[.、．]|[(（]\d{1,2}[)）])$")  # '- 天元队 3∶1 荷塘队', '1. 机械设计工程师 10名': a list's items
_NUMBER = r"[+\-−]?\d[\d.,:：∶%℃‰]*"
# '58.6', '+1.23%', '3℃～8℃' (a range), '2级', '1月19日' (a forecast's day): a cell that is a figure
_FIGURE = re.compile(rf"^{_NUMBER}(?:[～~至]{_NUMBER})?(?:元|公斤|斤|米|秒|分|级|度)?$|^\d{{1,2}}月\d{{1,2}}日$")
_PROSE = re.compile(r"[。，；！？、,;!?“”《》]")
# '版次：A05　版名：民生　作者：　日期：2026-10-15', '本版责编：谭 杨　版式：罗 丹': a line of labelled fields, no table's row
_FIELD = re.compile(r"(?:作者|日期|版次|版名|来源|发布时间|责编|编辑|美编|版式|校对)\s*[:：]")
MIN_ROWS = 3
MIN_CELLS = 3
MAX_CELL = 12


def _cells(text: str) -> list[str] | None:
    """The cells of a row, or None when the line is no row of a spaced table."""
    text = text.strip()
    if not text or len(text) > 60 or _PROSE.search(text) or _FIELD.search(text):
        return None
    cells = _split(text)
    if len(cells) < MIN_CELLS or any(width(c) > 2 * MAX_CELL for c in cells) or _LIST_MARK.match(cells[0]):
        return None  # a cell measured in display cells: 'Samuel Kiprop' is as wide as six characters and a half
    return cells


def _loose_cells(text: str, count: int) -> list[str] | None:
    """A row aligned by display width whose cell filled its column ('火车站专线 5:40     22:10'): one space is its gap.

    Split at every space, the line must give as many cells as the rows around it.
    """
    text = text.strip()
    if not text or len(text) > 60 or _PROSE.search(text) or not _GAPS[1].search(text):
        return None
    cells = [c for c in _GAPS[2].split(text) if c]
    return cells if len(cells) == count and all(width(c) <= 2 * MAX_CELL for c in cells) else None


def _split(text: str) -> list[str]:
    gap = _GAPS[0] if "\t" in text else _GAPS[1] if _GAPS[1].search(text) else _GAPS[2]
    return [c.strip() for c in gap.split(text) if c.strip()]


def _figured(cells: list[str]) -> bool:
    return sum(1 for c in cells if _FIGURE.match(c)) >= 1


def _figure_row(text: str) -> list[str] | None:
    """'红球　03　11　17　22', '蓝球　09': a short label, then figures only (a draw's or a gauge's row)."""
    text = text.strip()
    cells = _split(text) if text and len(text) <= 60 and not _PROSE.search(text) else []
    if len(cells) < 2 or len(cells[0]) > 6 or _FIGURE.match(cells[0]) or _LIST_MARK.match(cells[0]):
        return None
    return cells if all(_FIGURE.match(c) and len(c) <= 6 for c in cells[1:]) else None


_HEADING = re.compile(r"^\s{0,3}#{1,6}\s")  # a Markdown heading ('## 更　正'): never a row, however its words are spaced


def _table_run(lines: list[SourceLine], i: int) -> tuple[int, list[list[str]]]:
    """Where the run of rows with as many cells as line `i` ends, and its rows (none when no row starts there)."""
    first = None if lines[i].kind or _HEADING.match(lines[i].text) else _cells(lines[i].text)
    if first is None:
        return i + 1, []
    rows, end = [first], i + 1
    while end < len(lines) and not lines[end].kind and not _HEADING.match(lines[end].text):  # '## 更　正' under a table
        cells = _cells(lines[end].text)
        if cells is None or len(cells) != len(first):
            cells = _loose_cells(lines[end].text, len(first))
        if cells is None:
            break
        rows.append(cells)
        end += 1
    return end, rows


def _figure_run(lines: list[SourceLine], i: int) -> tuple[int, list[list[str]]]:
    """Where the run of labelled figure rows from `i` ends, and its rows."""
    rows, end = [], i
    while end < len(lines) and not lines[end].kind and (cells := _figure_row(lines[end].text)):
        rows.append(cells)
        end += 1
    return max(end, i + 1), rows


def _is_table(rows: list[list[str]]) -> bool:
    return len(rows) >= MIN_ROWS and sum(1 for r in rows if _figured(r)) >= 2


def _is_figures(rows: list[list[str]]) -> bool:
    return len(rows) >= 2 and any(len(r) >= MIN_CELLS for r in rows)


def mark(lines: list[SourceLine], warnings: list[str]) -> None:
    """Mark each run of rows with the same number of cells, or of labelled figures, as table rows.

    A run that is no table has no tail that is one (fewer rows, no more figures),
    so the scan does not start again inside it: restarting on every line made
    50,000 rows of words quadratic (minutes).
    """
    runs = 0
    i = 0
    no_table_until = no_figures_until = 0
    while i < len(lines):
        found: tuple[int, list[list[str]]] | None = None
        if i >= no_table_until:
            end, rows = _table_run(lines, i)
            found = (end, rows) if _is_table(rows) else None
            no_table_until = end
        if found is None and i >= no_figures_until:
            end, rows = _figure_run(lines, i)
            found = (end, rows) if _is_figures(rows) else None
            no_figures_until = end
        if found is None:
            i += 1
            continue
        end, rows = found
        for line, cells in zip(lines[i:end], rows, strict=True):
            line.text, line.kind = "\t".join(cells), "table"
        runs += 1
        i = end
    if runs:
        warnings.append(f"已将 {runs} 组以空格分列的行读作表格 / Read {runs} run(s) of space-separated rows as tables.")
