"""Scrapes that put all of an article's paragraphs on one line, two spaces apart.

Some e-paper scrapers join a page's `<p>` elements with two spaces
(`…总投资3.8亿元。  工程全长12.6公里…`), and a byline can run into the text
after it the same way (`株洲日报全媒体记者 龙　燕  　　4月13日，…`). Two
spaces after the end of a sentence, or before a paragraph indent, open a new
paragraph; the pieces keep the line number they were printed on. A padded
name (`龙　燕`) or a wider gap (notices set side by side, tables) is no such
break.
"""

from __future__ import annotations

import re

from ..bylines import parse_credit
from .model import SourceLine

_BREAK = re.compile(r"(?<=[。！？!?…”」』])  (?=[^\s])|(?<=\S)  (?=\u3000)")
# the same break before an indent whose ideographic spaces a copy saved as ASCII ones: four spaces after a byline
_BYLINE_THEN_INDENT = re.compile(r"^(\S.{1,40}?\S)    (?=[^\s])")


def _pieces(text: str) -> list[str]:
    """The paragraphs a line holds; a whole byline, four spaces, then text is a byline over its first paragraph."""
    if (m := _BYLINE_THEN_INDENT.match(text)) and parse_credit(m.group(1)) is not None:
        return [m.group(1), *_pieces(text[m.end():])]
    return [p for p in _BREAK.split(text) if p.strip()]


def split(lines: list[SourceLine], warnings: list[str]) -> list[SourceLine]:
    """The lines with each two-space paragraph break made a line of its own."""
    out: list[SourceLine] = []
    split_lines = 0
    for line in lines:
        pieces = _pieces(line.text) if "  " in line.text and "\t" not in line.text else [line.text]
        if len(pieces) < 2:
            out.append(line)
            continue
        split_lines += 1
        out.append(SourceLine(line.no, pieces[0], gap=line.gap))
        out.extend(SourceLine(line.no, piece, gap=1) for piece in pieces[1:])
    if split_lines:
        warnings.append(f"{split_lines} 行中的多个段落以两个空格相隔，已分段 / Split {split_lines} line(s) holding "
                        f"several paragraphs two spaces apart.")
    return out
