"""A Markdown paragraph that opens on its own headline in bold: '**天元区新增2处公共充电站** 近日，天元区…'.

Exports of a brief-news column (简讯, 本地快讯) set each item's headline in
bold at the head of its paragraph, a space before the text. Each such item is
a piece of its own under that headline, as a brief printed under its own
headline is; a bold word inside a sentence ('**“株洲造”**走向全球') has no space
after it, a bold label ends on a colon ('**记者：**'), and a bold byline or lead stays one.
"""

from __future__ import annotations

import re

from ..bylines import parse_credit, parse_lead

_RUN_IN = re.compile(r"^(?:\*\*|__)([^*_]{2,40}?)(?:\*\*|__)[ \u3000]+(\S.{9,})$")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_NOT_A_TITLE_END = "：:。，,；;、"


def split(text: str) -> tuple[str, str] | None:
    """(headline, text) of a paragraph that opens on a bold headline and a space, else None."""
    m = _RUN_IN.match(text.strip())
    if not m:
        return None
    title, rest = m.group(1).strip(), m.group(2).strip()
    if title[-1] in _NOT_A_TITLE_END or len(_HAN.findall(title)) < 4 or "。" in title or rest[:1] in _NOT_A_TITLE_END:
        return None
    if parse_credit(title) is not None or parse_lead(title) is not None:
        return None  # '**株洲日报全媒体记者 陈某某** 12月9日，…', '**株洲日报讯（…）** 4月25日，…': a byline or lead run into the text
    return title, rest
