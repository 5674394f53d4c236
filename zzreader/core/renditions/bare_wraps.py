"""PDF text without blank lines and without indents: paragraphs cut at the column's edge all the same.

A page of briefs dumped with one newline a line and no paragraph indent
(`no_blank_lines` in tests/bench/bench_rendition_variants.py) leaves its short
headlines and kickers among short wrapped lines, so the share of full lines
that `pdf_text` counts stays low. What a reader still sees is the wrap: lines
that stop mid-sentence after a comma inside them, all at one width. A dump of
one paragraph a line never stops a line so; a headline holds no comma before
its end.
"""

from __future__ import annotations

import re
from collections import Counter

from .line_widths import INDENT

_TERMINAL = set("。！？!?…”’」』)）】》;；.")  # an ASCII full stop too: a GBK dump's sentence end
_INNER_MARK = re.compile(r"[，,。；;、]")  # no colon: a field's label ('地址：…', '电话：…') is no sentence
LEAST = 3  # breaks at one width: fewer could be chance (a headline with a comma in it)


def broken(text: str) -> bool:
    """A line that stops mid-sentence after a mark inside it ('今年以来，醴陵陶瓷产业园新')."""
    text = text.rstrip()
    return len(text) >= 10 and text[-1:] not in _TERMINAL and bool(_INNER_MARK.search(text[:-1]))


def looks_like(body: list[str], measure) -> bool:
    """At least three lines, and an eighth of the text, stop mid-sentence at one width, none of them indented."""
    widths = [measure(text.rstrip()) for k, text in enumerate(body[:-1])
              if broken(text) and not INDENT.match(body[k + 1])]
    if len(widths) < max(LEAST, len(body) / 8):
        return False
    width, _ = Counter(widths).most_common(1)[0]
    return width >= 10 and sum(1 for w in widths if abs(w - width) <= 2) >= 0.8 * len(widths)
