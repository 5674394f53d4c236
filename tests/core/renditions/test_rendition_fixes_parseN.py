"""Focused checks for the repairs of parser round N: meta lines above the headline, ISO timestamps,
a table inside a notice, words-and-pictures credits, and which date wins over a file name.

Each test feeds a few lines of original text and asserts what a reader sees:
titles, bylines, types and dates.
"""

from __future__ import annotations

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.parse import parse_text
from zzreader.core.renditions.clock_times import drop_clock


def _text(*lines: str) -> str:
    """A page as its dump holds it: one line a row."""
    return "\n".join(lines)


# --- 1. E-paper meta lines above the headline ----------------------------------------------------------------


def test_meta_line_above_each_headline_credits_its_own_story():
    text = _text(
        "第A03版：城事",
        "来源：株洲日报 作者：记者 龙思远 发布时间：2026-03-05",
        "荷塘区启动老旧供水管网改造",
        "【打印】【关闭】",
        "3月4日，荷塘区老旧供水管网改造工程在月塘街道开工，计划年内更换管道28公里。",
        "上一篇 下一篇",
        "来源：株洲日报 作者：记者 彭丽君 通讯员 贺建平 发布时间：2026-03-05",
        "芦淞区新增3处社区食堂",
        "【打印】【关闭】",
        "记者从芦淞区民政局获悉，该区3个街道的社区食堂近日开门迎客。",
    )
    issue = parse_text(text, "page.txt")
    assert titles(issue) == ["荷塘区启动老旧供水管网改造", "芦淞区新增3处社区食堂"]
    assert issue.articles[0].reporters == ["龙思远"]
    assert (issue.articles[1].reporters, issue.articles[1].correspondents) == (["彭丽君"], ["贺建平"])
    assert issue.date == "2026-03-05"
    assert_nothing_lost(issue)


def test_meta_fields_on_lines_of_their_own_above_the_headline():
    text = _text(
        "来源：株洲日报",
        "作者：记者 黄雨桐",
        "编辑：刘晓峰",
        "发布时间：2026-03-05 08:30",
        "炎陵黄桃种植面积扩大到10万亩",
        "3月3日，在炎陵县霞阳镇的黄桃基地里，果农们正忙着修枝施肥。",
        "上一篇 下一篇",
    )
    issue = parse_text(text, "page.txt")
    assert titles(issue) == ["炎陵黄桃种植面积扩大到10万亩"]
    assert issue.articles[0].reporters == ["黄雨桐"]
    assert issue.articles[0].type == "news"
    assert issue.date == "2026-03-05"


def test_meta_line_under_the_headline_stays_where_it_is():
    text = _text(
        "第A03版：城事",
        "石峰区开展夏季消防安全大排查",
        "来源：株洲日报 作者：记者 罗明 发布时间：2026-03-05",
        "【打印】【关闭】",
        "连日来，石峰区对辖区人员密集场所开展消防安全大排查，共检查单位312家。",
        "编辑：吴晓",
        "上一篇 下一篇",
        "天元区再添2所公办幼儿园",
        "来源：株洲日报 作者：记者 秦岚 发布时间：2026-03-05",
        "今年秋季学期，天元区将新增2所公办幼儿园，新增学位540个。",
    )
    issue = parse_text(text, "page.txt")
    assert titles(issue) == ["石峰区开展夏季消防安全大排查", "天元区再添2所公办幼儿园"]
    assert [a.reporters for a in issue.articles] == [["罗明"], ["秦岚"]]


# --- 2. ISO timestamps in mastheads and meta lines -----------------------------------------------------------


def test_drop_clock_keeps_the_date():
    assert drop_clock("株洲日报 2026-03-05T08:30:00+08:00 第A02版") == "株洲日报 2026-03-05 第A02版"
    assert drop_clock("2026-03-05 08:30 星期四") == "2026-03-05 星期四"
    assert drop_clock("发布时间：2026-03-05T08:30:00Z") == "发布时间：2026-03-05"
    assert drop_clock("3月5日8:30开幕") == "3月5日8:30开幕"


