"""A slogan of two phrases set apart by a space over a headline: a line of its own, never a paragraph's first piece.

A page's lead story may carry a kicker of two phrases ('坚持人民至上 全力以赴保障群众温暖过冬') over its title.
Cut at a column's width with no blank line between (`hard_wrap` in tests/bench/bench_rendition_variants.py),
the kicker is as wide as the column and read by width alone the title was glued to it as one wrapped
paragraph. A reader sees two headline lines: a wrapped paragraph never sets a bare space between two phrases,
nor does a line with no clause mark under it carry on a sentence.
"""

from __future__ import annotations

import re

_TWO_PHRASES = re.compile(r"^[^\s，,。；;：:、！？!?]{2,16}[ \u3000]+[^\s，,。；;：:、！？!?]{2,16}$")
_ROLE = re.compile(r"记者|通讯员|实习生|摄影|编辑|校对|主持人")  # '株洲日报全媒体记者 单某某': a credit, not a slogan
_CLAUSE = re.compile(r"[，,。；;：:、！？!?]")


def stands_alone(prev: str, text: str) -> bool:
    """Is `prev`, one physical line, a two-phrase slogan over `text`, a line with no clause mark (the title)?"""
    prev, text = prev.strip(), text.strip()
    return bool(_TWO_PHRASES.match(prev)) and not _ROLE.search(prev) and bool(text) and not _CLAUSE.search(text)
