"""A headline as wide as its column over a story set without indents: where the paragraph starts anyway.

When an extraction or a cleaner drops every paragraph indent (`no_indents` in
tests/bench/bench_rendition_variants.py), a headline that fills the column's
width looks like the first line of a wrapped paragraph, and the story's first
line was glued to it. A reader still sees the break: the headline holds no
punctuation at all, and the line under it opens a report the way the paper
opens one, with its byline in brackets ('（全媒体记者/汤某 通讯员/邓某' broken
before the names end), with a short opening clause ('今年以来，', '近日，',
'4月22日，'), or under a notice's name ('…有限公司减资公告').
"""

from __future__ import annotations

import re

from .bare_wraps import broken

_PUNCTUATED = re.compile(r"[，,。；;：:！？!?、（）()]")
# a report's byline in brackets at the start of its lead, set without 本报讯
_BRACKETED_CREDIT = re.compile(r"^[(（]\s*(?:株洲日报)?(?:全媒体|融媒体|见习|特约|首席)?(?:记者|通讯员|实习生)")
# a report's first clause, its time: '今年以来，', '近日，', '4月22日，', '11月7日上午，' (any short clause could be a
# word broken at the line's end: '…投入4600万元改' over '造窑炉，…')
_SHORT_OPENING = re.compile(r"^(?:今年以来|近年来|近日|日前|近期|目前|眼下|连日来|[入开][春夏秋冬]以来|昨天|昨日|今天|今日|"
                            r"\d{1,2}月\d{1,2}日[^，,。]{0,3})[，,]")
_NOTICE_END = re.compile(r"(?:公告|声明|启事|通知|公示|通告)$")


def opens_below(prev: str, text: str) -> bool:
    """Is `text` the first line of a story under `prev`, a headline as wide as the column?"""
    prev, text = prev.strip(), text.strip()
    if not prev or _PUNCTUATED.search(prev) or len(prev) < 6:
        return False
    return bool(_BRACKETED_CREDIT.match(text) or _SHORT_OPENING.match(text) or _NOTICE_END.search(prev))


def ascii_stop(text: str) -> bool:
    """'…占比33%.', '…做好准备.': a sentence a GBK dump ends on an ASCII full stop (a decimal's point is followed by a digit)."""
    return text[-1:] == "." and len(text) >= 2 and (text[-2] in "%)”" or "\u4e00" <= text[-2] <= "\u9fff")


_NUMBER_TAIL = re.compile(r"^\d{1,4}$")
_CLAUSE_MARK = re.compile(r"[，,。；;]")


def goes_on(prev: str, text: str, full: bool) -> bool:
    """An unindented line that carries on the one above whatever follows it.

    No line opens on a comma or a full stop ('，包吃住。…'); the last figures of a phone
    number broken at the edge ('…136073312' over '34') go on; and a line as wide as the
    column with commas inside it that stops mid-sentence ('…持证上岗，服' over '务周到。…')
    is a paragraph's, never a headline's, whatever stands under the next line.
    """
    first = text.lstrip()[:1]
    if first and first in "，,、。；;：:":
        return True
    if prev[-1:].isdigit() and _NUMBER_TAIL.match(text.strip()):
        return True
    return full and broken(prev) and bool(_CLAUSE_MARK.search(prev[:-1]))  # '、' alone may list a speaker's posts ('市委副书记、市长')


_DAY = re.compile(r"^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日$")


def signed_day(text: str) -> bool:
    """'2028年6月10日' alone under a notice's signer: a line of its own, set right or not (no sentence ends on a bare date)."""
    return bool(_DAY.match(text.strip()))
