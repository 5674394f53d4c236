"""PDF text without blank lines: a short line over a lead is that story's headline, whatever stands above it.

Unwrapping joins a line to the paragraph above when that paragraph's last line
filled the column and stopped mid-sentence. A notice list's item set as wide as
the column ('·株洲某某有限公司遗失发票专用章一枚', no full stop: items have none)
then swallowed the next story's headline. A reader sees the headline under a list's item: a line
shorter than the column, ending no sentence, right over a lead or a byline
('株洲日报讯(全媒体记者/…)', '■全媒体记者 某某'), or over the rest of a headline
the width broke inside quote marks ('…安全“大' / '体检”'), is no paragraph's
last line (that would end its sentence) and no middle line (that would fill the column).
Only a line with the story's opening right under it (no blank line between) is
read so: with blank lines, the blank line above a headline already tells. A
title that names its notice in brackets ('…停水安排(公告)') needs no lead under
it, and a line that opens on the list's bullet is its next item.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..bylines import opens_lead, parse_credit

_ENDS = set("。！？!?…”’」』)）】》;；")
_OPEN_END = set("，,、；;：:“‘「『《(（的和与及")  # a paragraph's line cut here goes on, whatever follows
_PAIRS = ("“”", "《》", "（）", "()", "「」")
_HEAD_MAX = 24
_NOTICE_NAME = re.compile(r"[(（](?:公告|通告|公示|启事|声明)[)）]$")
_BULLET = re.compile(r"^\s*([·•●▪◆■])")
_ITEM = re.compile(r"^\s*(?:[·•●▪◆■\-*]|\d{1,2}[、.．]|[(（]\d{1,2}[)）])\s*\S")  # a list's item: it ends where its line ends


def _story_opens(text: str) -> bool:
    text = text.strip()
    return bool(text) and (opens_lead(text) or parse_credit(text) is not None)


def _closes(text: str, below: str) -> bool:
    """`text` leaves a quote open that `below` closes: one headline broken at the column."""
    return any(text.count(a) > text.count(b) and b in below for a, b in _PAIRS)


def heads_story(prev: str, text: str, below: str | None, width: int, measure: Callable[[str], int]) -> bool:
    """`text` under the open paragraph `prev` opens the next story: a short line over a lead (or a headline's rest)."""
    prev, line = prev.rstrip(), text.strip()
    if not _ITEM.match(prev):
        return False  # a paragraph run into a short line over a lead may be a headline said again ('…我市' / '有7个社区上榜')
    if prev[-1] in _OPEN_END or not line or len(line) > _HEAD_MAX:
        return False
    if _NOTICE_NAME.search(line):
        return True  # '2025年6月13日 停水安排(公告)' under the list: a notice's title, however wide
    if line[-1] in _ENDS:
        return False
    if not width or measure(text) >= width - 3 or below is None:
        return False
    return _story_opens(below) or (_closes(line, below) and len(below.strip()) <= _HEAD_MAX)


def next_item(prev: str, text: str) -> bool:
    """Under a list's item, a line that opens on the list's bullet is the next item, however full the one above."""
    a, b = _BULLET.match(prev), _BULLET.match(text)
    return bool(a and b and a.group(1) == b.group(1))
