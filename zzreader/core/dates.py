"""Find an issue's publication date: masthead, file name, or the content itself.

Only one dump in five carries a masthead, so most dates are inferred. The
paper dates its news the day before publication ("10月28日," after the
byline), dated notices are signed on or before publication day, and a lunar
date or a ganzhi year (农历腊月二十一, 丙午马年) pins the year that datelines
leave out.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from lunardate import LunarDate

from . import english_mastheads, name_bytes, name_dates, short_year_mastheads, yearless_mastheads
from .renditions import archive_banners, name_month_day, url_dates, wechat
from .renditions.cn_dates import to_figures, yearless_figures
from .wide_figures import narrow as narrow_figures

_FULL_DATE = r"((?:19|20|１９|２０)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
_MASTHEAD_RE = re.compile(_FULL_DATE + r"[\s·・|｜,，/]*(?:星期|周)[一二三四五六日天]")  # '2026年2月21日 · 星期六' too
# '2025-10-06 星期一', '2025/10/04 周六': the masthead date in figures, always with its weekday
_MASTHEAD_NUMERIC = re.compile(r"(?<![\d.])((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d.])[\s·・|｜,，]*(?:星期|周)[一二三四五六日天]")
# '26/01/24 星期六': a two-digit year, read as year/month/day or day/month/year, whichever the weekday confirms
_MASTHEAD_SHORT = re.compile(r"(?<![\d./])(\d{2})([/.])(\d{1,2})\2(\d{2})(?![\d./])\s*(?:星期|周)([一二三四五六日天])")
_WEEKDAYS = "一二三四五六日"
# '星期五　2026年3月6日　株洲日报': the weekday set before the date
_WEEKDAY_FIRST = re.compile(r"(?:星期|周)[一二三四五六日天][\s·・|｜,，/]*" + _FULL_DATE)
# the page after a named date ('株洲日报 2026.04.13 A03版', 'Zhuzhou Daily | 2026-04-13 | A03')
PAGE_TAIL = r"(?:\s*+(?:[|｜/·，,]\s*+)?(?:第\s*+[A-Za-z]?\d{1,2}\s*+版|[A-Za-z]\d{1,2}\s*+版?)(?:\s*+(?:[:：]\s*+)?[\u4e00-\u9fff·]{2,8})?)?"  # each run of spaces read once
# '株洲日报数字报 2025年4月16日': the paper's name, then its date without a weekday
# (an app's name may come first: '掌上株洲 · 株洲日报　2026-05-07'; a clipping's label too: '出处：株洲日报 2025年12月8日')
_SOURCE_TAIL = r"(?:[\s\u3000]*[·•|｜][\s\u3000]*(?:来源|作者|编辑|责编)\s*[:：][^\n·•|｜]{1,24})?"  # '株洲日报 · 2025-08-03 · 来源：株洲新闻网'
# each run of spaces is read once: a run before a token that can never be a space is taken whole (`\s*+`), and the
# closing bracket's runs as `(?:\s*[）)])?\s*` (the same end as `\s*[）)]?\s*`); the first line of a file of 100,000
# spaces and '- ' split its run two or three ways (4,000 spaces 1.2 s, 100,000 past 20 s: hardening round 33)
_MASTHEAD_NAMED = re.compile(
    r"(?m)^\s*+(?:[（(]\s*+)?(?:(?:出处|来源|原载|刊于|载于|摘自|转自|剪自)\s*+(?:[:：]\s*+)?)?(?:[\u4e00-\u9fffA-Za-z]{2,8}\s*+[·•|｜]\s*+)?《?(?:株洲日[报報]|株洲晚[报報]|(?i:zhuzhou\s+daily))》?(?:\s*+(?:数字报刊平台|数字报刊|数字报|电子版|电子报|數字報|電子版|電子報)|[·•・][\u4e00-\u9fff]{2,4}(?=\s))?\s*+(?:[|｜·\-—，,]\s*+)?(?:第\s*+\d{1,6}\s*+期\s*+)?"
    r"(?:" + _FULL_DATE + r"|((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2}))(?:\s*+第\s*+\d{1,6}\s*+期)?" + PAGE_TAIL + _SOURCE_TAIL + r"(?:\s*[）)])?\s*$"  # '株洲日报 | 2025-08-12', '… 第12580期', '（原载《株洲日报》2025年7月17日A07版）', '株洲日报·周末 …' too
)
# an archivist's catalog head ('报名：株洲日报' / '日期：2025年7月17日' / '版次：A03'): the labelled day on a line of its own
# '发布时间：2026-08-07 10:15　　来源：株洲日报': a clock time and the source may follow the labelled day
_LABELLED = re.compile(r"(?m)^\s*(?:日期|出版日期|见报日期|刊发日期|刊登日期|发布时间|发布日期|发稿时间)\s*[:：]\s*(?:" + _FULL_DATE + r"|((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2}))"
                       r"(?:[ \u3000T]+\d{1,2}:\d{2}(?::\d{2})?)?(?:[ \u3000]+(?:来源|作者|编辑|责编)\s*[:：][^\n]{1,30})?\s*$")
_NUMBER_RE = re.compile(r"第\s*(\d{3,6})\s*期")
_PAGES_RE = re.compile(r"今日\s*(\d{1,3})\s*版")
_SIGNATURE_RE = re.compile(r"^\s*" + _FULL_DATE + r"\s*$")
_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年(?!代)")
_FILENAME_RES = (
    re.compile(r"(?<!\d)((?:19|20)\d{2})[-_. ](\d{1,2})[-_. ](\d{1,2})(?!\d)"),  # 'zzrb 2025 12 08.txt' too
    re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)"),
    re.compile(r"(?<!\d)((?:19|20)\d{2})[-_. ](\d{2})(\d{2})(?!\d|\s*期)"),  # 'zzrb_2025_1206.md': the year apart, month and day run together
    re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]"),  # 株洲日报2025年10月16日.txt, '2025年7月17号.txt'
)
# 'ZZRB1987030504.txt': the date and a two-digit page in one run of ten figures (never inside a longer hash)
_FILENAME_DAY_PAGE = re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?:0[1-9]|[1-3]\d)(?!\d)")
# 'zzrb250612.txt', '株洲日报_250612.txt': a six-digit yymmdd run, read only when no full date is in the name.
_FILENAME_YYMMDD = re.compile(r"(?<![\d.])(\d{2})(\d{2})(\d{2})(?!\d|\s*期)")
# 'zzrb-25.07.20.txt', '株洲日报_25-7-20.txt': a two-digit year with separators, read like the yymmdd run
_FILENAME_YY_SEP = re.compile(r"(?<![\d.])(\d{2})[-_.](\d{1,2})[-_.](\d{1,2})(?!\d|\.\d)")
# '株洲日报 25年12月23日.txt': a two-digit year that 年 marks as one
_FILENAME_YY_NIAN = re.compile(r"(?<!\d)(\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")
_WIDE_FIGURES = str.maketrans("０１２３４５６７８９", "0123456789")  # '株洲日报２０２５年１２月２２日.txt': an IME's full-width digits
_HEX_RUN = re.compile(r"[0-9a-fA-F]{10,}")
_DATELINE_MD = re.compile(r"(\d{1,2})月(\d{1,2})日")
_STEMS = "甲乙丙丁戊己庚辛壬癸"
_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
_GANZHI_RE = re.compile(rf"([{_STEMS}])([{_BRANCHES}])[鼠牛虎兔龙蛇马羊猴鸡狗猪]?年")
_LUNAR_MONTHS = {"正": 1, "冬": 11, "腊": 12}
_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
MASTHEAD_LINES = 12
STAMP_LINES = 20  # an archive's toolbar lines above the masthead, looked past
MASTHEAD_MAX_CHARS = 60  # a masthead line is short; a long line that names a date is text


@dataclass
class DateInfo:
    date: str | None
    source: str  # masthead | filename | content | none
    number: int | None = None
    pages: int | None = None


def find_date(lines: list[str], filename: str, datelines: list[tuple[str, str]], address: str = "") -> DateInfo:
    """Masthead first, then the file name, then inference from the content.

    One rule when they disagree: the page's own masthead (or a clipping's cited source) wins over
    its name. A name that reads either way round ('07-05-88', '05.07.1988') gives its day only when
    the page's weekday masthead or its stories' datelines pick one reading (core/name_dates.py).

    `datelines` are (dateline, lunar) pairs the parser found in article leads;
    `address` is where a saved page came from, when its container says (core/mhtml.py).
    """
    filename = name_bytes.readable(filename)  # '株洲日报2012年5月4日' in GBK bytes
    lines, datelines = narrow_figures(lines, datelines)  # '时间：２０２６-０３-２３', '５月２０日起' typed full-width
    head = _head(lines)
    number = _int(_NUMBER_RE.search(head))
    pages = _int(_PAGES_RE.search(head))
    if day := _masthead(head) or _posted(lines) or _cited(lines):
        return DateInfo(day.isoformat(), "masthead", number, pages)
    if day := date_from_filename(filename):
        day = name_dates.reread(day, filename, _month_days(datelines))  # '17-07-25' over stories of 16 July 2025
        if printed := _yearless_masthead(head, day):
            return DateInfo(printed.isoformat(), "masthead", number, pages)  # the page's own day, the name's year
        return DateInfo(day.isoformat(), "filename", number, pages)
    if day := _either_way_printed(filename, head):
        return DateInfo(day.isoformat(), "masthead", number, pages)  # '05-03-1987' over '3月5日　星期四': the page says which
    if day := name_dates.by_weekday(either_way(filename), head):
        return DateInfo(day.isoformat(), "filename", number, pages)  # 'zzrb-08-07-2026' under '株洲日报　星期三': 8 July
    if day := name_dates.by_datelines(either_way(filename), _month_days(datelines)):
        return DateInfo(day.isoformat(), "filename", number, pages)  # '050788' over stories dated '7月4日': 5 July
    if day := _month_day_named(filename, lines, datelines):
        return DateInfo(day.isoformat(), "filename", number, pages)
    if day := url_dates.page_date(lines) or (url_dates.address_date(address) if address else None):
        return DateInfo(day.isoformat(), "content", number, pages)  # the saved page's own address
    if day := yearless_mastheads.masthead_day(head, _content_year("\n".join(lines), [], datelines)):
        return DateInfo(day.isoformat(), "content", number, pages)  # '【株洲日报】12月6日 周日': the weekday picks the year; a posting line says better
    if day := infer_from_content("\n".join(lines), lines, datelines):
        return DateInfo(day.isoformat(), "content", number, pages)
    return DateInfo(None, "none", number, pages)


def _masthead(head: str) -> dt.date | None:
    m = _MASTHEAD_RE.search(head) or _MASTHEAD_NUMERIC.search(head) or _MASTHEAD_NAMED.search(head) or _WEEKDAY_FIRST.search(head)
    m = m or _LABELLED.search(head)
    if m:
        return _safe_date(*[g for g in m.groups() if g is not None][:3])
    # '88年7月5日　星期二', 'Thursday, July 17, 2025' too
    return _short_masthead(head) or short_year_mastheads.masthead_day(head) or english_mastheads.masthead_day(head)


CITED_LINES = 3  # a clipping names its source on its last lines
_CITING = re.compile(r"原载|刊于|载于|摘自|转自|剪自|出处|来源|《|发布时间")
_POSTED_FOOT = re.compile(r"(?m)^\s*发布时间\s*[:：].*$")


def _cited(lines: list[str]) -> dt.date | None:
    """The paper and day a clipping cites at its foot ('（原载《株洲日报》2025年7月17日A07版）', '> 来源：株洲日报，2025-07-17')."""
    foot = [t.lstrip("> \u3000") for t in lines if t.strip()][-CITED_LINES:]
    foot = [t for t in foot if len(t) <= MASTHEAD_MAX_CHARS and _CITING.search(t)]  # a notice the paper signs and dates is no citation
    m = _MASTHEAD_NAMED.search(to_figures("\n".join(foot))) if foot else None
    if not m and foot and (posted := _POSTED_FOOT.search(to_figures("\n".join(foot)))):
        m = _LABELLED.match(posted.group(0))  # a scrape's '发布时间：2026-08-07 10:15' under its story
    return _safe_date(*[g for g in m.groups() if g is not None][:3]) if m else None


def _posted(lines: list[str]) -> dt.date | None:
    """The day a WeChat copy was posted ('… 2025-12-06 08:00 发表于湖南'): the paper posts the day's stories that day."""
    return _safe_date(*found) if (found := wechat.post_date(lines)) else None


