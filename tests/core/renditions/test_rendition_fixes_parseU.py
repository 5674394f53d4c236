"""Focused checks for the repairs of parser round U: scale and combinations the test issues rarely show.

Each test feeds a few lines of original text and asserts what a reader sees:
titles, bylines, types, and that no line is lost.
"""

from __future__ import annotations

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.bylines import words_mark
from zzreader.core.lines import heading_like
from zzreader.core.parse import parse_text


def _text(*lines: str) -> str:
    return "\n".join(lines)


# --- a. unsigned briefs with no blank lines: a plain headline after a dated one opens the next, one character too ---

def test_a_one_character_headline_after_an_unsigned_brief_opens_the_next():
    issue = parse_text(_text(
        "株洲日报　２０２６年２月１８日　星期三　第Ａ０３版　城事",
        "回家",
        "２月１７日是正月初一，株洲火车站迎来返乡客流高峰，当天发送旅客约３．２万人次。",
        "车站在进站口增设了两条快速安检通道，并安排志愿者为老人引路。",
        "雪",
        "石峰公园的腊梅开得正好，园内已有约三百株腊梅吐蕊。",
        "公园管理处提醒，赏花时请勿攀折花枝。",
    ), "x.txt")
    assert titles(issue) == ["回家", "雪"]
    assert_nothing_lost(issue)


def test_a_lone_credit_mark_is_no_headline():
    assert heading_like("春") and not heading_like("图") and not heading_like("文")


def test_a_signed_feature_keeps_its_sub_heading():
    issue = parse_text(_text(
        "老街新生",
        "株洲日报全媒体记者 何　平",
        "２月１７日，记者走进芦淞区的老街，青石板路旁的店铺重新开张。",
        "街坊们说，这条街上一次这么热闹，还是二十年前。",
        "旧",
        "老街的房子大多建于上世纪五十年代，墙面斑驳，屋顶漏雨。",
    ), "x.txt")
    assert titles(issue) == ["老街新生"]


# --- b. '文　静': a name of two set to the width of three is no '文/' mark ------------------------------------------

def test_a_surname_wen_padded_is_a_name_not_the_words_mark():
    assert not words_mark("文　静") and not words_mark("文 静")
    assert words_mark("文/易某某") and words_mark("文　易某某") and words_mark("文　图/易某某")


def test_an_e_paper_report_by_wen_is_news():
    issue = parse_text(_text(
        "株洲日报 2026年03月04日 第A02版：要闻",
        "醴陵瓷博馆推出夜场",
        "作者：文　静",
        "日期：2026-03-04",
        "　　从3月7日起，醴陵陶瓷博物馆每周六开放夜场，闭馆时间延至晚上9时。",
    ), "x.txt")
    assert [a.type for a in issue.articles] == ["news"]


# --- c. a site's menu in traditional characters is furniture --------------------------------------------------------

def test_a_traditional_menu_is_furniture_and_a_traditional_headline_keeps_its_characters():
    issue = parse_text(_text(
        "株洲新聞網 首頁", "新聞", "要聞", "時政", "數字報",
        "株洲日報 2026年03月04日 第A02版：要聞",
        "新聞發布會通報春耕備耕情況",
        "作者：羅曉峰",
        "日期：2026-03-04",
        "　　3月3日，市農業農村局召開新聞發布會，通報全市春耕備耕情況。",
        "【打印本頁】【關閉窗口】",
    ), "x.txt")
    assert titles(issue) == ["新聞發布會通報春耕備耕情況"]
    assert_nothing_lost(issue)
