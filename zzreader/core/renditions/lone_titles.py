"""A short line alone between blank lines in PDF text: a notice's title, never the tail of the block above.

A page of notices sets each title ('遗失声明', '招聘') in a block of its own;
the line above it often ends on a phone number or a name as wide as the
column ('联系人：邓先生 13974112233'), so it reads as cut mid-sentence.
A wrapped paragraph's last piece carries on its sentence's marks or ends one;
a title holds no clause mark and a blank line (or the page's end) follows it.
"""

from __future__ import annotations

import re

from .model import SourceLine

_CLAUSE = re.compile(r"[，。；、,;：:！？!?]")


def lone_title(text: str, nxt: SourceLine | None, width: int, measure) -> bool:
    """`text` (after a blank line) is short, has no clause mark, and a blank line or the end follows it."""
    text = text.strip()
    alone = nxt is None or bool(nxt.gap) or bool(nxt.kind)
    return alone and bool(text) and measure(text) < width - 3 and not _CLAUSE.search(text)


# '关于湘江大道部分路段实施临时交通管制的通告', '…征求意见公示', '关于…暂停供气的通知': no clause mark, the notice's kind last
_NOTICE_HEAD = re.compile(r"^[^。，,；;！？!?：:、]{2,40}(?:公告|通告|公示|启事|声明|通知)$")


def names_notice(text: str) -> bool:
    """A line that names a notice ends there, however near the column's width it reaches."""
    return bool(_NOTICE_HEAD.match(text.strip()))


def notice_head(prev: SourceLine) -> bool:
    """A line of its own (none joined to it yet) that names a notice."""
    return prev.no == prev.end and names_notice(prev.text)