_YEARLESS = re.compile(r"^[\s\u3000]*(\d{1,2})\s*月\s*(\d{1,2})\s*日[\s\u3000·・|｜,，]*(?:星期|周)([一二三四五六日天])", re.MULTILINE)
YEARLESS_DAYS = 40  # how far a page's printed day may be from the day its file is named by


def _yearless_masthead(head: str, named: dt.date) -> dt.date | None:
    """'3月6日　星期五' at the top of a page named '1987-03-05': the printed day in the year the weekday confirms near the name's."""
    head = "\n".join(map(yearless_figures, head.split("\n")))  # '三月六日　星期五' too
    for m in _YEARLESS.finditer(head):
        want = _WEEKDAYS.index("日" if m.group(3) == "天" else m.group(3))
        for year in (named.year, named.year - 1, named.year + 1):
            day = _safe_date(year, m.group(1), m.group(2))
            if day and day != named and day.weekday() == want and abs((day - named).days) <= YEARLESS_DAYS:
                return day
    return None


def _short_masthead(head: str) -> dt.date | None:
    """'26/01/24 星期六': the weekday printed beside it tells which end of the date is the year."""
    for m in _MASTHEAD_SHORT.finditer(head):
        a, _, month, b, weekday = m.groups()
        want = _WEEKDAYS.index("日" if weekday == "天" else weekday)
        for year, day in ((a, b), (b, a)):
            if (day_ := _safe_date(2000 + int(year), month, day)) and day_.weekday() == want:
                return day_
    return None


