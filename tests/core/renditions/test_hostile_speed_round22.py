"""Hostile inputs that made the parser's patterns quadratic (hardening round 22).

Each test feeds a size at which the old pattern ran for minutes and the new
one finishes at once; none asserts on time. Each rewritten pattern is checked
against the old one on generated lines: it must find exactly what it found.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from zzreader.core import bylines, title_marks
from zzreader.core.parse import parse_text
from zzreader.core.renditions import epaper, ocr_marks, page_heads

_PIECES = st.sampled_from([" ", "\u3000", "\t", "|", "｜", "\n", "x", "株", "  ", "\u3000\u3000"])


@settings(max_examples=1500, deadline=None)
@given(st.lists(_PIECES, max_size=14).map("".join))
def test_a_column_rule_tried_from_a_run_first_space_is_the_rule_it_was(line):
    old = re.compile(r"[ \t\u3000]+[|｜]\s*$")
    assert ocr_marks._RULE_END.sub("", line) == old.sub("", line)
    mo, mn = old.search(line), ocr_marks._RULE_END.search(line)
    assert (mo and mo.span()) == (mn and mn.span())


def test_a_line_padded_with_a_million_spaces_before_a_bar_is_read_once():
    # the column rule at a line's end was tried from each space of the run: 100,000 spaces took minutes
    line = "记者 汤某" + " " * 1_000_000 + "|要闻"
    assert ocr_marks._RULE_END.search(line) is None
    assert ocr_marks._RULE_END.search("株洲日报讯 正文" + "\u3000" * 1_000_000 + "｜").start() == 8
    text = "株洲日报\n2025年6月1日 星期日\n株洲日报讯 湘江风光带夜景灯光改造完成。\n" + line + "\n"
    assert parse_text(text, "zzrb-2025-06-01.txt").date == "2025-06-01"


_BYLINE_PIECES = st.sampled_from([" ", "\u3000", "\t", "\n", "  ", "文", "图", "/", "／", "·", "摄", "摄影", "报道", "供图", "整理", "汤某", "x"])


@settings(max_examples=2000, deadline=None)
@given(st.lists(_BYLINE_PIECES, max_size=12).map("".join))
def test_byline_ends_tried_from_a_run_first_space_find_what_they_found(text):
    old_photo = re.compile(r"\s*(摄影报道|摄影?|供图|图|报道|整理)\s*$")
    old_both = re.compile(r"\s+(?:文\s*[/、／·・|｜]\s*图|图\s*[/、／·・|｜]\s*文|文\s+图|图\s+文|文图|图文)\s*$")
    for old, new in ((old_photo, bylines._PHOTO_END), (old_both, bylines._WORDS_AND_PICTURES_END)):
        mo, mn = old.search(text), new.search(text)
        assert (mo and (mo.span(), mo.groups())) == (mn and (mn.span(), mn.groups()))
        assert new.sub("", text) == old.sub("", text)


def test_a_byline_padded_with_a_million_spaces_is_read_once():
    # '记者 汤某' + spaces + 'x': both ends ('摄', '文/图') were tried from each space of the run (minutes for 100,000)
    for pad in (" ", "\u3000", "\t"):
        line = "记者 汤某" + pad * 1_000_000 + "x"
        assert bylines._PHOTO_END.search(line) is None and bylines._WORDS_AND_PICTURES_END.search(line) is None
    assert bylines.parse_credit("记者 汤某 文/图").photographers == ["汤某"]
    assert bylines.parse_credit("记者 谭某 摄").photographers == ["谭某"]


# the page line's tail before round 22: '\s*' then '[\s\u3000]+' split a run of spaces every way
_OLD_PAGE_TAIL = re.compile(r"^(?:第\s*[A-Za-z]?\d{1,2}|[A-Za-z]\d{1,2})\s*版\s*(?:[:：]|[\s\u3000]+[\u4e00-\u9fff·]{2,10}\s*$)")
_NEW_PAGE_TAIL = re.compile(epaper._PAGE_LINE.pattern.split(")?(?:第")[-1].join(["^(?:第", ""]))
_PAGE_PIECES = st.sampled_from([" ", "\u3000", "\t", "第", "A", "4", "12", "版", "：", ":", "要闻", "城事", "·", "x", "\n"])


@settings(max_examples=2000, deadline=None)
@given(st.lists(_PAGE_PIECES, max_size=12).map("".join))
def test_a_page_line_tail_in_two_branches_matches_what_it_matched(text):
    mo, mn = _OLD_PAGE_TAIL.match(text), _NEW_PAGE_TAIL.match(text)
    assert (mo and mo.span()) == (mn and mn.span())


_MARK_PIECES = st.sampled_from([" ", "\u3000", "\t", "（", "）", "(", ")", "【", "】", "[", "]", "图", "组图", "视频", "开幕", "x"])


@settings(max_examples=2000, deadline=None)
@given(st.lists(_MARK_PIECES, max_size=12).map("".join))
def test_a_media_mark_tried_from_a_run_first_space_is_the_mark_it_was(text):
    media = r"(?:图|组图|多图|图文|图片|高清组图|视频|音频|附视频|附图|图\+视频|视频\+图)"
    old = re.compile(r"\s*(?:[（(]\s*" + media + r"\s*[)）]|[\[【［〔]\s*" + media + r"\s*[\]】］〕])\s*$")
    mo, mn = old.search(text), title_marks._MEDIA_MARK.search(text)
    assert (mo and mo.span()) == (mn and mn.span())


def test_a_page_line_and_a_headline_padded_with_a_million_spaces_are_read_once():
    # '第4版' + spaces + 'x' split the run between two space classes every way; '|' + spaces + 'x' tried a media mark
    # from each space: 100,000 spaces took minutes each
    for pad in (" ", "\u3000", "\t"):
        assert epaper._PAGE_LINE.match("第4版" + pad * 1_000_000 + "x") is None
        assert title_marks.strip_media_mark("|" + pad * 1_000_000 + "x").endswith("x")
    assert epaper._PAGE_LINE.match("第4版" + " " * 1_000_000 + "要闻")
    assert title_marks.strip_media_mark("株洲冬季长跑节周日开跑" + " " * 1_000_000 + "（图）") == "株洲冬季长跑节周日开跑"
    assert epaper.looks_like(["第4版" + " " * 1_000_000 + "x"] * 3) in (True, False)


_OLD_WORDS_THEN_PICTURES = re.compile(r"^\s*文\s*[/:：／]\s*(.+?)\s+图(?:片)?\s*[/:：／]\s*(.+?)\s*$")
_OLD_WORDS_THEN_PICTURES_AFTER = re.compile(r"^\s*(.+?)\s*[/／]\s*文\s+(.+?)\s*[/／]\s*图\s*$")
_CREDIT_PIECES = st.sampled_from([" ", "\u3000", "\t", "\n", "  ", "文", "图", "图片", "/", "／", "：", "汤某", "记者 谭某", "x", " /", "/ "])


@settings(max_examples=4000, deadline=None)
@given(st.lists(_CREDIT_PIECES, max_size=14).map("".join))
def test_names_between_credit_marks_are_the_names_they_were(text):
    for old, new in ((_OLD_WORDS_THEN_PICTURES, bylines._WORDS_THEN_PICTURES), (_OLD_WORDS_THEN_PICTURES_AFTER, bylines._WORDS_THEN_PICTURES_AFTER)):
        mo, mn = _named(old.match(text)), _named(new.match(text))
        assert (mo and (mo.span(), mo.groups())) == (mn and (mn.span(), mn.groups())), text


def _named(m: re.Match | None) -> re.Match | None:
    """A match that names someone: '文/  图/ ' gives blanks for names, which no credit reads as a name."""
    return m if m and all(g.strip() for g in m.groups()) else None


def test_credit_marks_around_a_million_spaces_are_read_once():
    # '文/汤某' + spaces + '谭某/图': each name between marks was tried ending at each space, then the run read again
    # to its end (minutes for 100,000)
    for pad in (" ", "\u3000", "\t"):
        for line in ("文/汤某" + pad * 1_000_000 + "x", "汤某/文" + pad * 1_000_000 + "x/图x", "株洲日报" + pad * 1_000_000 + "文/图",
                     "汤某" + pad * 1_000_000 + "x/文 谭某/图x"):
            assert bylines._WORDS_THEN_PICTURES.match(line) is None and bylines._WORDS_THEN_PICTURES_AFTER.match(line) is None
        wide = "文/汤某 图/谭某" + pad * 1_000_000 + "x"
        assert bylines._WORDS_THEN_PICTURES.match(wide).groups() == ("汤某", wide[7:])
    assert bylines._WORDS_THEN_PICTURES_AFTER.match("汤某/文" + " " * 1_000_000 + "谭某/图").groups() == ("汤某", "谭某")
    assert bylines.parse_credit("文/记者 汤某 图/谭某").photographers == ["谭某"]


_NAME_PIECES = st.sampled_from([" ", "\u3000", "、", "，", ",", "谭某", "雅文", "通讯员", "记者", "株洲日报", "株洲日报记者", "李红", "x"])


@settings(max_examples=2000, deadline=None)
@given(st.lists(_NAME_PIECES, max_size=12).map("".join))
def test_names_stop_before_the_next_role_where_they_stopped(names):
    old = re.compile(rf"[ \u3000、,，]*(?:{bylines._OUTLET})?(?:{bylines._ROLE})")
    m = old.search(names)
    assert bylines._names_before_next_role(names) == (names[: m.start()] if m else names)


def test_names_padded_with_a_million_spaces_are_read_once():
    # the next role was looked for from each space of the run: 100,000 spaces took minutes
    for pad in (" ", "\u3000", "、"):
        names = "谭某" + pad * 1_000_000 + "x"
        assert bylines._names_before_next_role(names) == names
    assert bylines._names_before_next_role("谭雅文" + " " * 1_000_000 + "通讯员李红") == "谭雅文"


_OLD_PAGE_LABEL = re.compile(
    r"^\s*((?:第\s*)?(?:[A-H]\d{1,2}|\d{1,2})\s*版|[A-H]\d{1,2}(?![\dA-Za-z]))"
    r"(?:\s*[·・|｜:：]?\s*([\u4e00-\u9fff]{2,8}(?:[·・][\u4e00-\u9fff]{2,8})?|[\u4e00-\u9fff](?: {1,2}[\u4e00-\u9fff]){1,3}(?![\u4e00-\u9fff])))?"
    r"((?:\s+" + page_heads._ROLE + r"\s*[:：]?\s*" + page_heads._NAME + r")*)"
    r"(?:\s+(?:广告接待热线|广告热线|新闻热线|热线)\s*[:：]?\s*[\d\-—、，, ]*)?\s*$"
)
_LABEL_PIECES = st.sampled_from([" ", "\u3000", "\t", "\n", "第", "4", "A03", "版", "·", "|", "：", ":", "要闻", "城事", "责任编辑",
                                 "编辑", "汤某", "胡 静", "热线", "广告热线", "0731-2882", "、", ",", "x"])


@settings(max_examples=4000, deadline=None)
@given(st.lists(_LABEL_PIECES, max_size=14).map("".join))
def test_a_page_label_without_split_runs_reads_as_it_read(text):
    mo, mn = _OLD_PAGE_LABEL.match(text), page_heads._PAGE_LABEL.match(text)
    assert (mo and (mo.span(), mo.groups())) == (mn and (mn.span(), mn.groups())), text


def test_a_page_label_padded_with_a_million_spaces_is_read_once():
    # '第4版' + spaces + 'x': the separator's two '\s*' split the run every way (minutes for 100,000; the parse of
    # such a line ran past 8 s at 100,000)
    for pad in (" ", "\t", "\u3000"):
        assert page_heads._PAGE_LABEL.match("第4版" + pad * 1_000_000 + "x") is None
        assert page_heads._PAGE_LABEL.match("第4版 广告热线：" + pad * 1_000_000 + "x") is None
        assert page_heads.page_label("A03" + pad * 1_000_000 + "x") is None
    assert page_heads._PAGE_LABEL.match("A3  城事" + " " * 1_000_000 + "责任编辑：汤某").group(3).endswith("责任编辑：汤某")


_OLD_RUNNING_PAPER = re.compile(
    r"^\s*[【〔\[]?(?:株洲日报|株洲晚报)(?:数字报刊平台|数字报刊|数字报|电子版|电子报|數字報|電子版|電子報)?[】〕\]]?\s*[|｜·•]?\s*"
    r"(?=(?:19|20)\d{2}\s*年|[A-Za-z]?\d{1,2}\s|第\s*[A-Za-z]?\d{1,2}\s*版)"
)
_PAPER_PIECES = st.sampled_from([" ", "\u3000", "\t", "株洲日报", "数字报", "【", "】", "|", "·", "2025", "年", "A", "4", "第", "版", "x"])


@settings(max_examples=3000, deadline=None)
@given(st.lists(_PAPER_PIECES, max_size=12).map("".join))
def test_a_running_paper_name_without_split_runs_reads_as_it_read(text):
    mo, mn = _OLD_RUNNING_PAPER.match(text), page_heads._RUNNING_PAPER.match(text)
    assert (mo and mo.span()) == (mn and mn.span()), text


def test_a_running_paper_name_padded_with_a_million_spaces_is_read_once():
    # '株洲日报' + spaces + 'x': the bar's two '\s*' split the run every way (the parse ran past 8 s at 100,000)
    for pad in (" ", "\t", "\u3000"):
        assert page_heads._RUNNING_PAPER.match("株洲日报" + pad * 1_000_000 + "x") is None
    assert page_heads._RUNNING_PAPER.match("株洲日报" + " " * 1_000_000 + "第4版").end() == 1_000_004


_RULE_PIECES = st.sampled_from(["-", "━", "=", "*", "～", "--", "━━━━━━━━", "-" * 40, " ", "\u3000", "\n", "第A01版", "要闻", "x"])


@settings(max_examples=4000, deadline=None)
@given(st.lists(_RULE_PIECES, max_size=10).map("".join))
def test_a_ruled_label_read_from_the_rule_last_characters_is_the_label_it_was(text):
    m = page_heads._RULED_LABEL.match(text)
    assert page_heads._ruled_label(text) == (m.group(1) if m else None), text


def test_a_rule_a_million_characters_long_is_read_once():
    # the label was tried after every length of the rule, each reading the rest of it: 4,000 dashes took 6 s
    for rule in ("-", "*", "━", "～"):
        assert page_heads._ruled_label(rule * 1_000_000 + "x") is None
        assert page_heads._ruled_label(rule * 1_000_000 + " 第A01版　要闻 " + rule * 1_000_000) == "第A01版　要闻"
    assert page_heads._ruled_label("-" * 1_000_000) == "--"
    assert page_heads.page_label("━━━━ 第A01版　要闻 ━━━━") is not None
