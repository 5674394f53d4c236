"""Focused checks for the repairs found with the sixth round of test issues (round F).

Dates in Chinese numerals or in figures with a weekday, a masthead set over
several lines, running heads with the paper's name bracketed, after the date or
with dashes, issue paging chrome, bracketed column labels, reader letters,
names padded to three characters, photo sets, scrape title lines, zero-width
and typographic spaces, one-article Markdown exports and HTML head dates, PDF
bylines broken inside a name. Each test feeds a few lines of original text and
asserts what a reader sees.
"""

from __future__ import annotations

import pytest

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.bylines import parse_credit, split_names, split_trailing_credit
from zzreader.core.dates import date_from_filename
from zzreader.core.parse import parse_bytes, parse_text
from zzreader.core.renditions import cn_dates, detect, furniture, head_dates
from zzreader.core.renditions import page_heads


def _wrap(text: str, width: int, indent: str = "\u3000\u3000") -> list[str]:
    """Cut a paragraph as a PDF text extraction does: an indented first line, then `width` characters a line."""
    first = width - len(indent)
    return [indent + text[:first]] + [text[i:i + width] for i in range(first, len(text), width)]


# --- 1. dates ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("二〇二五年九月五日　星期五", "2025年9月5日　星期五"),
        ("二〇二六年十二月三十一日", "2026年12月31日"),
        ("二〇二五年十月廿一日", "2025年10月21日"),
        ("一九九九年五月一日", "1999年5月1日"),
        ("二〇二五年十三月一日", "二〇二五年十三月一日"),  # no such month: left as it was
        ("全年新增就业五万人", "全年新增就业五万人"),
    ],
)
def test_chinese_numeral_dates_read_as_figures(text, want):
    assert cn_dates.to_figures(text) == want


def test_a_masthead_dated_in_chinese_numerals_dates_the_issue_and_is_no_article():
    text = "\n".join([
        "株洲日报",
        "二〇二六年三月四日　星期三　农历正月十六",
        "市区新增2座人行天桥",
        "本报讯（记者 罗某某）3月3日，建设路和红旗路2座人行天桥建成通行。",
    ])
    issue = parse_text(text, "x.txt")
    assert (issue.date, issue.date_source) == ("2026-03-04", "masthead")
    assert titles(issue) == ["市区新增2座人行天桥"]
    assert_nothing_lost(issue)


def test_a_masthead_date_and_weekday_on_lines_of_their_own_stay_the_masthead():
    text = "\n".join([
        "株洲日报",
        "2026年3月5日",
        "星期四　农历正月十七",
        "渌口区油菜花进入盛花期",
        "本报讯（通讯员 刘某）3月4日，渌口区10万亩油菜花进入盛花期。",
    ])
    issue = parse_text(text, "x.txt")
    assert issue.date == "2026-03-05"
    assert titles(issue) == ["渌口区油菜花进入盛花期"]


def test_a_notice_signed_near_the_top_is_not_taken_for_a_masthead_date():
    text = "\n".join([
        "遗失声明",
        "株洲市某某商行遗失营业执照副本，声明作废。",
        "2026年3月6日",
        "注销公告",
        "株洲某某科技有限公司拟向登记机关申请注销登记，请债权人申报债权。",
    ])
    issue = parse_text(text, "x.txt")
    assert titles(issue) == ["遗失声明", "注销公告"]


def test_a_masthead_date_in_figures_with_its_weekday():
    text = "株洲日报\n2026-03-07 星期六\n石峰区新建3座公厕\n本报讯（通讯员 周某）3月6日，石峰区3座新建公厕投入使用。\n"
    issue = parse_text(text, "x.txt")
    assert (issue.date, issue.date_source) == ("2026-03-07", "masthead")
    assert titles(issue) == ["石峰区新建3座公厕"]