def masthead_date(texts: list[str]) -> str | None:
    """The masthead date among the first lines of an export's text once its markup is gone.

    An HTML page sets its masthead in tags and entities
    (`<div class="masthead">株洲日报&emsp;2025年5月26日&emsp;星期一</div>`), which
    the raw lines `find_date` reads do not show as a date.
    """
    return day.isoformat() if (day := _masthead(_head(texts))) else None


def posted_date(texts: list[str]) -> str | None:
    """The day of a WeChat post's account line among an export's lines once its markup is gone ('*2025-12-16 07:30*')."""
    return day.isoformat() if (day := _posted(texts)) else None


# a story has begun: its byline or lead ('记者 罗某', '本报讯', '3月4日，') or a finished sentence
_STORY_START = re.compile(r"(?:记者|通讯员)[\s\u3000:：]*[\u4e00-\u9fff]|本报讯|株洲日报讯|^\s*\d{1,2}月\d{1,2}日[，,]|[。！？]\s*$")
_PAPER_NAME = re.compile(r"株洲日[报報]|株洲晚[报報]|(?i:zhuzhou\s+daily)")


_BARE_ADDRESS = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)


def masthead_length(text: str) -> int:
    """A line's length with each run of spaces as one: `pdftotext -layout` spreads a masthead across the page."""
    return len(" ".join(text.split()))


