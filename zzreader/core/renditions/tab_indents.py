"""A tab in front of a paragraph: the paragraph indent some exporters write instead of '　　'.

Web pages saved as text and word processors set a paragraph's first-line
indent as one tab. Rendition and line tests read a tab inside a line as a
table cell (cms_meta.py, columns.py, lines.py) and know the indent as two
ideographic or ASCII spaces (pdf_text.INDENT, interleaved.py), so a single
leading tab becomes '　　'; two or more leading tabs are a wider indent and
become the spaces they stand for (a centred line in a layout). A line with a
tab after its first word is a table row and keeps its tabs, and so does a
line of markup ('<p>' indented by an editor).
"""

from __future__ import annotations

INDENT = "\u3000\u3000"
TAB_WIDTH = 8


def expand(raw_lines: list[str]) -> list[str]:
    """The lines with each leading tab indent written as the paragraph indent it stands for."""
    if not any(line.startswith("\t") for line in raw_lines):
        return raw_lines
    return [_expand_line(line) if line.startswith("\t") else line for line in raw_lines]


def _expand_line(line: str) -> str:
    rest = line.lstrip("\t")
    tabs = len(line) - len(rest)
    if not rest.strip() or "\t" in rest or rest.startswith("<"):
        return line
    return (INDENT if tabs == 1 else " " * (TAB_WIDTH * tabs)) + rest
