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

from . import interleaved, side_by_side, vertical_text, wide_gutter

Reader = Callable[[list[str], list[str]], "list[tuple[int, str]] | None"]


def _full_width_spaces(lines: list[str], warnings: list[str]) -> list[tuple[int, str]] | None:
    """The page read as if each ASCII space were the U+3000 it stood for (none is left in the text)."""
    if any("\u3000" in line for line in lines) or sum(1 for line in lines if "   " in line.strip()) < wide_gutter.MIN_ROWS:
        return None
    return wide_gutter.reorder([line.replace(" ", "\u3000") for line in lines], warnings)


READERS: tuple[Reader, ...] = (side_by_side.reorder, wide_gutter.reorder, interleaved.reorder, _full_width_spaces, vertical_text.reorder)


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