def _head(texts: list[str]) -> str:
    """The short first lines where a masthead stands, in figures; '# 株洲日报 2025年8月8日' read without its heading mark.

    Once a story has begun, only a line naming the paper (a running head) is still read: '活动时间：2026年3月8日（星期日）'
    under a byline is a date the text mentions, which must not outrank the file name's.
    """
    start = next((k for k, t in enumerate(texts) if t.strip() and not _BARE_ADDRESS.match(t.strip())), 0)  # under a scraper's addresses
    # a web archive's or a page saver's stamp ('saved date: Sun Nov 22 2026') is the capture's day, and no line of the page
    heads = [_unmarked(t) for t in texts[start : start + MASTHEAD_LINES + STAMP_LINES] if not archive_banners.is_stamp(t)][:MASTHEAD_LINES]
    kept: list[str] = []
    started = False
    for t in heads:
        started = started or bool(_STORY_START.search(t))
        if masthead_length(t) <= MASTHEAD_MAX_CHARS and (not started or _PAPER_NAME.search(t)):
            kept.append(t)
    return to_figures("\n".join(kept))


_QUOTE_MARKS = re.compile(r"^(?:\s*>)+\s*")  # a Markdown quote or an Obsidian callout's lines: '> [[株洲日报]] 2026年1月8日'
_WIKI_LINK = re.compile(r"\[\[([^\[\]|\n]{1,40})\]\]")


