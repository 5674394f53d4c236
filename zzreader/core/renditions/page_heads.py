"""Running page heads and page labels: the lines that name an issue's date, page and section.

A running head (`2025年7月17日 星期四 A02 要闻 责任编辑 贺某`), a page label (`A03·城事`,
`第A03版：城事`) or a site's breadcrumb (`首页 > 株洲日报 > 第A03版：城事`) is never body text;
zzreader/core/renditions/furniture.py turns these lines into section lines.
"""

from __future__ import annotations

import datetime as dt
import re

from . import head_parts
from .chrome_links import BARRED_CHROME
from .cn_dates import to_figures

_DATE = r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
_WEEK = r"(?:\s*(?:星期|周)[一二三四五六日天])?"
_PAGE = r"(?:第\s*)?([A-Za-z]?\d{1,2})\s*版?"
_HEADER = re.compile(
    r"^\s*" + _DATE + _WEEK + r"\s*[|｜/·]?\s*" + _PAGE + r"\s*[:：|｜]?\s*([\u4e00-\u9fff·]{2,8})?"
    r"(?:\s+(?:责任编辑|本版编辑|编辑|美术编辑|美编|校对).*)?\s*$"
)
_PAGE_FIRST = re.compile(
    r"^\s*(?:第\s*)?([A-Za-z]?\d{1,2})\s*版?\s*[:：|｜]?\s*([\u4e00-\u9fff·]{2,8})\s+(?:(?:株洲日报|株洲晚报)\s+)?" + _DATE + _WEEK
    + r"(?:\s+(?:责任编辑|本版编辑|编辑|美术编辑|美编|校对).*)?\s*$"
)
# 'A06  2025年6月12日 星期四  株洲日报  责任编辑：汤丽': the page, then the date and weekday, the paper's name and
# a section after them or not (a page-foot running head)
_PAGE_DATE = re.compile(
    r"^\s*(?:第\s*)?([A-Za-z]?\d{1,2})\s*版?\s+" + _DATE + r"\s*(?:星期|周)[一二三四五六日天]"
    r"(?:\s+(?:株洲日报|株洲晚报))?(?:\s+([\u4e00-\u9fff·]{2,8}))?"
    r"(?:\s+(?:责任编辑|本版编辑|编辑|美术编辑|美编|校对).*)?\s*$"
)
# '株洲日报 评论·社会 2025年3月11日 星期二': the paper and the section first, the page (if any) after the date
_SECTION_FIRST = re.compile(
    r"^\s*(?:株洲日报|株洲晚报)\s+([\u4e00-\u9fff]{2,6}(?:[·・][\u4e00-\u9fff]{2,6})?)\s+"
    + r"(?:(?:第\s*)?[A-Za-z]?\d{1,2}\s*版?\s+)?" + _DATE + _WEEK  # '株洲日报 要闻 A02 2025年7月21日 星期一' too
    + r"(?:\s*(?:第\s*)?[A-Za-z]?\d{1,2}\s*版)?(?:\s+(?:责任编辑|本版编辑|编辑|美术编辑|美编|校对).*)?\s*$"
)
# A name of two to four characters; a two-character name may be padded to three with a space ('胡　静').
_NAME = r"(?:[\u3400-\u9fff·] {1,2}[\u3400-\u9fff·](?![\u3400-\u9fff])|[\u3400-\u9fff·]{2,4})"  # '刘  芳': pdftotext's padded name
_ROLE = r"(?:责任编辑|本版编辑|编辑|美术编辑|美编|校对)"
# A page label alone on its line ('A06 公告', 'A03·城事', '03版·要闻', '第6版', 'A3  城事  责任编辑：汤某',
# 'A08 分类广告  广告热线：0731-28829999'): the page and section of what follows, never a headline or text.
# '\s*(?:[:：]\s*)?' and the possessive tail: '\s*[:：]?\s*' split a run of spaces every way (quadratic)
_PAGE_LABEL = re.compile(
    r"^\s*((?:第\s*)?(?:[A-H]\d{1,2}|\d{1,2})\s*版|[A-H]\d{1,2}(?![\dA-Za-z]))"
    r"(?:\s*(?:[·・|｜:：]\s*)?([\u4e00-\u9fff]{2,8}(?:[·・][\u4e00-\u9fff]{2,8})?|[\u4e00-\u9fff](?: {1,2}[\u4e00-\u9fff]){1,3}(?![\u4e00-\u9fff])))?"  # '城  事' spaced out
    r"((?:\s+" + _ROLE + r"\s*(?:[:：]\s*)?" + _NAME + r")*)"
    r"(?:\s+(?:广告接待热线|广告热线|新闻热线|热线)\s*+(?:[:：]\s*+)?[\d\-—、，, ]*+)?\s*+$"
)
EDITOR_OF = re.compile(r"(责任编辑|本版编辑|编辑)\s*+(?:[:：]\s*+)?(" + _NAME + ")")  # one run of spaces when there is no colon


