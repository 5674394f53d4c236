"""Focused checks for the repairs of parser round AE: the gaps the round before noticed and left.

Each test feeds a few lines of original text and asserts what a reader sees:
titles, kickers and subtitles, dates, where a line went, and that no line is lost.
"""

from __future__ import annotations

import pytest

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.parse import parse_text

MASTHEAD = ("株洲日报", "2025年10月22日 星期三", "")
CREDIT = ("株洲日报全媒体记者 邓雨欣", "")
LEAD = ("10月21日，记者从市工信局获悉，今年前三季度，我市轨道交通产业集群实现产值1180亿元，同比增长12.6%。", "",
        "集群内新增规模以上企业15家，关键零部件本地配套率提升至82%。")


def _issue(*lines: str, name: str = "page.txt"):
    return parse_text("\n".join((*MASTHEAD, *lines)), name)


def _parts(article) -> tuple[str, str, str]:
    return article.kicker, article.title, article.subtitle


# --- 1. three headline lines with no '——': kicker, title, subtitle ---

@pytest.mark.parametrize(
    "head",
    [
        ("奋力打造国家重要先进制造业高地", "株洲：千亿轨道交通产业集群再扩容", "今年前三季度产值同比增长12.6%"),
        ("一场跨越千里的产业接力", "醴陵：千亿轨道交通产业集群再扩容", "今年前三季度产值同比增长12.6%"),
        ("一场跨越千里的产业接力", "千亿轨道交通产业集群再扩容", "今年前三季度产值同比增长12.6%"),  # the lead's words
    ],
)
def test_three_headline_lines_are_kicker_title_and_subtitle(head):
    issue = _issue(*head, "", *CREDIT, *LEAD)
    assert _parts(issue.articles[0]) == head
    assert issue.articles[0].section == ""
    assert_nothing_lost(issue)


def test_a_section_label_over_a_three_part_headline_stays_the_section():
    issue = _issue("综合", "奋力打造国家重要先进制造业高地", "株洲：千亿轨道交通产业集群再扩容", "今年前三季度产值同比增长12.6%",
                   "", *CREDIT, *LEAD)
    article = issue.articles[0]
    assert (article.section, article.title) == ("综合", "株洲：千亿轨道交通产业集群再扩容")


@pytest.mark.parametrize(
    ("head", "parts"),
    [
        # a title over a subtitle that a narrow column broke in two: no kicker
        (("株洲高新区出台十条措施", "支持中小企业开展", "数字化改造"), ("", "株洲高新区出台十条措施", "支持中小企业开展 数字化改造")),
        # the first line speaks the lead's words as much as the second: the title, as before
        (("我市轨道交通产业集群产值增长", "千亿轨道交通产业集群再扩容", "今年前三季度产值同比增长12.6%"),
         ("", "我市轨道交通产业集群产值增长", "千亿轨道交通产业集群再扩容 今年前三季度产值同比增长12.6%")),
    ],
)
def test_three_lines_that_are_no_three_part_headline_read_as_before(head, parts):
    issue = _issue(*head, "", *CREDIT, *LEAD)
    assert _parts(issue.articles[0]) == parts


def test_two_headline_lines_are_read_as_before():
    issue = _issue("奋力打造国家重要先进制造业高地", "株洲：千亿轨道交通产业集群再扩容", "", *CREDIT, *LEAD)
    assert _parts(issue.articles[0]) == ("奋力打造国家重要先进制造业高地", "株洲：千亿轨道交通产业集群再扩容", "")
    issue = _issue("千亿轨道交通产业集群再扩容", "今年前三季度产值同比增长12.6%", "", *CREDIT, *LEAD)
    assert _parts(issue.articles[0]) == ("", "千亿轨道交通产业集群再扩容", "今年前三季度产值同比增长12.6%")


def test_a_page_of_one_line_paragraphs_under_three_line_headlines_is_no_pdf_text():
    """Stacks of headline lines of one width, a blank line between blocks, were taken for paragraphs a PDF wrapped."""
    issue = _issue("第A02版：要闻", "", "奋力打造国家重要先进制造业高地", "株洲：千亿轨道交通产业集群再扩容", "今年前三季度产值同比增长12.6%",
                   "", *CREDIT, *LEAD, "", "一条老街的新生", "建宁老街改造后迎来首批商户", "街区引进非遗工坊和特色小吃店32家", "",
                   "10月20日，芦淞区建宁老街改造后迎来首批商户，街区共引进非遗工坊和特色小吃店32家。")
    assert issue.rendition == "plain"
    assert titles(issue) == ["株洲：千亿轨道交通产业集群再扩容", "建宁老街改造后迎来首批商户"]
    assert issue.articles[1].kicker == "一条老街的新生"


