"""How a paragraph opens when its indent is gone: a report's lead, its day, or a clause that starts a paragraph.

Text whose indents a cleaner dropped (`no_indents` in
tests/bench/bench_rendition_variants.py) still shows where a paragraph
starts to a reader: '本报讯（记者 柯　南）…', '4月7日，…', '据介绍，…' never
carry on a sentence the line above left open. Read by interleaved.py, whose
two columns alternating line by line were told apart by their indents alone.
"""

from __future__ import annotations

import re

# '本报讯（记者 柯　南）11月9', '株洲日报讯（通讯员…': a report's lead, set in or not
BARE_LEAD = re.compile(r"^[\s\u3000]*(?:株洲日报|本报|株洲晚报)(?:全媒体)?讯")
# a paragraph's first clause: its day ('4月7日，', '11月9日上午，'), its time, or the words that open a paragraph
_OPENING = re.compile(
    r"^[\s\u3000]*(?:\d{1,2}月\d{1,2}日[^，,。]{0,3}|据(?:介绍|了解|悉|统计)|今年以来|近年来|近日|日前|目前|下一步|按照计划|此外|同时|另外|截至目前)[，,]"
)


def opens_paragraph(text: str) -> bool:
    """Does `text` open a paragraph whatever its indent: a lead, or a first clause no wrapped line starts with?"""
    return bool(BARE_LEAD.match(text) or _OPENING.match(text))
