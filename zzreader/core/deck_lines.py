"""A headline's third line set like a sentence ('新建改扩建学校14所，新增学位1.8万个'): the subtitle, not text.

A deck (副题) often carries figures and a comma, so pass one read it as a
paragraph; set between the headline and the byline it was taken for the
story's first paragraph and glued to the lead ('…1.8万个9月1日，全市…').
A short line with no sentence's end, right under a headline line and right
over a byline, is still the headline's: it is marked as one of its lines.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .lines import Line

MAX_DECK = 30
_SENTENCE_END = re.compile(r"[。！？!?；;…：:]$|^(?:本报|株洲日报)讯")


def mark(lines: list[Line]) -> None:
    """Mark each short unfinished line between a headline line and a byline as a headline line."""
    for i in range(1, len(lines) - 1):
        line, above, below = lines[i], lines[i - 1], lines[i + 1]
        if line.kind != "p" or above.kind != "heading" or below.kind != "byline" or line.lead:
            continue
        text = line.text.strip()
        if len(text) <= MAX_DECK and not _SENTENCE_END.search(text) and text.count("，") <= 2:
            line.kind = "heading"
