"""Whitespace at the end of a raw line: what editors, PDF tools and exporters leave behind.

A line of nothing but spaces, tabs, ideographic spaces or a form feed is a
blank line to a reader, and must count as one wherever blank lines are counted
(single_newline.py's no-blank-line test, gaps, photo slots). A tab or an
ideographic space after a line's last word would make it look like a table
row or a padded column (columns.py, cms_meta.py). Plain spaces alone stay
while few lines end in them: in PDF text one may be the space a wrap fell on
(pdf_text.glue), in Markdown two are a hard break (markup.py reads it). When
most lines of a file that is not Markdown end in spaces the tool padded them:
they tell nothing, and would keep patterns anchored at a line's end from
matching (a channel name in listings.py).
"""

from __future__ import annotations

from . import markup


def clean(raw_lines: list[str]) -> list[str]:
    """The lines with blank ones emptied and trailing whitespace that tells nothing dropped."""
    if _padded(raw_lines) and not markup.looks_like(raw_lines):
        return [line.rstrip() for line in raw_lines]
    return [_clean_line(line) for line in raw_lines]


def _padded(raw_lines: list[str]) -> bool:
    """Most non-blank lines end in whitespace: the tool that wrote the file padded every line."""
    ends = [line[-1:].isspace() for line in raw_lines if line.strip()]
    return sum(ends) > len(ends) / 2


def _clean_line(line: str) -> str:
    """'' for a whitespace-only line; else the line without a tail that holds more than plain spaces."""
    body = line.rstrip()
    if len(body) == len(line) or not body:
        return body
    tail = line[len(body):]
    spaces = len(tail) - len(tail.lstrip(" "))
    return line if spaces == len(tail) else body + ("  " if spaces >= 2 else "")
