"""Hostile inputs that made the parser's newer passes slow (hardening round 21).

Each test feeds a size at which the old pattern or loop ran for minutes (or
for ever) and the new one finishes at once; none asserts on time. The
before/after figures are in the commit message that fixed each one.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from zzreader.core import date_lines, decode
from zzreader.core.parse import parse_text
from zzreader.core.renditions import (
    bbcode,
    cms_chrome,
    enex,
    furniture,
    hidden_blocks,
    mail_quotes,
    markup,
    page_heads,
    pdf_text,
)
from zzreader.core.renditions.feeds import EMPTY
from zzreader.core.renditions.joined_text import EDGE, JoinedText
from zzreader.core.renditions.model import SourceLine

# the patterns bbcode.py read pairs with before: the one-pass readers must find exactly what they found
_OLD_PAIRED = re.compile(r"\[(b|size|color|font|align|url|img|quote)(?:=[^\]\n]{0,80})?\].*?\[/\1\]", re.IGNORECASE)
_OLD_DROP = re.compile(r"\[(img|attach)(?:=[^\]]*)?\].*?\[/\1\]", re.IGNORECASE)
_OLD_URL = re.compile(r"\[url(?:=[^\]]*)?\](.*?)\[/url\]", re.IGNORECASE)
_BB_PIECES = st.sampled_from([
    "[b]", "[/b]", "[B]", "[/B]", "[img]", "[/img]", "[IMG=", "[attach]", "[/attach]", "[url=", "[url]", "[/url]",
    "[/URL]", "]", "[", "=", "渌", "口", "[size=3]", "[/size]", "[quote]", "[/quote]", "[b=", "/", "[/",
])


@settings(max_examples=1500, deadline=None)
@given(st.lists(_BB_PIECES, max_size=14).map("".join))
def test_bbcode_pairs_read_in_one_pass_find_what_the_patterns_found(line):
    assert bbcode._paired(line) == bool(_OLD_PAIRED.search(line))
    assert bbcode._unpair(line, bbcode._PICTURE, keep=False) == _OLD_DROP.sub("", line)
    assert bbcode._unpair(line, bbcode._LINK, keep=True) == _OLD_URL.sub(r"\1", line)


def test_fifty_thousand_unclosed_bbcodes_on_a_line_are_read_once():
    # each unclosed '[b]' or '[img]' was read to the line's end: 20,000 of them took 27 s, 50,000 minutes
    post = ["[b]渌口古镇春节民俗活动[/b]", "[size=4]株洲日报讯 正文。[/size]", "[b]" * 50_000 + "[/i]", "[img]" * 50_000 + "[url=a" * 50_000]
    out, _ = bbcode.rewrite(post, [])
    assert out[0] == "<p><strong>渌口古镇春节民俗活动</strong></p>"
    assert out[2] == "<p>" + "<strong>" * 50_000 + "</em></p>" and "[img]" not in out[3] and out[3].count("[url=a") == 50_000


def test_a_window_title_naming_forty_sites_is_no_furniture_and_does_not_hang():
    # '株洲新闻网' was both a named site and one of the 2 to 8 characters before 网: 2^40 ways to fail on the ' x'
    title = "湘江风光带夜景灯光改造完成" + " - 株洲新闻网" * 40 + " x"
    assert furniture._WINDOW_TITLE.match(title) is None
    assert furniture._WINDOW_TITLE.match("湘江风光带夜景灯光改造完成 - 株洲日报 - 株洲新闻网")
    assert furniture._WINDOW_TITLE.match("湘江风光带夜景灯光改造完成_株洲新闻网")
    issue = parse_text(title + "\n株洲日报\n2025年6月1日 星期日\n株洲日报讯 湘江风光带夜景灯光改造完成。\n", "zzrb-2025-06-01.txt")
    assert issue.date == "2025-06-01"


def test_twenty_thousand_unclosed_furniture_elements_are_matched_in_one_pass():
    # each was followed to the page's end looking for its closing tag: 20,000 of them ran for minutes
    lines = ["<html><body>", *['<div class="sidebar">近期文章'] * 20_000, "<p>株洲日报讯 正文。</p>"]
    assert cms_chrome.blank(lines) == lines
    nested = ["<html><body>", *['<div class="sidebar">'] * 20_000, *["</div>"] * 20_000, "<p>株洲日报讯 正文。</p>"]
    assert cms_chrome.blank(nested) == ["<html><body>", *[""] * 40_000, "<p>株洲日报讯 正文。</p>"]


def test_a_widget_closed_after_an_unclosed_one_is_still_blanked():
    lines = ["<body>", '<div class="sidebar">', '<div class="widget">归档', "</div>", "<p>正文。</p>"]
    assert cms_chrome.blank(lines) == ["<body>", '<div class="sidebar">', "", "", "<p>正文。</p>"]


def test_a_paragraph_of_wrapped_lines_is_never_copied_whole_per_line(monkeypatch):
    # every wrapped line was glued onto the whole paragraph: 100,000 lines of one paragraph (one-line ads) took minutes
    seen: list[int] = []
    glue = pdf_text.glue

    def measured(paragraph: str, text: str) -> str:
        seen.append(len(paragraph))
        return glue(paragraph, text)

    monkeypatch.setattr(pdf_text, "glue", measured)
    lines = [SourceLine(k + 1, f"记者：张三{k}") for k in range(5_000)]
    out = pdf_text.unwrap(lines, [])
    assert "".join(b.text for b in out) == "".join(f"记者：张三{k}" for k in range(5_000))
    assert max(b.end - b.no for b in out) > 4_900 and max(seen) <= 2 * EDGE


def test_joined_text_keeps_every_piece_and_shows_both_ends():
    joined, whole = JoinedText("株洲"), "株洲"
    for k in range(3_000):
        joined.add(f"第{k}段，")
        whole += f"第{k}段，"
        view = joined.view()
        assert view == whole if len(whole) <= 2 * EDGE else view == whole[:EDGE] + whole[-EDGE:]
    joined.add("")
    assert joined.text() == whole


def test_a_line_of_unclosed_tags_is_searched_only_up_to_its_last_close():
    # each '<div' or '<content' read the rest of the line for a '>': 20,000 of them took 2 s, 100,000 about a minute
    assert not markup.looks_like(["株洲日报讯 湘江风光带。", "<div id=" + "<div" * 100_000])
    export = ["<en-export>", "<content" * 100_000, "<?xml" * 100_000 + ">", "<note><content><![CDATA[<en-note><div>株洲日报讯 正文。</div></en-note>]]></content></note>"]
    out, _ = enex.rewrite(export, [])
    assert out[-1] == "<div>株洲日报讯 正文。</div>" and out[1] == out[2] == EMPTY


def test_an_evernote_note_loses_only_its_wrappers():
    note = '<content><![CDATA[<?xml version="1.0"?><!DOCTYPE en-note SYSTEM "x"><en-note><div>渌口古镇。</div><en-media hash="1"/></en-note>]]></content>'
    assert enex.rewrite(["<en-export>", note], [])[0] == [EMPTY, "<div>渌口古镇。</div>"]


def _old_header_end(raw_lines: list[str]) -> int | None:
    """renditions/mail_quotes.py's header search as it was: the run of fields followed again from every line."""
    for k, line in enumerate(raw_lines):
        named = bool(mail_quotes._SEPARATOR.match(line))
        first = k + 1 if named or mail_quotes._RULE.match(line) else k
        end = first
        while end < len(raw_lines) and mail_quotes._FIELD.match(raw_lines[end]):
            end += 1
        fields = raw_lines[first:end]
        if any(mail_quotes._SENDER.match(f) for f in fields) and any(mail_quotes._ADDRESSED.match(f) for f in fields):
            return end - 1
        if named and not fields:
            return k
    return None


