"""A lead photo set above its article's heading in an HTML page: read after the heading.

A CMS page opens each story's element with its photo (`<section>` or `<article>`,
then `<figure>…<figcaption>… 摄</figcaption></figure>`, then `<header><h2>…`).
Read in line order the caption would close the story before, whose
photographer it is not; the element says whose it is. So the figure lines move
to just after the heading (after `</header>` when the heading sits in one),
keeping their own line numbers.
"""

from __future__ import annotations

import re

from .model import SourceLine

_OPENS_STORY = re.compile(r"^\s*<\s*(?:article|section)\b[^>]*>\s*$", re.IGNORECASE)
_FIGURE = re.compile(r"<\s*(?:figure|img|figcaption)\b", re.IGNORECASE)
_HEADING = re.compile(r"<\s*h[1-6]\b", re.IGNORECASE)
_HEADER_OPEN = re.compile(r"^\s*<\s*header\b[^>]*>\s*$", re.IGNORECASE)
_HEADER_CLOSE = re.compile(r"<\s*/\s*header\s*>", re.IGNORECASE)
_MAX_HEADER = 6  # lines a story's header spans: heading, subtitle, meta


def hoist(lines: list[SourceLine]) -> list[SourceLine]:
    """`lines` with each lead figure of a story element moved after the story's heading."""
    if not any(_OPENS_STORY.match(line.text) for line in lines):
        return lines  # a cheap look first: most pages have no story elements
    out = list(lines)
    k = 0
    while k < len(out):
        if _OPENS_STORY.match(out[k].text):
            k = _hoist_one(out, k + 1)
        k += 1
    return out


def _hoist_one(out: list[SourceLine], start: int) -> int:
    """Move the figure lines from `start` on after the heading block that follows them; the index to go on from."""
    end = start
    while end < len(out) and _FIGURE.search(out[end].text) and not _HEADING.search(out[end].text):
        end += 1
    if end == start or end >= len(out):
        return start
    if _HEADER_OPEN.match(out[end].text):
        close = next((j for j in range(end, min(end + _MAX_HEADER, len(out))) if _HEADER_CLOSE.search(out[j].text)), None)
        if close is None or not any(_HEADING.search(out[j].text) for j in range(end, close + 1)):
            return start
        after = close
    elif _HEADING.search(out[end].text):
        after = end
    else:
        return start
    figures = out[start:end]
    out[start:after + 1] = [*out[end:after + 1], *figures]
    return after
