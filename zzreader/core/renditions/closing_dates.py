"""A date with its weekday alone after a story's last paragraph: the story's own date, not a running head.

A running head names the page at its top or foot and comes back on every
page, beside the page code or the paper's name ('2025年12月6日 星期六' over
'A02 城事'). Archives and reprints that copy one story at a time set the day
it ran after its text ('…用完后归还原处。' / '2025年12月6日 星期六') once, with
a headline or nothing after it. Such a line stays with the story, as the date
lines without a weekday do (core/date_lines.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .model import SourceLine

_ENDS_SENTENCE = re.compile(r"[。！？!?][”’」』]?(?:[（(][^（）()]{1,30}[）)])?$|[）)]$")
_HAS_DATE = re.compile(r"(?:19|20)\d{2}\s*(?:年|[-./]\s*\d)")
_PARAGRAPH = 40  # a line this long after the date goes on with a story's text: a page break, not its end


def closes_story(lines: list[SourceLine], idx: int, is_head: Callable[[str], bool]) -> bool:
    """lines[idx] (a date and weekday alone) follows a story's last sentence, once in the file, beside no running head."""
    if idx == 0 or lines[idx - 1].kind == "section" or not _ENDS_SENTENCE.search(lines[idx - 1].text.strip()):
        return False
    key = "".join(lines[idx].text.split())
    if sum(1 for line in lines if "".join(line.text.split()) == key) > 1:
        return False  # the same line on every page: a running head
    nxt = lines[idx + 1] if idx + 1 < len(lines) else None
    if nxt is None:
        return True
    text = nxt.text.strip()
    if nxt.kind == "section" or (is_head(text) and not _HAS_DATE.search(text)):
        return False  # over a page label that names no date ('A02 城事'): the date half of a running head
    return len(text) <= _PARAGRAPH or bool(_HAS_DATE.search(text) and is_head(text))
