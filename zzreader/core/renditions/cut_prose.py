"""PDF text whose column edge no one width shows: sentences cut at each line's end.

A page copied out of a PDF by hand, or set with digits and marks of mixed
widths, wraps at no width renditions/pdf_text.py can measure. What still
shows it is prose cut mid-sentence: lines with a comma in them, as text
has, that stop on a character ('…今年将重点做好三' / '件事：'). A dump of one
paragraph a line ends its prose on a stop; a headline has no comma.
"""

from __future__ import annotations

import re

from .line_widths import INDENT
from .page_breaks import CENTRED, OPEN_END

_HAN_END = re.compile(r"[\u3400-\u9fff]$")
_PROSE_MIN = 14  # shorter lines are headlines, credits and labels, whatever they end on
_MIN_CUTS = 4
_CUT_SHARE = 0.5  # of the lines of prose, those cut mid-sentence
_BODY_SHARE = 0.2  # of all lines


def cut_prose(body: list[str]) -> bool:
    """Many lines of prose, and most of them, stop on a character mid-sentence."""
    prose = [r.strip() for r in body if len(r.strip()) >= _PROSE_MIN and "，" in r]
    cuts = sum(1 for r in prose if _HAN_END.search(r))
    return cuts >= _MIN_CUTS and cuts >= _CUT_SHARE * len(prose) and cuts >= _BODY_SHARE * len(body)


def open_full_indents(body: list[str], measure, width: int) -> bool:
    """Of the indented paragraph starts as wide as the column, most stop mid-sentence and go on, unindented, below.

    A page of numbered points and one-line paragraphs ('　　一、…；', '　　会议还研究了其他事项。')
    has more indented lines that end where they should than ones that wrap; those
    short lines tell nothing of a column's edge, the full ones do.
    """
    full = [k for k, r in enumerate(body[:-1]) if INDENT.match(r) and not CENTRED.match(r) and abs(measure(r) - width) <= 2]
    carried = sum(1 for k in full if OPEN_END.search(body[k].rstrip()) and not INDENT.match(body[k + 1]))
    return carried >= 2 and carried >= 0.6 * len(full)
