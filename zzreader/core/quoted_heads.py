"""A headline that is one quoted cry or question ('“家门口就能吃上热乎饭！”') set over its byline or lead.

`lines.heading_like` reads a quoted sentence on a line of its own as body text,
as a speaker's words usually are; printed right over a byline or a `本报讯` lead
with nothing else inside the quotes, it is the story's headline.
"""

from __future__ import annotations

import re

from .bylines import parse_credit, parse_lead

# one pair of quotes round the whole line, closing on '！' or '？' (a '。' inside quotes ends a sentence of the text)
_QUOTED_CRY = re.compile(r"^[“\"][^“”\"。]{2,22}[！？!?][”\"]$")


def over_credit(lines: list, i: int) -> bool:
    """Is line i a quoted cry or question right above a byline or a lead (see the module docstring)?"""
    text = lines[i].text.replace(" ", "")
    if not _QUOTED_CRY.match(text) or i + 1 >= len(lines):
        return False
    below = lines[i + 1].text
    return (len(below) <= 40 and parse_credit(below) is not None) or parse_lead(below) is not None
