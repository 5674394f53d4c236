"""The tail of a sentence a line end cut off: text, never a sub-heading.

A dump of narrow columns read one paragraph a line (a PDF page taken for a
single-newline dump) leaves `…夜经济热起来了，怎么让` / `它亮得更久？`. The
short second line ends on a question mark and looks like a sub-heading; but
the prose above stops on a character, mid-sentence, and no paragraph ends so.
core/lines.py asks this before it reads a short line as a heading.
"""

from __future__ import annotations

import re
from typing import Protocol

_HAN_END = re.compile(r"[\u3400-\u9fff]$")
_SENTENCE_END = re.compile(r"[。！？!?][”’」』]?$")
_PROSE_MIN = 16  # the line above is prose, long enough to have reached the column's edge


class _Line(Protocol):
    kind: str
    text: str


def carries_on(lines: list[_Line], i: int) -> bool:
    """`lines[i]` ends the sentence the prose line above it broke off mid-word."""
    if i == 0 or lines[i - 1].kind != "p":
        return False
    above, text = lines[i - 1].text.strip(), lines[i].text.strip()
    if len(above) < _PROSE_MIN or "，" not in above or not _HAN_END.search(above):
        return False
    return bool(_SENTENCE_END.search(text)) and "：" not in text and ":" not in text
