"""A table a Word document held, as text tools flatten it: one cell a paragraph (docx2txt).

`docx2txt` and similar tools write every paragraph of a document on its own line with a blank
line after it, and a table's cells are paragraphs too: a notice's table of lots comes out as
`标的`, `参考价`, `保证金`, then each row's cells, one a paragraph. Read so, a row's first cell
became a headline and the notice broke in two. A run of two to six header cells (short names, no
figures, no marks), followed by whole rows of as many cells that are no sentences, each row with a
figure in it (a poem's short lines, a blank line after each, hold none), is put back row by row: each row one line, its cells a tab apart, which reads as a table row (core/lines.py).
"""

from __future__ import annotations

import re

from .model import SourceLine

_HEADER_CELL = re.compile(r"^[\u4e00-\u9fff（）()]{2,6}$")
_SENTENCE = re.compile(r"[。！？；!?;：:，,、/]")  # a clause or a credit ('文/易某某'): no table's cell
_FIGURE = re.compile(r"[0-9０-９]")
MAX_CELL = 40
MIN_COLUMNS, MAX_COLUMNS = 2, 6


def rejoin(lines: list[SourceLine], warnings: list[str]) -> list[SourceLine]:
    """The lines with each flattened table's rows put back as one tabbed line each.

    Only where a blank line parts every cell: in a dump with no blank lines, short lines in a row are as
    likely a poem's (a verse page's lines read as a table's header)."""
    out: list[SourceLine] = []
    i = rows = 0
    while i < len(lines):
        width = _header_width(lines, i)
        cells = _row_cells(lines, i + width, width) if width else 0
        if not cells:
            out.append(lines[i])
            i += 1
            continue
        for start in range(i, i + width + cells, width):
            group = lines[start:start + width]
            out.append(SourceLine(group[0].no, "\t".join(line.text.strip() for line in group), end=group[-1].end, gap=group[0].gap))
            rows += 1
        i += width + cells
    if rows:
        warnings.append(f"已将逐格成段的表格还原为 {rows} 行 / Put back {rows} table row(s) a text tool wrote one cell a paragraph.")
    return out


def _header_width(lines: list[SourceLine], i: int) -> int:
    """How many header cells open at `i`: short names in a row, each a paragraph of its own."""
    k = i
    while k < len(lines) and k - i < MAX_COLUMNS + 1 and _HEADER_CELL.match(lines[k].text.strip()) and (k == i or lines[k].gap):
        k += 1
    width = k - i
    return width if MIN_COLUMNS <= width <= MAX_COLUMNS else 0


def _row_cells(lines: list[SourceLine], start: int, width: int) -> int:
    """How many cells of whole rows follow the header: cells that are no sentences, a multiple of its width."""
    k = start
    while k < len(lines) and lines[k].gap and len(lines[k].text.strip()) <= MAX_CELL and not _SENTENCE.search(lines[k].text):
        k += 1
    rows = (k - start) // width
    while rows and not all(any(_FIGURE.search(line.text) for line in lines[r:r + width]) for r in range(start, start + rows * width, width)):
        rows -= 1  # every row of a table of lots, prices or places holds a figure; a poem's lines hold none
    return rows * width
