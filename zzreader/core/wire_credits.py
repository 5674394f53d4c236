"""A reprinted wire report's closing credit ('…（据新华社电）', '…（新华社）', '（来源：人民日报）').

The paper reprints wire copy with the agency named at the end instead of a
dateline. The credit closes a whole report: the headline over such a
paragraph opens a piece of its own (zzreader/core/headline_rules.py) and the
unsigned piece is news (zzreader/core/type_rules.py).
"""

from __future__ import annotations

import re

_WIRE_CLOSE = re.compile(r"[(（]\s*(?:据|来源[:：]\s*)?(?:新华社|中新社|人民日报|新华网|央视新闻|人民网)[^()（）]{0,12}[)）]\s*$")


def wire_closed(text: str) -> bool:
    """'…（据新华社电）', '…（新华社）': a paragraph that ends on a wire's credit."""
    return bool(_WIRE_CLOSE.search(text))
