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


# A mark OCR or a cleaner wrote half-width in Chinese text ('目前,全市…', '(记者 某某)'): the page printed it
# full-width, so it took a full column of the line
_WIDE_MARK = re.compile(r"(?<=[\u3400-\u9fff])[,;:!?)]|\((?=[\u3400-\u9fff])")


def visual_len(text: str) -> int:
    """Width in full-width characters: half-width digits and letters count half, as a PDF sets them."""
    indent, rest = _indent_and_rest(text)
    half = sum(map(str.isascii, rest))
    if half and ("," in rest or ";" in rest or ":" in rest or "!" in rest or "?" in rest or "(" in rest or ")" in rest):
        half -= len(_WIDE_MARK.findall(rest))
    return indent + round(len(rest) - half / 2)


def commonest(lengths: dict[int, int]) -> tuple[int, int]:
    """The commonest line length and its count; of two as common, the wider.

    A column's wrapped lines all reach its edge, while a page of notices has
    as many short lines of one length by chance (a title, a phone number, a
    signer): a tie between them is the column's width, not the short one's.
    A tie of two lines each is chance (a headline's column against the body's);
    widths a glyph or two apart are one column.
    """
    top = max(lengths.values())
    first = next(n for n, c in lengths.items() if c == top)
    widest = max(n for n, c in lengths.items() if c == top)
    # two lines alike by chance, or two widths a glyph apart (one column, a wrap a glyph short): the first, as ever
    return (widest if top >= TIE_LINES and widest > first + 2 else first), top


TIE_LINES = 3  # lines of one length before a tie is read as the column against a run of short lines


STRONG_CUTS = 8  # lines cut at one width inside blocks: a column's edge, however many one-line blocks stand between


def strong_cuts(wide: list[str], same: int) -> bool:
    """Many lines inside blocks, nearly all of one width: a page of notices is wrapped text too.

    Its titles, signers, dates and phone numbers are blocks of one line each
    and outnumber the wrapped lines, but a plain dump never cuts eight lines
    of its blocks at one width.
    """
    return len(wide) >= STRONG_CUTS and same >= 0.95 * len(wide)
