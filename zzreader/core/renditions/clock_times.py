"""A clock time after a figure date ('2026-03-05T08:30:00+08:00', '2026-03-05 08:30') read as the date alone.

Web pages and CMS exports stamp a masthead or a meta line with an ISO 8601
timestamp or a date and time; the masthead and page-line patterns
(`zzreader/core/dates.py`, `zzreader/core/lines.py`) expect a date followed
by the page or the end of the line, so the time of day is dropped before they look.
"""

from __future__ import annotations

import re

# the date, then 'T' or spaces, the hours and minutes, seconds, fractions and a zone ('Z', '+08:00', '+0800')
_CLOCK = re.compile(
    r"(?<![\d.])((?:19|20)\d{2}([-/.])\d{1,2}\2\d{1,2})(?:T|[ \u3000]+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?"
    r"(?:Z|[+-]\d{2}:?\d{2})?(?![\d:])"
)


def drop_clock(text: str) -> str:
    """The text with each time of day after a figure date left out; a cheap look for ':' first."""
    return _CLOCK.sub(r"\1", text) if ":" in text else text