@pytest.mark.parametrize(
    ("name", "iso"),
    [("株洲日报-二〇二六年三月八日.txt", "2026-03-08"), ("2026年3月9日株洲日报.txt", "2026-03-09"), ("2026_3_10.txt", "2026-03-10")],
)
def test_file_names_dated_in_other_ways(name, iso):
    day = date_from_filename(name)
    assert day is not None and day.isoformat() == iso


def test_html_head_matter_dates_the_page():
    assert head_dates.title_date(["<title>株洲日报 2026年3月11日 A03 城事</title>"]) == "2026-03-11"
    assert head_dates.title_date(['<meta name="publishdate" content="2026-03-12">']) == "2026-03-12"
    assert head_dates.title_date(["<title>2026年3月11日 天气预报</title>"]) is None  # not the paper's title


# --- 2. running heads and chrome ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "date", "section"),
    [
        ("【株洲日报】2026年3月13日 第A04版 经济", "2026-03-13", "经济"),
        ("2026年03月13日　株洲日报　第05版：文体", "2026-03-13", "文体"),
        ("株洲日报数字报 - 2026/03/13 - 第A05版：民生", "2026-03-13", "民生"),
        ("二〇二六年三月十三日　星期五　A02　要闻", "2026-03-13", "要闻"),
    ],
)
def test_more_running_head_layouts(header, date, section):
    text = cn_dates.to_figures(header)
    assert page_heads.is_header(text)
    assert page_heads.page_header(text) == (date, section)


@pytest.mark.parametrize("line", ["上一期　下一期　往期回顾", "【纠错】【打印】【关闭】", "上一版 | 下一版 | PDF下载"])
def test_issue_paging_and_correction_links_are_chrome(line):
    assert furniture.is_chrome(line)


def test_a_current_page_line_with_its_links_names_the_page():
    assert page_heads.page_label("当前版：05版　|　上一版　|　下一版　|　PDF下载") == ("05版", "")


def test_a_scrape_title_with_the_site_name_and_a_date_field_meta_line():
    text = "\n".join([
        "第A03版：城事",
        "市区新增4处便民洗车点",
        "市区新增4处便民洗车点_株洲日报",
        "日期：2026/03/14　作者：记者 彭某　通讯员 邹某某",
        "3月13日，市区4处便民洗车点投入使用。",
        "【打印】【关闭】",
    ])
    issue = parse_text(text, "x.txt")
    assert issue.rendition == "epaper"
    assert titles(issue) == ["市区新增4处便民洗车点"]
    a = issue.articles[0]
    assert (a.subtitle, a.reporters, a.correspondents) == ("", ["彭某"], ["邹某某"])
    assert issue.date == "2026-03-14"
    assert_nothing_lost(issue)


# --- 3. labels, letters, columns ---------------------------------------------------------------------


@pytest.mark.parametrize("label", ["＜株洲时评＞", "【株洲时评】", "〈株洲时评〉"])
def test_a_bracketed_column_label_is_the_section_over_a_headline_with_a_comma(label):
    text = "\n\n".join([
        "株洲日报　2026年3月15日　星期日　A08　评论",
        label,
        "垃圾分类，贵在坚持",
        "株洲日报评论员",
        "垃圾分类推行三年，成效初显，但一些小区的分类投放仍流于形式。",
        "分类不是一阵风，需要每个人坚持下去。",
    ])
    issue = parse_text(text, "x.txt")
    a = issue.articles[0]
    assert (a.title, a.section, a.type, a.reporters) == ("垃圾分类，贵在坚持", "株洲时评", "commentary", ["株洲日报评论员"])


def test_a_framed_notice_title_keeps_being_a_notice():
    issue = parse_text("【注销公告】\n\n株洲某某餐饮有限公司经股东决定注销，请债权人申报债权。\n", "x.txt")
    assert [(a.title, a.type) for a in issue.articles] == [("注销公告", "notice")]


