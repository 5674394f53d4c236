"""HTML tags a word processor wrapped across lines, joined so that each line holds whole tags.

Word's "save as web page" wraps its source at a space, and the spaces of Chinese
text are inside its tags: `<p class=MsoNormal><b><span` / `style='font-family:黑体'>标题<span`
/ `lang=EN-US>30</span>亿元`. Read line by line, the attribute text became the
article's text and the headline was lost. A line that ends inside a tag is joined
with the lines that finish it, the joined line covering them all (its numbers kept).
"""

from __future__ import annotations

import re

from .model import SourceLine

MAX_LINES = 12  # a tag wrapped over more lines than this is no tag: '<' in text
# a tag opened and not closed by the line's end ('<span', '<p class=MsoNormal'); a comment is read apart
_OPEN_AT_END = re.compile(r"<(?!!--)[A-Za-z/!][^<>]*$")


def join(lines: list[SourceLine]) -> list[SourceLine]:
    """The lines with each tag wrapped across lines made whole on the line it opens on."""
    if not any("<" in line.text and _OPEN_AT_END.search(line.text) for line in lines):
        return lines  # a cheap look first: most exports wrap no tag
    out: list[SourceLine] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        end = _tag_end(lines, i) if "<" in line.text and _OPEN_AT_END.search(line.text) else None
        if end is None:
            out.append(line)
            i += 1
            continue
        parts = [line.text.rstrip()] + [lines[k].text.strip() for k in range(i + 1, end + 1)]
        out.append(SourceLine(line.no, " ".join(parts), end=lines[end].end, gap=line.gap, kind=line.kind))
        i = end + 1
    return out


def _tag_end(lines: list[SourceLine], start: int) -> int | None:
    """Index of the line whose text closes the tag left open at the end of `lines[start]` (lines of
    attributes alone may come between: `<html xmlns:v=…` / `xmlns:o=…` / `xmlns=…>`), when no blank
    line comes between and its own end leaves no tag open; else None."""
    k = start
    while k + 1 < len(lines) and k - start < MAX_LINES:
        nxt = lines[k + 1]
        if nxt.gap or "<" in nxt.text.split(">", 1)[0]:
            return None
        k += 1
        if ">" in nxt.text and not _OPEN_AT_END.search(nxt.text):
            return k  # else it closes this tag and leaves another open: '… lang=EN-US>30</span>亿元<span'
    return None
