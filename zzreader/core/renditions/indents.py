"""Leading whitespace read as the indent it stands for: tabs, no-break spaces, a page's left margin.

The rendition and line tests know a paragraph indent as two ideographic or
two to four ASCII spaces (pdf_text.INDENT, interleaved.py, broken_lines.py)
and read a tab inside a line as a table cell (cms_meta.py, columns.py,
lines.py). Archives write the same indent other ways:

- word processors and web pages saved as text set it as one tab: a single
  leading tab becomes '　　', two or more a wider indent of the spaces they
  stand for (a centred line in a layout). A line with a tab after its first
  word is a table row and keeps its tabs, and so does a line of markup
  ('<p>' indented by an editor);
- a copy from a web page gives '&nbsp;' (U+00A0) and other typographic
  spaces: each one in front of the text becomes an ASCII space;
- an extractor may set every line a few spaces in from the page's edge: a
  margin every line shares is no indent, and goes.
"""

from __future__ import annotations

import re

INDENT = "\u3000\u3000"
TAB_WIDTH = 8
_ODD_LEAD = re.compile(r"^[ \u00a0\u2002-\u200a\u202f\u205f]*[\u00a0\u2002-\u200a\u202f\u205f][ \u00a0\u2002-\u200a\u202f\u205f]*")
_ODD_SPACE = re.compile(r"[\u00a0\u2002-\u200a\u202f\u205f]")


def normalise(raw_lines: list[str]) -> list[str]:
    """The lines with tab and no-break-space indents as spaces or '　　', and without a margin they all share."""
    lines = raw_lines
    if any(line.startswith("\t") for line in lines):
        lines = [_expand_tabs(line) if line.startswith("\t") else line for line in lines]
    if any(_ODD_LEAD.match(line) for line in lines):
        lines = [_ODD_LEAD.sub(lambda m: _ODD_SPACE.sub(" ", m.group(0)), line) for line in lines]
    return _without_margin(lines) if all(line.startswith(" ") for line in lines if line.strip()) else lines


def without_margin(raw_lines: list[str]) -> list[str]:
    """The lines without a margin of spaces they all share (an extractor's page margin), else as they are."""
    return _without_margin(raw_lines) if all(line.startswith(" ") for line in raw_lines if line.strip()) else raw_lines


def _expand_tabs(line: str) -> str:
    rest = line.lstrip("\t")
    tabs = len(line) - len(rest)
    if not rest.strip() or "\t" in rest or rest.startswith("<"):
        return line
    return (INDENT if tabs == 1 else " " * (TAB_WIDTH * tabs)) + rest


def _without_margin(lines: list[str]) -> list[str]:
    """Every non-blank line starts with at least n spaces: those n go."""
    margin = min((len(line) - len(line.lstrip(" ")) for line in lines if line.strip()), default=0)
    return [line[margin:] if line.strip() else "" for line in lines] if margin else lines
