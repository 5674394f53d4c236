"""Focused checks for the repairs found with the third round of held-out issues.

Photo credits without a space, PDF pages of a few lines, e-paper page lines
with a space, yymmdd file names and HTML titles marked only by their class.
Each test feeds a few lines of original text and asserts what a reader sees.
"""

from __future__ import annotations

import datetime as dt

import pytest

from zzreader.core.bylines import parse_credit, split_trailing_credit
from zzreader.core.dates import date_from_filename
from zzreader.core.parse import parse_text
from zzreader.core.renditions import detect, html_classes


# --- 1. photo credits written without a space -------------------------------------------------


@pytest.mark.parametrize(
    ("caption", "text", "photographers"),
    [
        ("图为市民在神农公园直饮水点接水。唐某某摄", "图为市民在神农公园直饮水点接水。", ["唐某某"]),
        ("▲居民在活动现场包饺子。李某摄", "▲居民在活动现场包饺子。", ["李某"]),
        ("图为雪后的神农谷。记者 谭某摄", "图为雪后的神农谷。", ["谭某"]),
        ("图为雪后的神农谷。欧阳某摄", "图为雪后的神农谷。", ["欧阳某"]),
    ],
)
def test_a_caption_ending_in_a_credit_without_a_space(caption, text, photographers):
    rest, credit = split_trailing_credit(caption)
    assert rest == text and credit is not None and credit.photographers == photographers


@pytest.mark.parametrize("sentence", ["他们正在拍摄。正在拍摄", "游客纷纷驻足。王某拍摄", "大家拍摄", "她说：这张照片是航拍摄"])
def test_words_ending_in_she_are_no_credit(sentence):
    assert split_trailing_credit(sentence)[1] is None
    assert parse_credit(sentence) is None


def test_a_credit_line_without_a_space_credits_the_caption_above():
    text = "\n".join([
        "2026年5月12日 星期二", "湘江风光带杜鹃盛放", "图为5月11日，市民在湘江风光带赏花拍照。", "谭某某摄",
        "市区新增20处直饮水点", "株洲日报讯（全媒体记者 唐某某）5月11日，神农公园等地新增20处直饮水点。",
        "图为市民在直饮水点接水。唐某摄", "攸县早稻机插秧进度过半", "本报讯（通讯员 刘某）5月10日，攸县早稻机插秧进度过半。",
    ])
    issue = parse_text(text, "x.txt")
    assert [(a.title, a.type, a.photographers) for a in issue.articles] == [
        ("湘江风光带杜鹃盛放", "caption", ["谭某某"]), ("市区新增20处直饮水点", "news", ["唐某"]), ("攸县早稻机插秧进度过半", "news", []),
    ]


# --- 2. PDF text pages of only a few lines --------------------------------------------------------

SHORT_PDF = [
    "2026年4月2日 星期四 A06 体育 责任编辑 易某",
    "株洲籍运动员获全国跳水冠军赛金牌",
    "　　本报讯（记者 钟某）4月1日，2026年全国",
    "跳水冠军赛在西安落幕，株洲籍选手李某某",
    "在女子10米台决赛中以418.35分夺得金牌",
    "，这是她首次获得全国冠军赛个人项目冠军",
    "。",
]


def test_a_seven_line_pdf_page_is_pdf_text():
    assert detect(SHORT_PDF) == "pdf_text"
    issue = parse_text("\n".join(SHORT_PDF), "x.txt")
    (article,) = issue.articles
    assert article.reporters == ["钟某"]
    assert article.paragraphs == ["4月1日，2026年全国跳水冠军赛在西安落幕，株洲籍选手李某某在女子10米台决赛中以418.35分夺得金牌，这是她首次获得全国冠军赛个人项目冠军。"]


def test_a_short_dump_of_one_indented_paragraph_a_line_is_not_pdf_text():
    lines = ["市图书馆延长开放时间", "　　即日起，市图书馆每天开放至晚上九点。", "　　周末开放时间不变。",
             "神农湖灯光秀开演", "　　每晚八点，神农湖灯光秀准时开演。", "　　灯光秀每场20分钟。"]
    assert detect(lines) != "pdf_text"


