"""Where a word next stands in a text, remembered: one pass over a line of many unclosed tags.

A reader that looks for each tag's closing word (core/decode.py for style
sheets and scripts, core/renditions/bbcode.py for '[b]…[/b]') would read the
rest of the text once per tag; remembering the last answer reads it once.
"""

from __future__ import annotations

import re


def next_found(text: str, what: str, start: int, found: dict[str, int]) -> int:
    """Where `what` (any case) next stands at or after `start`, -1 if nowhere; `found` remembers the last answer."""
    last = found.get(what)
    if last is not None and (last < 0 or last >= start):
        return last
    m = re.compile(re.escape(what), re.IGNORECASE).search(text, start)
    found[what] = m.start() if m else -1
    return found[what]
