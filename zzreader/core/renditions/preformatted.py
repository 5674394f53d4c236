"""Lines inside an HTML page's <pre> or <textarea>: a plain-text page a browser or a CMS showed as it was typed.

There every line break is the author's own (a headline over its byline, a byline over its text), so
renditions/soft_wraps.py must not join them as a Markdown or HTML soft wrap.
"""

from __future__ import annotations

import re

_OPEN = re.compile(r"<\s*(pre|textarea)\b[^<>]{0,200}>", re.IGNORECASE)
_CLOSE = re.compile(r"<\s*/\s*(pre|textarea)\s*>", re.IGNORECASE)


def line_numbers(texts: list[str], numbers: list[int]) -> set[int]:
    """The numbers of the lines that start inside an open <pre> or <textarea> (the opening line too when text follows it)."""
    inside: set[int] = set()
    open_ = False
    for text, no in zip(texts, numbers):
        opened = _OPEN.search(text)
        if open_ or (opened and text[opened.end():].strip()):
            inside.add(no)
        if opened and not _CLOSE.search(text, opened.end()):
            open_ = True
        elif open_ and _CLOSE.search(text):
            open_ = False
    return inside