# --- 4. a Minguo year in the masthead; a WeChat 'mmexport' name ---

STORY = ("", "株洲南站候车室扩建完工", "", "本报讯 5月6日，株洲南站候车室扩建工程完工，可同时容纳旅客1200人。")


@pytest.mark.parametrize(
    ("head", "day"),
    [
        (("株洲日报", "中華民國七十七年五月七日 星期六"), "1988-05-07"),
        (("株洲日报", "民国七十七年五月七日"), "1988-05-07"),
        (("中华民国77年5月7日 星期六",), "1988-05-07"),
        (("株洲日报", "民國一百一十四年七月十七日"), "2025-07-17"),
    ],
)
def test_a_minguo_masthead_dates_the_issue(head, day):
    issue = parse_text("\n".join((*head, *STORY)), "page.txt")
    assert (issue.date, issue.date_source) == (day, "masthead")
    assert titles(issue) == ["株洲南站候车室扩建完工"]  # the date line is the masthead, never the title
    assert_nothing_lost(issue)


@pytest.mark.parametrize(("year", "expected"), [("七十七", 77), ("一百一十四", 114), ("一一四", 114), ("元", 1), ("三十八", 38), ("十五", 15)])
def test_minguo_years_in_chinese_numerals(year, expected):
    from zzreader.core.renditions.minguo_years import cn_year
    assert cn_year(year) == expected


def test_the_minguo_era_without_a_month_is_no_date():
    from zzreader.core.renditions.minguo_years import to_gregorian
    assert to_gregorian("民国时期的老街") == "民国时期的老街"
    assert to_gregorian("民国二十六年间") == "民国二十六年间"


def test_a_wechat_export_name_dates_the_issue_in_china_time():
    issue = parse_text("\n".join(STORY[1:]), "mmexport1752710400000.txt")  # 2025-07-16 16:00 UTC is 17 July in Zhuzhou
    assert (issue.date, issue.date_source) == ("2025-07-17", "filename")


@pytest.mark.parametrize("name", ["mmexport1052710400000.txt", "mmexport9952710400000.txt", "mmexport175271040000.txt"])
def test_a_wechat_export_name_out_of_range_gives_no_date(name):
    assert parse_text("\n".join(STORY[1:]), name).date is None


def test_the_masthead_wins_over_a_wechat_export_name():
    issue = parse_text("\n".join(("株洲日报", "2025年7月18日 星期五", *STORY)), "mmexport1752710400000.txt")
    assert (issue.date, issue.date_source) == ("2025-07-18", "masthead")


# --- 2. a one-heading Markdown clipping citing its source ---

CLIPPED = ("7月16日，“千年釉下彩——醴陵窑瓷器特展”在湖南省博物馆开幕，展出各时期醴陵瓷器126件。", "",
           "展览将持续至10月底，市民可在省博物馆公众号免费预约参观。", "", "记者还了解到，省博物馆暑期将延长开放时间。")


@pytest.mark.parametrize("cite", ["> 来源：株洲日报 2025-07-17", "> 原载《株洲日报》2025年7月17日A06版"])
@pytest.mark.parametrize("credit", [(), ("株洲日报全媒体记者 曹文斌", "")])
def test_a_one_heading_markdown_clipping_is_titled_and_dated_by_its_citation(cite, credit):
    issue = parse_text("\n".join(("# 醴陵窑瓷器亮相省博物馆特展", "", cite, "", *credit, *CLIPPED)), "clip.md")
    assert issue.rendition == "markup"
    assert (issue.date, issue.date_source) == ("2025-07-17", "masthead")
    article = issue.articles[0]
    assert (titles(issue), article.subtitle) == (["醴陵窑瓷器亮相省博物馆特展"], "")
    assert not any("来源" in p or "原载" in p for p in article.paragraphs)  # the citation is furniture, not the story's text
    assert_nothing_lost(issue)


def test_a_plain_quote_under_one_heading_does_not_make_markup():
    issue = parse_text("\n".join(("# 醴陵窑瓷器亮相省博物馆特展", "", "> 展览将持续至10月底", "", *CLIPPED)), "clip.md")
    assert issue.rendition != "markup" or titles(issue) == ["醴陵窑瓷器亮相省博物馆特展"]


