"""Columns read page by page, and a gutter of full-width spaces that a copy turned into ASCII ones.

PDF text holds one page after another, each opening on a form feed; every
page sets its own columns at its own gutter. The column readers
(side_by_side.py, wide_gutter.py, interleaved.py, vertical_text.py) each find one run of lines
set in columns, so a file of several pages is handed to them one page at a
time. A page whose gutters and indents were ideographic spaces (U+3000) but
were saved as one ASCII space each still lines up in full-width cells: read
with every space as full width, the U+3000 reader finds its gutter, and the
indents it gives back mark the paragraphs again.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..text_width import width
from . import interleaved, side_by_side, vertical_text, wide_gutter

Reader = Callable[[list[str], list[str]], "list[tuple[int, str]] | None"]


def _full_width_spaces(lines: list[str], warnings: list[str]) -> list[tuple[int, str]] | None:
    """The page read as if each ASCII space were the U+3000 it stood for (none is left in the text)."""
    if any("\u3000" in line for line in lines) or sum(1 for line in lines if "   " in line.strip()) < wide_gutter.MIN_ROWS:
        return None
    return wide_gutter.reorder([line.replace(" ", "\u3000") for line in lines], warnings)


_SPAN = re.compile(r"(?:第 |Lines )(\d+)–(\d+)")
_MANY = re.compile(r"是 (\d+) 栏并排")
_CELL = "\x00"


def _by_chars_or_cells(lines: list[str], warnings: list[str]) -> list[tuple[int, str]] | None:
    """Columns side by side found by character position (`pdftotext -layout`) or by display cell.

    A converter that pads each column to a display width (a Chinese character two cells, a figure one)
    puts a column's start at one cell, not at one character position, so three columns set that way
    were read as two, the middle column's text cut into the third. Both readings are tried when the
    page has wide gaps; the one that reads more lines into more columns wins (position first on a tie).
    """
    said: list[str] = []
    by_chars = side_by_side.reorder(lines, said)
    if sum(1 for line in lines if "   " in line.strip()) < side_by_side.MIN_ROWS or not any(_is_wide(ch) for line in lines[:40] for ch in line):
        warnings.extend(said)
        return by_chars
    cells = [_cells(line) for line in lines]
    best, best_said = by_chars, said
    for reader in (side_by_side.reorder, side_by_side.reorder_many):
        said_cells: list[str] = []
        if (by_cells := reader(cells, said_cells)) is not None and _reach(said_cells) > _reach(best_said):
            best, best_said = [(no, text.replace(_CELL, "")) for no, text in by_cells], said_cells
    warnings.extend(best_said)
    return best


def _is_wide(ch: str) -> bool:
    return ch >= "\u1100" and width(ch) == 2


def _cells(line: str) -> str:
    """The line with a placeholder after each wide character: one character a display cell."""
    return "".join(ch + _CELL if ch >= "\u1100" and width(ch) == 2 else ch for ch in line)


def _reach(warnings: list[str]) -> int:
    """Lines read as columns times the columns beyond the first, from the reader's warning."""
    for w in warnings:
        if (span := _SPAN.search(w)) is not None:
            many = _MANY.search(w)
            return (int(span.group(2)) - int(span.group(1)) + 1) * ((int(many.group(1)) if many else 2) - 1)
    return 0


READERS: tuple[Reader, ...] = (_by_chars_or_cells, wide_gutter.reorder, interleaved.reorder, _full_width_spaces, vertical_text.reorder)


def _page_starts(lines: list[str]) -> list[int]:
    """Indices where a page opens: the first line and each line a form feed opens."""
    return [0, *(i for i, line in enumerate(lines) if i and line.startswith("\f"))]


def _read_page(lines: list[str], warnings: list[str]) -> list[tuple[int, str]] | None:
    for reader in READERS:
        if (ordered := reader(lines, warnings)) is not None:
            return ordered
    return None


_LINE_SPAN = re.compile(r"(第 |Lines )(\d+)–(\d+)")  # the line span side_by_side.py names in its warning


def reorder(lines: list[str], warnings: list[str]) -> list[tuple[int, str]] | None:
    """(original line number, text) in reading order, each page's columns read in turn; None when no page has columns.

    A reader sees one page at a time; the line numbers it gives, and those its warning
    names, are moved on by the lines of the pages before.
    """
    starts = _page_starts(lines)
    if len(starts) == 1:
        return _read_page(lines, warnings)
    out: list[tuple[int, str]] = []
    found = False
    for first, end in zip(starts, [*starts[1:], len(lines)], strict=True):
        said: list[str] = []
        ordered = _read_page(lines[first:end], said)
        warnings.extend(_LINE_SPAN.sub(lambda m, k=first: f"{m.group(1)}{int(m.group(2)) + k}–{int(m.group(3)) + k}", w) for w in said)
        found = found or ordered is not None
        out += [(first + no, text) for no, text in ordered] if ordered is not None else [(k + 1, lines[k]) for k in range(first, end)]
    return out if found else None
