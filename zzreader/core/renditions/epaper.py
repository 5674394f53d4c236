"""E-paper (数字报) page scrapes: page lines, a meta line, page chrome.

A scraped article page carries `第A03版：城事`, the headline, a `——` subtitle
line and a meta line `来源：株洲日报 作者：记者 张三 通讯员 李四 发布时间：2025-06-13`.
The meta line's names become the byline and its date the issue date; the
chrome (`【字体：大 中 小】【打印】【关闭】`, `上一篇 下一篇`, `返回目录`) is dropped
by `furniture.mark`, which counts it in the warnings.
"""

from __future__ import annotations

import re

from ..bylines import ROLE_WORDS, parse_credit
from . import meta_credits
from .clock_times import drop_clock
from .cn_dates import to_figures
from .furniture import is_scrape_chrome
from .model import SourceLine
from .page_heads import breadcrumb

_META = re.compile(
    r"(?:来源|来自|稿源|作者|发布时间|发稿时间|(?<![\u4e00-\u9fff])时间|(?<![\u4e00-\u9fff])日期|稿件来源|编辑|发布日期|出版日期|字数"
    r"|(?<![\u4e00-\u9fff])(?:全媒体记者|记者|通讯员|实习生))\s*[:：]"
)
# '记者：谭某 通讯员：罗某某' in a meta line without an 作者 field: each role labels its names
_ROLE_FIELD = re.compile(
    r"(?<![\u4e00-\u9fff])((?:全媒体|见习|首席)?记者|通讯员|实习生|摄影)\s*[:：]\s*"
    r"((?:[\u3400-\u9fff][ \u3000][\u3400-\u9fff](?![\u3400-\u9fff])|[\u3400-\u9fff\U00020000-\U0003134f·]{2,4})"  # '曾　敏' padded too
    r"(?:[ \u3000、，,]+(?![\u4e00-\u9fff]*[:：])[\u3400-\u9fff\U00020000-\U0003134f·]{2,4})*)"
)
_AUTHOR = re.compile(
    r"作者\s*[:：]\s*(.*?)\s*(?=(?:(?:稿件|新闻|信息)?来源|稿源|发布时间|发稿时间|(?<![\u4e00-\u9fff])时间|(?:发布|出版|刊发|见报)?日期|(?:责任|本版)?编辑|字数|点击|阅读|浏览|访问|版次|版面)\S{0,2}\s*[:：]|[|｜】\]]|(?:19|20)\d{2}[-/.年]|$)"  # '阅读：8632' too
)
_WHEN = re.compile(r"(?:发布时间|发稿时间|(?<![\u4e00-\u9fff])时间|日期)\s*[:：]\s*((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})")
# '株洲日报数字报刊平台　2025年12月10日　第A07版：体育': a vendor may name its platform after the paper,
# and an app its own name before it ('掌上株洲 · 株洲日报 2025年12月15日 第A02版：评论')
# '版\s*[:：]' and '版\s+…' are two branches: '\s*' then '\s+' split a run of spaces every way (quadratic)
_PAGE_LINE = re.compile(r"^\s*(?:[\u4e00-\u9fffA-Za-z]{2,8}\s*[·•|｜]\s*(?=株洲日[报報]|株洲晚[报報]))?(?:(?:株洲日[报報]|株洲晚[报報])(?:[\s\u3000]*(?:数字报刊平台|数字报刊|数字报|电子版|电子报|數字報|電子版|電子報))?\s*(?:[-—–|｜]\s*)?)?(?:(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*(?:(?:星期|周)[一二三四五六日天]\s*)?(?:[-—–|｜]\s*)?)?(?:第\s*[A-Za-z]?\d{1,2}|[A-Za-z]\d{1,2})\s*版(?:\s*[:：]|\s+[\u4e00-\u9fff·]{2,10}\s*$)")
# '株洲日报数字报刊 · 2026年10月16日 · B02 · 文化': a vendor's page line, its parts between dots, no '版'
_DOTTED_PAGE_LINE = re.compile(
    r"^\s*(?:株洲日[报報]|株洲晚[报報])(?:数字报刊平台|数字报刊|数字报|电子版|电子报)?\s*·\s*(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?"
    r"\s*·\s*(?:第\s*)?[A-Za-z]?\d{1,2}版?\s*·\s*[\u4e00-\u9fff·]{2,10}\s*$"
)
# '第A03版 城事': a scrape's page line with a space where the colon was
_SPACED_PAGE_LINE = re.compile(r"^\s*(?:[\u4e00-\u9fffA-Za-z]{2,8}\s*[·•|｜]\s*(?=株洲日[报報]|株洲晚[报報]))?(?:(?:株洲日[报報]|株洲晚[报報])(?:[\s\u3000]*(?:数字报刊平台|数字报刊|数字报|电子版|电子报|數字報|電子版|電子報))?\s*(?:[-—–|｜]\s*)?)?(?:(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*(?:(?:星期|周)[一二三四五六日天]\s*)?(?:[-—–|｜]\s*)?)?(?:第\s*[A-Za-z]?\d{1,2}|[A-Za-z]\d{1,2})\s*版[\s\u3000]+([\u4e00-\u9fff·]{2,10})\s*$")


