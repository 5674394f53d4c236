"""PDF text: a row of cells set apart by tabs is a line of its own, never a paragraph's wrapped line.

A table under a notice's title ('高压线路\\t停电时间\\t停电范围\\t影响区域') keeps
its cells apart by tabs. When it has a single row (a header over cells the
extraction scattered), renditions/pdf_text.py `table_rows` does not see a
table, and the row ran into the title above and the paragraph below. Prose
has no tab between its words: a line with two tab gaps between cells neither
goes on from the line above nor takes the line below.
"""

from __future__ import annotations

import re

from .model import SourceLine

_CELL_GAP = re.compile(r"\S\t+(?=\S)")


def tab_row(text: str) -> bool:
    return len(_CELL_GAP.findall(text.strip())) >= 2


def apart(prev: SourceLine, text: str) -> bool:
    """`text` and the open paragraph `prev` stay apart: either is a row of tabbed cells."""
    return tab_row(text) or (prev.no == prev.end and tab_row(prev.text))