def test_iso_masthead_is_no_headline_and_dates_the_issue():
    text = _text(
        "株洲日报 2026-03-05T08:30:00+08:00 第A02版",
        "天元区智能制造产业园二期开工",
        "来源：株洲日报 作者：记者 肖志明 发布时间：2026-03-05T08:30:00+08:00",
        "【打印】【关闭】",
        "3月4日，天元区智能制造产业园二期项目开工，总投资18亿元。",
    )
    issue = parse_text(text, "page.txt")
    assert titles(issue) == ["天元区智能制造产业园二期开工"]
    assert issue.articles[0].reporters == ["肖志明"]
    assert (issue.date, issue.date_source) == ("2026-03-05", "masthead")


def test_named_masthead_with_date_and_time_dates_a_plain_dump():
    text = _text(
        "Zhuzhou Daily | 2026-03-05 08:30 | A04",
        "渌口区举办春季招聘会",
        "记者 谢婉清",
        "3月4日，渌口区春季招聘会在区人力资源市场举行，86家企业提供岗位2100余个。",
    )
    issue = parse_text(text, "x.txt")
    assert titles(issue) == ["渌口区举办春季招聘会"]
    assert (issue.date, issue.date_source) == ("2026-03-05", "masthead")


def test_author_and_timestamp_meta_line_without_chrome():
    text = _text(
        "攸县油茶产业链产值突破30亿元",
        "作者：记者 钟晓岚 | 2026-03-06 09:15",
        "攸县今年将新建高标准油茶林5000亩，并建设一座精炼油厂。",
    )
    issue = parse_text(text, "x.txt")
    assert issue.articles[0].reporters == ["钟晓岚"]
    assert issue.date == "2026-03-06"


# --- 3. A space-aligned table inside a notice ----------------------------------------------------------------


def test_table_rows_stay_in_the_notice_as_a_table():
    text = _text(
        "株洲日报　2026年3月13日　星期五　B04　公告",
        "株洲市天元区2026年第一批保障性租赁住房配租公示",
        "　　根据相关规定，现将第一批保障性租赁住房配租结果公示如下：",
        "序号    申请人    家庭人数    配租房源",
        "1       龙某某    3           栗雨小区2栋501",
        "2       邹某      2           栗雨小区3栋302",
        "　　公示期为2026年3月13日至3月19日。对公示结果有异议的，请在公示期内向天元区住房保障中心反映。",
        "天元区住房保障中心",
        "2026年3月12日",
    )
    issue = parse_text(text, "x.txt")
    assert titles(issue) == ["株洲市天元区2026年第一批保障性租赁住房配租公示"]
    notice = issue.articles[0]
    assert notice.type == "notice"
    assert "table" in [b.kind for b in notice.blocks]
    assert any("龙某某" in p for p in notice.paragraphs)
    assert not any("龙某某" in u.text for u in issue.unassigned)


# --- 4. Words-and-pictures credits ----------------------------------------------------------------------------


def test_words_and_pictures_credits_make_the_writer_the_photographer():
    text = _text(
        "株洲日报　2026年3月14日　星期六　第A04版　社会",
        "醴陵瓷谷迎来赏樱人潮",
        "图/文 记者 易思涵",
        "3月13日，醴陵瓷谷的200余株樱花竞相开放，吸引大批市民前来观赏。",
        "神农湖畔晨练忙",
        "文/图 邓立军",
        "每天清晨，神农湖畔都聚集着晨跑、打太极的市民。",
        "湘江风光带增设亲水平台",
        "图／文 周海鹏",
        "近日，湘江风光带河西段新增3处亲水平台。",
    )
    issue = parse_text(text, "x.txt")
    assert titles(issue) == ["醴陵瓷谷迎来赏樱人潮", "神农湖畔晨练忙", "湘江风光带增设亲水平台"]
    for article, name in zip(issue.articles, ["易思涵", "邓立军", "周海鹏"]):
        assert (article.reporters, article.photographers) == ([name], [name])
        assert article.type == "news"