# A scrape that labels every field: '标题：…', '副标题：…', '版次：A03 城事', '正文：' ('肩题：' / '主题：' / '副题：' too)
_FIELD_LINE = re.compile(
    r"^\s*(?:[【\[]\s*)?(标题|主标题|正标题|主题|正题|题目|副标题|副题|引题|肩题|版次|版面|版名|正文|内容)\s*(?:[】\]]\s*(?:[:：]\s*)?|[:：]\s*)((?:[^\S\n]*\S)*)\s*$"
)  # '标题：…' or '【标题】…'; the value ends on its last non-space (a lazy value looked for the end after each space: 8,000 took 1.3 s)
_FIELD_KIND = {"标题": "heading", "主标题": "heading", "正标题": "heading", "主题": "heading", "正题": "heading", "题目": "heading", "副标题": "heading",
               "副题": "heading", "引题": "kicker", "肩题": "kicker", "版次": "section", "版面": "section", "版名": "section"}
# '引题：…' names the kicker: pass two keeps it off the title however it reads (core/lines.py `Line.kicker`)
_PAGE_CODE = re.compile(r"^(?:第\s*)?[A-Za-z]?\d{1,2}\s*版?\s*[:：·]?\s*")


def looks_like(raw_lines: list[str]) -> bool:
    """Meta lines, page lines or page chrome: a scraped e-paper page."""
    meta = sum(1 for r in raw_lines if is_meta(r) and not _roles_only(r))
    if meta and any((m := _FIELD_LINE.match(r)) and m.group(1) in ("标题", "主标题", "正标题", "主题", "正题", "题目") for r in raw_lines[:40]):
        return True  # '标题：…' over '作者：…': a scrape that labels its fields
    page_lines = sum(1 for r in raw_lines if _PAGE_LINE.match(r) or ("版" in r[:12] and _PAGE_LINE.match(_PAGING.sub("", r)))
                     or ("·" in r[:16] and _DOTTED_PAGE_LINE.match(r)))
    crumbs = sum(1 for r in raw_lines if breadcrumb(r) is not None)
    pages = page_lines + crumbs  # a breadcrumb names the page too
    chrome = sum(1 for r in raw_lines if r.strip() and is_scrape_chrome(r))
    # a page line with the site's chrome or a breadcrumb: two marks only a web page has; or one story after another
    # under a line of two fields or more ('发布时间：2026-12-18 07:30 来源：株洲日报'), which only a site prints
    fielded = sum(1 for r in raw_lines if ("：" in r or ":" in r) and len(_META.findall(r)) >= 2 and _SITE_FIELD.search(r) and not _roles_only(r))
    platform = page_lines >= 1 and any(_PLATFORM.match(r) for r in raw_lines[:PLATFORM_LOOK_LINES])  # '株洲日报数字报' over the page
    return (meta >= 1 and (pages + chrome) >= 1 or pages + chrome >= 3 or (page_lines >= 1 and chrome + crumbs + platform >= 1) or fielded >= 2
            or any(_dated_author(r) for r in raw_lines[:META_LOOK_LINES]))


META_LOOK_LINES = 40
# the e-paper platform's name alone on its line at the top of a saved page: print sets the paper's name, never its site's
_PLATFORM = re.compile(r"^\s*(?:株洲日[报報]|株洲晚[报報])(?:数字报刊平台|数字报刊|数字报|电子版|电子报|數字報|電子版|電子報)\s*$")
PLATFORM_LOOK_LINES = 10
_SITE_FIELD = re.compile(r"(?:来源|稿源|发布时间|发稿时间|发布日期)\s*[:：]")  # a page's editors ('责任编辑：… 美术编辑：…') are no site's fields


def _dated_author(text: str) -> bool:
    """'来源：株洲日报 作者：记者 张三 发布时间：2026-03-05', '作者：记者 张三 | 2026-03-06 09:15': a web page's
    meta line naming its writer and its date, which print never sets, though the scrape kept no chrome."""
    if "作者" not in text or not is_meta(text):
        return False
    text = _unbracket(text)
    return bool((author := _AUTHOR.search(text)) and author.group(1).strip() and (_WHEN.search(text) or _BARE_DATE.search(text)))