def test_a_readers_letter_is_other_and_a_column_named_observation_is_commentary():
    text = "\n\n".join([
        "读者来信",
        "公交站台的雨棚漏雨了",
        "编辑同志：芦淞区某公交站台的雨棚破了个洞，下雨天候车很不方便，希望尽快修好。",
        "株洲观察",
        "让“夜经济”亮起来",
        "□ 谭　某",
        "夜市火了，城市的烟火气也回来了。管理要跟上，让夜经济既热闹又有序。",
    ])
    issue = parse_text(text, "x.txt")
    assert [(a.title, a.type) for a in issue.articles] == [("公交站台的雨棚漏雨了", "other"), ("让“夜经济”亮起来", "commentary")]
    assert issue.articles[1].reporters == ["谭某"]


# --- 4. names and credits ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("胡 乐", ["胡乐"]),
        ("邝　勇 朱　琳", ["邝勇", "朱琳"]),
        ("王　伟 李小明", ["王伟", "李小明"]),
        ("李小明 王　伟", ["李小明", "王伟"]),
        ("谭某某 刘某", ["谭某某", "刘某"]),
    ],
)
def test_names_padded_to_three_characters(text, names):
    assert split_names(text) == names


def test_a_padded_byline_in_a_lead():
    issue = parse_text("株洲开通新航线\n\n本报讯（记者 田　某 通讯员 邝　某 朱　某）3月16日，株洲机场开通新航线。\n", "x.txt")
    a = issue.articles[0]
    assert (a.reporters, a.correspondents) == (["田某"], ["邝某", "朱某"])


def test_a_closing_report_credit_is_no_photo_credit():
    text, credit = split_trailing_credit("3月16日，市区启动认养活动。（全媒体记者 邹某 通讯员 彭某 报道）")
    assert credit is None and text.endswith("报道）")
    issue = parse_text(
        "株洲日报 2026年3月17日 星期二\n市区启动绿地认养\n3月16日，市区启动绿地认养活动，首批认养绿地32块。（全媒体记者 邹某 通讯员 彭某 报道）\n"
        "荷塘区新建充电站\n3月16日，荷塘区新建充电站投用。（通讯员 唐某）\n",
        "x.txt",
    )
    a = issue.articles[0]
    assert (a.type, a.reporters, a.correspondents, a.photographers) == ("news", ["邹某"], ["彭某"], [])


def test_numbered_photos_over_one_credit_are_one_caption():
    text = "\n".join([
        "株洲日报 2026年3月18日 星期三 A08 视觉",
        "春到湘江",
        "图①：3月17日，市民在湘江风光带踏青。",
        "图②：3月17日，孩子们在草地上放风筝。",
        "株洲日报全媒体记者 王　某 摄",
        "醴陵举办陶瓷集市",
        "本报讯（记者 方某某）3月17日，醴陵陶瓷集市开市。",
    ])
    issue = parse_text(text, "x.txt")
    assert [(a.title, a.type, a.photographers) for a in issue.articles] == [
        ("春到湘江", "caption", ["王某"]), ("醴陵举办陶瓷集市", "news", []),
    ]


def test_zero_width_and_typographic_spaces_do_not_break_names():
    html = (
        "<p><strong>株洲新增绿色工厂</strong></p>\n"
        "<p>本报讯（记者&ensp;邓\u200b某\u200b某&ensp;通讯员&nbsp;李\u200b某）3月18日，我市2家企业获评绿色工厂。</p>\n"
        "<p><strong>荷塘区建成零碳社区</strong></p>\n"
        "<p>本报讯（通讯员&ensp;孙某）3月18日，荷塘区建成首个零碳社区。</p>\n"
    )
    issue = parse_text(html, "x.html")
    assert issue.rendition == "markup"
    assert [(a.reporters, a.correspondents) for a in issue.articles] == [(["邓某某"], ["李某"]), ([], ["孙某"])]