def _unmarked(t: str) -> str:
    """A head line without its heading or quote marks and with wiki links as their names ('[[株洲日报]]' -> '株洲日报')."""
    if t.startswith("#"):
        t = t.lstrip("#").strip()
    elif t.lstrip()[:1] == ">":
        t = _QUOTE_MARKS.sub("", t)
    return _WIKI_LINK.sub(r"\1", t) if "[[" in t else t


def date_from_filename(filename: str) -> dt.date | None:
    """zzrb-2019-03-12.txt, 2019-03-12.md, 20190312.txt, 株洲日报-二〇一九年三月十二日.txt, then zzrb190312.txt."""
    filename = to_figures(name_bytes.readable(filename).translate(_WIDE_FIGURES))
    for regex in _FILENAME_RES:
        for m in regex.finditer(filename):
            if day := _safe_date(*m.groups()):
                return day
    if day := name_dates.export_date(filename):
        return day  # 'mmexport1752710400000.txt': the moment WeChat saved it
    hashes = [m.span() for m in _HEX_RUN.finditer(filename)]  # '004_7a250612be90f1c3.txt': digits of a hash
    for m in _FILENAME_DAY_PAGE.finditer(filename):
        if not any(a <= m.start() and m.end() <= b and b - a >= 16 for a, b in hashes) and (day := _safe_date(*m.groups())):
            return day
    if day := name_dates.timestamp_date(filename, hashes):
        return day  # '20250717093015.txt': a camera's or a scanner's moment
    days = {
        day for m in [*_FILENAME_YYMMDD.finditer(filename), *_FILENAME_YY_SEP.finditer(filename)]
        if not any(a <= m.start() and m.end() <= b for a, b in hashes) and (day := _yymmdd(*m.groups()))
    }
    days |= {day for m in _FILENAME_YY_NIAN.finditer(filename) if (day := _safe_date((2000 if int(m.group(1)) < 50 else 1900) + int(m.group(1)), m.group(2), m.group(3)))}
    if not days:
        days = _year_last(filename)
    if not days and (day := name_dates.ordinal_date(filename)):
        return day  # 'zzrb-2026-351.txt': the year's 351st day
    return days.pop() if len(days) == 1 else None  # two different six-digit dates: no way to tell which


# the year last: '05-03-1987', '5.3.1987', '05031987' (a European or American system's order), 'March 5, 1987', '5 Mar 1987'
_YEAR_LAST = re.compile(r"(?<![\d.])(\d{1,2})([-_.])(\d{1,2})\2((?:19|20)\d{2})(?![\d])|(?<!\d)(\d{2})(\d{2})((?:19|20)\d{2})(?!\d)")
_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_NAMED_MONTH = re.compile(
    r"(?i:(?<![a-z])(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[-_ ]?(\d{1,2})(?:st|nd|rd|th)?,?[-_ ]?((?:19|20)\d{2})"
    r"|(?<!\d)(\d{1,2})(?:st|nd|rd|th)?[-_ ]?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[-_ ]?((?:19|20)\d{2})"
    r"|((?:19|20)\d{2})[-_ ](jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[-_ ](\d{1,2})(?!\d))"
)

_DD_MON_YY = re.compile(r"(?<![\d.])(\d{1,2})-(?i:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))-(\d{2})(?!\d)")


