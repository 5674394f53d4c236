"""A headline stack of two or three lines (kicker / title / subtitle) in renditions with no blank lines.

Single-newline dumps and PDF text set every line apart alike, so nothing but the words says which
line of a stack is which. A campaign kicker over a title over a subtitle was read as two kickers
over the subtitle taken for the title (core/headline_runs.py: a kicker raised from the line over
the run leaves the title over its subtitle).
"""

from __future__ import annotations

from zzreader.core.parse import parse_text

BODY = "7月2日，记者从市交通运输局获悉，今年全市计划新改建农村公路260公里，目前已完工148公里，完成年度任务的57%。"


def _heads(issue):
    return [(a.kicker, a.title, a.subtitle) for a in issue.articles]


def test_a_campaign_kicker_over_a_title_and_its_subtitle_one_a_line():
    text = "\n".join([
        "株洲日报", "2026年7月3日　星期五", "第A02版：要闻",
        "聚焦乡村振兴", "农村公路提质改造过半", "今年计划新改建260公里，已完工148公里",
        "株洲日报全媒体记者 龙婉清", BODY,
        "各县市区同步推进路域环境整治，累计清理路障1200余处。",
    ]) + "\n"
    assert _heads(parse_text(text, "a.txt")) == [("聚焦乡村振兴", "农村公路提质改造过半", "今年计划新改建260公里，已完工148公里")]


def test_a_kicker_title_and_subtitle_in_pdf_text():
    text = "\n".join([
        "2026年7月3日 星期五 A02 要闻 责任编辑 龙婉清",
        "决战三季度",
        "农村公路提质改造过半",
        "全市新改建农村公路已完成年度任务一半以上",
        "株洲日报全媒体记者 龙婉清 通讯员 柳青岚",
        "　　7月2日，记者从市交通运输局获悉，今年",
        "全市计划新改建农村公路260公里，目前已完",
        "工148公里，完成年度任务的57%。",
        "　　各县市区同步推进路域环境整治，累计清",
        "理路障1200余处。",
    ]) + "\n"
    assert _heads(parse_text(text, "a.txt")) == [("决战三季度", "农村公路提质改造过半", "全市新改建农村公路已完成年度任务一半以上")]
