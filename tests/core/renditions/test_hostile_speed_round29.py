"""Hostile files that reached the patterns round 27 left superlinear (hardening round 29).

tests/bench/bench_pattern_sweep.py flagged these patterns on strings of their own pieces; round 29 built a file for
each that a parse or an import reads (tests/bench/bench_hostile_round29.py prints its times). Each rewritten pattern is
checked with hypothesis against the old one, copied here: it must find exactly what the old one found. Each test then
feeds the new pattern, and a parse, a line of a million characters the old pattern would have read for hours; none
asserts on time. The regular expression engine's steps are invisible to a Python trace, so `_work` counts the Python
lines around them: a parse of a file of n hostile lines and one of 4n must differ by about four times, not sixteen.
"""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zzreader.core import bylines
from zzreader.core.parse import parse_bytes, parse_text
from zzreader.core.renditions import (
    box_tables,
    epaper,
    feeds,
    front_dates,
    furniture,
    head_parts,
    hidden_blocks,
    page_heads,
    pdf_text,
    site_notices,
)

_HEAD = "株洲日报\n2025年6月1日 星期日\n湘江夜景灯光改造完成\n"
_TAIL = "\n株洲日报讯 神农湖畔夜跑道开放。\n"
_MILLION = 1_000_000


def _parse(text: str, name: str):
    """The file's parse as `zzreader parse` and the importer read it: decoded and checked first."""
    return parse_bytes(text.encode("utf-8"), name)


def _same(old: re.Pattern, new: re.Pattern, line: str, method: str = "match") -> None:
    mo, mn = getattr(old, method)(line), getattr(new, method)(line)
    assert (mo and (mo.span(), mo.groups())) == (mn and (mn.span(), mn.groups())), line


def _pieces(*pieces: str, size: int = 12):
    return st.lists(st.sampled_from(pieces), max_size=size).map("".join)


_OLD_NAV_HEAD = re.compile(
    r"^\s*[【\[]?\s*(?:本版(?:标题)?导航|标题导航|版面导航|本版导读|本版(?:其他)?(?:新闻|文章|稿件|标题)(?:列表|目录)?|本版目录"
    r"|(?:新闻|文章|标题)列表|相关(?:新闻|阅读)|往期回顾)\s*[】\]]?\s*[:：]?\s*$"
)


@settings(max_examples=1000, deadline=None)
@given(_pieces(" ", "\u3000", "\t", "\n", "【", "[", "】", "]", "：", ":", "本版导航", "本版标题导航", "相关新闻", "本版", "x", "导航"))
def test_a_navigation_head_whose_spaces_are_one_run_is_the_head_it_was(line):
    _same(_OLD_NAV_HEAD, epaper._NAV_HEAD, line)


def test_a_navigation_head_of_a_million_spaces_is_read_once():
    # '本版导航' and ideographic spaces: the run split three ways around the missing bracket and colon (a parse of
    # 1,000 took 2.2 s, of 2,000 past 30 s)
    assert epaper._NAV_HEAD.match("本版导航" + "\u3000" * _MILLION + "x") is None
    assert epaper._NAV_HEAD.match("【本版导航】" + " " * _MILLION + "：" + " " * _MILLION) is not None
    page = "标题：湘江夜景灯光改造完成\n作者：罗某\n发布时间：2025-06-01\n本版导航{}x\n· 神农湖畔夜跑道开放\n正文：株洲日报讯 神农湖畔夜跑道开放。\n"
    assert _parse(_HEAD + page.format("\u3000" * _MILLION), "zzrb-2025-06-01.txt").date == "2025-06-01"


_OLD_BORDER = re.compile(r"^\s*[┌┬┐├┼┤└┴┘─━═╔╦╗╠╬╣╚╩╝┏┳┓┣╋┫┗┻┛╞╪╡╒╤╕╘╧╛\s]{4,}$")


@settings(max_examples=1000, deadline=None)
@given(_pieces(" ", "\u3000", "\t", "\n", "┌", "─", "┬", "┐", "═", "━━", "│", "x", "。", size=10))
def test_a_box_border_read_as_one_run_is_the_border_it_was(line):
    _same(_OLD_BORDER, box_tables._BORDER, line)