def test_closing_words_and_pictures_credit_is_the_byline():
    text = _text(
        "株洲日报　2026年3月14日　星期六　第A04版　社会",
        "神农湖畔晨练忙",
        "3月13日清晨，神农湖畔聚集着晨跑、打太极的市民。（文/图 邓立军）",
    )
    issue = parse_text(text, "x.txt")
    article = issue.articles[0]
    assert (article.reporters, article.photographers) == (["邓立军"], ["邓立军"])
    assert article.paragraphs == ["3月13日清晨，神农湖畔聚集着晨跑、打太极的市民。"]


# --- 5. File-name date against dates in the text -------------------------------------------------------------


def test_file_name_date_wins_over_dates_mentioned_in_the_body():
    text = _text(
        "株洲今年将新建改建农村公路500公里",
        "记者 罗文杰",
        "记者从市交通运输局获悉，该局将于2026年3月20日前公布第一批项目清单。",
        "据悉，2025年12月以来，热线共受理出行类诉求1.3万件。",
    )
    issue = parse_text(text, "株洲日报2026-03-05.txt")
    assert (issue.date, issue.date_source) == ("2026-03-05", "filename")


def test_masthead_date_wins_over_the_file_name():
    text = _text(
        "株洲日报　2026年3月10日　星期二　第A04版　综合",
        "茶陵县启动春季植树造林行动",
        "记者 谭秋月",
        "3月9日，茶陵县在云阳山脚下启动春季植树造林行动，当天栽植苗木1.2万株。",
    )
    issue = parse_text(text, "株洲日报_2026-03-09_A04.txt")
    assert (issue.date, issue.date_source) == ("2026-03-10", "masthead")


def test_meta_date_wins_over_the_file_name():
    text = _text(
        "渌口区首家“共享法庭”揭牌",
        "来源：株洲日报 作者：记者 邹明远 发布时间：2026-03-08",
        "3月7日，渌口区首家“共享法庭”在南洲镇揭牌运行。",
    )
    issue = parse_text(text, "zzrb_2026-03-07.txt")
    assert (issue.date, issue.date_source) == ("2026-03-08", "masthead")
    assert issue.articles[0].reporters == ["邹明远"]


def test_two_column_table_of_short_cells_is_a_table_not_two_notices():
    text = _text(
        "株洲日报　2026年3月18日　星期三　B02　公告",
        "停水通知",
        "　　因管网改造施工，下列区域将于3月20日停止供水，请用户提前储水。",
        "停水区域                    停水时间",
        "芦淞区建设南路沿线          8:00—18:00",
        "荷塘区新华东路以北          9:00—20:00",
        "　　特此通知。",
        "株洲市自来水有限公司",
    )
    issue = parse_text(text, "x.txt")
    assert titles(issue) == ["停水通知"]
    assert issue.articles[0].type == "notice"
    assert "table" in [b.kind for b in issue.articles[0].blocks]


def test_recruitment_result_publicity_is_a_notice_not_an_ad():
    text = _text(
        "株洲日报　2026年3月19日　星期四　B03　公告",
        "醴陵市2026年公开招聘教师拟聘用人员公示",
        "　　以上人员拟予聘用，公示期为5个工作日。如有异议，请向醴陵市教育局反映。",
        "醴陵市教育局",
    )
    issue = parse_text(text, "x.txt")
    assert issue.articles[0].type == "notice"


