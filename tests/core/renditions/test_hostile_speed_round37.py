"""The parser modules of rounds AR and AS on hostile input (hardening round 37).

Each pattern rewritten here is copied as it was; hypothesis checks the new one against it on ordinary and
crafted lines (the same spans, groups and substitutions), and the hostile line is fed at a size at which the old
one ran for minutes or hours. No test asserts on time.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from zzreader.core.parse import parse_bytes

S = "\u3000"


def _same(old: re.Pattern, new: re.Pattern, text: str, method: str = "match") -> None:
    a, b = getattr(old, method)(text), getattr(new, method)(text)
    assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (method, text)


def _lines(pieces: tuple[str, ...], heads: tuple[str, ...] = ("",), max_size: int = 10):
    return st.tuples(st.sampled_from(heads), st.lists(st.sampled_from(pieces), max_size=max_size).map("".join)).map("".join)


# -- the classified page's hotline: each run of spaces read once -----------------------------------------------------
from zzreader.core.renditions import furniture  # noqa: E402

_OLD_HOTLINE = re.compile(r"^\s*(?:分类|夹缝|房产|招聘)?(?:广告接待热线|广告热线|新闻热线|发行热线|订报热线)\s*[:：]?\s*[\d\-—、，, ]*"
                          r"(?:[\s\u3000]+地址\s*[:：]\s*[^\s。，]{2,30})?$")
_HOTLINE_PIECES = (" ", "  ", S, "\t", "\n", "：", ":", "0731", "-", "—", "28812345", "、", "，", ",", "地址", "株洲日报社一楼广告部",
                   "。", "x", "1", "广告热线")


@settings(max_examples=3000, deadline=None)
@given(_lines(_HOTLINE_PIECES, ("", "广告热线", "分类广告热线", " 新闻热线", "发行热线：", "广告热线：0731-28812345")))
def test_the_hotline_whose_runs_are_read_once_is_the_hotline_it_was(line):
    _same(_OLD_HOTLINE, furniture._HOTLINE, line)


def test_a_hotline_and_a_hundred_thousand_spaces_is_read_at_once():
    # '广告热线', 50,000 spaces and a letter: the spaces split four ways before the address (past 20 s in a parse)
    assert furniture._HOTLINE.match("广告热线" + " " * 1_000_000 + "x") is None
    assert furniture._HOTLINE.match("广告热线：0731-28812345" + " " * 1_000_000 + "地址：株洲日报社一楼广告部")
    text = "株洲日报 2026年12月12日\n\n" + ("广告热线" + " " * 100_000 + "x\n") * 3 + "本报讯 神农湖畔夜跑道开放，市民夜跑有了新去处。\n"
    issue = parse_bytes(text.encode(), "zzrb-2026-12-12.txt")
    assert any("神农湖畔夜跑道开放" in "".join(a.paragraphs) for a in issue.articles)


# -- the yearless masthead's hint: each run of spaces read once -------------------------------------------------------
from zzreader.core import lines as line_kinds, yearless_mastheads  # noqa: E402

_OLD_YEARLESS_HINT = re.compile(
    r"^[【\[]?株洲日[报報][】\]]?[\s\u3000·・|｜]*\d{1,2}\s*月\s*\d{1,2}\s*日[\s\u3000·・|｜,，]*"
    r"(?:(?:星期|周)[一二三四五六日天]|第?\s*[A-DＡ-Ｄ]\d{1,2}\s*版?(?:[\s\u3000·・|｜]*[\u4e00-\u9fff]{2,6})?\s*$)"
)
_YEARLESS_PIECES = (" ", "  ", S, "\t", "\n", "·", "|", "，", "12", "月", "6", "日", "周日", "星期", "第", "A", "06", "版", "区县", "城事",
                    "x", "A06版", "Ａ3")


@settings(max_examples=3000, deadline=None)
@given(_lines(_YEARLESS_PIECES, ("", "株洲日报", "【株洲日报】", "株洲日报 12月4日", "【株洲日报】12月6日 ", "株洲日報 12 月 4 日 A06")))
def test_the_yearless_hint_whose_runs_are_read_once_is_the_hint_it_was(line):
    new = re.compile(yearless_mastheads.HINT)
    _same(_OLD_YEARLESS_HINT, new, line, "search")
    _same(_OLD_YEARLESS_HINT, new, line, "match")


def test_a_yearless_head_and_a_hundred_thousand_spaces_is_read_at_once():
    # '株洲日报 12月4日 A06' and 50,000 spaces: a line's length counts the run as one space, so the masthead hint read it
    # and split the run three ways (past 20 s in a parse)
    for line in ("株洲日报 12月4日 A06" + " " * 1_000_000 + "x", "【株洲日报】12月6日" + " " * 1_000_000 + "x"):
        assert line_kinds._MASTHEAD_HINT.search(line) is None
    assert line_kinds._MASTHEAD_HINT.search("株洲日报 12月4日 A06" + " " * 1_000_000 + "区县")
    text = "株洲日报 12月4日 A06" + " " * 100_000 + "x\n【株洲日报】12月6日" + " " * 100_000 + "x\n本报讯 神农湖畔夜跑道开放，市民夜跑有了新去处。\n"
    issue = parse_bytes(text.encode(), "yearless.txt")
    assert any("神农湖畔夜跑道开放" in "".join(a.paragraphs) for a in issue.articles)


# -- a repost's posting line: the run after the time read once --------------------------------------------------------
from zzreader.core.renditions import reposts  # noqa: E402

_OLD_POSTED = re.compile(r"^\s*((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})\s+\d{1,2}:\d{2}\s*(?:[\u4e00-\u9fff]{2,3})?\s*$")


@settings(max_examples=2000, deadline=None)
@given(_lines((" ", "  ", S, "\t", "\n", "湖南", "湖", "株洲市", "x", "1", ":", "08:12"), ("2026-11-18 08:12", " 2026-1-8 8:12", "2026-11-18 ")))
def test_the_posting_line_whose_run_is_read_once_is_the_line_it_was(line):
    _same(_OLD_POSTED, reposts._POSTED, line)


def test_a_posting_time_and_a_hundred_thousand_spaces_is_read_at_once():
    # '2026-11-18 08:12', 50,000 spaces and a letter: with no province the runs around it split the spaces every way
    assert reposts._POSTED.match("2026-11-18 08:12" + " " * 1_000_000 + "x") is None
    assert reposts._POSTED.match("2026-11-18 08:12" + " " * 1_000_000 + "湖南").groups() == ("2026", "11", "18")
    text = "湘江风光带新增骑行道\n" + ("2026-11-18 08:12" + " " * 100_000 + "x\n") * 3 + "本报讯 11月17日，湘江风光带5公里骑行道建成开放。\n"
    issue = parse_bytes(text.encode(), "zzrb-2026-11-18.txt")
    assert any("骑行道建成开放" in "".join(a.paragraphs) for a in issue.articles)


# -- the page list after an e-paper's page line: each run of figures read whole ---------------------------------------
from zzreader.core.renditions import epaper  # noqa: E402

_OLD_LINKS_AFTER = re.compile(r"(?:[\s|｜]++(?:PDF版?(?:下载)?|版面PDF|本版目录|往期(?:回顾|检索|查询)?|(?:上一|下一)[版期]|返回目录|版面导航[:：]?(?:\s?[A-Za-z]?\d{1,2}){2,}))+\s*$")
_LINK_PIECES = ("版面导航", "：", " ", "  ", S, "A", "B", "1", "0", "11", "A01", " A02", "123", "x", "|", "PDF", "下一版", "\n", "Ab")


@settings(max_examples=3000, deadline=None)
@given(_lines(_LINK_PIECES, ("", "第A05版：民生 版面导航", " 版面导航：", "第A05版：民生 版面导航 A01 A02 ", "x 版面导航")))
def test_the_page_list_read_by_whole_runs_is_the_list_it_was(line):
    _same(_OLD_LINKS_AFTER, epaper._LINKS_AFTER, line, "search")
    assert epaper._LINKS_AFTER.sub("", line) == _OLD_LINKS_AFTER.sub("", line)


def test_a_page_line_with_a_list_of_two_figure_codes_is_read_at_once():
    # '版面导航' and 24 codes '11' before a letter fill an 80-character page line: each '11' read as one code or two
    # split the list 2^24 ways (25 s a line)
    from zzreader.core.renditions.model import SourceLine

    line = "第A05版：民生 版面导航 " + " ".join(["11"] * 24) + " x"
    assert epaper._LINKS_AFTER.search(" 版面导航 " + " ".join(["11"] * 100_000) + " x") is None
    lines = [SourceLine(k, line) for k in range(1, 4)] + [SourceLine(4, "第A05版：民生 版面导航：A01 A02 A03")]
    epaper.page_line_between_links(lines)
    assert [x.text for x in lines] == [line] * 3 + ["第A05版：民生"]


# -- CNKI's author field: names split at their separators, the spaces round them stripped ------------------------------
from zzreader.core.renditions import cnki  # noqa: E402

_OLD_NAMES_APART = re.compile(r"\s*[;；,，]\s*")


@settings(max_examples=3000, deadline=None)
@given(_lines((" ", "  ", S, "\t", "\n", ";", "；", ",", "，", "左丹", "何涛", "x", "\x1c"), ("", " ", "左丹")))
def test_author_names_are_split_as_they_were(value):
    assert cnki._names(value) == _OLD_NAMES_APART.split(value)


def test_an_author_field_of_a_hundred_thousand_spaces_is_read_at_once():
    # '【作者】左丹', 50,000 ideographic spaces, '何涛': the separator pattern read the run again from each of its spaces
    record = ["中国重要报纸全文数据库", "", "【篇名】前三季度规上工业增加值增长7.8%", "【作者】左丹" + S * 100_000 + "何涛 ;  周敏", "【机构】株洲日报社",
              "【报纸名称】株洲日报", "【报纸日期】2026-11-19", "【版号】第A04版", "【正文】", f"{S}{S}11月18日，记者从市统计局获悉，前三季度规上工业增加值增长7.8%。"]
    issue = parse_bytes("\n".join(record).encode(), "zzrb-2026-11-19.txt")
    assert issue.date == "2026-11-19"
    assert any("规上工业增加值增长7.8%" in "".join(a.paragraphs) for a in issue.articles)
    assert cnki._names("左丹" + S * 1_000_000 + "何涛") == ["左丹" + S * 1_000_000 + "何涛"]


# -- lines cut at a column's width: the paragraph joined once ---------------------------------------------------------
from zzreader.core.renditions import cut_lines  # noqa: E402
from zzreader.core.renditions.model import SourceLine  # noqa: E402


def _old_cut_join(lines, warnings):
    """cut_lines.join as it was: the whole paragraph copied with each line glued onto it."""
    texts = [line.text.strip() if not line.kind else "" for line in lines]
    below = [nxt if not line.gap else "" for nxt, line in zip(texts[1:], lines[1:])] + [""]
    cuts = [cut_lines._may_be_cut(text, after) for text, after in zip(texts, below)]
    found = cut_lines._column(texts, cuts)
    if found is None:
        return lines
    measure, width = found
    out, cut = [], False
    for line, text, may in zip(lines, texts, cuts):
        if cut and text and not line.gap and not cut_lines.opens_lead(text) and not cut_lines._GAP.search(text):
            out[-1].text = cut_lines._glue(out[-1].text.rstrip(), text)
            out[-1].end = line.end
        else:
            out.append(line)
        cut = may and measure(text) == width
    return out


_CUT_TEXTS = ("11月23日，记者从市住建局获悉，今年城区列入计划的12条背街小巷提质改", "造全部完工，累计改造路面4.8万平方米，新增停车位420个，改造中保",
              "（株洲日报全媒体记者 欧阳", "某某 通讯员/邓海", "峰 贺然）进入11月，芦淞服饰市场群冬装批发销售进入旺季，", "完工。", "城区背街小巷完成提质改造",
              "留了老街巷原有的青石板和老招牌。 ", "   本报讯（记者 谭 晶）进入11月，芦淞服饰市场群冬装批发销售进入", "x" * 36)


@settings(max_examples=2500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_CUT_TEXTS), st.sampled_from((0, 0, 0, 1))), min_size=1, max_size=40))
def test_cut_lines_joined_once_are_the_lines_they_were(rows):
    def source():
        return [SourceLine(no=k + 1, text=text, gap=gap) for k, (text, gap) in enumerate(rows)]

    shape = lambda out: [(x.no, x.end, x.gap, x.text) for x in out]  # noqa: E731
    assert shape(cut_lines.join(source(), [])) == shape(_old_cut_join(source(), []))


def test_a_text_browser_page_of_one_wrapped_paragraph_parses_in_one_pass():
    # w3m's cuts at 72 cells over 40,000 lines of one paragraph: each line was glued onto a copy of the whole paragraph
    # (10,000 lines 2.5 s, 40,000 22 s in a parse)
    cut = "11月23日，记者从市住建局获悉，今年城区列入计划的12条背街小巷提质改"
    source = [SourceLine(no=k + 1, text=cut) for k in range(200_000)] + [SourceLine(no=200_001, text="完工。")]
    joined = cut_lines.join(source, [])
    assert [(x.no, x.end) for x in joined] == [(1, 200_001)]
    assert joined[0].text == cut * 200_000 + "完工。"