def test_a_box_border_of_a_million_spaces_is_read_once():
    # a framed row, then a line of ideographic spaces and '。': the leading spaces split the run every way (a parse of
    # 16,000 took 1.9 s)
    assert box_tables._BORDER.match("\u3000" * _MILLION + "。") is None
    assert box_tables._BORDER.match(" " * _MILLION + "┌──┬──┐") is not None
    text = _HEAD + "│姓名│岗位│\n" + "\u3000" * _MILLION + "。" + _TAIL
    assert _parse(text, "zzrb-2025-06-01.txt").date == "2025-06-01"


_OLD_TELLS = re.compile(r"\d{1,4}\s*[年月]|\d{4}[-/.]\d{1,2}|第?\s*[A-Za-z]?\d{1,2}\s*版")


@settings(max_examples=1000, deadline=None)
@given(_pieces(" ", "\u3000", "\t", "第", "A", "3", "03", "2025", "年", "月", "版", "-", "/", "x", "首页", "<", ">", size=14))
def test_a_navigation_bar_that_tells_a_page_or_date_tells_it_from_the_same_place(line):
    _same(_OLD_TELLS, hidden_blocks._TELLS, line, "search")


def test_a_navigation_bar_of_a_million_spaces_is_read_once():
    # '<nav>第', spaces, '。</nav>': a page's spaces were tried from each space, each read to the run's end (a parse of
    # 16,000 took 5 s)
    assert hidden_blocks._TELLS.search("第" + " " * _MILLION + "。") is None
    assert hidden_blocks._TELLS.search("首页 " + " " * _MILLION + "第 A03 版").group(0) == "第 A03 版"
    html = "<html><body><nav>第{}。</nav>\n<h1>湘江夜景灯光改造完成</h1>\n<p>株洲日报讯 神农湖畔夜跑道开放。</p>\n</body></html>\n"
    assert _parse(html.format(" " * _MILLION), "zzrb-2025-06-01.html").date == "2025-06-01"


_OLD_MAIL = re.compile(r"\S+@\S+")


@settings(max_examples=1000, deadline=None)
@given(_pieces(" ", "\u3000", "\t", "@", "a", "·", "罗某", "zzrb", ".com", "(", ")", "（", size=14))
def test_a_mail_address_taken_out_of_a_creator_is_the_one_it_was(line):
    _same(_OLD_MAIL, feeds._MAIL, line, "search")
    assert feeds._MAIL.sub("", line) == _OLD_MAIL.sub("", line), line


_RSS = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n'
        "<title>株洲日报</title>\n<item>\n<title>湘江夜景灯光改造完成</title>\n<pubDate>Sun, 01 Jun 2025 08:00:00 +0800</pubDate>\n"
        "<dc:creator>{}</dc:creator>\n<description>神农湖畔夜跑道开放。</description>\n</item>\n</channel>\n</rss>\n")


def test_a_feed_creator_of_a_million_dots_is_read_once():
    # '罗' and a million '·': each character started a word read to its end for an '@' (a parse of 16,000 took 0.8 s)
    assert feeds._MAIL.search("罗" + "·" * _MILLION) is None
    assert feeds._credit("zzrb@example.com" + "·" * _MILLION + " (罗某)") == "罗某"
    issue = _parse(_RSS.format("罗" + "·" * _MILLION), "zzrb-2025-06-01.xml")
    assert issue.date == "2025-06-01"


_OLD_MONTH_FIRST = re.compile(
    r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})", re.IGNORECASE
)


@settings(max_examples=1000, deadline=None)
@given(_pieces(" ", "\t", ",", ".", "apr", "April", "Ma", "y", "x", "20", "1st", "2026", "1999", "ſ", "K", "é", "-", size=14))
def test_a_month_first_date_read_from_its_word_start_is_the_date_it_was(line):
    # the match starts at the word rather than at its first month ('xapril 20, 2026'): the groups are all front_dates reads
    mo, mn = _OLD_MONTH_FIRST.search(line), front_dates._MONTH_FIRST.search(line)
    assert (mo and (mo.end(), mo.groups())) == (mn and (mn.end(), mn.groups())), line


