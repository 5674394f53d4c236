"""Hostile inputs that made the parser's patterns superlinear (hardening round 27).

Round 27 swept every pattern the core compiles with strings built from its own pieces (tests/bench/bench_pattern_sweep.py)
and parsed a file whose one line was each pattern's worst string; these are the ones a file reached. Each test feeds a
size at which the old pattern ran for hours and the new one finishes at once; none asserts on time. Each rewritten
pattern is checked with hypothesis against the old one: it must find exactly what it found.
"""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zzreader.core import lines
from zzreader.core.parse import parse_text
from zzreader.core.renditions import asciidoc, epaper, front_blocks, furniture
from zzreader.core.renditions import chrome_links
from zzreader.core.renditions import page_heads

_HEAD = "株洲日报\n2025年6月1日 星期日\n湘江夜景灯光改造完成\n"


def _parsed(line: str, name: str = "zzrb-2025-06-01.txt"):
    return parse_text(_HEAD + line + "\n株洲日报讯 神农湖畔夜跑道开放。\n", name)


# the chrome bar's links before round 27: the font switch's tail took bars and spaces the next link's bar could take
_OLD_WORD = (
    r"(?:(?:字体|字号|文字)[:：]?\s*(?:[大中小TtＴAa+＋\-－|｜\s【】\[\]]|默认)*|大\s*中\s*小|(?:我要)?打印(?:本页|此文|本文)?|关闭(?:窗口|本页)?|返回(?:目录|首页|顶部|本版)?|上一篇(?:文章)?|下一篇(?:文章)?|"
    r"上一版|下一版|本版目录|上一期|下一期|往期(?:回顾|检索|查询)?|PDF(?:下载|版)?|版面PDF|分享[到至]|收藏(?:本文)?|放大|缩小|默认|(?:我要)?纠错|"
    r"A\s*[+＋]\s*A\s*[-－]\s*A?|(?:点击)?(?:查看|看)(?:大图|原图)|点击图片(?:查看|看)(?:大图|原图)?|日期检索|版面检索)"
)
_OLD_CHROME = re.compile(r"^[\s【】\[\]<>«»‹›]*" + _OLD_WORD + r"(?:[\s【】\[\]|｜/<>«»‹›]*" + _OLD_WORD + r")*[\s【】\[\]<>«»‹›]*$")
_OLD_BARRED = re.compile(r"(?:\s*[|｜]\s*" + _OLD_WORD + r")+\s*$")
_CHROME_PIECES = st.sampled_from([
    " ", "\u3000", "\t", "|", "｜", "【", "】", "[", "]", "<", ">", "/", "«", "：", "字号", "字体：", "文字", "大", "中", "小",
    "默认", "默", "A", "+", "-", "A+A-A", "大中小", "上一版", "下一版", "打印", "本页", "PDF", "版面PDF", "返回", "x", "当前版：05版",
])


@settings(max_examples=1000, deadline=None)
@given(st.lists(_CHROME_PIECES, max_size=12).map("".join))
def test_a_chrome_bar_whose_font_tail_splits_no_run_is_the_bar_it_was(line):
    mo, mn = _OLD_CHROME.match(line), chrome_links.CHROME.match(line)
    assert (mo and mo.span()) == (mn and mn.span()), line
    bo, bn = _OLD_BARRED.search(line), chrome_links.BARRED_CHROME.search(line)
    assert (bo and bo.span()) == (bn and bn.span()), line
    assert chrome_links.BARRED_CHROME.sub("", line) == _OLD_BARRED.sub("", line), line


