"""A Markdown paragraph that opens on its own headline in bold: '**天元区新增2处公共充电站** 近日，天元区…'.

Exports of a brief-news column (简讯, 本地快讯) set each item's headline in
bold at the head of its paragraph, a space before the text. Each such item is
a piece of its own under that headline, as a brief printed under its own
headline is; a bold word inside a sentence ('**“株洲造”**走向全球') has no space
after it, a bold label ends on a colon ('**记者：**'), and a bold byline or lead stays one.
Only a column is split (`briefs`): a run-in next to another run-in. One bold
run-in inside a story ('**温馨提示** 市民出行…') is the story's own sub-head.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

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


def briefs(texts: Sequence[str]) -> set[int]:
    """Indexes of the paragraphs in `texts` that are items of a column of briefs:
    run-ins whose nearest non-blank neighbour (before or after) is a run-in too."""
    shown = [i for i, t in enumerate(texts) if t.strip()]
    run_in = {i for i in shown if texts[i].lstrip()[:2] in ("**", "__") and split(texts[i]) is not None}
    out: set[int] = set()
    for k, i in enumerate(shown):
        if i in run_in and ((k > 0 and shown[k - 1] in run_in) or (k + 1 < len(shown) and shown[k + 1] in run_in)):
            out.add(i)
    return out


# '**问：** …', '**记者：** …', '**曾某某：**…': a speaker's label set in bold before their words (an interview's turns)
_SPEAKER = re.compile(r"^\s*\*\*[^*\s]{1,8}[:：]\s*\*\*\s*\S")


def speaker_label(text: str) -> bool:
    """A turn of a Q&A whose speaker is in Markdown bold: only an export writes the stars."""
    return bool(_SPEAKER.match(text))