def test_a_front_matter_date_of_a_million_months_is_read_once():
    # 'date: ' and 'apr' repeated: each 'apr' read the word to its end (a parse of 16,000 took 1.7 s)
    assert front_dates._MONTH_FIRST.search("apr" * _MILLION + " 2025") is None
    assert front_dates.value_date("x" * _MILLION + "april 20, 2026", []) == "2026-04-20"
    text = "---\ndate: " + "apr" * (_MILLION // 3) + " 2025\n---\n\n# 湘江夜景灯光改造完成\n\n株洲日报讯 " + "神农湖畔夜跑道开放。" * 10_001 + "\n"
    assert _parse(text, "zzrb-2025-06-01.md").date == "2025-06-01"


_OLD_PICTURES_AFTER_NAMES = re.compile(r"[ \u3000]+图(?:片)?\s*[/:：／]\s*")


@settings(max_examples=1000, deadline=None)
@given(_pieces(" ", "\u3000", "\t", "图", "图片", "/", "：", "记者", "罗某", "x", size=14))
def test_the_pictures_after_the_names_are_cut_where_they_were(line):
    _same(_OLD_PICTURES_AFTER_NAMES, bylines._PICTURES_AFTER_NAMES, line, "search")


def test_a_byline_of_a_million_spaces_before_a_picture_word_is_read_once():
    # a reporter, then ' \u3000' repeated and '图片x': each space looked for '图' at the run's end (a parse of 16,000
    # took 1.2 s)
    line = "株洲日报全媒体记者 罗某" + " \u3000" * (_MILLION // 2) + "图片x"
    assert bylines._PICTURES_AFTER_NAMES.search(line) is None
    assert bylines.parse_credit("记者 罗某" + " " * _MILLION + "图/通讯员 李某").photographers == ["李某"]
    assert _parse(_HEAD + line + _TAIL, "zzrb-2025-06-01.txt").date == "2025-06-01"


def _work(text: str, name: str) -> int:
    """Lines of Python a parse runs, calls counted too: a count that does not depend on the machine's speed."""
    steps = 0

    def trace(frame, event, arg):
        nonlocal steps
        steps += 1
        return trace

    sys.settrace(trace)
    try:
        parse_text(text, name)
    finally:
        sys.settrace(None)
    return steps


@pytest.mark.parametrize(("name", "file_of"), [
    ("zzrb-2025-06-01.txt", lambda n: _HEAD + "│姓名│岗位│\n" + "\n".join("\u3000" * 40 + f"。{i}" for i in range(n)) + _TAIL),
    ("zzrb-2025-06-01.txt", lambda n: _HEAD + "\n".join(f"株洲日报全媒体记者 罗某{i}" + " \u3000" * 20 + "图片x" for i in range(n)) + _TAIL),
], ids=["border rows", "bylines before a picture word"])
def test_a_file_of_n_hostile_lines_costs_work_in_proportion_to_n(name, file_of):
    small, big = _work(file_of(150), name), _work(file_of(600), name)
    assert big < 5 * small, (small, big)


# The patterns below no file reaches with a long line (each caller bounds the line first: a running head at 90
# characters, head_parts.read at 70, a site notice at 160, a copyright footer at 80, a page label's editors after the
# label's own pattern); they are linear now all the same.
_OLD_EDITOR_OF = re.compile(r"(责任编辑|本版编辑|编辑)\s*[:：]?\s*(" + page_heads._NAME + ")")
_OLD_COPYRIGHT = re.compile(r"^(?:copyright\s*(?:©|\(c\))?|©)\s*(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?)?[^。，]{0,60}$", re.IGNORECASE)
_OLD_ROLES = re.compile(r"\s*(?:责任编辑|本版编辑|编辑|美术编辑|美编|责编|校对|版式设计|版式|组版)\s*[:：]?.*$")
_OLD_RIGHTS = re.compile(r"^(?:版权所有|所有权归)\s*[:：©]?\s*(?:©\s*)?[\u4e00-\u9fff]{2,20}(?:\s|$)")


@settings(max_examples=1000, deadline=None)
@given(_pieces(" ", "\u3000", "\t", "\n", "：", ":", "责任编辑", "编辑", "美编", "汤某", "汤", "刘 芳", "·", "x", "A03", size=12))
def test_an_editor_and_the_roles_of_a_head_are_read_where_they_were(line):
    _same(_OLD_EDITOR_OF, page_heads.EDITOR_OF, line, "search")
    assert head_parts._ROLES.sub("", line) == _OLD_ROLES.sub("", line), line
    _same(_OLD_ROLES, head_parts._ROLES, line, "search")


@settings(max_examples=1000, deadline=None)
@given(_pieces(" ", "\u3000", "\t", "\n", "copyright", "Copyright", "©", "(c)", "(C)", "2025", "1999", "-", "–", "株洲日报社",
               "版权所有", "所有权归", "：", ":", "株", "All Rights Reserved", "。", "，", size=12))
def test_a_site_footer_whose_spaces_are_one_run_is_the_footer_it_was(line):
    _same(_OLD_COPYRIGHT, furniture._COPYRIGHT, line)
    _same(_OLD_RIGHTS, site_notices._RIGHTS, line)


def test_a_footer_an_editor_or_a_head_of_a_million_spaces_is_read_once():
    # the sweep's strings: 4,000 tabs after 'copyright' took 8 s, 8,000 spaces after '编辑' 2.4 s, 8,000 tabs after
    # '版权所有' 2 s, 8,000 ideographic spaces against the head's roles 1 s
    assert furniture._COPYRIGHT.match("copyright" + "\t" * _MILLION + "。") is None
    assert page_heads.EDITOR_OF.search("编辑" + " " * _MILLION) is None
    assert page_heads.EDITOR_OF.search("责任编辑" + " " * _MILLION + "汤某").group(2) == "汤某"
    assert site_notices._RIGHTS.match("版权所有" + "\t" * _MILLION + "。") is None
    assert head_parts._ROLES.search("\u3000" * _MILLION) is None
    assert head_parts._ROLES.sub("", "A01 要闻" + " " * _MILLION + "责任编辑：汤某") == "A01 要闻"


def test_a_ruled_label_is_read_in_time_in_proportion_to_its_rules():
    # '━━ ', rules, ' x━━': the label is tried at each of its 31 lengths, each reading the rules to their end once (the
    # first rule is cut to the 33 characters that can end where the label starts): 31 readings, not one per rule
    assert page_heads.page_label("━━ " + "━" * 200_000 + " x━━") is None
    assert page_heads.page_label("━━━━ 第A01版　要闻 ━━━━") == ("第A01版 要闻", "")


_OLD_TAIL_NAME = re.compile(r"(?:[/／:：\s、]|记者|通讯员|实习生)([\u4e00-\u9fff·]+)$")


@settings(max_examples=1000, deadline=None)
@given(_pieces(" ", "/", "：", "、", "记者", "通讯员", "实习生", "邓海峰", "·", "（", "株洲日报全媒体", "x", size=40))
def test_a_name_at_a_paragraphs_end_is_the_name_it_was(paragraph):
    # `glue` looks in the last 90 characters only, so a name of at most 90 is every name it can find
    start = max(len(paragraph) - 90, 0)
    mo, mn = _OLD_TAIL_NAME.search(paragraph, start), pdf_text._TAIL_NAME.search(paragraph, start)
    assert (mo and (mo.span(), mo.groups())) == (mn and (mn.span(), mn.groups())), paragraph


def test_a_run_of_reporters_is_read_a_bounded_way_from_each():
    # '记者' repeated and '。': each '记者' read the run to its end (8,000 took 0.3 s); now 90 characters at most
    assert pdf_text._TAIL_NAME.search("记者" * _MILLION + "。") is None
    assert pdf_text._TAIL_NAME.search("（株洲日报全媒体记者 邓海峰").group(1) == "邓海峰"
