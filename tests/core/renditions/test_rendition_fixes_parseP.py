"""Focused checks for the repairs of parser round P: a story's own date line, commentary and feature signs,
words-and-pictures bylines, columns whose U+3000 spaces were saved as ASCII ones, and time-frame kickers.

Each test feeds a few lines of original text and asserts what a reader sees:
titles, bylines, types, datelines and that no line is lost or left unassigned.
"""

from __future__ import annotations

import pytest

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.bylines import parse_credit
from zzreader.core.date_lines import dateline_of, is_date_line
from zzreader.core.parse import parse_text
from zzreader.core.story_genres import commentary_headline, scene_feature

MASTHEAD = "株洲日报　2026年3月7日　星期六　第A04版　综合"


def _text(*lines: str) -> str:
    return "\n".join(lines)


def _unassigned(issue) -> list[str]:
    return [u.text for u in issue.unassigned]


# --- a. a story's own date line ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["2026年3月5日", "3月5日", "3月5日电", "本报株洲3月6日电", "新华社北京3月5日电",
                                  "（2026年3月6日）", "2026-03-06", "2026年3月5日 星期四"])
def test_date_lines(text):
    assert is_date_line(text)


@pytest.mark.parametrize("text", ["截至3月6日", "3月5日，市里召开会议。", "2026年3月5日起施行", "三月的株洲"])
def test_not_date_lines(text):
    assert not is_date_line(text)


def test_dateline_of_reads_the_month_and_day():
    assert dateline_of("2026年3月5日") == "3月5日"
    assert dateline_of("本报株洲3月6日电") == "3月6日"
    assert dateline_of("2026-03-06") == "3月6日"


def test_date_line_under_the_headline_is_the_dateline_and_the_headline_stays():
    issue = parse_text(_text(
        MASTHEAD,
        "渌口区春耕备耕物资供应充足",
        "2026年3月6日",
        "记者 郑雨萱",
        "记者从渌口区农业农村局获悉，全区已储备化肥1.2万吨、种子380吨，可满足春耕需要。",
        "醴陵启动陶瓷产业人才招聘月",
        "3月6日电",
        "醴陵市人社局近日启动陶瓷产业人才招聘月活动，52家企业提供岗位1300余个。",
    ), "page.txt")
    assert titles(issue) == ["渌口区春耕备耕物资供应充足", "醴陵启动陶瓷产业人才招聘月"]
    assert [a.dateline for a in issue.articles] == ["3月6日", "3月6日"]
    assert issue.articles[0].reporters == ["郑雨萱"]
    assert issue.articles[0].paragraphs[0].startswith("记者从渌口区")
    assert _unassigned(issue) == [MASTHEAD]
    assert_nothing_lost(issue)


def test_date_line_under_the_byline_is_not_glued_to_the_first_paragraph():
    issue = parse_text(_text(
        MASTHEAD,
        "炎陵县启动春季植树造林",
        "记者 罗晓晴",
        "2026年3月5日",
        "炎陵县今年计划完成植树造林3.2万亩，重点在霞阳、沔渡等乡镇推进。",
    ), "page.txt")
    assert issue.articles[0].dateline == "3月5日"
    assert issue.articles[0].paragraphs == ["炎陵县今年计划完成植树造林3.2万亩，重点在霞阳、沔渡等乡镇推进。"]


def test_date_line_after_the_text_ends_the_article_and_the_next_headline_opens():
    issue = parse_text(_text(
        MASTHEAD,
        "渌口区春耕备耕物资供应充足",
        "记者 郑雨萱",
        "全区已储备化肥1.2万吨、种子380吨，可满足春耕需要。",
        "",
        "2026年3月6日",
        "醴陵启动陶瓷产业人才招聘月",
        "记者 言思远",
        "醴陵市人社局近日启动陶瓷产业人才招聘月活动，52家企业提供岗位1300余个。",
    ), "page.txt")
    assert titles(issue) == ["渌口区春耕备耕物资供应充足", "醴陵启动陶瓷产业人才招聘月"]
    assert issue.articles[0].paragraphs[-1] == "2026年3月6日"
    assert [a.reporters for a in issue.articles] == [["郑雨萱"], ["言思远"]]
    assert_nothing_lost(issue)