def test_a_chrome_bar_of_a_hundred_thousand_links_is_read_once():
    # '字号｜' repeated: each bar went to the font switch's tail or to the next link, 2^n ways (250 characters ran past
    # 100 s, a line of 128,000 never ended)
    assert furniture.is_chrome("字号｜" * 100_000 + "。") is False
    assert furniture.is_chrome("字号｜" * 100_000 + "上一版") is True
    assert furniture.is_chrome("｜".join(["字号：大 中 小", "上一版", "下一版"] * 30_000)) is True
    assert chrome_links.BARRED_CHROME.search("｜字号" * 100 + "。") is None
    assert page_heads.page_label("本" + "｜字号" * 100_000 + "。") is None  # a paragraph, never a label
    assert page_heads.page_label("当前版：05版 | 上一版 | 字号：大 中 小 | 下一版") == ("05版", "")
    assert _parsed("字号｜" * 300_000 + "。").date == "2025-06-01"


_OLD_IMAGE = re.compile(r"^image::?\S*?\[([^\]]*)\]\s*$")
_IMAGE_PIECES = st.sampled_from(["image:", "image::", ":", "[", "]", " ", "\t", "\n", "a", "株", ".png", "[[", "]]", "\u3000", "x]", "[y"])


@settings(max_examples=1000, deadline=None)
@given(st.booleans(), st.lists(_IMAGE_PIECES, max_size=12).map("".join))
def test_an_asciidoc_image_read_from_its_last_bracket_is_the_image_it_was(lead, line):
    line = "image:" + line if lead else line
    mo, mn = _OLD_IMAGE.match(line), asciidoc._IMAGE.match(line)
    assert (mo and (mo.span(), mo.groups())) == (mn and (mn.span(), mn.groups())), line


def test_an_asciidoc_image_of_a_million_brackets_is_read_once():
    # 'image:' and '[' repeated: the caption was tried from each '[', each read to the line's end (16,000 took 1.4 s)
    assert asciidoc._IMAGE.match("image:" + "[" * 1_000_000) is None
    assert asciidoc._IMAGE.match("image:" + "a]" * 500_000 + "[湘江夜景]").group(1) == "湘江夜景"
    assert asciidoc._IMAGE.match("image::night.png[湘江夜景]").group(1) == "湘江夜景"
    assert _parsed("image:" + "[" * 1_000_000).date == "2025-06-01"


_OLD_SHARE = re.compile(r"^(?:[【\[][^【】\[\]]{0,12}[】\]]\s*)*分享[到至]?\s*[:：]?\s*(?:(?:微信|微博|新浪微博|腾讯微博|QQ空间|QQ|朋友圈|豆瓣|人人网|复制链接|更多)[\s、|｜]*)*$")
_SHARE_PIECES = st.sampled_from([" ", "\u3000", "\t", "：", ":", "分享", "分享到", "至", "微信", "QQ", "QQ空间", "、", "|", "【图】", "[", "]", "x", "更多"])


@settings(max_examples=1000, deadline=None)
@given(st.lists(_SHARE_PIECES, max_size=12).map("".join))
def test_a_share_bar_with_one_run_around_its_colon_is_the_bar_it_was(line):
    mo, mn = _OLD_SHARE.match(line), furniture._SHARE.match(line)
    assert (mo and mo.span()) == (mn and mn.span()), line


def test_a_share_bar_of_a_million_spaces_is_read_once():
    # '分享' and spaces: the run was split around the missing colon (4,000 took 1.5 s, a parse of 16,000 past 60 s)
    assert furniture._SHARE.match("分享" + "\u3000" * 1_000_000 + "。") is None
    assert furniture._SHARE.match("分享到：" + "微信 " * 300_000) is not None
    assert _parsed("分享" + "\u3000" * 1_000_000 + "。").date == "2025-06-01"


_OLD_MARKER = re.compile(
    r"^([“\"‘'\s]*)[←<]*\s*[(（]?\s*上接\s*第?\s*([A-Za-zＡ-Ｚａ-ｚ]?\d{1,3}|[一二三四五六七八九十]{1,3})\s*版\s*([①-⑳])?\s*[)）]?\s*(.*)$"
)
_MARKER_PIECES = st.sampled_from([
    " ", "\u3000", "\t", "“", '"', "‘", "'", "←", "<", "(", "（", ")", "）", "上接", "第", "3", "B03", "Ｂ０３", "四", "版", "①", "x", "株洲",
])