def test_a_pdf_byline_broken_inside_its_brackets_is_joined_whatever_the_line_lengths():
    lines = [
        "2026年3月18日 星期三 A02 要闻 责任编辑 周某", "株洲西站综合交通枢纽主体完工",
        "　　株洲日报讯（全媒体记者/罗", "某某 通讯员/易某）3月17日，株洲西站综", "合交通枢纽项目主体结构完工，预计今年",
        "10月投入使用。", "　　图为施工人员在枢纽内作业。记者 谭某摄", "渌口区油菜花开迎客来",
        "　　本报讯（记者 汤某）3月16日，渌口区", "南洲镇3000余亩油菜花进入盛花期。",
    ]
    issue = parse_text("\n".join(lines), "x.txt")
    assert issue.rendition == "pdf_text"
    assert [(a.title, a.reporters, a.correspondents, a.photographers) for a in issue.articles] == [
        ("株洲西站综合交通枢纽主体完工", ["罗某某"], ["易某"], ["谭某"]), ("渌口区油菜花开迎客来", ["汤某"], [], []),
    ]


# --- 3. e-paper page lines with a space instead of the colon --------------------------------------


def test_e_paper_page_line_with_a_space_names_the_section():
    scrape = "\n".join([
        "第A03版 城事", "老旧小区改造今年开工128个", "来源：株洲日报　作者：记者 王某　发布时间：2026-03-10 07:30",
        "【字体：大 中 小】【打印】【关闭】", "3月9日，记者从市住建局获悉，今年全市计划改造老旧小区128个。", "上一篇　下一篇",
        "第A05版　民生", "医保电子凭证全市定点药店全覆盖", "来源：株洲日报　作者：记者 邓某某　发布时间：2026-03-10 07:30",
        "3月9日，全市1860家定点药店已全部支持医保电子凭证扫码结算。", "上一篇　下一篇",
    ])
    issue = parse_text(scrape, "x.txt")
    assert issue.rendition == "epaper"
    assert [(a.title, a.section) for a in issue.articles] == [("老旧小区改造今年开工128个", "城事"), ("医保电子凭证全市定点药店全覆盖", "民生")]
    assert {u.text for u in issue.unassigned} >= {"第A03版 城事"}  # the page line stays visible


def test_a_spaced_page_label_in_a_plain_dump_keeps_its_page_for_citations():
    text = "株洲日报 2024年12月5日 星期四\n\n第3版 要闻\n\n天元区新建口袋公园\n\n株洲日报讯(记者/王某)12月4日,三座口袋公园开放。\n"
    issue = parse_text(text, "x.txt")
    (article,) = issue.articles
    assert article.section == "要闻"  # as '第3版：要闻' reads (round E); citations read the page from the page line
    assert any("第3版 要闻" in u.text for u in issue.unassigned)


def test_a_short_page_without_blank_lines_is_a_single_newline_dump():
    lines = ["市城管局开展占道经营专项整治", "株洲日报讯（全媒体记者 罗某）6月11日，市城管局启动专项整治行动。",
             "天元区新增3所托育园", "本报讯（通讯员 黄某某）6月10日，天元区新增3所普惠托育园。", "雨后湘江",
             "图为6月11日雨后的湘江株洲段。记者 谭某某摄"]
    assert detect(lines) == "single_newline"
    issue = parse_text("\n".join(lines), "x.txt")
    assert [(a.title, a.type) for a in issue.articles] == [
        ("市城管局开展占道经营专项整治", "news"), ("天元区新增3所托育园", "news"), ("雨后湘江", "caption"),
    ]


def test_a_report_paragraph_between_its_byline_and_a_credit_stays_body():
    scrape = "\n".join([
        "第A05版：民生", "“15分钟便民生活圈”再添12个", "作者:记者 汤某", "发布时间:2026年03月11日", "【打印本页】【关闭窗口】",
        "今年，我市将新建12个“15分钟便民生活圈”，新增便民网点300个。", "图/株洲日报全媒体记者 谭某某", "【上一篇】【下一篇】",
    ])
    (article,) = parse_text(scrape, "x.txt").articles
    assert (article.type, article.reporters, article.photographers) == ("news", ["汤某"], ["谭某某"])
    assert article.paragraphs[0].startswith("今年，我市将新建12个")


