"""Hostile lines that reached patterns the parser rounds after round 29 added or widened (hardening round 32).

Each pattern here split a run of spaces two or three ways before a token that can never be a space, so a line of
the paper's name, a date or a label followed by 20,000 spaces ran past 20 s (the cost grew with the square or the
cube of the run). Each rewritten pattern reads a run once (a possessive run, taken whole where what follows cannot
be a space); hypothesis checks it against the old one, copied here, on strings of the pieces it reads: the same
spans and groups. Each test then feeds the pattern a line of a million spaces, and a parse a line of a quarter
million, sizes at which the old patterns ran for hours; none asserts on time.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from zzreader.core import dates, english_mastheads, lines, repeated_mastheads, short_year_mastheads
from zzreader.core.parse import parse_bytes
from zzreader.core.renditions import furniture, wechat

_MILLION = 1_000_000
_RUN = 250_000  # a parse's run: the old patterns took past 20 s at 20,000
_TAIL = "\n株洲日报讯 神农湖畔夜跑道开放，市民夜跑有了新去处。\n"


def _parse(text: str, name: str = "zzrb-2025-06-01.txt"):
    """The file's parse as `zzreader parse` and the importer read it: decoded and checked first."""
    return parse_bytes(text.encode("utf-8"), name)


def _found(pattern: re.Pattern, line: str, method: str):
    m = getattr(pattern, method)(line)
    return m and (m.span(), m.groups())


def _same(old: re.Pattern, new: re.Pattern, line: str, *methods: str) -> None:
    for method in methods or ("match",):
        assert _found(old, line, method) == _found(new, line, method), (method, line)


def _pieces(*pieces: str, size: int = 14):
    return st.lists(st.sampled_from(pieces), max_size=size).map("".join)


_SP = ("", " ", "  ", "\u3000", " \u3000 ", "\t")


def _shaped(*slots: tuple[str, ...]):
    """Lines in the order the pattern reads them, each slot one of its choices: most of them match."""
    return st.tuples(*(st.sampled_from(slot) for slot in slots)).map("".join)


_DATE_PIECES = (" ", "\u3000", "\t", "株洲日报", "株洲晚报", "《", "》", "数字报", "电子版", "|", "·", "—", "-", "，", "第", "12", "期",
                "2025", "年", "6", "月", "1", "日", "2025-06-01", "星期日", "周五", "（", "）", "A", "06", "版", "：", "要闻", "x", "来源", "出处")