@settings(max_examples=1000, deadline=None)
@given(st.lists(_MARKER_PIECES, max_size=12).map("".join))
def test_a_continuation_marker_read_a_run_at_a_time_is_the_marker_it_was(line):
    mo, mn = _OLD_MARKER.match(line), lines._MARKER.match(line)
    assert (mo and (mo.span(), mo.groups())) == (mn and (mn.span(), mn.groups())), line


_OLD_MASTHEAD_PART = re.compile(
    r"^\s*(?:(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|([-/.])\d{1,2}\1\d{1,2}(?!\d))\s*)?"
    r"(?:(?:星期|周)[一二三四五六日天])?\s*(?:(?:农历|農曆)\s*\S{2,12}?)?\s*(?:(?:星期|周)[一二三四五六日天])?\s*$"
)
_PART_PIECES = st.sampled_from([
    " ", "\u3000", "\t", "2025", "年", "6", "月", "1", "日", "-", "/", ".", "06", "星期", "周", "四", "农历", "農曆", "九月十三", "x",
    "2025年6月1日", "2025-6-1", "星期四",
])


@settings(max_examples=1000, deadline=None)
@given(st.lists(_PART_PIECES, max_size=10).map("".join))
def test_a_masthead_part_whose_parts_take_their_spaces_is_the_part_it_was(line):
    mo, mn = _OLD_MASTHEAD_PART.match(line), lines._MASTHEAD_PART.match(line)
    assert (mo and (mo.span(), mo.groups())) == (mn and (mn.span(), mn.groups())), line


def test_a_continuation_marker_or_masthead_part_of_a_million_spaces_is_read_once():
    # '“' and ideographic spaces: the run was split between the quotes, the arrow and the bracket (2,000 took 5.7 s
    # through a parse); the masthead's second line split its spaces four ways around its missing parts
    assert lines._MARKER.match("“" + "\u3000" * 1_000_000 + "x") is None
    assert lines._MARKER.match("“ （上接第3版） 湘江" + " " * 1_000_000).group(2, 4) == ("3", "湘江" + " " * 1_000_000)
    assert lines._MASTHEAD_PART.match("星期四" + " " * 1_000_000 + "x") is None
    assert lines._MASTHEAD_PART.match("2025年6月1日 " + " " * 1_000_000 + "农历五月初六 星期日") is not None
    assert _parsed("“" + "\u3000" * 1_000_000 + "x").date == "2025-06-01"
    issue = parse_text("株洲日报\n2025年6月1日\n星期日" + "\u3000" * 1_000_000 + "x\n株洲日报讯 神农湖畔夜跑道开放。\n", "zzrb-2025-06-01.txt")
    assert issue.date == "2025-06-01"


_OLD_FIELD_LINE = re.compile(
    r"^\s*(?:[【\[]\s*)?(标题|主标题|正标题|题目|副标题|副题|引题|肩题|版次|版面|版名|正文|内容)\s*(?:[】\]]\s*[:：]?|[:：])\s*(.*?)\s*$"
)
_OLD_KEY = re.compile(r"^\s*([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")
_FIELD_PIECES = st.sampled_from([
    " ", "\u3000", "\t", "\n", "\r", "\x0c", "【", "[", "】", "]", "：", ":", "标题", "副标题", "正文", "x", "湘江", "title", "-", "_",
])


@settings(max_examples=1000, deadline=None)
@given(st.lists(_FIELD_PIECES, max_size=12).map("".join))
def test_a_labelled_field_whose_value_ends_on_its_last_non_space_is_the_field_it_was(line):
    for old, new in ((_OLD_FIELD_LINE, epaper._FIELD_LINE), (_OLD_KEY, front_blocks._KEY)):
        mo, mn = old.match(line), new.match(line)
        assert (mo and (mo.span(), mo.groups())) == (mn and (mn.span(), mn.groups())), line


