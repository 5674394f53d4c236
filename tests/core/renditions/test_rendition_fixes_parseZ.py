"""Focused checks for the repairs of parser round Z: classes of earlier rounds met together on one page.

Each test feeds a few lines of original text and asserts what a reader sees:
titles, bylines, types, dates, and that no line is lost.
"""

from __future__ import annotations

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.parse import parse_text


def _text(*lines: str) -> str:
    return "\n".join(lines)


# --- a. a two-line site menu at the top of a scraped e-paper page (traditional characters) ---

def test_a_two_line_menu_over_the_masthead_is_no_headline():
    issue = parse_text(_text(
        "株洲新聞網 首頁",
        "數字報",
        "株洲日報 2016年09月21日 第A05版：經濟",
        "攸縣油茶林迎來採摘季",
        "——今年預計產茶油1.8萬噸",
        "作者：譚　俊",
        "日期：2016-09-21",
        "　　秋分將至，攸縣漫山遍野的油茶果陸續成熟，茶農們開始上山採摘。",
        "上一篇：沒有了",
    ), "epaper_z.txt")
    assert titles(issue) == ["攸縣油茶林迎來採摘季"]
    assert issue.articles[0].reporters == ["譚俊"]
    assert issue.date == "2016-09-21"
    assert_nothing_lost(issue)


def test_two_short_headlines_at_the_top_stay_headlines():
    issue = parse_text(_text(
        "要闻简报",
        "荷塘区启动春季义诊",
        "　　4月15日，荷塘区卫健局组织30余名医务人员走进社区，为居民免费测量血压。",
    ), "z.txt")
    assert "荷塘区启动春季义诊" in "".join(titles(issue))
    assert_nothing_lost(issue)