def _year_last(filename: str) -> set[dt.date]:
    """Dates a name gives with the year last or the month in English; a day and month that could be either way round give none."""
    days: set[dt.date] = set()
    for m in _NAMED_MONTH.finditer(filename):
        g = [x for x in m.groups() if x]
        month = next(_MONTH_NAMES.index(x[:3].lower()) + 1 for x in g if x[:1].isalpha())
        year = next(x for x in g if len(x) == 4)
        day = next(x for x in g if x.isdigit() and len(x) <= 2)
        if found := _safe_date(year, month, day):
            days.add(found)
    for m in _DD_MON_YY.finditer(filename):  # '9-Dec-26': a database's DD-MON-YY, the century the nearer one
        year = int(m.group(3)) + (1900 if int(m.group(3)) > 50 else 2000)
        if found := _safe_date(year, _MONTH_NAMES.index(m.group(2).lower()) + 1, m.group(1)):
            days.add(found)
    for readings in either_way(filename):
        if len(readings) == 1:
            days |= readings
    return days


def either_way(filename: str) -> list[set[dt.date]]:
    """The real days each year-last date of a name reads as, day first and month first ('05-03-1987', '07-05-88')."""
    groups = []
    for m in _YEAR_LAST.finditer(filename):
        a, b, year = (m.group(1), m.group(3), m.group(4)) if m.group(1) else (m.group(5), m.group(6), m.group(7))
        groups.append({d for d in (_safe_date(year, b, a), _safe_date(year, a, b)) if d})
    return groups + name_dates.year_last_readings(filename)


def _month_days(datelines: list[tuple[str, str]]) -> list[tuple[int, int]]:
    return [(int(a), int(b)) for dl, _ in datelines if (m := _DATELINE_MD.match(dl)) for a, b in [m.groups()]]


def _either_way_printed(filename: str, head: str) -> dt.date | None:
    """The reading of a name that could be day-month or month-day ('05-03-1987') whose day and weekday the page's head prints."""
    for readings in either_way(filename):
        printed = {
            day for day in readings for p in _YEARLESS.finditer(head)
            if (day.month, day.day) == (int(p.group(1)), int(p.group(2))) and day.weekday() == _WEEKDAYS.index("日" if p.group(3) == "天" else p.group(3))
        }
        if len(printed) == 1:
            return printed.pop()
    return None


def _yymmdd(yy: str, mm: str, dd: str) -> dt.date | None:
    """A six-digit date; '200612' also reads as 2006-12 (a month, not a day), so a 19/20 start with a month after it is no date."""
    if yy in ("19", "20") and 1 <= int(dd) <= 12:
        return None
    return _safe_date((2000 if int(yy) < 50 else 1900) + int(yy), mm, dd)


def _month_day_named(filename: str, lines: list[str], datelines: list[tuple[str, str]]) -> dt.date | None:
    """'5月13日A03.txt': the name's month and day in the year the text gives (renditions/name_month_day.py)."""
    if not (md := name_month_day.month_day(to_figures(filename))):
        return None
    signatures = [d for line in lines if (m := _SIGNATURE_RE.match(to_figures(line))) and (d := _safe_date(*m.groups()))]  # '一九八七年三月五日' too
    year = (name_month_day.name_year(to_figures(filename)) or _content_year("\n".join(lines), signatures, datelines)
            or name_month_day.copyright_year(lines))
    return _safe_date(year, *md) if year else None


def _content_year(text: str, signatures: list[dt.date], datelines: list[tuple[str, str]]) -> int | None:
    """The year the text points at: a lunar dateline, a ganzhi year, else the years it names."""
    voted = _year_by_votes(text, signatures)
    return _year_from_lunar(datelines, voted) or _year_from_ganzhi(text, voted) or voted


def infer_from_content(text: str, lines: list[str], datelines: list[tuple[str, str]]) -> dt.date | None:
    """The day after the latest dateline, never before the latest signed notice."""
    signatures = [d for line in lines if (m := _SIGNATURE_RE.match(to_figures(line))) and (d := _safe_date(*m.groups()))]  # '一九八七年三月五日' too
    month_days = _month_days(datelines)
    year = _content_year(text, signatures, datelines)
    candidates = list(signatures)
    if year and month_days:
        latest = _latest_dateline(year, month_days)
        if latest:
            candidates.append(latest + dt.timedelta(days=1))
    return max(candidates) if candidates else None