# --- 4. file names with yymmdd dates ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "day"),
    [
        ("zzrb250612.txt", dt.date(2025, 6, 12)),
        ("株洲日报_250612.txt", dt.date(2025, 6, 12)),
        ("A01_250612.md", dt.date(2025, 6, 12)),
        ("zzrb990315.txt", dt.date(1999, 3, 15)),
        ("zzrb250612_v1.2.txt", dt.date(2025, 6, 12)),
        ("zzrb_2025-06-12.txt", dt.date(2025, 6, 12)),  # a full date still wins
    ],
)
def test_yymmdd_file_names_give_the_date(name, day):
    assert date_from_filename(name) == day


@pytest.mark.parametrize(
    "name",
    [
        "scan_412000.txt",  # a postcode
        "issue_123456.txt",  # no month 34
        "004_7a250612be90f1c3.txt",  # digits inside a hash
        "zzrb200612.txt",  # reads as 2006-12 as well: no day to trust
        "第250612期.txt",  # an issue number
        "250612_250613.txt",  # two dates: which one?
        "v1.250612.txt",  # a version number
    ],
)
def test_other_six_digit_runs_give_no_date(name):
    assert date_from_filename(name) is None


def test_an_issue_named_by_yymmdd_is_dated_by_its_file_name():
    issue = parse_text("市城管局开展占道经营专项整治\n\n株洲日报讯（记者 罗某）市城管局启动专项整治，邮编412000。\n", "zzrb250612.txt")
    assert (issue.date, issue.date_source) == ("2025-06-12", "filename")


# --- 5. HTML titles marked only by their class ----------------------------------------------------


@pytest.mark.parametrize(
    ("classes", "kind"),
    [("title", "title"), ("article-title", "title"), ("art_title main", "title"), ("bt", "title"),
     ("subtitle", "subtitle"), ("article-subtitle", "subtitle"), ("sub-title", "subtitle"), ("fbt", "subtitle"),
     ("page-title", ""), ("content", ""), ("date", ""), ("nav-title", "")],
)
def test_class_names_that_mark_a_title(classes, kind):
    assert html_classes.kind_of(classes) == kind


def test_html_titles_marked_by_class_open_articles():
    page = "\n".join([
        '<div class="title">株洲火车站改造完成</div>',
        '<p class="subtitle">新增候车面积3000平方米</p>',
        '<div class="content">近日，株洲火车站改造工程完工，候车面积增加3000平方米。</div>',
        '<div class="content">改造后车站可同时容纳5000名旅客候车。</div>',
        '<div class="art_title">神农湖灯光秀开演</div>',
        '<div class="content">每晚八点，神农湖灯光秀准时开演，吸引大批市民。</div>',
        '<p><span class="bt">市图书馆延长开放时间</span></p>',
        "<p>即日起，市图书馆每天开放至晚上九点。</p>",
    ])
    issue = parse_text(page, "x.html")
    assert issue.rendition == "markup"
    assert [(a.title, a.subtitle, a.paragraphs[0][:8]) for a in issue.articles] == [
        ("株洲火车站改造完成", "新增候车面积3000平方米", "近日，株洲火车站"),
        ("神农湖灯光秀开演", "", "每晚八点，神农湖"),
        ("市图书馆延长开放时间", "", "即日起，市图书馆"),
    ]


# --- found with the second batch -----------------------------------------------------------------


@pytest.mark.parametrize(("credit", "names"), [("谭某/摄", ["谭某"]), ("谭某／摄", ["谭某"]), ("谭某 刘某/摄", ["谭某", "刘某"])])
def test_names_then_a_slash_and_she_are_a_photo_credit(credit, names):
    assert parse_credit(credit).photographers == names
    rest, byline = split_trailing_credit("图为王某夫妇巡视设备。" + credit)
    assert rest == "图为王某夫妇巡视设备。" and byline.photographers == names
    assert split_trailing_credit("他说这是地图/摄")[1] is None