def test_headline_right_under_the_masthead_in_one_block_with_a_date_line():
    issue = parse_text(_text(
        "株洲日报 2026.03.07 A04版",
        "渌口区春耕备耕物资供应充足",
        "株洲日报全媒体记者 郑雨萱",
        "　　2026年3月6日",
        "　　记者从渌口区农业农村局获悉，全区已储备化肥1.2万吨，可满足春耕需要。",
        "",
        "醴陵启动陶瓷产业人才招聘月",
        "株洲日报全媒体记者 言思远",
        "　　醴陵市人社局近日启动陶瓷产业人才招聘月活动，52家企业提供岗位1300余个。",
    ), "page.txt")
    assert titles(issue) == ["渌口区春耕备耕物资供应充足", "醴陵启动陶瓷产业人才招聘月"]
    assert issue.articles[0].reporters == ["郑雨萱"]


def test_markdown_date_line_under_the_byline_stays_with_its_article():
    issue = parse_text(_text(
        "# 株洲日报 2026年3月7日 A04",
        "",
        "## 渌口区春耕备耕物资供应充足",
        "",
        "记者 郑雨萱",
        "",
        "2026年3月6日",
        "",
        "全区已储备化肥1.2万吨、种子380吨，可满足春耕需要。",
        "",
        "## 醴陵启动陶瓷产业人才招聘月",
        "",
        "记者 言思远",
        "",
        "醴陵市人社局近日启动陶瓷产业人才招聘月活动，52家企业提供岗位1300余个。",
    ), "page.md")
    assert titles(issue) == ["渌口区春耕备耕物资供应充足", "醴陵启动陶瓷产业人才招聘月"]
    assert issue.articles[0].dateline == "3月6日"
    assert not any("2026年3月6日" == u.strip() for text in _unassigned(issue) for u in text.splitlines())
    assert_nothing_lost(issue)


def test_date_line_over_the_first_headline_belongs_to_that_article():
    issue = parse_text(_text(
        MASTHEAD,
        "2026年3月6日",
        "渌口区春耕备耕物资供应充足",
        "记者 郑雨萱",
        "记者从渌口区农业农村局获悉，全区已储备化肥1.2万吨，可满足春耕需要。",
    ), "page.txt")
    assert titles(issue) == ["渌口区春耕备耕物资供应充足"]
    assert _unassigned(issue) == [MASTHEAD]
    assert_nothing_lost(issue)


def test_byline_with_the_day_after_it():
    issue = parse_text(_text(
        MASTHEAD,
        "渌口区春耕备耕物资供应充足",
        "记者 郑雨萱 2026年3月6日",
        "记者从渌口区农业农村局获悉，全区已储备化肥1.2万吨，可满足春耕需要。",
    ), "page.txt")
    assert issue.articles[0].reporters == ["郑雨萱"]


def test_html_date_lines_at_both_ends_of_a_story():
    issue = parse_text(_text(
        "<html><head><title>株洲日报 2026年3月7日 A04</title></head><body>",
        "<h2>渌口区春耕备耕物资供应充足</h2>",
        "<p>记者 郑雨萱</p>",
        "<p>2026年3月6日</p>",
        "<p>记者从渌口区农业农村局获悉，全区已储备化肥1.2万吨，可满足春耕需要。</p>",
        "<p>（2026年3月6日）</p>",
        "<h2>醴陵启动陶瓷产业人才招聘月</h2>",
        "<p>3月6日电</p>",
        "<p>醴陵市人社局近日启动陶瓷产业人才招聘月活动，52家企业提供岗位1300余个。</p>",
        "</body></html>",
    ), "page.html")
    assert titles(issue) == ["渌口区春耕备耕物资供应充足", "醴陵启动陶瓷产业人才招聘月"]
    assert [a.dateline for a in issue.articles] == ["3月6日", "3月6日"]
    assert issue.articles[0].paragraphs[-1] == "（2026年3月6日）"
    assert_nothing_lost(issue)