# '<<上一版　　下一版>>　　第A04版：天气': the paging links in front of the page line
_PAGING = re.compile(r"^\s*(?:[<«‹《]*\s*(?:上一版|下一版|上一期|下一期|返回目录)\s*[>»›》]*[\s|｜]*)+")
# 'PDF版下载', '版面PDF', '往期回顾' after the page line: the page's own links (an end anchor, one run of spaces each)
# '版面导航：A01 A02 … A08' too: the pages listed after the page line (a text browser's dump sets the two on one line);
# two figures or more, each run of figures read whole (as codes of one or two figures each, '11 11 … 11 x' split
# every run two ways: 24 of them in an 80-character line took 25 s)
_LINKS_AFTER = re.compile(r"(?:[\s|｜]++(?:PDF版?(?:下载)?|版面PDF|本版目录|往期(?:回顾|检索|查询)?|(?:上一|下一)[版期]|返回目录"
                          r"|版面导航[:：]?(?=\s?[A-Za-z]?\d\s?[A-Za-z]?\d)(?:\s?[A-Za-z]?\d++)+))+\s*$")


def page_line_between_links(lines: list[SourceLine]) -> None:
    """'<<上一版　下一版>>　　第A06版：文体　　PDF版下载': the page line between its links reads as the page line alone."""
    for line in lines:
        if line.kind or "版" not in line.text or len(line.text) > 80:
            continue
        bare = _LINKS_AFTER.sub("", _PAGING.sub("", line.text))
        if bare != line.text.strip() and _PAGE_LINE.match(bare):
            line.text, line.source = bare, line.source or line.text
_ROLE_LABEL = re.compile(r"(?:全媒体记者|记者|通讯员|实习生)\s*[:：]")


def _roles_only(text: str) -> bool:
    """'记者：李某 通讯员：王某': a byline with colons, as print sets it too; no field only a web page has."""
    return all(_ROLE_LABEL.match(m.group(0)) for m in _META.finditer(_unbracket(text)))


# '2024-10-15 来源：株洲日报': a page's date may lead its source field
_META_LINE = re.compile(
    r"^\s*(?:(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s+)?(?:来源|来自|稿源|作者|发布时间|发稿时间|稿件来源)\s*[:：]"
    r"|^\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?[\s\u3000]+(?:全媒体记者|记者|通讯员)\s*[:：]"  # '2025-08-20 10:00　记者：…'
)
# '株洲日报 2025-10-11 第A03版 作者：…': the paper, the date and the page in front of the author
# (each part takes the spaces after it, so a run of spaces is read one way: a space as a part of its own, or the space
# a page code could open on, split runs every way and 2,000 characters ran past 30 s)
_LED_META = re.compile(
    r"^(?!作者)\s*(?:(?:株洲日报|株洲晚报|(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|(?:第\s*)?[A-Za-z]?\d{1,2}\s*版|[|｜/·])\s*)*作者\s*[:：]"
)
_BARE_DATE = re.compile(r"((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})")


_BRACKETED = re.compile(r"[【\[]\s*(来源|作者|发布时间|发稿时间|日期|编辑)\s*[】\]]\s*[:：]?")


def _unbracket(text: str) -> str:
    """'【作者】记者 张三' reads as '作者：记者 张三'."""
    return _BRACKETED.sub(lambda m: f" {m.group(1)}：", text).strip()


# '时间：2026-03-23' or '日期：2026年03月23日 08:05' alone on its line: the page's publication time
_TIME_LINE = re.compile(
    r"^\s*(?:时间|(?:出版|发布|刊发|见报)?日期)\s*[:：]\s*(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"(?:[\s\u3000]+(?:浏览|阅读|点击|访问)(?:次数|量)?\s*[:：]\s*\d{1,9})?\s*$"  # '发布日期：2027-01-14　浏览次数：2318' too
)


def is_meta(text: str) -> bool:
    """'来源：… 作者：… 发布时间：…' on one line, or one of them on a short line of its own."""
    if "：" not in text and ":" not in text and "】" not in text and "]" not in text:
        return False  # every meta form has a colon or a bracketed label: most lines are neither (a cheap look first)
    text = _unbracket(drop_clock(text))  # '时间：2026-03-05T08:30:00+08:00' as '时间：2026-03-05'
    return (
        bool(_TIME_LINE.match(text))
        or len(_META.findall(text)) >= 2
        or (bool(_META_LINE.match(text)) and len(text.strip()) <= 40)
        or ("作者" in text and bool(_LED_META.match(text)))
        or bool(_COUNTED.match(text))
    )