def test_bold_notice_titles_in_a_page_with_headings_are_notices_not_sub_headings():
    page = "\n".join([
        "<h3>湘江风光带樱花初绽</h3>", "<p>2月26日，湘江风光带的早樱陆续开放。</p>", "<table><tr>",
        "<td><b>遗失声明</b><br>株洲市某某餐饮店遗失营业执照正本，声明作废。</td>",
        "<td><b>遗失声明</b><br>李某某遗失驾驶证一本，声明作废。</td>", "</tr></table>",
    ])
    issue = parse_text(page, "x.html")
    assert [(a.title, a.line_start) for a in issue.articles] == [("湘江风光带樱花初绽", 1), ("遗失声明", 4), ("遗失声明", 5)]
    assert [a.type for a in issue.articles[1:]] == ["notice", "notice"]


def test_a_rule_of_em_dashes_between_ads_is_no_article():
    text = "\n".join([
        "————————————", "招租启事", "天元区某某商业街门面6间对外招租。", "咨询电话：0731-22558899", "————————————",
        "诚聘", "某某快递网点招聘快递员8名。", "电话：15073300000", "————————————",
    ])
    issue = parse_text(text, "x.txt")
    assert [(a.title, a.type) for a in issue.articles] == [("招租启事", "ad"), ("诚聘", "ad")]
    assert not any("————" in p for a in issue.articles for p in [a.title, *a.paragraphs])


# --- found with the third batch ------------------------------------------------------------------


def test_a_pdf_bracket_opened_on_one_line_and_closed_on_the_next_is_one_lead():
    """'（株洲日报全媒体记' over '者 黄某 通讯员 周某）…': the wrap fell inside the role word."""
    lines = [
        "株洲西环线一期主线贯通", "    （株洲日报全媒体记", "者 黄某 通讯员 周某）3月9日，株洲西环线",
        "一期工程主线全线贯通，全长18.6公里，设互", "通立交5座。", "    项目建成后，将有效分流城区过境交通。",
        "市疾控中心提醒：春季谨防流感", "    本报讯（记者 邹某）近期流感进入高发期，", "市疾控中心提醒市民注意个人防护，出现发热",
        "症状及时就医。", "2026年3月10日 星期二 第5版 要闻 责任编辑 刘某",
    ]
    issue = parse_text("\n".join(lines), "x.txt")
    assert issue.rendition == "pdf_text"
    first = issue.articles[0]
    assert (first.reporters, first.correspondents) == (["黄某"], ["周某"])
    assert first.paragraphs[0].startswith("3月9日，株洲西环线一期工程主线全线贯通")


def test_font_size_chrome_without_the_word_font_is_chrome():
    from zzreader.core.renditions import furniture

    assert furniture.is_chrome("【大 中 小】【打印】【关闭】") and furniture.is_chrome("大 中 小")
    assert not furniture.is_chrome("大中小学生")


def test_an_image_with_a_label_for_alt_text_is_no_article_and_an_italic_caption_keeps_its_credit():
    page = "\n".join([
        "### 枫溪生态城“口袋公园”开园", "", "**株洲日报讯**（记者 王某）3月15日，枫溪生态城首个“口袋公园”开园。", "",
        "![口袋公园](park.jpg)", "", "*图为市民在口袋公园休闲。摄影：谭某*", "",
        "### 全市启动春季义务植树", "", "本报讯（通讯员 欧阳某某）3月15日，全市春季义务植树活动启动。",
    ])
    issue = parse_text(page, "x.md")
    assert [(a.title, a.reporters, a.photographers) for a in issue.articles] == [
        ("枫溪生态城“口袋公园”开园", ["王某"], ["谭某"]), ("全市启动春季义务植树", [], []),
    ]
    assert any(u.text == "![口袋公园](park.jpg)" for u in issue.unassigned)  # kept visible


@pytest.mark.parametrize("text", ["图为市民在口袋公园休闲。摄影：谭某", "图为市民。株洲日报摄影记者 谭某", "图为雪景。摄影/谭某"])
def test_a_caption_ending_in_a_role_first_photographer_credit(text):
    assert split_trailing_credit(text)[1].photographers == ["谭某"]
    assert split_trailing_credit("他喜欢摄影。摄影是门艺术")[1] is None