_MAIL_LINES = st.sampled_from(["-----原始邮件-----", "发件人: 甲", "From: b", "收件人: 乙", "主题: 丙", "Date: x", "日期：丁", "_" * 12, "> 正文", "正文", "", "To: t"])


@settings(max_examples=1500, deadline=None)
@given(st.lists(_MAIL_LINES, max_size=12))
def test_a_mail_header_read_from_the_bottom_up_ends_where_it_did(lines):
    assert mail_quotes._header_end(lines) == _old_header_end(lines)


def test_twenty_thousand_date_lines_are_no_mail_header_and_read_once():
    # 'date: …' is a mail field: the run of them was followed again from each one (4,000 took 9 s, 20,000 minutes)
    lines = ["---", *["date: 2026-02-30"] * 20_000, "---", "# 湘江风光带", "株洲日报讯 正文。"]
    assert mail_quotes.unquote(lines, []) is None
    assert mail_quotes._header_end([*lines, "发件人: 甲", "主题: 乙"]) == len(lines) + 1


def test_a_page_head_padded_with_a_hundred_thousand_spaces_is_read_once():
    # every separator pattern ('\s*[|｜]\s*', a trailing date, the yearless head) read the run from each of its
    # spaces: 20,000 took 39 s to parse, 100,000 hours
    head = "3月6日　星期五　第4版" + "\u3000" * 100_000 + "要闻"
    assert page_heads.YEARLESS_HEAD.match(page_heads.flat(head)).group(1) == "要闻"
    assert date_lines.drop_trailing_date("株洲日报讯" + " " * 100_000 + "x") == "株洲日报讯" + " " * 100_000 + "x"
    assert date_lines.drop_trailing_date("株洲日报讯   2025年6月1日") == "株洲日报讯"
    assert page_heads.flat("株洲日报 | 2025年2月12日 星期三 |" + " " * 100_000 + "x").endswith(" x")


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from([" ", "\u3000", "|", "／", " / ", "-", " — ", ">", "第", "12345", "期", "（", "）", "要闻", "x"]), max_size=12).map("".join))
def test_separators_tried_from_a_run_of_spaces_first_space_cut_what_they_cut(text):
    old = {
        "_BAR": re.compile(r"\s*[|｜]\s*|\s+[/／]\s+"), "_DASH_SEP": re.compile(r"\s+[-—–]\s+"),
        "_CRUMB_SEP": re.compile(r"\s*(?:>|＞|»|›|→|&gt;)\s*"), "_ISSUE_NUMBER": re.compile(r"\s*[（(]?(?:总)?第\s*\d{3,6}\s*期[）)]?\s*"),
    }
    for name, pattern in old.items():
        assert getattr(page_heads, name).sub("#", text) == pattern.sub("#", text)