# '株洲日报 2026-04-30 字数：186': the paper, the day and the piece's length over each piece a site lists
_COUNTED = re.compile(r"^\s*(?:株洲日报|株洲晚报)?[\s\u3000]*(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[\s\u3000]+(?:字数|阅读|点击|浏览)\s*[:：]\s*\d{1,6}\s*$")


# each run of spaces read once ('\s*[】\]]?\s*[:：]?\s*' split a run three ways: '本版导航' and 1,000 spaces took 3 s)
_NAV_HEAD = re.compile(
    r"^\s*+(?:[【\[]\s*+)?(?:本版(?:标题)?导航|标题导航|版面导航|本版导读|本版(?:其他)?(?:新闻|文章|稿件|标题)(?:列表|目录)?|本版目录"
    r"|(?:新闻|文章|标题)列表|相关(?:新闻|阅读)|往期回顾)\s*+(?:[】\]]\s*+)?(?:[:：]\s*+)?$"
)
_NAV_ITEM = re.compile(r"^\s*(?:[·•●◆▪\-*]|\d{1,2}[.、)])\s*\S")


def _drop_navigation(lines: list[SourceLine]) -> int:
    """'本版标题导航' and the bulleted titles under it: the page's menu, no article's text."""
    dropped = 0
    in_nav = False
    for line in lines:
        if line.kind:
            in_nav = False
            continue
        if _NAV_HEAD.match(line.text):
            in_nav = True
        elif not (in_nav and _NAV_ITEM.match(line.text)):
            in_nav = False
            continue
        line.kind = "furniture"
        dropped += 1
    return dropped


_SITE_TITLE = re.compile(r"^\s*(\S.{1,60}?)\s*[_|｜\-—–]+\s*(?:株洲日报|株洲晚报|株洲新闻网|掌上株洲)\S{0,8}\s*$")


def _drop_site_titles(lines: list[SourceLine]) -> int:
    """'标题_株洲日报' next to the headline '标题': the web page's own title, printed twice by the scrape."""
    dropped = 0
    for k, line in enumerate(lines):
        if line.kind or not ("株洲" in line.text or "掌上" in line.text) or not (m := _SITE_TITLE.match(line.text)):
            continue
        near = [lines[j].text.strip() for j in (k - 1, k + 1) if 0 <= j < len(lines)]
        if m.group(1).strip() in near:
            line.kind = "furniture"
            dropped += 1
    return dropped


def _spaced_page_lines(lines: list[SourceLine]) -> None:
    """'第A03版 城事' names the section as '第A03版：城事' does (`page_heads.page_header`).

    Only in a scrape: in a plain dump the whole label stays the section, and
    citations read the page from it (tests/core/test_citations.py).
    """
    for line in lines:
        original = line.source if line.kind == "section" else line.text
        if line.kind in ("", "section") and (m := _SPACED_PAGE_LINE.match(original)):
            line.kind, line.source, line.text = "section", original, m.group(1)


def _labelled_fields(lines: list[SourceLine]) -> None:
    """'标题：X' is a headline, '副标题：X' its subtitle, '版次：A03 城事' the section; a bare '正文：' is chrome."""
    for line in lines:
        if line.kind or not (m := _FIELD_LINE.match(line.text)):
            continue
        label, value = m.groups()
        kind = _FIELD_KIND.get(label, "")
        if kind == "section" and _author_or_date(value):
            continue  # '版次：A05　版名：民生　作者：…　日期：…': a property line, read as the meta line it is

        if not value:
            line.kind = "furniture"  # '正文：' alone: the body follows on the next lines
        elif kind == "section":
            line.kind, line.source, line.text = "section", line.text, _PAGE_CODE.sub("", value) or value
        else:
            line.kind, line.source, line.text = kind, line.text, value


_LATER_FIELD = re.compile(r"[\s\u3000|｜](?:作者|(?:发布|出版)?日期|发布时间)\s*[:：]")


def _author_or_date(value: str) -> bool:
    """A page field's value running on into an author or a date field: a template's property line."""
    return ("作者" in value or "日期" in value or "时间" in value) and bool(_LATER_FIELD.search(value))


def _role_fields(text: str) -> str:
    """'记者：谭某 通讯员：罗某某' read as the byline '记者 谭某 通讯员 罗某某'."""
    return " ".join(f"{role} {names}" for role, names in _ROLE_FIELD.findall(text))


# an app's meta line: the byline, then the time it was posted ('株洲日报全媒体记者 戴　安 2025-09-20 08:00')
_CREDIT_THEN_TIME = re.compile(
    r"^\s*(\S.{2,40}?)[\s\u3000]+((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$"
)


