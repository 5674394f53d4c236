"""Hostile inputs that made the parser's patterns quadratic (hardening round 22).

Each test feeds a size at which the old pattern ran for minutes and the new
one finishes at once; none asserts on time. Each rewritten pattern is checked
against the old one on generated lines: it must find exactly what it found.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from zzreader.core import bylines
from zzreader.core.parse import parse_text
from zzreader.core.renditions import ocr_marks

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
    old_both = re.compile(r"\s+(?:文\s*[/、／·・|｜]\s*图|图\s*[/、／·・|｜]\s*文)\s*$")
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
