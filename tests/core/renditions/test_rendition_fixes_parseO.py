"""Focused checks for the repairs of parser round O: what its held-out issues showed.

Each test feeds a few lines of original text (or bytes) and asserts what a reader sees:
titles, bylines, paragraphs and what is kept as furniture.
"""

from __future__ import annotations

import pytest

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.bylines import parse_credit
from zzreader.core.decode import decode
from zzreader.core.errors import ParseError
from zzreader.core.parse import parse_bytes, parse_text


def _text(*lines: str) -> str:
    """A page as its dump holds it: one line a row."""
    return "\n".join(lines)


# --- 1. Bylines: the chief reporter of the paper's group ---------------------------------------------------------


@pytest.mark.parametrize("credit", ["株洲日报社全媒体首席记者 王铁军", "全媒体首席记者 王铁军", "株洲日报全媒体见习记者 王铁军"])
def test_chief_and_trainee_reporters_of_the_media_group_are_reporters(credit):
    assert parse_credit(credit).reporters == ["王铁军"]


def test_closing_bracketed_chief_reporter_signs_the_brief():
    issue = parse_text(_text(
        "株洲日报　2026年3月24日　星期二　A03　要闻",
        "“株洲造”氢能源有轨电车发往海外",
        "　　本报讯　3月23日，一列氢能源有轨电车在株洲下线，将发往东南亚。",
        "　　（株洲日报社全媒体首席记者 王铁军）",
    ), "x.txt")
    assert issue.articles[0].reporters == ["王铁军"]


# --- 2. GBK with a few bad bytes --------------------------------------------------------------------------------


def _gbk_page(bad: bytes) -> bytes:
    head = "株洲日报　2026年3月28日　星期六　A06　县域\r\n茶陵春茶开采\r\n株洲日报全媒体记者 龙思琪\r\n　　3月27日，茶陵县云阳山茶园迎来春茶开采，采茶工人穿梭在茶垄间".encode("gbk")
    tail = "，一派繁忙景象。今年全县茶园面积达到8.6万亩，预计春茶产值3.2亿元。\r\n".encode("gbk")
    return head + bad + tail + b"\x1a"


def test_gbk_with_a_stray_byte_is_read_with_it_replaced_and_named():
    decoded = decode(_gbk_page(b"\xff"))
    assert decoded.encoding == "gb18030"
    assert "茶垄间\ufffd，一派" in decoded.text
    assert "GB18030" in decoded.warnings[0] and "4" in decoded.warnings[0]  # the line it is on


def test_gbk_page_with_bad_bytes_parses_its_article():
    issue = parse_bytes(_gbk_page(b"\x80"), "x.txt")
    assert titles(issue) == ["茶陵春茶开采"]
    assert issue.articles[0].reporters == ["龙思琪"]
    assert issue.date == "2026-03-28"


def test_bytes_that_are_no_chinese_text_are_still_refused():
    with pytest.raises(ParseError):
        decode(bytes(range(0x80, 0x100)) * 8 + b"\xff\xff")


# --- 3. Related-article lists after an e-paper body ---------------------------------------------------------------


def test_related_lists_after_a_body_are_furniture():
    issue = parse_text(_text(
        "株洲日报数字报　2026年3月25日　第A04版：城事",
        "渌口区新增3条城乡公交线路",
        "株洲日报记者 刘佳琪 实习生 彭子涵",
        "　　3月24日起，渌口区新开通3条城乡公交线路，覆盖沿线16个行政村，票价统一为2元。",
        "延伸阅读：",
        "1. 我市城乡公交一体化实现全覆盖",
        "2. 株洲公交推出乘车优惠月卡",
        "责任编辑：黄　蕾",
        "石峰区启动背街小巷“微改造”",
        "株洲日报全媒体记者 方嘉文",
        "　　3月24日，石峰区启动今年背街小巷“微改造”工程，计划改造街巷26条。",
        "相关稿件：",
        "石峰区去年改造背街小巷18条（2026-01-05）",
        "【相关阅读】",
        "· 赏花地图来了！株洲春季踏青好去处　2026-03-18",
    ), "x.txt")
    assert titles(issue) == ["渌口区新增3条城乡公交线路", "石峰区启动背街小巷“微改造”"]
    assert issue.articles[0].correspondents == ["彭子涵"]
    assert all("阅读" not in p and "2026-01-05" not in p for a in issue.articles for p in a.paragraphs)
    assert_nothing_lost(issue)


# --- 4. A CMS's one-line comment holding tags ---------------------------------------------------------------------


def test_enpproperty_comment_with_tags_inside_is_no_text():
    issue = parse_text(_text(
        "<html><body><div>株洲日报　2026年3月26日　星期四</div>",
        "<article>",
        "<!--enpproperty <articleid>318843</articleid><date>2026-03-26 07:30:00.0</date><author>沈卓然</author><title>市区新增4处口袋公园</title>/enpproperty-->",
        "<h1>市区新增4处口袋公园</h1>",
        "<p>株洲日报全媒体记者 沈卓然</p>",
        "<!--enpcontent--><p>记者从市城管局获悉，今年一季度，市区新建的4处口袋公园已全部向市民开放。</p><!--/enpcontent-->",
        "</article></body></html>",
    ), "x.html")
    assert titles(issue) == ["市区新增4处口袋公园"]
    assert issue.articles[0].paragraphs[0].startswith("记者从市城管局获悉")
    assert not any("enp" in p for a in issue.articles for p in a.paragraphs)


# --- 5. Framed editor's notes over each article of a dump ---------------------------------------------------------


def test_framed_editors_note_without_colon_prefaces_the_next_article():
    issue = parse_text(_text(
        "株洲日报　2026年3月30日　星期一　第A07版　民生",
        "【编者按】城市更新，关乎千家万户。即日起，本报推出系列报道，记录身边的变化。",
        "荷塘区桂花社区：加装电梯圆了居民“上楼梦”",
        "株洲日报全媒体记者 邹晓雯",
        "3月29日，荷塘区桂花社区3栋楼前，新加装的电梯正式投入使用。（完）",
        "【编者按】市民的“菜篮子”，连着城市的温度。本报今起开设“走进农贸市场”栏目。",
        "芦淞区建宁农贸市场完成提质改造",
        "文/图 株洲日报记者 袁梦洁",
        "3月29日，芦淞区建宁农贸市场完成提质改造后重新开业。（完）",
    ), "x.txt")
    assert titles(issue) == ["荷塘区桂花社区：加装电梯圆了居民“上楼梦”", "芦淞区建宁农贸市场完成提质改造"]
    first, second = issue.articles
    assert first.paragraphs[0].startswith("【编者按】城市更新") and first.paragraphs[-1].endswith("（完）")
    assert second.paragraphs[0].startswith("【编者按】市民的")
    assert second.line_start == 6
    assert_nothing_lost(issue)


def test_an_editors_footnote_stays_with_the_piece_it_closes():
    issue = parse_text(_text(
        "株洲日报　2026年3月30日　星期一　第A08版　文化",
        "老街记忆",
        "文/李　明",
        "小时候，外婆家就在老街的尽头，门前有一棵桂花树。",
        "编者注：本文作者系株洲市作家协会会员。",
        "神农城市民音乐节下月开幕",
        "株洲日报全媒体记者 唐雨菲",
        "3月26日，记者从市文旅广电局获悉，第三届神农城市民音乐节将于4月18日开幕。",
    ), "x.txt")
    assert issue.articles[0].paragraphs[-1].startswith("编者注")
