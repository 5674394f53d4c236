"""The bars other newspaper CMS templates print round each story of a scraped page.

Besides the chrome `furniture.is_scrape_chrome` knows, vendors' 数字报 templates
set a story's counters and links on one line (`阅读：2381　点赞：46`,
`点赞 32 | 评论 5`, `本文来源：株洲日报　点击数：356　【返回目录】【打印本文】`),
name their platform beside the paper (`人民数字 · 株洲日报`, `株洲日报 | 数字报`),
list the page's titles on one line (`本版导航：甲 | 乙 | 丙`), print a date picker
(`2026年11月` / `日　一　二　三　四　五　六` / rows of days) and the issue's paging links
(`<< 前一期　后一期 >>`), and leave the
Founder (方正) CMS's comments in a text copy (`<!--enpcontent-->`,
`<!--enpproperty <articleid>…</articleid>…/enpproperty-->`). A mobile page sets its page, section and day
under each title (`A06版 · 区县 · 2026-11-06`), the reading time (`本文共 486 字，阅读约需 2 分钟`) and an
end mark (`— 完 —`). A phone browser's
reader mode adds `阅读模式`, the site's bare address, `原文链接：…`, and under each
title the outlet, the day and the reads (`株洲日报 2026-10-17 · 阅读 1.3万`).
None of it is a story's text; like the other chrome they mark a file as a
scrape (`epaper.looks_like`).
"""

from __future__ import annotations

import re

from . import founder_comments
from .model import SourceLine

# one item of a counters bar: a count with its label, a source field, or a bracketed link
_COUNT = r"(?:阅读|浏览|点击|访问)(?:数|量|次数)?\s*[:：]?\s*\d{1,9}(?:\.\d{1,2})?\s*[万千]?\+?\s*次?|(?:点赞|评论|收藏|转发|分享|在看|赞)\s*[:：]?\s*\d{1,7}"
_LINK = r"[【\[](?:返回目录|返回首页|返回|打印本文|打印本页|打印|关闭窗口|关闭|收藏本文|推荐给朋友)[】\]]"
_SOURCE = r"(?:本文|稿件|新闻)?来源\s*[:：]\s*[\u4e00-\u9fff]{2,10}"
_SYMBOL = r"(?:[\U0001F300-\U0001FAFF\u2600-\u27BF\u2190-\u21FF\u2B50]\ufe0f?\s*)?"  # '👍 点赞 128', '⭐ 收藏', '↗ 分享'
_ITEM = rf"{_SYMBOL}(?:{_COUNT}|{_LINK}|{_SOURCE}|点赞|收藏|分享|转发|在看)"
_BAR = re.compile(rf"^(?:{_ITEM})(?:[\s\u3000|｜·•/]*(?:{_ITEM}))*$")
_ITEMS = re.compile(_ITEM)  # two at least: a count alone ('转发 12' under a Weibo post) is no site's bar
_COUNT_ONLY = re.compile(_COUNT)
_PROSE_END = set("。！？；，")
_LINK_ONLY = re.compile(_LINK)

_PAPERS = r"(?:株洲日[报報]|株洲晚[报報])"
# '人民数字 · 株洲日报', '株洲日报 | 数字报', '数字报 | 株洲日报': the platform's name beside the paper's, nothing else
_PLATFORM = re.compile(
    rf"^(?:[\u4e00-\u9fffA-Za-z]{{2,8}}\s*[·•|｜\-—]\s*{_PAPERS}|{_PAPERS}\s*[·•|｜\-—]\s*(?:数字报刊?(?:平台)?|电子版|电子报|[\u4e00-\u9fff]{{2,6}}数字报?))$"
)
# '本版导航：甲 | 乙 | 丙', '本版标题：甲 | 乙': the page's titles listed on one line; '文章导航' alone (a list under a head is
# `digest.py`'s)
_INLINE_NAV = re.compile(r"^(?:(?:本版(?:标题)?导航|本版标题|标题导航|本版文章|文章导航|本版导读)\s*[:：]\s*\S.*(?:[|｜]\s*\S.*)+|文章导航)$")
# a reader mode's own lines: its name, the site's bare address, the original's link
_READER = re.compile(
    r"^(?:阅读模式|退出阅读模式|原文(?:链接|地址)\s*[:：]\s*\S+|查看原文|(?:[a-z0-9\-]+\.)+(?:cn|com|net|org))$",  # a bare address: a feed's link is its item's text
    re.IGNORECASE,
)
# '株洲日报 2026-10-17 · 阅读 1.3万': a reader mode's outlet, day and reads under each title
_SOURCE_DAY = re.compile(
    rf"^{_PAPERS}(?:数字报刊?|电子版)?[\s\u3000]*[·•|｜]?[\s\u3000]*((?:19|20)\d{{2}})[-/.年](\d{{1,2}})[-/.月](\d{{1,2}})日?(?:\s+\d{{1,2}}:\d{{2}})?[\s\u3000]*[·•|｜]?[\s\u3000]*(?:{_COUNT})$"
)