def test_a_schedule_of_dates_stays_text():
    issue = parse_text(_text(
        MASTHEAD,
        "春季赛事安排",
        "3月8日",
        "市体育中心举行全民健身跑，欢迎市民报名参加。",
        "3月15日",
        "神农湖畔举行龙舟邀请赛，8支队伍参赛。",
    ), "page.txt")
    assert titles(issue) == ["春季赛事安排"]
    assert issue.articles[0].paragraphs[0] == "3月8日"
    assert issue.articles[0].dateline == ""


def test_a_signer_over_its_date_is_still_a_signature():
    issue = parse_text(_text(
        "遗失声明",
        "株洲某某贸易有限公司遗失公章一枚，声明作废。",
        "株洲某某贸易有限公司",
        "2026年3月6日",
    ), "ads.txt")
    assert titles(issue) == ["遗失声明"]
    assert issue.articles[0].type == "notice"


# --- b. commentary and feature signs ----------------------------------------------------------------------------


@pytest.mark.parametrize("title", ["农忙时节话“机手”", "社区“微更新”之我见", "深夜书房随想", "漫谈城市的“烟火气”",
                                   "也谈“慢就业”", "青年创业谈"])
def test_commentary_headlines(title):
    assert commentary_headline(title)


@pytest.mark.parametrize("title", ["市政协召开民营企业家座谈", "中法两国举行会谈", "市纪委约谈3家企业", "谈判取得进展"])
def test_news_headlines_that_end_on_talk(title):
    assert not commentary_headline(title)


def test_commentary_headline_on_a_plain_page_types_commentary_and_a_dated_report_stays_news():
    issue = parse_text(_text(
        MASTHEAD,
        "深夜书房随想",
        "记者 曾子墨",
        "晚上十点，城市书房里依然坐满了读书的人，这是一座城市最动人的风景之一。",
        "希望这样的书房越来越多，让每一个想读书的人都能找到一盏灯。",
        "企业家恳谈会漫谈",
        "记者 江涛",
        "3月5日，市工商联召开企业家恳谈会，20位企业家参加。",
    ), "page.txt")
    assert [a.type for a in issue.articles] == ["commentary", "news"]


def test_scene_feature_needs_a_scene_and_a_voice():
    scene = ["凌晨三点，王秀英已经把两百多斤青菜码上了摊位。", "“菜要趁新鲜卖，晚一个钟头就不值钱了。”王秀英一边打包一边说。"]
    person = ["周德顺把竹篙往河底一撑，木船便稳稳地离开了岸边。", "“现在来坐船的多是怀旧的游客。”周德顺笑着说。"]
    neighbour = ["老周把三轮车停在村口的大樟树下，掀开篷布。", "“孩子们喜欢看书，我就多跑几趟。”周国平笑着说。"]
    assert scene_feature(scene) and scene_feature(person) and scene_feature(neighbour)
    assert not scene_feature(["3月7日，记者从石峰区住建局获悉，该区将新建5个公园。", "“家门口多了去处。”市民李女士说。"])
    assert not scene_feature(scene[:1])
    assert not scene_feature([scene[0], "天亮以后，买菜的老街坊陆续来了。"])


def test_signed_scene_story_is_a_feature_and_a_dated_one_news():
    issue = parse_text(_text(
        MASTHEAD,
        "守了四十年渡口的老艄公",
        "记者 谭文博",
        "周德顺把竹篙往河底一撑，木船便稳稳地离开了岸边。",
        "“以前一天要撑几十趟，现在修了桥，来坐船的多是怀旧的游客。”周德顺笑着说。",
        "石峰区新建5个“口袋公园”",
        "记者 孙语桐",
        "3月7日，记者从石峰区住建局获悉，该区今年将新建5个“口袋公园”。",
        "“家门口多了休闲去处。”市民李女士说。",
    ), "page.txt")
    assert [a.type for a in issue.articles] == ["feature", "news"]


# --- c. words and pictures --------------------------------------------------------------------------------------


