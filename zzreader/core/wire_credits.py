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


# '新华社记者　柯　平　摄', '（新华社发　李某　摄）': an agency's photographer, whom the paper does not list as its own
_WIRE_PHOTO = re.compile(r"^[(（]?\s*(?:新华社|中新社|人民日报)\s*(?:[\u4e00-\u9fff]{0,4}记者|发|稿)[\s\u3000]*[\u3400-\u9fff][\u3400-\u9fff\s\u3000、]{0,14}?[\s\u3000]*摄影?\s*[)）]?$")


def wire_photo(text: str) -> bool:
    """'新华社记者 柯平 摄': the credit of a wire's photo; it marks a caption as a photographer of the paper's would."""
    return len(text) <= 30 and bool(_WIRE_PHOTO.match(text.strip()))