CRUMB_HINT = re.compile(r">|＞|»|›|→")
_CRUMB_SEP = re.compile(r"(?:(?<!\s)|(?!\s))\s*(?:>|＞|»|›|→|&gt;)\s*")
_CRUMB_LEAD = re.compile(r"^\s*(?:您?(?:当前|现在|所在)?的?位置|当前位置)\s*[:：]\s*")
_SITE_STEP = re.compile(r"^(?:首页|主页|网站首页|数字报|电子报|电子版)$|株洲日报|株洲晚报|报刊|新闻网|\d\s*版")
_CRUMB_DATE = re.compile(r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")


def breadcrumb(text: str) -> tuple[str, str | None] | None:
    """(section, ISO date) of a web page's breadcrumb ('首页 > 株洲日报 > 2025年03月12日 > 第A03版：城事'), else None.

    Three or more short steps joined by '>' (two after '当前位置：'): the site's path, no
    article's text; its last step may be the page, which names the section.
    """
    if not CRUMB_HINT.search(text):
        return None
    lead = _CRUMB_LEAD.match(text)
    steps = [part for step in _CRUMB_SEP.split(text[lead.end():] if lead else text) if step  # a last step giving the day and the page: two
             for part in (_DATE_THEN_PAGE.split(step)[1:3] or [step])]
    if not steps or any(len(step) > 16 for step in steps):
        return None
    last = flat(steps[-1])
    page = _PAGE_LINE.match(last) or _SPACED_PAGE.match(last)
    if len(steps) < (2 if lead or page else 3):
        return None  # '株洲日报 > 第A03版：民生': two steps do when the last is the page
    if not lead and not any(_SITE_STEP.search(step) for step in steps):
        return None  # '家门口 > 单位食堂 > 外卖' is a sentence's ranking, not a site's path
    day = _CRUMB_DATE.search(text)
    return (page.group(2) if page else ""), (iso(*day.groups()) if day else None)


_DATE_THEN_PAGE = re.compile(r"^\s*((?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)\s+(第\s*[A-Za-z]?\d{1,2}\s*版.*)$")  # '1994年03月08日 第2版 经济'
_SPACED_PAGE = re.compile(r"^\s*第\s*([A-Za-z]?\d{1,2})\s*版\s+([\u4e00-\u9fff·]{2,10})\s*$")


_LABEL_START = re.compile(r"\s*(?:第|[A-HＡ-Ｈ]?[0-9０-９])")


# The bar's links are looked for from each bar, each look reading to the line's end: a line of this length at most
# (a label and its links take under 60; a paragraph of 100,000 bars after '本' took minutes).
_BARRED_LABEL_CHARS = 300
_LABEL_LEAD = re.compile(r"^\s*(?:当前版面?|当前版次|所在版面|本版)\s*[:：]\s*")  # '当前版：B01版 天元新闻'


_FRAMED_LABEL = re.compile(r"^\s*[【\[〔［]\s*((?:第\s*)?[A-HＡ-Ｈ]?[0-9０-９]{1,2}[^【】\[\]〔〕［］]{1,16})[】\]〕］]\s*$")  # '【A02·要闻】'


_RULE_CHARS = "━─═=＝—-~～*＊"
_RULED_LABEL = re.compile(r"^\s*[━─═=＝—\-~～*＊]{2,}\s*(\S.{1,30}?)\s*[━─═=＝—\-~～*＊]{2,}\s*$")

_RULE_RUN = re.compile(r"[━─═=＝—\-~～*＊]*")


def _ruled_label(text: str) -> str | None:
    """The label between two rules ('━━ 第A01版　要闻 ━━'), or None.

    The label is 31 characters at most, so only the last 33 of the first rule's
    characters can end where it starts: the pattern, tried at every length of a
    long rule, read the rest of the rule each time (quadratic), and a text that
    does not end in a rule cannot match at all.
    """
    bare = text.rstrip()
    if len(bare) < 2 or bare[-1] not in _RULE_CHARS or bare[-2] not in _RULE_CHARS:
        return None
    lead = len(text) - len(text.lstrip())
    end = _RULE_RUN.match(text, lead).end()
    cut = max(0, end - lead - 33)
    m = _RULED_LABEL.match(text[:lead] + text[lead + cut:])
    return m.group(1) if m else None


def page_label(text: str) -> tuple[str, str] | None:
    """(label, editor) of a page label line: 'A3 城事' and '汤某' from 'A3  城事  责任编辑：汤某  美术编辑：颜某'."""
    if text[:1] in "【[〔［" and (framed := _FRAMED_LABEL.match(text)):
        text = framed.group(1)  # a scrape's bracketed page tag names the page as the bare label does
    elif text[:1] in _RULE_CHARS and (ruled := _ruled_label(text)) is not None:
        text = ruled  # '━━━━ 第A01版　要闻 ━━━━': a page's banner in a file of several pages
    if text[:1] == "第" and (cn := _CN_PAGE.match(text)):
        text = f"第{_cn_number(cn.group(1))}版{text[cn.end():]}"  # '第四版　　综合': an old page's label in Chinese numerals
    if text[:2] == "株洲" and (paper := _RUNNING_PAPER.match(text)):
        text = text[paper.end():]  # '株洲日报　　　第4版': an old page's head, the paper and the page only
    if text[:1] in "当所本":
        text = _LABEL_LEAD.sub("", text)
        if ("|" in text or "｜" in text) and len(text) <= _BARRED_LABEL_CHARS:
            text = BARRED_CHROME.sub("", text)  # '当前版：05版 | 上一版 | 下一版 | PDF下载': the page, then its links
    if not _LABEL_START.match(text):
        return None  # most lines: not even a page code in front
    m = _PAGE_LABEL.match(flat(text))
    if not m:
        return None
    code = "".join(m.group(1).split())
    editor = EDITOR_OF.search(m.group(3))
    section = "".join(m.group(2).split()) if m.group(2) else ""
    return (f"{code} {section}" if section else code), "".join(editor.group(2).split()) if editor else ""


# '3月6日　星期五　　第4版', '10月9日 星期五 A03 要闻': an old page's head without the year (core/dates.py reads it with the name's year)
YEARLESS_HEAD = re.compile(
    r"^\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周)[一二三四五六日天]"
    r"(?:\s++(?:第\s*[A-Za-z]?\d{1,2}\s*版|[A-Za-z]\d{1,2})(?:\s*+[:：]?\s*+([\u4e00-\u9fff·]{2,8}))?)?\s*$"
)
_CN_PAGE = re.compile(r"第([一二三四五六七八九十]{1,3})版")
_CN_DIGITS = "一二三四五六七八九"


def _cn_number(figures: str) -> int:
    """'四' 4, '十二' 12, '二十' 20: a page number in Chinese numerals."""
    if "十" not in figures:
        return _CN_DIGITS.index(figures[-1]) + 1
    tens, _, ones = figures.partition("十")
    return (_CN_DIGITS.index(tens) + 1 if tens else 1) * 10 + (_CN_DIGITS.index(ones) + 1 if ones else 0)


def page_name(label: str) -> str:
    """'第A03版 城事' names the section '城事', as '第A03版：城事' does; 'A3 城事' and a bare '第5版' stay whole.

    The page it names is still read from the label line, which stays in `unassigned` (zzreader/core/citations.py).
    """
    code, _, name = label.partition(" ")
    return name if name and code.startswith("第") and code.endswith("版") else label


MASTHEAD_DATE = re.compile(r"^\s*" + _DATE + r"\s*(?:农历\s*\S{2,12}\s*)?(?:星期|周)[一二三四五六日天](?:\s*农历\s*\S{2,12})?\s*$")  # the date alone at the top
MASTHEAD_ROWS = 12
_PAPER_FIRST = re.compile(r"^\s*(?:株洲日[报報]|株洲晚[报報])\s*[|｜·]?\s*")


def unnamed(text: str) -> str:
    """'株洲日报 2025年12月10日 星期三' read as its date line: a week's export repeats each day's masthead."""
    return _PAPER_FIRST.sub("", text) if text[:2] == "株洲" else text

_PAGE_LINE = re.compile(r"^\s*第\s*([A-Za-z]?\d{1,2})\s*版\s*[:：]\s*([\u4e00-\u9fff·]{2,10})\s*$")

# '株洲日报 2025年…', '【株洲日报】2025年…': the paper's name, bracketed or not, in front of a running head
# (?:(?<!\s)|(?!\s)) on the separators here: no match starts inside a run of spaces, whose first space was
# tried already with the same outcome; from each of a 20,000-space run's spaces, each was read to its end (minutes)
_DASH_SEP = re.compile(r"(?:(?<!\s)|(?!\s))\s+[-—–]\s+")
# '\s*(?:[|｜·•]\s*)?': '\s*[|｜·•]?\s*' split a run of spaces every way (quadratic)
# '株洲日报　星期三　A03　城事': a head that prints the weekday and no date (core/name_dates.py `by_weekday` reads it)
_RUNNING_PAPER = re.compile(r"^\s*[【〔\[]?(?:株洲日报|株洲晚报)(?:数字报刊平台|数字报刊|数字报|电子版|电子报|數字報|電子版|電子報)?[】〕\]]?\s*(?:[|｜·•]\s*)?(?:(?:星期|周)[一二三四五六日天]\s+)?(?=(?:19|20)\d{2}\s*年|[A-Za-z]?\d{1,2}\s|第\s*[A-Za-z]?\d{1,2}\s*版)")
_PAPER_AFTER_DATE = re.compile(r"(?<=[日一二三四五六天])\s+(?:株洲日报|株洲晚报)(?=\s+(?:第\s*)?[A-Za-z]?\d{1,2}(?![\dA-Za-z]))")  # '…日 株洲日报 第05版：文体'
_LATIN_PAPER = re.compile(r"^\s*(?:ZHUZHOU\s*DAILY|ZZRB)\s*", re.IGNORECASE)
_BAR = re.compile(r"(?:(?<!\s)|(?!\s))(?:\s*[|｜]\s*|\s+[/／]\s+)")  # '株洲日报 / 2025年12月6日 / 第A01版 / 要闻' too
_BRACKETED_PAGE = re.compile(r"^\s*[【\[]\s*((?:第\s*)?[A-Za-z]?\d{1,2}\s*版?)\s*[】\]]\s*")  # '【A01】要闻 2025年12月6日'
_PAGE_DOT = re.compile(r"(?<=[A-Za-z0-9版])\s*[·•]\s*")


_WIDE_DIGITS = str.maketrans("０１２３４５６７８９ＡＢＣＤＥＦＧＨ", "0123456789ABCDEFGH")


_WIDE = re.compile(r"[０-９Ａ-Ｈ]")


def wide(text: str) -> str:
    """Full-width digits and page letters as half-width ones (translated only when there are any: it is the slow part)."""
    return text.translate(_WIDE_DIGITS) if _WIDE.search(text) else text


_NUMERIC_DATE = re.compile(
    r"(?<![\d.])((?:19|20)\d{2})[.\-/](\d{1,2})[.\-/](\d{1,2})(?![\d.])"
    r"(?=\s*(?:星期|周)[一二三四五六日天]|\s+第\s*[A-Za-z]?\d{1,2}\s*版|\s+[A-Za-z]\d{1,2}(?:\s*版)?(?:\s|[:：]|$)|\s*$)"
)  # '2025-12-08 A02 城事': a page code (with its letter) after the date marks a head too
# Abbreviated staff roles at a running head's end ('责编：李四') read as the forms the heads know.
_SHORT_ROLE = re.compile(r"(?<=\s)(?:责编|责任校对|版式设计|版式|组版)(?=\s*[:：]|\s+[\u3400-\u9fff])")


# '第12346期', '总第12346期', '（总第9876期）' inside a running head.
_ISSUE_NUMBER = re.compile(r"(?:(?<!\s)|(?!\s))\s*[（(]?(?:总)?第\s*\d{3,6}\s*期[）)]?\s*")


def flat(text: str) -> str:
    """'株洲日报 | 2025年2月12日 星期三 | A03 城事' and 'A08 · 文化 …' read as the plain header forms.

    Full-width digits and page letters ('２０２５年３月７日　第３版') read as half-width ones; the
    issue's number, which a running head may carry on every page ('… A01 要闻 第12346期'), is
    left out (the masthead reads it).
    """
    text = wide(text.replace("\u3000", " "))
    if "期" in text:
        text = _ISSUE_NUMBER.sub(" ", text).strip()
    if " - " in text or " — " in text or " – " in text:
        text = _DASH_SEP.sub(" ", text)  # '株洲日报数字报 - 2025/10/04 - 第A05版：民生': dashes between the parts
    if "星期" in text or "周" in text or "版" in text or "-" in text or "." in text or "/" in text:
        text = _NUMERIC_DATE.sub(r"\1年\2月\3日", text)  # '2025.04.18  星期五  A05  文化', '2025-07-19 第B02版：渌口新闻'
    if "编" in text or "校" in text or "版" in text:
        text = _SHORT_ROLE.sub("编辑", text)
    if text[:1] in "ZzＺ":
        text = _LATIN_PAPER.sub("", text)  # 'ZHUZHOU DAILY  株洲日报  要闻  A02 …': the paper's Latin name first
    if "株洲" in text[:8]:
        text = _RUNNING_PAPER.sub("", text)
    elif "株洲日报" in text or "株洲晚报" in text:
        text = _PAPER_AFTER_DATE.sub(" ", text)  # '2025年7月26日 星期六 株洲日报 B04 公告': the paper between date and page
    if "|" in text or "｜" in text or "/" in text or "／" in text:
        text = _BAR.sub(" ", text)
    if text[:1] in "【[":
        text = _BRACKETED_PAGE.sub(r"\1 ", text)
    return _PAGE_DOT.sub(" ", text) if "·" in text or "•" in text else text


def page_header(text: str) -> tuple[str | None, str]:
    """(ISO date or None, section) if the line is a page header, else (None, '')."""
    raw, text = text, flat(text)
    if m := _PAGE_LINE.match(text):
        return None, m.group(2)
    m = _HEADER.match(text)
    if not m and (first := _PAGE_FIRST.match(text)):
        return iso(*first.group(3, 4, 5)), first.group(2)  # 'A02 要闻 2025年7月17日 星期四'
    if not m and (first := _SECTION_FIRST.match(text)):
        return iso(*first.group(2, 3, 4)), first.group(1)
    if not m and (first := _PAGE_DATE.match(text)):
        return iso(*first.group(2, 3, 4)), first.group(5) or ""
    if not m:
        parts = head_parts.read(raw)  # the parts in another order or with other marks between them
        return parts if parts is not None else (None, "")
    try:
        day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        return None, ""
    return day, m.group(5) or ""


def iso(year: str, month: str, day: str) -> str | None:
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def is_header(text: str) -> bool:
    if len(text) > 90:
        return False
    if not ("年" in text or "版" in text or "星期" in text or "周" in text
            or ("-" in text or "." in text or "/" in text) and _NUMERIC_DATE.search(wide(text))):
        return ("-" in text or "." in text or "/" in text) and head_parts.read(text) is not None  # '2025.12.06｜A01要闻'
    plain = flat(text)
    return bool(_PAGE_LINE.match(plain) or _HEADER.match(plain) or _PAGE_FIRST.match(plain) or _SECTION_FIRST.match(plain)
                or _PAGE_DATE.match(plain) or head_parts.read(text) is not None)


def is_masthead_date(text: str) -> bool:
    """'株洲日报　2025年7月30日　星期三': the paper's date line, which no paragraph ever carries on."""
    return len(text) <= 40 and ("星期" in text or "周" in text) and bool(MASTHEAD_DATE.match(flat(to_figures(text))))

BARE_DATE = re.compile(r"^\s*" + _DATE + r"\s*$")


def label_line(text: str) -> tuple[str, str] | None:
    """(label, editor) of a line that opens as a page label can (a page code, '当前版：', a framed or ruled
    label, the paper's name), else None: the cheap looks first, since most lines are text."""
    if not (_LABEL_START.match(text) or _LABEL_LEAD.match(text) or _FRAMED_LABEL.match(text)
            or (text[:1] in _RULE_CHARS and _ruled_label(text) is not None) or (text[:2] == "株洲" and _RUNNING_PAPER.match(text))):
        return None
    return page_label(text)
