"""Stacked combining marks in a library string, capped for display.

A headline of one character carrying 500 combining accents (U+0301…) is one
grapheme: no line break can fall inside it, so it drew a title wider than
the page (a horizontal scroll bar) and ran across the tree and the search
results. Shown in a header, a row, a menu or a tooltip, a character keeps
at most MAX_MARKS marks; the article's body is shown exactly as stored
(highlights are anchored to it). Qt-free, so article_html.py can use it.
"""

from __future__ import annotations

import re
import unicodedata

MAX_MARKS = 4  # more than any script the paper prints needs on one letter

# Runs of characters outside ASCII, Latin-1, CJK and the full-width forms: only these
# are looked at one by one, so a page of Chinese text costs one regex scan.
_CANDIDATES = re.compile(r"[^\x00-\u02ff\u3000-\u9fff\uff00-\uffef]{%d,}" % (MAX_MARKS + 1))


def capped(text: str) -> str:
    """`text` with each run of combining marks cut to MAX_MARKS."""
    if text.isascii():
        return text
    return _CANDIDATES.sub(_cap_run, text)


def _cap_run(match: re.Match[str]) -> str:
    out, run = [], 0
    for ch in match.group():
        run = run + 1 if unicodedata.category(ch) in ("Mn", "Me") else 0
        if run <= MAX_MARKS:
            out.append(ch)
    return "".join(out)