def test_the_papers_name_in_bold_is_the_masthead_not_an_article():
    html = (
        '<p style="text-align:center"><strong>株洲日报</strong></p>\n'
        "<p>2026年3月19日&ensp;星期四&ensp;第A02版：要闻</p>\n"
        "<p><strong>株洲新增2家高新技术企业孵化器</strong></p>\n"
        "<p>本报讯（记者 邓某）3月18日，我市新增2家省级孵化器。</p>\n"
        "<p><strong>天元区新建2所幼儿园</strong></p>\n"
        "<p>本报讯（通讯员 孙某）3月18日，天元区2所幼儿园开工。</p>\n"
    )
    issue = parse_text(html, "x.html")
    assert titles(issue) == ["株洲新增2家高新技术企业孵化器", "天元区新建2所幼儿园"]
    assert issue.date == "2026-03-19"


# --- 5. PDF text bylines -----------------------------------------------------------------------------


def test_a_pdf_byline_line_broken_inside_a_name_goes_on_below():
    lines = ["株洲日报　2026年3月20日　星期五　A04　区县", "攸县：酒埠江景区获评省级旅游度假区", "■全媒体记者 彭某某 通讯员 张", "某 罗某某"]
    lines += _wrap("近日，省文化和旅游厅公布新一批省级旅游度假区名单，攸县酒埠江旅游度假区入选，规划面积64平方公里。", 20)
    lines += _wrap("度假区去年接待游客超过300万人次，旅游综合收入达25亿元，带动周边村民就业3000余人。", 20)
    lines += ["茶陵：“稻花鱼”开捕", "■通讯员 谭某某"]
    lines += _wrap("3月19日，茶陵县严塘镇的稻田里，农民们忙着捕捞“稻花鱼”，今年该县稻鱼综合种养面积达1.5万亩。", 20)
    issue = parse_text("\n".join(lines), "x.txt")
    assert issue.rendition == "pdf_text"
    assert titles(issue) == ["攸县：酒埠江景区获评省级旅游度假区", "茶陵：“稻花鱼”开捕"]
    assert (issue.articles[0].reporters, issue.articles[0].correspondents) == (["彭某某"], ["张某", "罗某某"])
    assert_nothing_lost(issue)


def test_parse_credit_reads_the_joined_byline():
    assert parse_credit("■全媒体记者 彭某某 通讯员 张某 罗某某").correspondents == ["张某", "罗某某"]


# --- 6. detection ------------------------------------------------------------------------------------


def test_a_four_line_page_without_blank_lines_is_single_newline():
    text = "市区新增充电车位800个\n本报讯（记者 黎某）3月20日，市区800个充电车位投用。\n荷塘区举办邻里节\n本报讯（通讯员 黄某）3月20日，荷塘区邻里节开幕。"
    issue = parse_text(text, "zzrb-2026-03-21.txt")
    assert issue.rendition == "single_newline"
    assert titles(issue) == ["市区新增充电车位800个", "荷塘区举办邻里节"]


@pytest.mark.parametrize("mark", ["#", "##", "###"])
def test_an_export_with_every_title_at_one_heading_level_is_markdown(mark):
    text = f"{mark} 湘江开展增殖放流\n\n本报讯（记者 谭某）3月21日，湘江株洲段放流鱼苗120万尾。\n\n{mark} 茶陵新建光伏电站\n\n本报讯（通讯员 尹某）近日，茶陵县光伏电站并网。\n"
    assert detect(text.split("\n")) == "markup"
    issue = parse_text(text, "x.md")
    assert titles(issue) == ["湘江开展增殖放流", "茶陵新建光伏电站"]


def test_a_one_article_export_titled_in_its_front_matter():
    text = "\n".join([
        "---",
        'title: "株洲新能源汽车产量增长三成"',
        "author: 全媒体记者 廖某 通讯员 邓某",
        "date: 2026-03-22",
        "---",
        "",
        "3月21日，记者从市工信局获悉，前两月全市新能源汽车产量同比增长31%。",
        "",
        "目前，我市已形成完整的新能源汽车产业链。",
    ])
    issue = parse_text(text, "x.md")
    assert issue.date == "2026-03-22"
    a = issue.articles[0]
    assert (a.title, a.reporters, a.correspondents, a.type) == ("株洲新能源汽车产量增长三成", ["廖某"], ["邓某"], "news")
    assert_nothing_lost(issue)


