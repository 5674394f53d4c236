"""How wide a line of PDF text is: the paragraph indent and the characters after it.

A PDF extractor writes a paragraph indent as '　　', two to four spaces or a
mix; all count as two columns, so a paragraph's first line measures as wide
as the lines it wraps into (zzreader/core/renditions/pdf_text.py).
"""

from __future__ import annotations

import re

INDENT = re.compile(r"^(?:\u3000{2}|\s{2,4}\u3000|\u3000\s| {2,4}(?=\S))")


def _indent_and_rest(text: str) -> tuple[int, str]:
    """A paragraph indent takes two columns however the extractor wrote it ('　　', '  ', '    ')."""
    text = text.rstrip("\r\n")
    return (2, text.lstrip(" \u3000\t")) if INDENT.match(text) else (0, text)


def char_len(text: str) -> int:
    indent, rest = _indent_and_rest(text)
    return indent + len(rest)


def visual_len(text: str) -> int:
    """Width in full-width characters: half-width digits and letters count half, as a PDF sets them."""
    indent, rest = _indent_and_rest(text)
    return indent + round(len(rest) - sum(map(str.isascii, rest)) / 2)
