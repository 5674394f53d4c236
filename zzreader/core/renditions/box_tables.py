"""A table drawn with box characters (`┌──┬──┐` / `│用人单位│岗位│` / `└──┴──┘`): table rows.

A classified page or a notice sets its table in a word processor's box
drawing: framed rows between ruled borders. Each framed row read as a line of
its own (a headline, a run of text); the borders are rules, page furniture.
A row framed at both ends with a bar between its cells is marked a table row
whose cells are the text between the bars; the lines keep their numbers.
"""

from __future__ import annotations

import re

from .model import SourceLine

_BAR = "│┃║"
_ROW = re.compile(rf"^\s*[{_BAR}](?:[^{_BAR}]*[{_BAR}]){{2,}}\s*$")  # two cells or more, framed at both ends


# the spaces are in the class: a leading '\s*' split a line of spaces every way against it (16,000 took 1.9 s a parse)
_BORDER = re.compile(r"^[┌┬┐├┼┤└┴┘─━═╔╦╗╠╬╣╚╩╝┏┳┓┣╋┫┗┻┛╞╪╡╒╤╕╘╧╛\s]{4,}+$")


def mark(lines: list[SourceLine], warnings: list[str]) -> None:
    """Mark each framed row of a box-drawn table as a table row of its cells, its borders as the table's rules."""
    if not any(line.text.lstrip()[:1] in _BAR for line in lines):
        return  # a cheap look first: most pages draw no boxes
    framed = [line.kind in ("", "rule") and bool(_ROW.match(line.text)) for line in lines]
    rows = 0
    for k, line in enumerate(lines):
        if framed[k]:
            cells = [cell.strip(" \u3000") for cell in re.split(f"[{_BAR}]", line.text.strip())[1:-1]]
            line.text = "\t".join(cell or "-" for cell in cells)
            line.kind = "table"
            rows += 1
        elif line.kind in ("", "rule") and _BORDER.match(line.text) and _beside(framed, k):
            line.source, line.text, line.kind = line.source or line.text, "---", "table"  # the table's own rule
    if rows:
        warnings.append(f"已将 {rows} 行框线表格读作表格行 / Read {rows} row(s) of a box-drawn table as table rows.")


def _beside(framed: list[bool], k: int) -> bool:
    return (k > 0 and framed[k - 1]) or (k + 1 < len(framed) and framed[k + 1])