# a line of only a date, perhaps with its time: a scrape's posting stamp under the byline
_STAMP = re.compile(r"^[\s\u3000]*((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[\s\u3000]+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?[\s\u3000]*$")


def read_meta(lines: list[SourceLine]) -> str | None:
    """Meta lines become byline lines (their 作者 or role fields) or furniture; return the first date they give.

    An HTML export of an e-paper page keeps the same line
    (`<td class="info">作者：… 来源：株洲日报 日期：2025-06-23</td>`), so the
    Markdown/HTML reading uses this too.
    """
    date = None
    for prev, line in zip([None, *lines], lines):
        if not line.kind and prev is not None and (m := _STAMP.match(drop_clock(line.text))) and (prev.kind == "byline" or parse_credit(prev.text)):
            if drop_clock(line.text) != line.text or "T" in line.text:  # '2025-10-25 08:15:32' under the byline: when it was posted
                line.kind, line.gap = "furniture", max(line.gap, 1)  # a date alone is the story's own (core/date_lines.py)
            date = date or f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
            continue
        if not line.kind and (m := _CREDIT_THEN_TIME.match(drop_clock(line.text))) and parse_credit(m.group(1)):
            line.text, line.kind, line.source = m.group(1), "byline", line.source or line.text  # '记者 某某 2025-09-20 08:00'
            date = date or f"{int(m.group(2)):04d}-{int(m.group(3)):02d}-{int(m.group(4)):02d}"
            continue
        if line.kind or not is_meta(line.text):
            continue
        line.text = _unbracket(line.text)
        read = to_figures(line.text)  # '发布时间：２０２５－０７－１７' too
        if (m := _WHEN.search(read) or _BARE_DATE.search(read)) and date is None:  # '作者：… | 2025-08-08' too
            date = f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
        author = _AUTHOR.search(line.text)
        names = _author_first(author.group(1).strip()) if author else _role_fields(line.text)
        line.text, line.kind = (names, "byline") if names else (line.text, "furniture")
        line.gap = max(line.gap, 1)
    return date


_ROLE_INSIDE = re.compile(r"[\s\u3000](?:通讯员|实习生|摄影|摄)[\s\u3000:：]")
# any role the byline reader knows ('株洲日报融媒体记者', '摄影记者', '特派记者'), so a labelled field is not labelled twice
_ROLE_FIRST = re.compile(r"^(?:株洲日报社?)?(?:" + "|".join(sorted(map(re.escape, ROLE_WORDS), key=len, reverse=True)) + r"|本报)")


def _author_first(names: str) -> str:
    """'丁可　通讯员 李湘云' in the 作者 field: the unlabelled first names are the paper's reporters."""
    if names and not _ROLE_FIRST.match(names) and _ROLE_INSIDE.search(names):
        return "记者 " + names
    return names


def rewrite(lines: list[SourceLine], warnings: list[str]) -> str | None:
    """Meta lines become byline lines (or furniture); return the first 发布时间 date."""
    _labelled_fields(lines)
    page_line_between_links(lines)
    if dropped := _drop_navigation(lines) + _drop_site_titles(lines):
        warnings.append(f"已移除 {dropped} 行版面导航 / Dropped {dropped} line(s) of page navigation.")
    _spaced_page_lines(lines)
    meta = {id(line) for line in lines if not line.kind and is_meta(line.text)}
    date = read_meta(lines)
    _drop_said_twice(lines)
    meta_credits.drop_head_again(lines, meta)  # '全市新增十个' / '养老服务驿站' over the meta line, then said again in one
    meta_credits.yield_to_story(lines, meta)  # '作者：罗某' against '株洲日报讯(全媒体记者/罗某 通讯员/彭某)': the story's roles
    for line in lines:
        line.gap = 1  # each paragraph on its own line; how many blank lines a scraper left means nothing (no photo slots)
    warnings.append("已按数字报版面解析（来源/作者/发布时间） / Read as e-paper page scrapes (source/author/date meta lines).")
    return date


def _drop_said_twice(lines: list[SourceLine]) -> None:
    """'短讯' / '株洲日报 2026-04-30 字数：186' / '短讯': a site lists the headline, its meta line, then the piece
    under the headline again; the second is no subtitle."""
    above: SourceLine | None = None
    for line in lines:
        if line.kind == "furniture":
            continue
        if above is not None and not line.kind and not above.kind and len(line.text.strip()) <= 40 and above.end < line.no - 1 \
                and "".join(line.text.split()) == "".join(above.text.split()):
            line.kind = "furniture"
            continue
        above = line