def _roles(text: str) -> tuple[list[str], list[str], list[str]]:
    b = parse_credit(text)
    assert b is not None
    return b.reporters, b.correspondents, b.photographers


def test_words_and_pictures_bylines():
    assert _roles("图/文 记者 韩雪晴 通讯员 邹国梁") == (["韩雪晴"], ["邹国梁"], ["韩雪晴"])
    assert _roles("文/图 株洲日报全媒体记者 黎子轩") == (["黎子轩"], [], ["黎子轩"])
    assert _roles("记者 邓欣怡 摄影报道") == (["邓欣怡"], [], ["邓欣怡"])
    assert _roles("图/文 通讯员 邹国梁") == ([], ["邹国梁"], ["邹国梁"])
    assert _roles("记者 谭某 摄") == ([], [], ["谭某"])


def test_photo_report_byline_opens_its_own_article():
    issue = parse_text(_text(
        MASTHEAD,
        "攸县高铁站片区路网建成通车",
        "文/图 株洲日报全媒体记者 黎子轩",
        "3月8日，攸县高铁站片区5条市政道路全部建成通车，总长约9.6公里。",
        "荷塘区举办春季社区运动会",
        "记者 邓欣怡 摄影报道",
        "3月8日，荷塘区第三届社区运动会开幕，600余名居民参加比赛。",
        "炎陵黄桃园开展春季技术培训",
        "（记者 卢思琪 实习生 沈可欣）",
        "3月8日，炎陵县农业农村局组织农技专家走进中村乡黄桃园。",
    ), "page.txt")
    assert titles(issue) == ["攸县高铁站片区路网建成通车", "荷塘区举办春季社区运动会", "炎陵黄桃园开展春季技术培训"]
    got = [(a.reporters, a.correspondents, a.photographers) for a in issue.articles]
    assert got == [(["黎子轩"], [], ["黎子轩"]), (["邓欣怡"], [], ["邓欣怡"]), (["卢思琪"], ["沈可欣"], [])]


# --- d. columns whose U+3000 were saved as ASCII spaces ---------------------------------------------------------

I = "\u3000"


def _page(head: str, left: list[str], right: list[str], width: int, gutter: int) -> list[str]:
    """A page of two columns: each left line padded with U+3000 to `width` characters, then the gutter."""
    rows = [head, ""]
    for k in range(max(len(left), len(right))):
        a, b = (left[k] if k < len(left) else ""), (right[k] if k < len(right) else "")
        rows.append(a + I * (max(0, width - len(a)) + gutter) + b if b else a)
    return rows


PAGE_ONE = _page(
    f"株洲日报{I * 2}2026年3月10日{I}星期二{I * 2}A02{I * 2}要闻",
    ["茶陵县新建两座乡镇污水处理厂", f"株洲日报全媒体记者 谭{I}悦", f"{I * 2}3月9日，茶陵县严塘镇、", "腰陂镇污水处理厂同时投入运行，",
     "日处理能力合计3000吨。", f"{I * 2}两座处理厂配套管网长18", "公里，覆盖集镇居民1.2万人。"],
    ["株洲南站改造工程年底完工", f"株洲日报全媒体记者 柯{I}宁", "记者从市交通运输局获悉，", "株洲南站改造工程已完成主体施",
     "工，预计年底前交付使用。", f"{I * 2}改造后，车站候车面积将扩", "大一倍。"],
    14, 6,
)
PAGE_TWO = _page(
    f"\f株洲日报{I * 2}2026年3月10日{I}星期二{I * 2}A03{I * 2}城事",
    ["渌口区开通首条乡村定制公交", f"株洲日报全媒体记者 尹{I}川", f"{I * 2}3月9日，渌口区首条乡", "村定制公交线路开通，连接南",
     "洲镇6个行政村和区人民医院。", f"{I * 2}线路每天往返8班，票价", "2元。"],
    ["市图书馆推出“周末亲子课堂”", f"株洲日报通讯员 蒋{I}琳", f"{I * 2}即日起，市图书馆每周六", "上午推出“周末亲子课堂”，",
     "邀请家长和孩子一起阅读绘本、", "动手做手工。", "课堂免费参加，每期限报", "30组家庭。"],
    13, 3,
)
WANT = ["茶陵县新建两座乡镇污水处理厂", "株洲南站改造工程年底完工", "渌口区开通首条乡村定制公交", "市图书馆推出“周末亲子课堂”"]


