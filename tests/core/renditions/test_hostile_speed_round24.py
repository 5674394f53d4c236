"""Hostile inputs that made the parser's patterns quadratic (hardening round 24).

Each test feeds a size at which the old code ran for minutes or hours and the
new code finishes at once; none asserts on time. Each rewritten pattern is
checked with hypothesis against the old one: it must find exactly what it found.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from zzreader.core import lines
from zzreader.core.parse import parse_text
from zzreader.core.renditions import cms_meta, columns, markup

_HEAD = "株洲日报\n2025年6月1日 星期日\n株洲日报讯 湘江风光带夜景灯光改造完成。\n"


def _parsed(line: str):
    return parse_text(_HEAD + line + "\n株洲日报讯 神农湖畔夜跑道开放。\n", "zzrb-2025-06-01.txt")


_OLD_GUTTER = re.compile(r"[ \u3000]+[│┃｜][ \u3000]+")
_GUTTER_PIECES = st.sampled_from([" ", "\u3000", "\t", "│", "┃", "｜", "|", "  ", "\u3000\u3000", "食品", "x", "\n"])


@settings(max_examples=1500, deadline=None)
@given(st.lists(_GUTTER_PIECES, max_size=14).map("".join))
def test_a_gutter_tried_only_where_a_run_of_spaces_begins_is_the_gutter_it_was(text):
    assert [m.span() for m in columns._GUTTER.finditer(text)] == [m.span() for m in _OLD_GUTTER.finditer(text)]
    assert columns._GUTTER.sub("\u3000" * 4, text) == _OLD_GUTTER.sub("\u3000" * 4, text)


def test_a_column_rule_before_a_million_spaces_is_read_once():
    # '│' + spaces + 'x': the gutter was tried from each space of the run, each reading it to its end (20,000 spaces
    # ran past 4 s; a million, hours)
    for rule in ("│", "┃", "｜"):
        for pad in (" ", "\u3000"):
            assert columns.cells(rule + pad * 1_000_000 + "x") == [rule, "x"]
    assert columns.cells("食品" + " " * 1_000_000 + "│ 株洲某某") == ["食品", "株洲某某"]
    assert _parsed("│" + " " * 1_000_000 + "x").date == "2025-06-01"


_OLD_PIPE_ROW = re.compile(r"^\|\s*([^|]{1,6}?)\s*\|\s*([^|]*?)\s*\|?$")
_PIPE_PIECES = st.sampled_from([" ", "\u3000", "\t", "\n", "|", "||", "| ", " |", "标题", "作者", "x", "汤某", "  ", "稿件标题"])


@settings(max_examples=1500, deadline=None)
@given(st.lists(_PIPE_PIECES, max_size=14).map("".join))
def test_a_markdown_field_row_read_without_a_pattern_has_the_cells_it_had(text):
    m = _OLD_PIPE_ROW.match(text)
    assert cms_meta._pipe_row(text) == (m.groups() if m else None), text


def test_a_markdown_field_row_padded_with_a_million_spaces_is_read_once():
    # '|' + spaces + 'x': the spaces around the first cell were split every way (20,000 ran past 4 s); a second
    # cell holding a run of spaces was read again from each of its spaces (4,000 took 0.7 s)
    for pad in (" ", "\u3000", "\t"):
        assert cms_meta._pipe_row("|" + pad * 1_000_000 + "x") is None
        assert cms_meta._pipe_row("| 标题 | a" + pad * 1_000_000 + "b") == ("标题", "a" + pad * 1_000_000 + "b")
        assert cms_meta._pipe_row("| 标题 |" + pad * 1_000_000 + "|b") is None
    assert cms_meta._field("| 稿件标题 | 湘江夜景灯光改造完成 |") == ("稿件标题", "湘江夜景灯光改造完成")
    assert _parsed("|" + " " * 1_000_000 + "x").date == "2025-06-01"


def test_a_source_line_padded_with_a_million_spaces_is_read_once():
    # '来源：' + spaces + 'x': the source at a credit's end was tried from each space of the run (20,000 ran past
    # 4 s), for a line far longer than any credit
    for pad in (" ", "｜"):
        issue = _parsed("来源：" + pad * 1_000_000 + "x")
        assert issue.date == "2025-06-01" and not any(article.reporters for article in issue.articles)
    issue = _parsed("湘江夜景灯光改造完成\n作者：株洲日报全媒体记者 罗某 | 来源：株洲日报\n记者从市城管局获悉，改造已完成。")
    assert ["罗某"] in [article.reporters for article in issue.articles]


_OLD_HEADING = re.compile(r"^\s{0,3}(#{1,6})(?:\s+(.*?)\s*#*|(?=[\u4e00-\u9fff“‘《（【])([^#]*?))\s*$")
_HEADING_PIECES = st.sampled_from([" ", "\u3000", "\t", "\n", "\r", "#", "##", "#######", "株", "标题", "“", "x", "{#x}", "  ", "###  "])


@settings(max_examples=2000, deadline=None)
@given(st.lists(_HEADING_PIECES, max_size=14).map("".join))
def test_a_heading_read_a_run_at_a_time_is_the_heading_it_was(text):
    mo, mn = _OLD_HEADING.match(text), markup._HEADING.match(text)
    assert (mo and (mo.span(), mo.groups())) == (mn and (mn.span(), mn.groups())), text


_OLD_PIPE_DELIMITER = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")
_DELIMITER_PIECES = st.sampled_from([" ", "\t", "\n", "|", "-", "---", ":", ":---:", " | ", "x"])


@settings(max_examples=1000, deadline=None)
@given(st.lists(_DELIMITER_PIECES, max_size=12).map("".join))
def test_a_table_delimiter_row_without_split_runs_is_the_row_it_was(text):
    mo, mn = _OLD_PIPE_DELIMITER.match(text), markup._PIPE_DELIMITER.match(text)
    assert (mo and mo.span()) == (mn and mn.span()), text


def test_a_markdown_heading_or_table_row_padded_with_a_million_spaces_is_read_once():
    # '# 株' + spaces + 'x': the closing '#' and its spaces were tried at every length of the title, each run split
    # every way (1,000 spaces took 7 s, 10,000 hours); ' ' * N + '|x' split its run around the missing bar (8,000: 5 s)
    for pad in (" ", "\u3000", "#"):
        line = "# 株" + pad * 1_000_000 + "x"
        assert markup._HEADING.match(line).group(2) == line[2:]
        unspaced = markup._HEADING.match("#株" + pad * 1_000_000 + "x")
        assert unspaced is None if pad == "#" else unspaced.group(3) == line[2:]
    assert markup._HEADING.match("## 标题" + " " * 1_000_000 + "##").group(2) == "标题"
    assert markup._PIPE_DELIMITER.match(" " * 1_000_000 + "|x") is None
    assert markup._PIPE_DELIMITER.match("|---|---" + " " * 1_000_000 + "x") is None
    assert markup._ATTRS.search("标题" + " " * 1_000_000 + "x") is None
    assert markup._ATTRS.search("标题" + " " * 1_000_000 + "{#sec-1}").start() == 2
    issue = parse_text("# 株洲日报 2025年6月1日\n\n## 湘江夜景灯光改造完成" + " " * 1_000_000 + "x\n\n株洲日报讯 改造已于昨日完成。\n",
                       "zzrb-2025-06-01.md")
    assert issue.date == "2025-06-01"


_OLD_ATTRS = re.compile(r"\s*\{[#.][^{}]*\}\s*$")
_ATTR_PIECES = st.sampled_from([" ", "\u3000", "\t", "\n", "{", "}", "{#", "{.", "#", ".", "sec-1", "标题", "x"])


@settings(max_examples=1500, deadline=None)
@given(st.lists(_ATTR_PIECES, max_size=12).map("".join))
def test_heading_attributes_tried_where_a_run_begins_are_the_attributes_they_were(text):
    mo, mn = _OLD_ATTRS.search(text), markup._ATTRS.search(text)
    assert (mo and mo.span()) == (mn and mn.span()), text


_OLD_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")


@settings(max_examples=1500, deadline=None)
@given(st.lists(_HEADING_PIECES, max_size=14).map("".join))
def test_a_heading_line_read_a_run_at_a_time_is_the_heading_it_was(text):
    mo, mn = _OLD_MD_HEADING.match(text), lines._MD_HEADING.match(text)
    assert (mo and (mo.span(), mo.groups())) == (mn and (mn.span(), mn.groups())), text


def test_a_heading_line_padded_with_a_million_spaces_is_read_once():
    # pass one read '## 标题' + spaces + 'x' as the markup rendition did: 1,000 spaces took seconds, 20,000 hours
    for pad in (" ", "\u3000", "#"):
        assert lines._MD_HEADING.match("## 株" + pad * 1_000_000 + "x").group(1) == "株" + pad * 1_000_000 + "x"
    assert lines._MD_HEADING.match("## 标题" + " " * 1_000_000 + "##").group(1) == "标题"