# the masthead hint and the page after a named date as they were (the fourth branch split the runs around the
# edition, the bar and the issue number, and the page's tail split its own around the bar and the colon)
_OLD_PAGE_TAIL = r"(?:[\s\u3000]*[|｜/·，,]?[\s\u3000]*(?:第\s*[A-Za-z]?\d{1,2}\s*版|[A-Za-z]\d{1,2}\s*版?)(?:\s*[:：]?\s*[\u4e00-\u9fff·]{2,8})?)?"
_OLD_MASTHEAD_HINT = re.compile(
    r"(?:19|20|１９|２０)\d{2}年\d{1,2}月\d{1,2}日[\s·・|｜,，/]*(?:星期|周)|(?<![\d.])(?:19|20)\d{2}([-/.])\d{1,2}\1\d{1,2}[\s·・|｜,，]*(?:星期|周)[一二三四五六日天]|第\s*\d{3,6}\s*期(?!\s*(?:开奖|中奖|兑奖|销售))|今日\s*\d{1,3}\s*版|CN\s*\d{2}-\d{4}|主管.{0,4}主办|^掌上株洲|^株洲日[报報](?:\s*(?i:zhuzhou\s+daily))?$|^株洲日[报報](?:[\s\u3000]*[·・|｜—\-][\s\u3000]*|[\s\u3000]+)[\u4e00-\u9fff]{2,6}$"
    r"|(?i:^ZHUZHOU\s*DAILY$)|(?i:^ZZRB[\s_\-]*(?:19|20)\d{2}[-_./]?\d{1,2}[-_./]?\d{1,2})|(?:星期|周)[一二三四五六日天][\s·・|｜,，/]*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日"
    r"|^《?(?:株洲日报|株洲晚报|(?i:zhuzhou\s+daily))》?(?:[\s\u3000]*(?:数字报刊平台|数字报刊|数字报|电子版|电子报|數字報|電子版|電子報))?[\s\u3000]*[|｜·\-—]?[\s\u3000]*(?:第\s*\d{1,6}\s*期[\s\u3000]*)?(?:19|20)\d{2}(?:\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|([-/.])\d{1,2}\2\d{1,2})(?:[\s\u3000]*第\s*\d{1,6}\s*期)?" + _OLD_PAGE_TAIL + "$"
    r"|(?<![\d./])\d{2}([/.])\d{1,2}\3\d{2}(?![\d./])\s*(?:星期|周)[一二三四五六日天]|" + short_year_mastheads.HINT + "|" + english_mastheads.HINT
)
_OLD_MASTHEAD_NAMED = re.compile(
    r"(?m)^\s*[（(]?\s*(?:(?:出处|来源|原载|刊于|载于|摘自|转自|剪自)\s*[:：]?\s*)?(?:[\u4e00-\u9fffA-Za-z]{2,8}\s*[·•|｜]\s*)?《?(?:株洲日[报報]|株洲晚[报報]|(?i:zhuzhou\s+daily))》?(?:[\s\u3000]*(?:数字报刊平台|数字报刊|数字报|电子版|电子报|數字報|電子版|電子報)|[·•・][\u4e00-\u9fff]{2,4}(?=[\s\u3000]))?[\s\u3000]*[|｜·\-—，,]?[\s\u3000]*(?:第\s*\d{1,6}\s*期[\s\u3000]*)?"
    r"(?:" + dates._FULL_DATE + r"|((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2}))(?:[\s\u3000]*第\s*\d{1,6}\s*期)?" + _OLD_PAGE_TAIL + dates._SOURCE_TAIL + r"\s*[）)]?\s*$"
)
# each use with a separator group of its own, as the fix after this round made it (one shared `\1` never matched in
# the second use: `株洲日报 2025-06-01` was no later masthead; tests/core/test_repeated_mastheads.py)
_OLD_DAY = r"(?:19|20)\d{{2}}(?:\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|(?P<{0}>[-/.])\d{{1,2}}(?P={0})\d{{1,2}})"
_OLD_WEEKDAY = r"[\s\u3000·・|｜,，]*[(（]?(?:星期|周)[一二三四五六日天][)）]?"
_OLD_PAGE = r"(?:[\s\u3000]*(?:第\s*[A-Za-z]?\d{1,2}\s*版|[A-Za-z]\d{1,2}\s*版?)(?:\s*[:：]?\s*[\u4e00-\u9fff·]{2,8})?)?"
_OLD_PAPER = r"《?株洲(?:日[报報]|晚[报報])》?[\s\u3000·・|｜]*"
_OLD_DAY_LINE = re.compile(rf"^\s*(?:{_OLD_DAY.format('a')}{_OLD_WEEKDAY}|{_OLD_PAPER}{_OLD_DAY.format('b')}(?:{_OLD_WEEKDAY})?){_OLD_PAGE}\s*$")


_MASTHEAD_SHAPES = _shaped(
    ("", "（", "来源：", "《"), ("株洲日报", "株洲晚报", "掌上株洲"), ("", "》"), _SP, ("", "数字报", "电子版"), _SP, ("", "|", "·", "—"), _SP,
    ("", "第12期"), _SP, ("2025年6月1日", "2025-06-01", "2025 年 6 月 1 日", "2025.6.1"), _SP, ("", "第12580期"), _SP, ("", "星期日", "（周日）"),
    _SP, ("", "|", "·"), _SP, ("", "A06", "第A06版", "A06版", "第3版"), _SP, ("", "：", ":"), _SP, ("", "要闻", "x"), _SP, ("", "）"),
)


@settings(max_examples=800, deadline=None)
@given(st.one_of(_pieces(*_DATE_PIECES), _MASTHEAD_SHAPES))
def test_a_masthead_whose_spaces_are_one_run_is_the_masthead_it_was(line):
    _same(_OLD_MASTHEAD_HINT, lines._MASTHEAD_HINT, line, "search")
    _same(_OLD_MASTHEAD_NAMED, dates._MASTHEAD_NAMED, line, "search", "match")
    _same(_OLD_DAY_LINE, repeated_mastheads._DAY_LINE, line, "match")


