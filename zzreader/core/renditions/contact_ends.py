"""An ad's or a notice's last line in wrapped text with no blank lines: the next line opens something new.

A page of small ads and notices cut into a column's lines and set without a
blank line between items (`hard_wrap` over a single-newline dump in
tests/bench/bench_rendition_variants.py) ends each item on its contact
('…联系电话：0731-22451234', '…地址：天元区某某路88号') or on the paper's '（广告）' mark, as wide as the
column or nearly: read by width alone, the next item's title ('寻人启事',
'停水通知') was glued to it. A reader sees the item close: a phone number
is whole (a mobile's eleven figures, a landline's area code and seven or eight),
and what follows neither goes on with a mark or a figure nor names the person
to call; a one-line notice ('遗失声明：…') under it is new too.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..notice_lines import INLINE_AD, INLINE_NOTICE

# a whole phone number at the line's end, after a field that names it ('电话：', '热线', '联系人：…'); '×' masks figures
_FIG = r"[\d×＊*]"
_WHOLE_PHONE = re.compile(
    rf"(?:电话|热线|手机|联系|咨询|报名|Tel|TEL)[^。，,；;]{{0,16}}?(?<![\d×＊*])(?:1[3-9]{_FIG}{{9}}|0\d{{2,3}}\s*[-－—]\s*{_FIG}{{7,8}}|[2-8]\d{{7}})"
    r"(?:\s*[(（][\u4e00-\u9fff]{1,4}[)）])?$"  # '…18173312345（王经理）': the person to call, in brackets behind the number
)
_AD_MARK = re.compile(r"[(（]\s*广告\s*[)）]$")
# a whole address at the line's end, after its field ('地址：天元区株洲大道128号'): the item's last line as a phone is
_WHOLE_ADDRESS = re.compile(r"地址\s*[:：][^。，,；;：:]{2,30}?(?:\d+号|\d+(?:室|楼|层|栋|幢)|大厦|广场)$")
_CLAUSE = re.compile(r"[，。；、,;：:！？!?]")
_GOES_ON = re.compile(r"^[\d×＊*，,、。；;：:）)（(—\-－/／]")
# the person to call, cut off behind the number ('…0731-22331234' / '吴经理'): still the contact line
_CONTACT_NAME = re.compile(r"^[\u4e00-\u9fff]{1,3}(?:先生|女士|小姐|经理|老师|师傅|主任|律师)")
TITLE_MAX = 16


def closes(prev: str, text: str) -> bool:
    """Does `prev`, an ad's or notice's closing contact or '（广告）' mark, end its item before `text`?"""
    prev, text = prev.rstrip(), text.strip()
    if not text or _GOES_ON.match(text) or _CONTACT_NAME.match(text):
        return False
    if _AD_MARK.search(prev):
        return True
    if not (_WHOLE_PHONE.search(prev[-40:]) or _WHOLE_ADDRESS.search(prev[-40:])):
        return False
    titled = len(text) <= TITLE_MAX and not _CLAUSE.search(text)  # '寻人启事', '减资公告', '招聘'
    return titled or bool(INLINE_NOTICE.match(text) or INLINE_AD.match(text))


def split_blocks(lines: list) -> int:
    """Whole paragraphs with no blank line between items: an item's closing contact ends its block.

    A plain or single-newline dump of a page of small ads ('家电维修' / its text ending
    '…电话：0731-28880000' / '钢琴培训' / …) sets each title right under the item before;
    the title opens a block of its own, as the blank line a page would show. Returns how many.
    """
    count = 0
    for prev, line in pairwise(lines):
        if not line.gap and not line.kind and not prev.kind and closes(prev.text, line.text):
            line.gap, count = 1, count + 1
    return count
