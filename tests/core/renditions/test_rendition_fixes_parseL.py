"""Focused checks for the repairs found with the twelfth round of test issues (round L).

Each test feeds a few lines of original text and asserts what a reader sees:
titles, bylines, types and dates.
"""

from __future__ import annotations

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.parse import parse_text

# --- 1. A plain headline after a short dated report opens the next piece -------------------------------------


def test_headline_over_a_sourced_opening_after_a_signed_report_is_the_next_article():
    text = "\n".join([
        "株洲日报　2026年2月3日　星期二　A05　社会",
        "石峰区开展春运安全检查",
        "株洲日报全媒体记者 马思远",
        "2月2日，石峰区对辖区客运站和加油站开展安全检查，整改隐患9处。",
        "大风降温来袭 市民出行注意安全",
        "据市气象台消息，2月4日起我市将有一次大风降温过程。",
    ])
    issue = parse_text(text, "x.txt")
    assert titles(issue) == ["石峰区开展春运安全检查", "大风降温来袭 市民出行注意安全"]
    assert issue.articles[0].reporters == ["马思远"]
    assert issue.articles[1].reporters == []
    assert_nothing_lost(issue)


def test_headline_over_a_timed_opening_after_a_short_dated_report_is_the_next_brief():
    text = "\n".join([
        "株洲日报",
        "2026年2月3日",
        "A06 文化",
        "攸县花鼓戏进校园",
        "株洲日报全媒体记者 谭小乔",
        "2月2日，攸县花鼓戏剧团走进网岭镇中心小学，为师生送上三台折子戏。",
        "剧团今年计划进校演出40场。",
        "茶陵县图书馆推出寒假阅读打卡",
        "寒假期间，茶陵县图书馆推出阅读打卡活动，坚持21天的读者可获赠图书。",
    ])
    issue = parse_text(text, "x.txt")
    assert titles(issue) == ["攸县花鼓戏进校园", "茶陵县图书馆推出寒假阅读打卡"]
    assert issue.articles[1].paragraphs[0].startswith("寒假期间")


def test_a_feature_keeps_its_section_that_opens_on_a_time_frame():
    text = "\n".join([
        "株洲日报　2026年2月3日　星期二　A07　人物",
        "守护铁路线的“夜班人”",
        "株洲日报全媒体记者 龙一鸣",
        "凌晨一点，株洲北站的检修库里依旧灯火通明。",
        "检修工老罗已经在这里干了二十六年。",
        "他说，最难忘的是那年的冰灾。",
        "春运的考验",
        "春运期间，老罗和工友们每晚要检修列车十余列。",
    ])
    issue = parse_text(text, "x.txt")
    assert titles(issue) == ["守护铁路线的“夜班人”"]
