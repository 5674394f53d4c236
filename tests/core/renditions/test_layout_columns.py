"""Two columns side by side in `pdftotext -layout` text that the column reader missed.

A long left line pushes the right column's text a few places past the gutter; a column ends
earlier and the other one's last lines stand alone far right; a story set across both columns
stands over a row of two stories (core/renditions/side_by_side.py).
"""

from __future__ import annotations

from zzreader.core.parse import parse_text

HEAD = "                                  株洲日报\n   2026年7月9日  星期四                                          A04  区县\n\n"


def _bodies(issue):
    return {a.title: "".join(a.paragraphs) for a in issue.articles}


def test_a_right_column_pushed_by_long_left_lines_and_ending_alone():
    page = HEAD + "\n".join([
        "   荷塘区启动老旧管网改造                   茶陵县开通两条城乡公交",
        "   株洲日报全媒体记者 柳青岚                  株洲日报全媒体记者 龙婉清",
        "       7月8日，荷塘区老旧供水管网改造       7月8日，茶陵县城至严塘镇、",
        "   工程开工，计划改造管网46公里，惠及      虎踞镇两条城乡公交线路开通，",
        "   居民1.2万户。                               票价统一为2元，每30分钟一班。",
        "       工程分三期实施，年底前全部完工。     沿线群众出行更加方便，",
        "                                               不少村民当天就坐车进城赶集。",
    ]) + "\n"
    assert _bodies(parse_text(page, "a.txt")) == {
        "荷塘区启动老旧管网改造": "7月8日，荷塘区老旧供水管网改造工程开工，计划改造管网46公里，惠及居民1.2万户。工程分三期实施，年底前全部完工。",
        "茶陵县开通两条城乡公交": "7月8日，茶陵县城至严塘镇、虎踞镇两条城乡公交线路开通，票价统一为2元，每30分钟一班。沿线群众出行更加方便，不少村民当天就坐车进城赶集。",
    }


def test_a_row_of_two_stories_under_a_story_across_both_columns():
    page = HEAD + "\n".join([
        "                    全市启动夏季消夏文化活动月",
        "                 株洲日报全媒体记者 柳青岚 通讯员 龙婉清",
        "    7月8日，全市夏季消夏文化活动月在神      场文艺演出、电影放映和非遗展示活",
        "农谷广场启动，活动将持续到8月上旬，     动，市民可在“株洲文旅”小程序查",
        "各区县将在广场、公园和社区举办120      询场次。",
        "",
        "渌口区举办农产品直播节                  石峰区开展防溺水宣讲",
        "株洲日报全媒体记者 丁一帆                   株洲日报全媒体记者 龙婉清",
        "    7月7日，渌口区农产品直播节开幕，       7月7日，石峰区组织志愿者走进",
        "30余名主播推介本地特色农产品。           社区开展防溺水宣讲。",
    ]) + "\n"
    bodies = {
        "全市启动夏季消夏文化活动月": "7月8日，全市夏季消夏文化活动月在神农谷广场启动，活动将持续到8月上旬，各区县将在广场、公园和社区举办120"
                             "场文艺演出、电影放映和非遗展示活动，市民可在“株洲文旅”小程序查询场次。",
        "渌口区举办农产品直播节": "7月7日，渌口区农产品直播节开幕，30余名主播推介本地特色农产品。",
        "石峰区开展防溺水宣讲": "7月7日，石峰区组织志愿者走进社区开展防溺水宣讲。",
    }
    assert _bodies(parse_text(page, "a.txt")) == bodies
    assert _bodies(parse_text(page.replace("\n\n渌口区", "\n渌口区"), "a.txt")) == bodies  # no blank row over the lower stories
