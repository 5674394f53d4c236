"""Two columns side by side with a gutter of ideographic spaces (U+3000).

Word exports and some PDF converters pad the left column with full-width
spaces instead of ASCII ones, so the right column starts at one *display*
column (a Chinese character or U+3000 takes two cells, a digit or Latin letter
one), not at one character position, and a paragraph indent (`　　`) of the
right column runs into the gutter. A run of lines whose right-hand text starts
at one display column is split there and handed to `side_by_side.order`, which
reads the left column first, then the right one, each half keeping its line
number. A right-hand text that starts well past the column's edge keeps that
excess as its paragraph indent. Only lines whose left half breaks off
mid-sentence vote for a gutter: an e-paper line that runs two paragraphs
together (`……开放。　　公园配有……`) ends its left half on a full stop.
"""

from __future__ import annotations

import re
from collections import Counter

from ..text_width import width
from . import page_heads, side_by_side

_GAP = re.compile(r"[\u3000 ]*\u3000[\u3000 ]*\u3000[\u3000 ]*")  # two ideographic spaces or more (with stray ASCII ones)
_HAN = re.compile(r"[\u3400-\u9fff]")
_SENTENCE_END = re.compile(r"[。！？；…][”’」』）)]?\s*$")
MIN_ROWS = 3  # two-sided prose lines that share the gutter before a page counts as set in columns
MIN_SIDE = 6  # characters each side: prose, not a label and its value
SLACK = 2  # display cells the column edge may wander either way
MAX_INDENT = 8  # display cells of a paragraph indent (two ideographic spaces, or four) after the edge




def _prose(half: str) -> bool:
    half = half.strip(" \u3000")
    return len(half) >= MIN_SIDE and not _GAP.search(half) and len(_HAN.findall(half)) >= len(half) * 0.5


def _inner_gaps(line: str) -> list[re.Match]:
    """Gaps with text on both sides; a line led by a gap (only the right column has text) counts too."""
    body = line.rstrip()
    return [m for m in _GAP.finditer(body) if m.end() < len(body)]


def _gutter(lines: list[str]) -> int | None:
    """The display column where most two-sided prose lines resume, when enough of them share it."""
    counts: Counter[int] = Counter()
    for line in lines:
        if "\u3000\u3000" not in line or "\u3000\u3000" not in line.strip(" \u3000"):
            continue  # most lines hold no wide gap, or only a paragraph indent
        # a half with a wide gap inside it is no column's prose, so with two gaps after the text's start neither
        # is the gutter (each was measured on copies of the whole line: 50,000 gaps on a line 1.8 s, the square)
        gaps = [m for m in _inner_gaps(line) if m.start()]
        if len(gaps) != 1:
            continue
        left = line[:gaps[0].start()]
        # a column line breaks mid-sentence; '……开放。　　公园配有……' is two paragraphs run together
        if _prose(left) and _prose(line[gaps[0].end():]) and not _SENTENCE_END.search(left):
            counts[width(line[:gaps[0].end()])] += 1
    if not counts:
        return None
    reach = {p: sum(n for q, n in counts.items() if p - SLACK <= q <= p + MAX_INDENT) for p in counts}
    col = min(reach, key=lambda p: (-reach[p], p))
    return col if reach[col] >= MIN_ROWS else None


def _split(line: str, col: int) -> tuple[str, str] | None:
    """(left, right) at the gutter, the right half keeping an indent it had past the edge; None when text runs across."""
    body = line.rstrip()
    if width(body) <= col - SLACK:
        return body, ""  # a short line of the left column
    reach, measured = 0, 0  # the display width up to the gap's end, measured on from the last gap's
    for m in _inner_gaps(body):
        reach, measured = reach + width(body[measured : m.end()]), m.end()
        if min(reach, 2 * m.end()) > col + MAX_INDENT:
            return None  # every gap further on ends further out
        # a converter pads to the display column, or counts characters as if each were full width ('3000' as four)
        for end in (reach, 2 * m.end()):
            if col - SLACK <= end <= col + MAX_INDENT:
                indent = "\u3000" * ((end - col + 1) // 2) if end - col >= 3 else ""
                return body[:m.start()].rstrip(), indent + body[m.end():]
    return None


def reorder(raw_lines: list[str], warnings: list[str]) -> list[tuple[int, str]] | None:
    """(original line number, text) in reading order, or None when no run of lines is set in two columns this way."""
    col = _gutter(raw_lines)
    if col is None:
        return None
    halves = [_split(line, col) if line.strip() and not _running_head(line) else None if line.strip() else ("", "")
              for line in raw_lines]
    return side_by_side.order(raw_lines, halves, warnings, opens=_opens)


def _running_head(line: str) -> bool:
    """A page's running head (`株洲日报　　2025年7月29日　星期二　　A03　　城事`) is set across the page, never in a column."""
    return "\u3000\u3000" in line and page_heads.is_header(line.replace("\f", "").strip())


def _opens(half: tuple[str, str] | None) -> bool:
    """Prose on both sides: a running head cut by its own wide gaps (`A02　　要闻　　责任编辑：…`) stays whole."""
    return bool(half and _prose(half[0]) and _prose(half[1]))
