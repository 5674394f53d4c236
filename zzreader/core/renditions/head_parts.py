"""A running head read as its parts, in whatever order and with whatever marks between them.

The fixed forms of renditions/furniture.py know the orders the paper's own
PDF and e-paper use. Archives and scrapes rearrange them: the section first
with no paper name ('要闻 A01 2025年12月6日', '文体·A07 2025年12月6日 星期六'),
slashes, bars, dots or diamonds between the parts ('株洲日报 / 2025年12月6日 /
第A01版 / 要闻', '株洲日报 ◆ 2025年12月6日 ◆ A01 要闻'), the page and its section
run together ('株洲日报｜A01要闻｜2025.12.06'). A line is such a head when every
part of it is one: one date, one page code, and at most one paper name,
weekday and section name (editors' credits after them), so that no sentence
or headline, which always holds other words, is ever read as one.
"""

from __future__ import annotations

import datetime as dt
import re

_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|([-./])\s*(\d{1,2})\s*\4\s*(\d{1,2})(?!\d))"
)
# (tried where a run of spaces starts: from each space of a run, each read the run to its end)
_ROLES = re.compile(r"(?<!\s)\s*+(?:责任编辑|本版编辑|编辑|美术编辑|美编|责编|校对|版式设计|版式|组版)\s*[:：]?.*$")
_ISSUE_NO = re.compile(r"[（(]?总?第\s*\d{3,6}\s*期[）)]?")
_SPLIT = re.compile(r"[\s|｜/／◆◇■□●○★☆▪•·・,，、【】〔〕［］\[\]()（）\-—–]+")  # '【A02版·城事】2025年12月13日', '- A02 … -' too
_PAPER = re.compile(r"^(?:株洲日报社?|株洲晚报)(?:数字报刊平台|数字报刊|数字报|电子版|电子报)?$")
_LATIN_PAPER = re.compile(r"zhuzhou\s*daily|(?<![A-Za-z])zzrb(?![A-Za-z])", re.IGNORECASE)  # 'Zhuzhou Daily | A01 | 2025-12-06'
_WEEKDAY = re.compile(r"^[(（]?(?:星期|周)[一二三四五六日天][)）]?$")
# 'A01', '第A01版', 'A01版', '01版', '第3版', or the page run into its section ('A01要闻')
_PAGE = re.compile(r"^(第?[A-Ha-h]\d{1,2}版?|第?\d{1,2}版|第\d{1,2}|[A-Ha-h]\d{1,2})([\u4e00-\u9fff]{2,8})?$")
_SECTION = re.compile(r"^[\u4e00-\u9fff]{2,8}$")
# the lunar date a head may carry beside the solar one ('农历正月十九', '乙巳年八月廿五'): no section
_LUNAR = re.compile(r"^(?:农历\S{2,12}|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年\S{2,8})$")
_DATE_MARK = "\x00"
_PAGE_HINT = re.compile(r"[A-Ha-h]\d|\d\s*版|第\s*\d")


def read(text: str) -> tuple[str, str] | None:
    """(ISO date, section) when the line is a running head made only of a head's parts, else None."""
    text = text.replace("\u3000", " ").strip()
    if not text or len(text) > 70 or not _PAGE_HINT.search(text):
        return None  # no page code: most lines (a cheap look before the date and the parts)
    dates = list(_DATE.finditer(text))
    if len(dates) != 1:
        return None
    day = _iso(dates[0])
    if day is None:
        return None
    rest = _ROLES.sub("", text[: dates[0].start()] + f" {_DATE_MARK} " + text[dates[0].end():])
    rest = _LATIN_PAPER.sub(" 株洲日报 ", _ISSUE_NO.sub(" ", rest))
    tokens = [t for t in _SPLIT.split(rest) if t]
    pages, sections, papers, weekdays = 0, [], 0, 0
    section_at: list[int] = []
    for k, token in enumerate(tokens):
        if token == _DATE_MARK:
            continue
        if _PAPER.match(token):
            papers += 1
        elif _WEEKDAY.match(token):
            weekdays += 1
        elif _LUNAR.match(token):
            continue
        elif m := _PAGE.match(token):
            pages += 1
            if m.group(2):
                sections.append(m.group(2))
        elif _SECTION.match(token):
            sections.append(token)
            section_at.append(k)
        else:
            return None  # a word no head holds: a sentence, a headline, a byline
    if pages != 1 or papers > 1 or weekdays > 1 or len(sections) > 2:
        return None
    if len(section_at) == 2 and section_at[1] != section_at[0] + 1:
        return None  # two names apart ('株洲西站 A02 … 改造工程完成'): a headline's words; a section's two parts go together ('评论·社会')
    return day, "·".join(sections)


def _iso(m: re.Match[str]) -> str | None:
    year = m.group(1)
    month, day = (m.group(2), m.group(3)) if m.group(2) else (m.group(5), m.group(6))
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None