# --- 6. a file of several days: a later masthead date line with no paper name over it ---

def _days(*later: str):
    return parse_text("\n".join((
        "株洲日报", "2025年7月17日 星期四", "", "芦淞区社区长者食堂开业", "", "株洲日报全媒体记者 邓雨欣", "",
        "7月16日，芦淞区建宁街道社区长者食堂开门营业。", "", "食堂每天供应早中晚三餐。", "", *later, "",
        "神农城音乐喷泉恢复开放", "", "7月17日起，神农城音乐喷泉恢复每晚两场表演。")), "days.txt")


@pytest.mark.parametrize("line", ["2025年7月18日 星期五", "2025年7月18日（星期五）", "二〇二五年七月十八日 星期五", "2025-07-18 周五",
                                  "株洲日报 2025年7月18日 星期五", "株洲日报　2025年7月18日"])
def test_a_later_days_date_line_is_furniture_not_the_story_above(line):
    issue = _days(line)
    assert issue.date == "2025-07-17"  # one issue, dated by its first masthead
    assert titles(issue) == ["芦淞区社区长者食堂开业", "神农城音乐喷泉恢复开放"]
    assert issue.articles[0].paragraphs[-1] == "食堂每天供应早中晚三餐。"
    assert any(u.text == line for u in issue.unassigned)
    assert_nothing_lost(issue)


@pytest.mark.parametrize("line", ["2025年7月17日", "2024年7月18日 星期四", "2027年7月19日 星期一", "活动时间：2025年7月18日 星期五"])
def test_a_closing_date_without_weekday_or_far_from_the_masthead_stays_where_it_was(line):
    issue = _days(line)
    assert not any(u.text == line for u in issue.unassigned)


# --- 3. a Notion callout; Obsidian footnotes at the page's foot ---

NOTES = ("[^1]: 炎陵黄桃为国家地理标志产品。", "[^2]: 数据来自县农业农村局。")


def _notes_page(*foot: str, callout: str = ""):
    return parse_text("\n".join((
        "# 株洲日报", "", "2025年8月3日 星期日", "", "## 炎陵黄桃进入采摘季", "", *((callout, "") if callout else ()),
        "8月2日，炎陵县的黄桃陆续成熟，果农们忙着采摘装箱[^1]。", "", "今年全县黄桃种植面积达8.5万亩[^2]。", "",
        "## 神农城音乐喷泉恢复开放", "", "8月1日起，神农城音乐喷泉恢复每晚两场表演。", "", *foot)), "notes.md")


def test_footnotes_at_the_page_foot_close_the_article_that_marks_them():
    issue = _notes_page(*NOTES)
    assert titles(issue) == ["炎陵黄桃进入采摘季", "神农城音乐喷泉恢复开放"]
    assert issue.articles[0].paragraphs[-2:] == list(NOTES)
    assert issue.articles[1].paragraphs == ["8月1日起，神农城音乐喷泉恢复每晚两场表演。"]
    assert_nothing_lost(issue)


def test_footnotes_under_their_own_article_stay_there():
    issue = parse_text("\n".join((
        "# 株洲日报", "", "2025年8月3日 星期日", "", "## 炎陵黄桃进入采摘季", "", "8月2日，炎陵县的黄桃陆续成熟，果农们忙着采摘装箱[^1]。", "",
        NOTES[0], "## 神农城音乐喷泉恢复开放", "", "8月1日起，神农城音乐喷泉恢复每晚两场表演[^2]。", "", NOTES[1])), "notes.md")
    assert titles(issue) == ["炎陵黄桃进入采摘季", "神农城音乐喷泉恢复开放"]
    assert issue.articles[0].paragraphs[-1] == NOTES[0]
    assert issue.articles[1].paragraphs[-1] == NOTES[1]


def test_a_footnote_no_article_marks_stays_where_it_is():
    issue = _notes_page("[^9]: 本页由读者整理。")
    assert issue.articles[1].paragraphs[-1] == "[^9]: 本页由读者整理。"


def test_a_notion_callout_is_kept_once_without_its_emoji():
    issue = _notes_page(*NOTES, callout="> 💡 黄桃采摘预约电话可在炎陵县文旅局公众号查询。")
    body = issue.articles[0].paragraphs
    assert body.count("黄桃采摘预约电话可在炎陵县文旅局公众号查询。") == 1
    assert not any("💡" in p for p in body)
    assert_nothing_lost(issue)