def test_a_labelled_field_with_a_million_spaces_inside_is_read_once():
    # '标题：x', spaces, 'y': the lazy value looked for the line's end after each space (8,000 took 1.3 s)
    assert epaper._FIELD_LINE.match("标题：x" + "\u3000" * 1_000_000 + "y").group(2) == "x" + "\u3000" * 1_000_000 + "y"
    assert epaper._FIELD_LINE.match("【标题】 湘江夜景" + " " * 1_000_000).group(2) == "湘江夜景"
    assert front_blocks._KEY.match("title: x" + " " * 1_000_000 + "y").group(2) == "x" + " " * 1_000_000 + "y"
    assert _parsed("标题：x" + "\u3000" * 1_000_000 + "y").date == "2025-06-01"


def _work(line_of, n: int) -> int:
    """Lines of Python a parse of n lines runs, calls counted too: a count that does not depend on the machine's speed."""
    text = "株洲日报\n2025年6月1日 星期日\n" + "\n".join(line_of(i) for i in range(n)) + "\n株洲日报讯 神农湖畔夜跑道开放。\n"
    steps = 0

    def trace(frame, event, arg):
        nonlocal steps
        steps += 1
        return trace

    sys.settrace(trace)
    try:
        parse_text(text, "zzrb-2025-06-01.txt")
    finally:
        sys.settrace(None)
    return steps


@pytest.mark.parametrize("line_of", [
    lambda i: f"食品\t{i}.5\t13.0\t上涨",  # table rows: each row joined all rows again and searched them for a repeat
    lambda i: "图为市民在神农湖畔夜跑。株洲日报全媒体记者 罗某 摄",  # captions: the text above the run looked for from each
    lambda i: f"——记株洲某某厂的技术工人{i}",  # decks: each line of the run compared with each kicker line
    lambda i: "湘江夜景灯光改造完成" if i == 0 else f"——记株洲某某厂的技术工人{i}",  # under a title: each compared with each deck
], ids=["table rows", "captions", "decks", "decks under a title"])
def test_a_run_of_one_kind_of_line_costs_work_in_proportion_to_its_length(line_of):
    # 2,000 table rows took 0.55 s and 8,000 6.9 s; 4,000 decks 3.2 s and 8,000 past 60 s: four times the lines
    # now take 3.6-3.9 times the steps (6.6-10.5 times before, on their way to sixteen)
    small, big = _work(line_of, 300), _work(line_of, 1200)
    assert big < 5 * small, (small, big)


_OLD_LED_META = re.compile(
    r"^\s*(?:(?:株洲日报|株洲晚报)|(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|第?\s*[A-Za-z]?\d{1,2}\s*版|[|｜/·\s])+作者\s*[:：]"
)
_LED_PIECES = st.sampled_from([
    " ", "\u3000", "\t", "株洲日报", "株洲晚报", "2025-10-11", "2025年10月11日", "第", "A03", "3", "版", "|", "｜", "/", "·", "作者",
    "：", ":", "x", "12", "第A03版",
])


@settings(max_examples=1000, deadline=None)
@given(st.lists(_LED_PIECES, max_size=12).map("".join))
def test_a_led_author_line_whose_parts_take_their_spaces_is_the_line_it_was(line):
    mo, mn = _OLD_LED_META.match(line), epaper._LED_META.match(line)
    assert (mo and mo.span()) == (mn and mn.span()), line


def test_a_led_author_line_of_a_million_spaces_is_read_once():
    # '株洲日报', spaces, 'x作者：': a space could be a part of its own or open a page code (1,000 took 46 ms, 2,000
    # past 30 s with other pieces)
    assert epaper._LED_META.match("株洲日报" + " " * 1_000_000 + "x作者：") is None
    assert epaper._LED_META.match("株洲日报 2025-10-11 第A03版" + " " * 1_000_000 + "作者：罗某") is not None
    assert epaper.is_meta("株洲日报" + " " * 1_000_000 + "x作者：罗某") is False
