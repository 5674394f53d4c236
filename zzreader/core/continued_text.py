"""The line right under a '（上接A01版）' marker is the story's text carried over, not a headline, when it reads as text.

A continued story's page gives its marker, then the text goes on where the first page stopped. With the
paragraph indents dropped (`no_indents` in tests/bench/bench_rendition_variants.py), a line of that text
as short as a headline ('市工信局相关负责人表示，下一步将围绕') was read as the piece's title. A reader sees
text: it holds a clause mark, stops mid-sentence, and the lines under it carry on as text. A page that
repeats the headline over its marker sets the headline above the marker, and one under it has no comma.
"""

from __future__ import annotations

import re

from .lines import Line

_CLAUSE = re.compile(r"[，,、；;]")
_FINISHED = re.compile(r"[。！？!?…”」』）)]$")


def carried_over(lines: list[Line], i: int) -> bool:
    """Is `lines[i]`, a one-line headline run under a continuation marker, text that stops mid-sentence?"""
    if i == 0 or lines[i - 1].kind != "marker" or not lines[i - 1].marker or i + 1 >= len(lines):
        return False
    text, nxt = lines[i].text.strip(), lines[i + 1]
    return bool(_CLAUSE.search(text)) and not _FINISHED.search(text) and nxt.kind == "p" and not nxt.lead