def _latest_dateline(year: int, month_days: list[tuple[int, int]]) -> dt.date | None:
    """Latest dateline; December datelines in a January issue belong to the year before."""
    months = {m for m, _ in month_days}
    days = []
    for month, day in month_days:
        y = year - 1 if month == 12 and 1 in months else year
        if d := _safe_date(y, month, day):
            days.append(d)
    return max(days) if days else None


def _year_from_lunar(datelines: list[tuple[str, str]], near: int | None) -> int | None:
    """The year in which the solar dateline falls on the printed lunar day."""
    for dateline, lunar in datelines:
        m = _DATELINE_MD.match(dateline)
        parsed = _parse_lunar(lunar) if lunar else None
        if not (m and parsed):
            continue
        month, day = int(m.group(1)), int(m.group(2))
        matches = []
        for year in range(1950, 2100):
            solar = _safe_date(year, month, day)
            if solar is None:
                continue
            try:
                lunar_day = LunarDate.from_solar_date(solar.year, solar.month, solar.day)
            except ValueError:
                continue
            if (lunar_day.month, lunar_day.day) == parsed:
                matches.append(year)
        if matches:
            centre = near or dt.date.today().year
            return min(matches, key=lambda y: abs(y - centre))
    return None


def _parse_lunar(text: str) -> tuple[int, int] | None:
    """'腊月二十一' → (12, 21)."""
    m = re.match(r"([正一二三四五六七八九十冬腊]{1,2})月(.+)", text)
    if not m:
        return None
    month_text, day_text = m.groups()
    month = _LUNAR_MONTHS.get(month_text) or _cn_number(month_text)
    day = _cn_number(day_text.replace("初", "").replace("廿", "二十"))
    return (month, day) if month and day else None


def _cn_number(text: str) -> int | None:
    if not text or any(ch not in _CN_DIGITS for ch in text):
        return None
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + _CN_DIGITS[text[1]]
    if len(text) == 1:
        return _CN_DIGITS[text]
    if text[1] == "十":
        return _CN_DIGITS[text[0]] * 10 + (_CN_DIGITS[text[2]] if len(text) > 2 else 0)
    return None


def _year_from_ganzhi(text: str, near: int | None) -> int | None:
    """A ganzhi year (丙午马年) fixes the year modulo 60; choose the one near the text's years."""
    m = _GANZHI_RE.search(text)
    if not m:
        return None
    stem, branch = _STEMS.index(m.group(1)), _BRANCHES.index(m.group(2))
    cycle = next(i for i in range(60) if i % 10 == stem and i % 12 == branch)
    centre = near or dt.date.today().year
    base = 1984 + cycle  # 1984 was 甲子
    return min((base + 60 * k for k in range(-2, 3)), key=lambda y: abs(y - centre))


# '2025株洲神农城冰雪季': a year leading an event's name, read only when the text names no year with 年
_EVENT_YEAR_RE = re.compile(r"(?<![\dA-Za-z.\-/])((?:19|20)\d{2})(?=[\u4e00-\u9fff]{2})(?![年号次元件个人户万亿米名台家所吨届期多余])")  # '2000多元', '2000余人': amounts


def _year_by_votes(text: str, signatures: list[dt.date]) -> int | None:
    """The latest year mentioned about as often as the most mentioned one.

    Articles look back ("2022年,……") and plan ahead ("2026年度"), so neither
    the most frequent nor the latest year alone is reliable; signed notices
    are the strongest hint when present.
    """
    if signatures:
        return max(signatures).year
    counts = Counter(int(y) for y in _YEAR_RE.findall(text) or _EVENT_YEAR_RE.findall(text))
    if not counts:
        return None
    top = counts.most_common(1)[0][1]
    return max(y for y, c in counts.items() if c * 2 >= top)


def real_day(text: str | None) -> str | None:
    """`text` when it names a day that exists ('2025-02-30', '2025-03-00' do not): a page's meta line may say anything."""
    try:
        return dt.date.fromisoformat(text).isoformat() if text else None
    except ValueError:
        return None


def _safe_date(year, month, day) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except (TypeError, ValueError):
        return None


def _int(m: re.Match | None) -> int | None:
    return int(m.group(1)) if m else None
