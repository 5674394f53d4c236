"""Focused checks for the repairs of parser round V: PDF text, e-paper scrapes and dumps not seen before.

Each test feeds a few lines of original text and asserts what a reader sees:
titles, kickers, bylines, types, and that no line is lost.
"""

from __future__ import annotations

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.parse import parse_text


def _text(*lines: str) -> str:
    return "\n".join(lines)


_PDF_HEAD = ("株洲日报", "2026年6月9日 星期二", "A02", "要闻", "责任编辑：谭　慧", "")


# --- a. pdftotext blocks: a title over three lines, a kicker in a block of its own ---------------------------------

def test_a_title_block_of_three_lines_is_one_title():
    issue = parse_text(_text(
        *_PDF_HEAD,
        "湘江株洲段", "水质连续五年", "保持Ⅱ类", "",
        "本报讯（全媒体记者/唐立新）", "记者6月8日从市生态环境局了",
        "解到，湘江株洲段的三个国控", "断面水质稳定在Ⅱ类标准。", "",
        "据介绍，全市累计关停沿江排", "污口41个。", "",
    ), "x.txt")
    assert titles(issue) == ["湘江株洲段水质连续五年保持Ⅱ类"]
    assert issue.articles[0].subtitle == ""
    assert_nothing_lost(issue)


def test_a_kicker_block_of_campaign_words_is_the_kicker_not_the_section():
    issue = parse_text(_text(
        *_PDF_HEAD,
        "荷塘区开展", "夏季消防安全检查", "",
        "本报讯（通讯员/贺　佳）6月", "7日起，荷塘区消防救援大队开", "展夏季消防安全检查。", "",
        "守护一江碧水", "",
        "湘江株洲段", "水质连续五年", "保持Ⅱ类", "",
        "本报讯（全媒体记者/唐立新）", "记者6月8日从市生态环境局了", "解到，水质稳定在Ⅱ类标准。", "",
    ), "x.txt")
    second = issue.articles[1]
    assert (second.title, second.kicker, second.section) == ("湘江株洲段水质连续五年保持Ⅱ类", "守护一江碧水", "要闻")
    assert_nothing_lost(issue)


def test_a_dashed_kicker_block_is_not_glued_to_the_title_under_it():
    issue = parse_text(_text(
        *_PDF_HEAD,
        "——聚焦城市更新行动", "",
        "老旧小区改造", "今年启动", "六十三个", "",
        "本报讯（全媒体记者/龙　娟", "通讯员/易　明）6月8日，记", "者从市住建局获悉，今年全市", "计划改造老旧小区63个。", "",
    ), "x.txt")
    a = issue.articles[0]
    assert (a.title, a.kicker, a.reporters, a.correspondents) == ("老旧小区改造今年启动六十三个", "——聚焦城市更新行动", ["龙娟"], ["易明"])
    assert_nothing_lost(issue)


# --- b. a district named alone over a brief's headline is the headline's first words ------------------------------

def test_a_district_over_a_headline_is_part_of_it_and_a_slogan_ending_in_shi_is_not():
    issue = parse_text(_text(
        "株洲日报 2026年7月2日 星期四 第A04版 城事·简讯",
        "天元区",
        "新增公共自行车站点",
        "天元区近日新增公共自行车站点15个。",
        "市民刷卡或扫码即可借车。",
        "科技强市",
        "株洲建成轨道交通装备数字孪生平台",
        "7月1日，由中车株机牵头建设的数字孪生平台在株洲上线。",
    ), "x.txt")
    assert titles(issue) == ["天元区新增公共自行车站点", "株洲建成轨道交通装备数字孪生平台"]
    assert_nothing_lost(issue)