def test_a_page_export_keeps_its_front_matter_title_as_metadata():
    text = "---\ntitle: 株洲日报 2026年3月23日\ndate: 2026-03-23\n---\n\n## 市区新增公厕20座\n\n本报讯（记者 彭某）3月22日，市区新增公厕20座。\n\n## 天元区开展义诊\n\n本报讯（通讯员 李某）3月22日，天元区开展义诊。\n"
    issue = parse_text(text, "x.md")
    assert titles(issue) == ["市区新增公厕20座", "天元区开展义诊"]


def test_a_gb18030_file_named_in_chinese_numerals():
    text = "株洲开通至成都航线\r\n\r\n本报讯（记者 田　某）3月23日，株洲至成都航线开通。\r\n"
    issue = parse_bytes(text.encode("gb18030"), "株洲日报-二〇二六年三月二十四日.txt")
    assert (issue.date, issue.date_source) == ("2026-03-24", "filename")
    assert issue.articles[0].reporters == ["田某"]


def test_a_letters_signature_stays_with_the_letter():
    text = "\n\n".join([
        "读者来信",
        "小区路灯该修了",
        "编辑同志：我家小区门前的路灯坏了一个月，晚上出行不便，希望尽快维修。",
        "读者 王先生",
        "遗失声明",
        "株洲市某某商行遗失营业执照副本，声明作废。",
    ])
    issue = parse_text(text, "x.txt")
    letter, notice = issue.articles
    assert (letter.title, letter.section, letter.paragraphs[-1]) == ("小区路灯该修了", "读者来信", "读者 王先生")
    assert (notice.title, notice.subtitle) == ("遗失声明", "")


# --- 7. batch four: bracketed weekdays, publication-date lines, credits above their captions -------


def test_a_masthead_with_its_weekday_in_brackets():
    assert cn_dates.to_figures("2026年3月25日（星期三）　农历二月初七") == "2026年3月25日 星期三　农历二月初七"
    text = "株洲日报\n\n2026年3月25日（星期三）　农历二月初七\n\n市区新增5处口袋公园\n\n本报讯（记者 袁某）3月24日，市区5处口袋公园开放。\n"
    issue = parse_text(text, "x.txt")
    assert (issue.date, issue.date_source) == ("2026-03-25", "masthead")
    assert titles(issue) == ["市区新增5处口袋公园"]


def test_a_publication_date_line_in_a_labelled_scrape():
    text = "\n".join([
        "株洲日报电子版",
        "出版日期：2026-03-26",
        "版次：A05",
        "标题：株洲新材料产业园投产",
        "作者：全媒体记者 蒋某 通讯员 周某",
        "正文：",
        "3月25日，株洲新材料产业园一期投产。",
    ])
    issue = parse_text(text, "x.txt")
    assert issue.date == "2026-03-26"
    assert titles(issue) == ["株洲新材料产业园投产"]
    assert_nothing_lost(issue)


def test_a_bracketed_credit_above_its_caption():
    text = "\n".join([
        "株洲日报 2026年3月27日 星期五 A08 视觉",
        "春满神农谷",
        "（株洲日报全媒体记者 邓某 摄）",
        "图为3月26日，炎陵县神农谷杜鹃盛开，游客在栈道上赏花。",
        "市区新增3处城市阳台",
        "本报讯（记者 孙某）3月26日，湘江风光带3处城市阳台开放。",
    ])
    issue = parse_text(text, "x.txt")
    assert [(a.title, a.type, a.photographers) for a in issue.articles] == [
        ("春满神农谷", "caption", ["邓某"]), ("市区新增3处城市阳台", "news", []),
    ]