def test_iso_stamps_in_e_paper_meta_forms_date_the_issue():
    for meta in ("记者 龙思远\n2026-03-05T08:30:00+08:00",
                 "株洲日报全媒体记者 龙思远 2026-03-05T08:30:00+08:00",
                 "作者：记者 龙思远\n时间：2026-03-05T08:30:00+08:00"):
        text = f"第A03版：城事\n荷塘区启动管网改造\n{meta}\n【打印】【关闭】\n3月4日，荷塘区老旧供水管网改造工程开工，计划年内更换管道28公里。\n"
        issue = parse_text(text, "x.txt")
        assert titles(issue) == ["荷塘区启动管网改造"], meta
        assert issue.articles[0].reporters == ["龙思远"], meta
        assert issue.date == "2026-03-05", meta


def test_markdown_export_with_meta_lines_above_each_heading():
    text = (
        "# 株洲日报 2026年3月6日 星期五 A03版\n\n"
        "来源：株洲日报 作者：记者 汪晨曦 发布时间：2026-03-06\n\n## 石峰区老工业区变身文创街区\n\n"
        "3月5日，石峰区清水塘老工业区改造的文创街区开街，首批入驻商户42家。\n\n"
        "来源：株洲日报 作者：记者 贺梓萱 发布时间：2026-03-06\n\n## 云龙示范区新开通3条社区巴士\n\n"
        "记者从云龙示范区管委会获悉，3条社区巴士线路今起开通，票价1元。\n"
    )
    issue = parse_text(text, "x.md")
    assert titles(issue) == ["石峰区老工业区变身文创街区", "云龙示范区新开通3条社区巴士"]
    assert [a.reporters for a in issue.articles] == [["汪晨曦"], ["贺梓萱"]]
    assert (issue.date, issue.date_source) == ("2026-03-06", "masthead")


def test_markdown_meta_line_under_the_heading_is_read_under_a_masthead():
    text = (
        "# 株洲日报 2026年3月6日 星期五 A03版\n\n## 石峰区老工业区变身文创街区\n\n"
        "来源：株洲日报 作者：记者 汪晨曦 发布时间：2026-03-06\n\n"
        "3月5日，石峰区清水塘老工业区改造的文创街区开街，首批入驻商户42家。\n"
    )
    issue = parse_text(text, "x.md")
    assert issue.articles[0].reporters == ["汪晨曦"]
    assert issue.articles[0].subtitle == ""


def test_a_dated_weekday_line_in_the_body_does_not_outrank_the_file_name():
    text = _text(
        "市图书馆启动读书分享季",
        "记者 龚思琪",
        "3月5日，市图书馆启动读书分享季，全年将举办分享会48场。",
        "活动时间：2026年3月8日（星期日）",
    )
    issue = parse_text(text, "株洲日报_2026-03-06.txt")
    assert (issue.date, issue.date_source) == ("2026-03-06", "filename")


def test_a_running_head_naming_the_paper_still_dates_the_issue_after_a_story():
    text = _text(
        "市图书馆启动读书分享季",
        "记者 龚思琪",
        "3月5日，市图书馆启动读书分享季，全年将举办分享会48场。",
        "株洲日报　2026年3月6日　星期五　A03",
    )
    issue = parse_text(text, "x.txt")
    assert (issue.date, issue.date_source) == ("2026-03-06", "masthead")


def test_a_lone_weekday_date_line_in_a_story_does_not_outrank_the_file_name():
    text = _text(
        "神农城音乐喷泉周末恢复开放",
        "记者 柏思远",
        "3月11日，记者从神农城管理处获悉，神农城音乐喷泉经过检修，将于本周末恢复开放。首场表演时间为：",
        "2026年3月14日（星期六）",
        "每晚7时30分起，每场20分钟。",
    )
    issue = parse_text(text, "株洲日报_2026_03_12.txt")
    assert (issue.date, issue.date_source) == ("2026-03-12", "filename")
    assert issue.articles[0].reporters == ["柏思远"]


def test_words_mark_is_not_a_surname():
    from zzreader.core.bylines import words_mark

    assert words_mark("文/易某某") and words_mark("文 易某某") and words_mark("文：易某某")
    assert not words_mark("文东升")