def test_a_line_of_three_hundred_thousand_link_openings_is_no_link_line_and_read_once():
    # each '<a' read the rest of the line for a '>' and a '</a>' (minutes); a real link line still reads as one
    assert not hidden_blocks.is_link_line("<a" * 300_000)
    assert not hidden_blocks.is_link_line("<a href=x>" + "<" * 300_000)
    assert hidden_blocks.is_link_line('<a href="/">首页</a> | <a href="/a03">往期回顾</a>')
    assert not hidden_blocks.is_link_line('<a href="/author/12">株洲日报全媒体记者 张三</a>')


def test_twenty_thousand_unclosed_scripts_are_followed_to_the_end_once():
    # each '<script>' line was followed to the file's end for its closing tag: 20,000 of them, 200 million searches
    assert hidden_blocks.spans(["<script>"] * 20_000 + ["株洲日报讯 正文。"]) == set()
    assert hidden_blocks.spans(["<p>正文</p>", "<script>", "<script>", "var a;", "</script>", "<p>正文</p>"]) == {1, 2, 3, 4}


_OLD_UNSEEN = re.compile(r"<(style|script)\b[^>]*>.*?</\1\s*>|<!--.*?-->|<[A-Za-z/!][^<>]{0,2000}>", re.IGNORECASE | re.DOTALL)
_MARKUP_PIECES = st.sampled_from([
    "<script>", "<SCRIPT a=1>", "</script>", "</Script  >", "</script", "<style>", "</style>", "<!--", "-->", "<p>", "</p>",
    "<", ">", " ", "\n", "渌", "<scriptx>", "<b", "--", "<!", "\u212a", "<\u212a>",
])


@settings(max_examples=1500, deadline=None)
@given(st.lists(_MARKUP_PIECES, max_size=14).map("".join))
def test_unseen_markup_cut_in_one_pass_is_what_the_pattern_cut(text):
    assert decode._without_unseen(text) == _OLD_UNSEEN.sub(" ", text)


def test_fifty_thousand_unclosed_scripts_are_counted_out_once():
    # the Chinese-share check read the rest of the file from every unclosed '<script>' (10,000 took 8 s)
    page = "<script>\n" * 50_000 + "<p>株洲日报讯 湘江风光带夜景灯光改造完成。</p>\n" + "<!--" * 50_000
    assert decode._without_unseen(page) == " \n" * 50_000 + " 株洲日报讯 湘江风光带夜景灯光改造完成。 \n" + "<!--" * 50_000