@pytest.mark.parametrize("space", [I, " "], ids=["ideographic", "ascii"])
def test_each_page_reads_its_own_columns(space):
    text = "\n".join(PAGE_ONE + PAGE_TWO).replace(I, space)
    issue = parse_text(text, "page.txt")
    assert titles(issue) == WANT
    assert [a.reporters or a.correspondents for a in issue.articles] == [["谭悦"], ["柯宁"], ["尹川"], ["蒋琳"]]
    assert issue.articles[1].paragraphs == ["记者从市交通运输局获悉，株洲南站改造工程已完成主体施工，预计年底前交付使用。",
                                            "改造后，车站候车面积将扩大一倍。"]
    assert_nothing_lost(issue)


def test_pages_are_read_in_turn_with_the_file_s_line_numbers():
    from zzreader.core.renditions import page_columns

    warnings: list[str] = []
    lines = PAGE_ONE + ["\f株洲日报　2026年3月10日　A03", "", "一栏的正文。"] + PAGE_TWO
    ordered = page_columns.reorder(lines, warnings)
    assert ordered is not None
    assert sorted({no for no, _ in ordered}) == list(range(1, len(lines) + 1))  # every line kept, numbered as in the file
    assert [w.split(" 行")[0] for w in warnings] == ["第 3–9", "第 15–22"]


def test_words_and_pictures_byline_set_in_by_a_column_edge_stays_a_line_of_its_own():
    from zzreader.core.renditions.pdf_text import _own_byline

    assert _own_byline("图/文 记者 康 宁 通讯员 石 磊")
    assert _own_byline("文/图：株洲日报全媒体记者 黎子轩")
    assert not _own_byline("文化馆举办春季书画展")


def test_byline_run_into_its_text_four_spaces_apart():
    issue = parse_text(_text(
        "株洲日报数字报",
        "2026年3月11日 星期三 | 第A02版：要闻",
        "我市首个城市书房联盟成立",
        "株洲日报全媒体记者 龙 燕    3月10日，由全市38家城市书房组成的联盟在神农城成立。  联盟成员将实现图书通借通还。",
        "【打印】【关闭】",
    ), "page.txt")
    assert titles(issue) == ["我市首个城市书房联盟成立"]
    assert issue.articles[0].reporters == ["龙燕"]
    assert issue.articles[0].paragraphs[0].startswith("3月10日")


# --- e. a kicker that names the time frame ----------------------------------------------------------------------


def test_time_frame_line_is_the_kicker_and_an_event_line_the_title():
    issue = parse_text(_text(
        "株洲日报数字报刊平台　2026年3月11日　第A07版：综合",
        "全市篮球联赛第五轮战罢",
        "芦淞队客场险胜攸县队",
        "■ 株洲日报全媒体记者 钟　岩",
        "3月10日，全市篮球联赛第五轮比赛在各区县体育馆进行。",
        "世界读书日来临之际",
        "全民阅读活动月启动",
        "■ 株洲日报全媒体记者 钟　岩",
        "3月10日，我市全民阅读活动月启动，将举办活动60余场。",
        "全市陶瓷产业博览会闭幕",
        "意向签约金额达32亿元",
        "■ 株洲日报全媒体记者 万小云",
        "3月10日，为期4天的全市陶瓷产业博览会在醴陵闭幕。",
    ), "page.txt")
    assert titles(issue) == ["芦淞队客场险胜攸县队", "全民阅读活动月启动", "全市陶瓷产业博览会闭幕"]
    assert [a.kicker for a in issue.articles] == ["全市篮球联赛第五轮战罢", "世界读书日来临之际", ""]
    assert issue.articles[2].subtitle == "意向签约金额达32亿元"
