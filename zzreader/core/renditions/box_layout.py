"""A page laid out in a box-drawn grid: each cell an ad or a notice whose text wraps inside it.

A word processor's classified page sets its small ads in a grid (`┌──┬──┐`,
`│招聘    │门面出租│`, `│某某物流公司招聘…│芦淞区建设南路…│`, `├──┼──┤`): a row of
cells holds one ad each, and each cell's text wraps over the row's lines. Read
line by line (or as a data table, renditions/box_tables.py) every line held
two ads' halves. A band of framed lines between two borders whose cells run on
as prose (sentences with Chinese marks, over two lines or more) is read cell by
cell, left to right, band by band; each cell keeps its line numbers. A data
table's cells are short values, one record a line, and stay a table.
"""

from __future__ import annotations

import re

_BAR = "│┃║"
_FRAMED = re.compile(rf"^\s*[{_BAR}](?:[^{_BAR}]*[{_BAR}]){{2,}}\s*$")  # two cells or more, framed at both ends
_BORDER = re.compile(r"^[┌┬┐├┼┤└┴┘─━═╔╦╗╠╬╣╚╩╝┏┳┓┣╋┫┗┻┛╞╪╡╒╤╕╘╧╛\s]{4,}+$")
_PROSE_MARK = re.compile(r"[。，；！？]")
MIN_CELL = 16  # characters a cell's text holds when it is an ad or a notice, not a value


def _cells(line: str) -> list[str]:
    return [cell.strip(" \u3000") for cell in re.split(f"[{_BAR}]", line.strip())[1:-1]]


def _bands(lines: list[str]) -> list[tuple[int, int]]:
    """(first, last+1) of each run of two or more framed lines with the same number of cells."""
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(lines):
        if not _FRAMED.match(lines[k]):
            k += 1
            continue
        width = len(_cells(lines[k]))
        end = k + 1
        while end < len(lines) and _FRAMED.match(lines[end]) and len(_cells(lines[end])) == width:
            end += 1
        if end - k >= 2:
            out.append((k, end))
        k = end
    return out


def _laid_out(lines: list[str], band: tuple[int, int]) -> bool:
    """Two cells or more of the band hold running prose: the band is a row of boxed items, not of a table."""
    columns = list(zip(*(_cells(lines[n]) for n in range(*band))))
    prose = [col for col in columns if len("".join(col)) >= MIN_CELL and _PROSE_MARK.search("".join(col))]
    return len(prose) >= 2


def reorder(lines: list[str], warnings: list[str]) -> list[tuple[int, str]] | None:
    """(original line number, text) with each boxed band read cell by cell; None when the page has no such grid."""
    if not any(line.lstrip()[:1] in _BAR for line in lines):
        return None  # a cheap look first: most pages draw no boxes
    bands = [band for band in _bands(lines) if _laid_out(lines, band)]
    if not bands:
        return None
    starts = {first: last for first, last in bands}
    out: list[tuple[int, str]] = []
    k = 0
    while k < len(lines):
        if k not in starts:
            out.append((k + 1, lines[k]))
            k += 1
            continue
        last = starts[k]
        rows = [_cells(lines[n]) for n in range(k, last)]
        for col in range(len(rows[0])):
            out += [(k + r + 1, row[col]) for r, row in enumerate(rows) if row[col]]
            out.append((last, ""))  # a cell ends: a block break before the next
        k = last
    warnings.append(f"已将 {len(bands)} 排框线格子里的广告逐格读出 / Read {len(bands)} band(s) of boxed ads cell by cell.")
    return out