def test_a_signer_and_date_on_one_line_end_their_notice():
    text = "\n\n".join([
        "株洲日报\n2026年3月19日 星期四", "株洲某某房地产开发有限公司清算公告",
        "本公司股东会决议解散公司，已成立清算组，请债权人自本公告之日起45日内向清算组申报债权。",
        "株洲某某房地产开发有限公司清算组 2026年3月19日", "招聘", "某某物业公司招聘保安10名。地址：天元区某某路8号",
    ])
    issue = parse_text(text, "x.txt")
    assert [(a.title, a.type) for a in issue.articles] == [("株洲某某房地产开发有限公司清算公告", "notice"), ("招聘", "ad")]
    assert issue.articles[0].paragraphs[-1] == "株洲某某房地产开发有限公司清算组 2026年3月19日"


# --- found with the fourth batch -----------------------------------------------------------------


def test_a_caption_with_half_width_stops_and_a_bracketed_credit_is_no_headline():
    text = "\n\n".join([
        "株洲日报\n2026年3月21日 星期六", "神农公园郁金香进入盛花期",
        "株洲日报讯(记者 刘某某)3月20日,神农公园10万株郁金香进入盛花期.", "图为市民在神农公园赏花.(记者 刘某摄)",
        "芦淞区启动“背街小巷”改造", "株洲日报讯(通讯员 曾某)3月20日,芦淞区启动“背街小巷”改造.",
    ])
    issue = parse_text(text, "x.txt")
    assert [(a.title, a.photographers) for a in issue.articles] == [("神农公园郁金香进入盛花期", ["刘某"]), ("芦淞区启动“背街小巷”改造", [])]
    assert issue.articles[0].blocks[-1].kind == "caption"


def test_an_e_paper_time_line_gives_the_date():
    from zzreader.core.renditions.epaper import is_meta

    assert is_meta("时间：2026-03-23") and is_meta("日期:2026年03月23日 08:05")
    assert not is_meta("时间：3月25日上午9时") and not is_meta("时间就是生命")
    scrape = "\n".join([
        "第03版 要闻", "全市一季度新增市场主体2.1万户", "作者：本报记者 王某", "时间：2026-03-23",
        "【字体：大 中 小】【打印】【关闭】", "3月22日，一季度全市新增各类市场主体2.1万户。", "上一篇 下一篇",
    ])
    issue = parse_text(scrape, "x.txt")
    assert (issue.date, issue.articles[0].section, issue.articles[0].reporters) == ("2026-03-23", "要闻", ["王某"])


def test_a_one_sentence_brief_under_its_headline_is_news():
    page = "\n".join([
        '<div class="news-title">市区今年新建改建公厕60座</div>',
        '<div class="news-text"><p>今年，市城管局将新建改建公厕60座，其中老城区35座，进一步方便市民如厕。</p></div>',
        '<div class="news-title">醴陵启动烟花爆竹安全生产大检查</div>',
        '<div class="news-text"><p>3月23日起，醴陵市对全市烟花爆竹生产企业开展为期一个月的安全生产大检查。</p></div>',
    ])
    issue = parse_text(page, "x.html")
    assert [(a.title, a.type) for a in issue.articles] == [("市区今年新建改建公厕60座", "news"), ("醴陵启动烟花爆竹安全生产大检查", "news")]


# --- found with the fifth batch ------------------------------------------------------------------


def test_a_masthead_date_in_full_width_digits_is_masthead():
    text = "株洲日报\n２０２６年３月２９日　星期日\n\n炎陵“红色研学”游客同比增三成\n\n记者：李某\n\n３月２８日，记者从炎陵县文旅局获悉，研学游客同比增长３１％。\n"
    issue = parse_text(text, "x.txt")
    assert (issue.date, issue.date_source) == ("2026-03-29", "masthead")
    assert [a.title for a in issue.articles] == ["炎陵“红色研学”游客同比增三成"]
    assert issue.unassigned[0].text.endswith("星期日")