# a date picker: '日　一　二　三　四　五　六' over rows of the month's days ('8　9　10　11　12　13　14'), under '2026年11月'
_WEEKDAYS = re.compile(r"^(?:[日一二三四五六][\s\u3000]*){7}$|^(?:(?:周|星期)[日一二三四五六][\s\u3000]*){7}$")
_DAY_ROW = re.compile(r"^(?:(?:[1-9]|[12]\d|3[01])[\s\u3000]+){0,6}(?:[1-9]|[12]\d|3[01])$")
_MONTH_HEAD = re.compile(r"^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月$")
# a mobile page's card: 'A06版 · 区县 · 2026-11-06' under the title, '本文共 486 字，阅读约需 2 分钟', '— 完 —' at the end
_CARD_META = re.compile(
    r"^(?:第\s*)?[A-Za-z]?\d{1,2}\s*版\s*[·•|｜]\s*[\u4e00-\u9fff·]{2,8}\s*[·•|｜]\s*((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$"
)
_READING_TIME = re.compile(r"^(?:本文|全文)?共?\s*\d{1,6}\s*字[，,\s]\s*(?:预计)?阅读(?:约需|需要|大约需要|时间约?|约)\s*\d{1,3}\s*分钟$")
_END_MARK = re.compile(r"^[—\-－–]{1,4}\s*(?:完|全文完|END|end)\s*[—\-－–]{1,4}$")
# '<< 前一期　后一期 >>': an issue's paging links
_ISSUE_PAGING = re.compile(r"^[<«‹《\s]*(?:前一期|后一期|上一期|下一期)(?:[\s\u3000|｜]*(?:前一期|后一期|上一期|下一期))*[>»›》\s]*$")


def _day_row(text: str) -> bool:
    days = [int(d) for d in text.split()]
    return all(b == a + 1 for a, b in zip(days, days[1:]))


def drop_calendars(lines: list[SourceLine], furniture: list[SourceLine]) -> None:
    """A date picker's month, weekday row and rows of days: the site's widget, moved to `furniture`."""
    gone: set[int] = set()
    for k, line in enumerate(lines):
        if line.kind or not _WEEKDAYS.match(line.text.strip()):
            continue
        gone.add(k)
        if k and _MONTH_HEAD.match(lines[k - 1].text.strip()):
            gone.add(k - 1)
        j = k + 1
        while j < len(lines) and not lines[j].kind and _DAY_ROW.match(row := lines[j].text.strip()) and _day_row(row):
            gone.add(j)
            j += 1
    if gone:
        furniture.extend(lines[k] for k in sorted(gone))
        lines[:] = [line for k, line in enumerate(lines) if k not in gone]


def is_bar(text: str) -> bool:
    """A counters bar, a platform line, an inline page menu, reader-mode chrome or a Founder comment."""
    bare = text.strip()
    if bare[:4] == "<!--" or bare[:8] == "<founder" or bare[:9] == "</founder":
        return founder_comments.is_comment(bare)
    if not bare or len(bare) > 200 or bare[-1:] in _PROSE_END:
        return False  # most lines are a story's text, ending on a stop (a cheap look first)
    first = bare[:1]
    return bool(
        (len(bare) <= 80 and _BAR.match(bare) and len(_ITEMS.findall(bare)) >= 2 and (_COUNT_ONLY.search(bare) or _LINK_ONLY.search(bare)))
        or (len(bare) <= 24 and "株洲" in bare and _PLATFORM.match(bare))
        or (first in "本标文" and _INLINE_NAV.match(bare))
        or (len(bare) <= 30 and (_WEEKDAYS.match(bare) or _ISSUE_PAGING.match(bare) or _CARD_META.match(bare) or _END_MARK.match(bare)))
        or (len(bare) <= 40 and "分钟" in bare and _READING_TIME.match(bare))
        or (len(bare) <= 120 and (first in "阅退原查" or first.isascii()) and _READER.match(bare))
        or (len(bare) <= 40 and first == "株" and _SOURCE_DAY.match(bare))
    )


def source_day(lines: list[SourceLine]) -> str | None:
    """The day under a reader mode's or a mobile page's titles, or in a Founder property block: the page's date."""
    if founder := founder_comments.day(lines):
        return founder
    for line in lines:
        text = line.text.strip()
        # the length first: '株洲日报 2025年6月1日', 100,000 spaces, '）' and as many split the runs around the bar (past 20 s)
        if len(text) <= 40 and ((m := _SOURCE_DAY.match(text)) or (m := _CARD_META.match(text))):
            return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    return None