def test_a_masthead_line_of_a_million_spaces_is_read_once():
    # the paper's name, its date and page, then spaces: the runs around the page split two and three ways
    for tail in ("x", "A06" + " " * _MILLION + "x"):
        line = "株洲日报 2025年6月1日 A06" + " " * _MILLION + tail
        assert lines._MASTHEAD_HINT.search(line) is None
        assert dates._MASTHEAD_NAMED.search(line) is None
        assert repeated_mastheads._DAY_LINE.match(line) is None
    assert lines._MASTHEAD_HINT.search("株洲日报" + "\u3000" * _MILLION + "2025年6月1日" + " " * _MILLION + "A06版 要闻")
    assert repeated_mastheads._DAY_LINE.match("2025年6月1日" + " " * _MILLION + "星期日" + " " * _MILLION + "A06版")


def test_a_file_whose_masthead_trails_a_long_run_of_spaces_parses():
    # a parse of the name, date and page and 20,000 spaces ran past 20 s (the name and spaces alone: 20,000 past 20 s too)
    for line in ("株洲日报 2025年6月1日 A06" + " " * _RUN + "x", "株洲日报" + " " * _RUN + "x："):
        issue = _parse("株洲日报\n2025年6月1日 星期日\n" + line + "\n湘江夜景灯光改造完成" + _TAIL)
        assert issue.date == "2025-06-01"
        assert any("神农湖畔夜跑道开放" in "".join(a.paragraphs) for a in issue.articles)


def test_a_paragraph_of_many_lines_cut_at_one_width_is_joined_in_one_pass():
    # each line glued onto a paragraph searched the whole paragraph for a compound surname at its end: a PDF
    # paragraph of 6,000 cut lines took 7 s in a parse and grew with the square (this join: 10,000 lines 12 s, 20,000 48 s)
    from zzreader.core.renditions import cut_lines
    from zzreader.core.renditions.model import SourceLine

    cut = "神农公园的智慧跑道今年春天启用，市民晨练夜跑都"  # 24 characters, stopping mid-sentence
    source = [SourceLine(no=k + 1, text=cut) for k in range(20_000)] + [SourceLine(no=20_001, text="成了新去处。")]
    warnings: list[str] = []
    joined = cut_lines.join(source, warnings)
    assert len(joined) == 1 and joined[0].text == cut * 20_000 + "成了新去处。"
    assert (joined[0].no, joined[0].end) == (1, 20_001)
    # the compound surname at the edge still keeps its cut name whole
    assert cut_lines._glue("通讯员/欧阳", "某某）") == "通讯员/欧阳某某）"


_OLD_COUNTER = re.compile(r"^[【\[]?\s*(?:浏览次数|浏览量|阅读次数|阅读量|阅读数|点击数|点击量|点击率|访问量|访问次数|阅读|浏览)\s*[:：]?\s*\d{1,9}(?:\.\d{1,2})?\s*[万千]?\+?\s*次?\s*[】\]]?$")


@settings(max_examples=1000, deadline=None)
@given(st.one_of(
    _pieces(" ", "\u3000", "\t", "【", "[", "】", "]", "：", ":", "阅读", "阅读量", "浏览次数", "点击", "1", "25", ".", "5", "万", "千", "+", "次", "x"),
    _shaped(("", "【"), _SP, ("阅读", "浏览次数", "点击量"), _SP, ("", "：", ":"), _SP, ("1", "1024", "1.2"), _SP, ("", "万", "千"), ("", "+"), _SP,
            ("", "次"), _SP, ("", "】", "x")),
))
def test_a_page_counter_whose_spaces_are_one_run_is_the_counter_it_was(line):
    _same(_OLD_COUNTER, furniture._COUNTER, line)


def test_a_page_counter_of_a_million_spaces_is_read_once():
    # '阅读' and spaces: the run split around the missing colon, and the figures' tail three ways (20,000: 15 s a parse)
    assert furniture._COUNTER.match("阅读" + " " * _MILLION + "x") is None
    assert furniture._COUNTER.match("1" * 9 + " " * _MILLION + "x") is None
    assert furniture._COUNTER.match("【阅读" + " " * _MILLION + "：" + "\u3000" * _MILLION + "1.2万+" + " " * _MILLION + "次】")
    assert furniture._COUNTER.match("阅读：1.2万" + " " * _MILLION + "次" + " " * _MILLION + "】x") is None


_OLD_CITING = re.compile(r"^[（(]?(?:来源|出处|原载|刊于|载于|摘自|转自|剪自)\s*[:：]?\s*《?株洲[日晚][报報]")


@settings(max_examples=1000, deadline=None)
@given(st.one_of(
    _pieces(" ", "\u3000", "\t", "（", "(", "来源", "摘自", "：", ":", "《", "株洲日报", "株洲晚報", "株洲", "x"),
    _shaped(("", "（"), ("来源", "摘自", "出处"), _SP, ("", "：", ":"), _SP, ("", "《"), ("株洲日报", "株洲晚報", "株洲", "x")),
))
def test_a_clipping_s_citation_whose_spaces_are_one_run_is_the_citation_it_was(line):
    _same(_OLD_CITING, repeated_mastheads._CITING, line)


def test_a_clipping_s_citation_of_a_million_spaces_is_read_once():
    # '来源' and spaces before no colon: the run split two ways (a parse of 20,000 took 7 s, of 80,000 past 20 s)
    assert repeated_mastheads._CITING.match("来源" + " " * _MILLION + "x") is None
    assert repeated_mastheads._CITING.match("（摘自" + " " * _MILLION + "：" + " " * _MILLION + "《株洲日报》")


_OLD_POST = re.compile(
    r"^\s*(?:(?:原创|转载)\s+)?(?:\S{1,20}\s+){0,3}?((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"\s*(?:(?:\d{1,2}:\d{2})?\s*发表于\s*\S{1,8}|\d{1,2}:\d{2}\s+(?!星期|周)[\u4e00-\u9fff]{2,3})\s*$"
)


@settings(max_examples=800, deadline=None)
@given(st.one_of(
    _pieces(" ", "\u3000", "\t", "原创", "株洲日报", "2025", "-", "年", "12", "6", "月", "日", "08:00", "8", ":", "发表于", "湖南", "星期", "x", size=16),
    _shaped(("", " "), ("", "原创 ", "转载  "), ("", "株洲日报 ", "株洲日报 株洲日报\u3000"), ("2025-12-06", "2025年12月6", "2025 / 12 / 6"), _SP,
            ("", "日"), _SP, ("", "08:00", "8:00"), _SP, ("", "发表于", "湖南", "星期一", "x"), _SP, ("", "湖南", "x"), _SP),
))
def test_a_wechat_account_line_whose_spaces_are_one_run_is_the_line_it_was(line):
    _same(_OLD_POST, wechat.POST, line)


def test_a_wechat_account_line_of_a_million_spaces_is_read_once():
    # a date, then spaces and no clock: the run split three ways around '日', the clock and '发表于' (1,000: 1 s)
    assert wechat.POST.match("原创 株洲日报 2025-12-06" + " " * _MILLION + "x:") is None
    m = wechat.POST.match("原创 株洲日报 2025-12-06" + " " * _MILLION + "08:00" + "\u3000" * _MILLION + "发表于湖南")
    assert m is not None and m.groups() == ("2025", "12", "06")


def test_a_file_of_a_counter_a_citation_and_a_dated_line_with_long_runs_of_spaces_parses():
    # each line alone ran past 20 s in a parse at 20,000 spaces
    for line in ("阅读" + " " * _RUN + "x", "来源" + " " * _RUN + "x", " 2025-06-01" + " " * _RUN + "阅读:x"):
        issue = _parse("株洲日报\n2025年6月1日 星期日\n湘江夜景灯光改造完成\n" + line + _TAIL)
        assert issue.date == "2025-06-01"
        assert any("神农湖畔夜跑道开放" in "".join(a.paragraphs) for a in issue.articles)
