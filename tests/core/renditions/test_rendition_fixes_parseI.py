"""Focused checks for the repairs found with the ninth round of test issues (round I).

Two columns set side by side with ideographic spaces (U+3000) as the gutter,
style sheets, scripts and navigation bars spread over several lines of a saved
HTML page, and a file named by month and day only whose year is in its text.
Each test feeds a few lines of original text and asserts what a reader sees.
"""

from __future__ import annotations

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.parse import parse_text
from zzreader.core.renditions import hidden_blocks, name_month_day, wide_gutter

S = "\u3000"

# --- 1. Two columns with an ideographic-space gutter -------------------------------------------------------


def _columns(left: list[str], right: list[str], col: int = 36) -> list[str]:
    """Lines as a Word export sets them: the left column padded with U+3000 to one display column."""
    out = []
    for i in range(max(len(left), len(right))):
        a = left[i] if i < len(left) else ""
        b = right[i] if i < len(right) else ""
        pad = max(2, (col - wide_gutter.width(a) + 1) // 2)
        out.append(a + S * pad + b if b else a)
    return out


_LEFT = ["攸县网岭镇油菜喜获丰收", "株洲日报全媒体记者 胡志斌",
         S * 2 + "6月2日，攸县网岭", "镇万亩油菜基地开镰收割", "，预计亩产菜籽180公", "斤，比去年增产一成。",
         S * 2 + "当地还引进烘干设", "备，减少晾晒损失。"]
_RIGHT = ["醴陵陶瓷博物馆开设夜场", "株洲日报全媒体记者 邓丽君",
          S * 2 + "6月起，醴陵陶瓷博", "物馆每周五、周六开设夜", "场，开放时间延长至21", "时。"]
_PAGE = ["株洲日报" + S * 12 + "2025年6月3日　星期二", "A06" + S * 8 + "区县" + S * 8 + "责任编辑：邱　华", "",
         *_columns(_LEFT, _RIGHT)]


def test_columns_with_an_ideographic_gutter_are_read_left_column_first():
    issue = parse_text("\n".join(_PAGE), "x.txt")
    assert titles(issue) == ["攸县网岭镇油菜喜获丰收", "醴陵陶瓷博物馆开设夜场"]
    assert issue.articles[0].reporters == ["胡志斌"] and issue.articles[1].reporters == ["邓丽君"]
    assert issue.articles[0].paragraphs[0].startswith("6月2日，攸县网岭镇万亩油菜基地开镰收割，预计亩产菜籽180公斤")
    assert issue.articles[1].paragraphs[0].endswith("开放时间延长至21时。")
    assert issue.date == "2025-06-03" and issue.rendition == "pdf_text"
    assert_nothing_lost(issue)


def test_the_right_columns_indent_past_the_gutter_stays_a_paragraph_start():
    half = wide_gutter._split("当地还引进烘干设" + S * 6 + "场，开放时间", 30)
    assert half == ("当地还引进烘干设", "场，开放时间")
    left, right = wide_gutter._split("当地还引进烘干设" + S * 9 + "6月起，醴陵", 30)
    assert left == "当地还引进烘干设" and right == S * 2 + "6月起，醴陵"


def test_a_running_head_cut_by_wide_gaps_stays_whole():
    assert wide_gutter.reorder(_PAGE, [])[1] == (2, _PAGE[1])


def test_paragraphs_run_together_with_an_indent_are_no_columns():
    """An e-paper line joins paragraphs with '。　　': one column, however many such lines."""
    lines = [
        "　　6月2日，荷塘区新建的3个口袋公园开放。　　公园配有健身器材和儿童游乐设施。",
        "　　6月2日，芦淞区举办服饰直播节。　　直播节为期3天，吸引主播200余名参加活动。",
        "　　6月2日，石峰区启动消夏文化季。　　活动持续到8月底，共安排演出40余场。",
    ]
    assert wide_gutter.reorder(lines, []) is None


# --- 2. Style sheets, scripts and navigation bars over several lines ----------------------------------------

_HTML = """<html>
<head>
<style type="text/css">
.news h2 { font-size: 20px; }
</style>
</head>
<body>
<nav>
<a href="/">首页</a> | <a href="/past">往期回顾</a> | <a href="/contact">联系我们</a>
</nav>
<p>2025年6月4日 星期三</p>
<h2>市一医院开通夜间门诊</h2>
<p>株洲日报全媒体记者 谭　杰</p>
<p>6月3日起，市一医院开通内科、儿科夜间门诊，每天接诊至22时。</p>
<script>
var stat = "株洲日报客户端下载";
</script>
</body>
</html>"""


def test_style_script_and_nav_over_several_lines_are_furniture():
    issue = parse_text(_HTML, "x.html")
    assert titles(issue) == ["市一医院开通夜间门诊"]
    assert issue.articles[0].reporters == ["谭杰"]
    assert issue.date == "2025-06-04"
    text = "".join(p for a in issue.articles for p in a.paragraphs)
    assert "font-size" not in text and "客户端" not in text and "往期回顾" not in text
    assert_nothing_lost(issue)


def test_a_breadcrumb_naming_the_date_or_page_is_no_plain_navigation():
    crumb = "<nav>首页 &gt; 株洲日报 &gt; 2025年06月04日 &gt; 第A03版：城事</nav>"
    assert hidden_blocks.strip_nav(crumb) == crumb
    assert hidden_blocks.strip_nav("<nav><a>首页</a><a>往期回顾</a></nav><h2>标题</h2>") == "<h2>标题</h2>"
    assert hidden_blocks.spans(["<nav>", "<a>第A03版</a>", "</nav>"]) == set()
    assert hidden_blocks.spans(["<script>", "var a = 1;"]) == set()  # never closed: hides nothing


# --- 3. A file named by month and day only --------------------------------------------------------------------

_UNDATED = [
    "A02　要闻",
    "株洲西站综合交通枢纽完成主体施工",
    "株洲日报讯（记者 贺　敏）6月3日，株洲西站综合交通枢纽主体工程完工，预计年内投入使用。",
]


def test_month_and_day_in_the_name_take_the_year_from_a_copyright_line():
    issue = parse_text("\n".join([*_UNDATED, "Copyright © 2024-2025 株洲日报社 版权所有"]), "6月4日A02.txt")
    assert (issue.date, issue.date_source) == ("2025-06-04", "filename")
    assert titles(issue) == ["株洲西站综合交通枢纽完成主体施工"]


def test_month_and_day_in_the_name_take_the_year_the_text_names():
    text = "\n".join([*_UNDATED, "据悉，该枢纽是2024年我市重点建设项目之一，2024年开工。"])
    assert parse_text(text, "6月4日.txt").date == "2024-06-04"


def test_a_name_with_two_days_or_no_year_in_the_text_gives_no_date_from_the_name():
    assert name_month_day.month_day("6月3日-6月4日合刊.txt") is None
    assert name_month_day.month_day("6月4日A02.txt") == (6, 4)
    assert name_month_day.copyright_year(["株洲日报社 版权所有"]) is None


# --- 4. A lunar date between the masthead date and its weekday ------------------------------------------------


def test_a_lunar_date_before_the_weekday_leaves_the_masthead_a_masthead():
    text = "\n".join([
        "株洲日报　2025年6月5日　农历五月初十　星期四",
        "A03　城事",
        "神农湖水质提升工程完工",
        "株洲日报讯（记者 向　阳）6月4日，神农湖水质提升工程完工，湖水透明度明显提高。",
    ])
    issue = parse_text(text, "x.txt")
    assert titles(issue) == ["神农湖水质提升工程完工"]
    assert (issue.date, issue.date_source) == ("2025-06-05", "masthead")


def test_the_lunar_move_keeps_every_other_line_as_it_is():
    from zzreader.core.renditions.cn_dates import to_figures

    assert to_figures("2025年6月5日 农历五月初十 星期四") == "2025年6月5日 星期四 农历五月初十"
    assert to_figures("今年农历五月初五是端午节，星期六放假。") == "今年农历五月初五是端午节，星期六放假。"


# --- 5. An HTML masthead set in tags and entities -------------------------------------------------------------


def test_an_html_masthead_in_a_div_with_entities_dates_the_issue():
    page = "\n".join([
        "<html><body>",
        '<div class="masthead">株洲日报&emsp;2025年6月6日&emsp;星期五&emsp;农历五月十一</div>',
        "<h2>市区新增两条夜间公交线路</h2>",
        "<p>株洲日报全媒体记者&nbsp;万　青</p>",
        "<p>6月5日，记者从市公交集团获悉，市区将新开两条夜间公交线路，方便市民夜间出行。</p>",
        "<p>新线路自6月8日起运营，末班车延长到23时。</p>",
        "</body></html>",
    ])
    issue = parse_text(page, "x.html")
    assert (issue.date, issue.date_source) == ("2025-06-06", "masthead")  # not the day after the dateline, nor 6月8日
    assert titles(issue) == ["市区新增两条夜间公交线路"]


# --- 6. A running head at the foot of a short PDF page: page, date, weekday, paper, editor -------------------

_SHORT_PAGE = [
    "醴陵新增两条城乡公交线路",
    "　　6月11日，醴陵市新开通醴陵至沈潭、醴陵",
    "至明月的两条城乡公交线路，沿线12个村的村民",
    "出行更加方便。（记者 喻　静）",
    "B02　　2025年6月12日　星期四　　株洲日报　　责任编辑：马　晴",
]


def test_a_page_first_running_head_at_the_foot_names_the_date_and_keeps_the_page():
    issue = parse_text("\n".join(_SHORT_PAGE), "x.txt")
    assert titles(issue) == ["醴陵新增两条城乡公交线路"]
    assert issue.articles[0].reporters == ["喻静"]
    assert (issue.date, issue.date_source) == ("2025-06-12", "masthead")
    assert_nothing_lost(issue)


def test_a_paragraph_ends_the_masthead_whatever_dated_line_follows():
    """A short page whose foot line only hints at a masthead: the text above it stays articles."""
    lines = [*_SHORT_PAGE[:-1], "株洲日报　2025年6月12日　星期四"]
    issue = parse_text("\n".join(lines), "x.txt")
    assert titles(issue) == ["醴陵新增两条城乡公交线路"]
    assert issue.date == "2025-06-12"


# --- 7. Markdown written by pandoc from a Word file -----------------------------------------------------------

_PANDOC = """株洲日报\\
2025年6月13日 星期五

**荷塘区开展“邻里节”活动**

株洲日报全媒体记者 何　萍

6月12日，荷塘区各社区开展第五届“邻里节”活动。\\
活动包括：

1\\. 百家宴；

2\\. 二手物品交换；

3\\. 社区才艺展示。
"""


def test_pandoc_escapes_mark_a_markdown_export_and_are_taken_out():
    issue = parse_text(_PANDOC, "x.md.txt")
    assert issue.rendition == "markup"
    assert titles(issue) == ["荷塘区开展“邻里节”活动"]
    assert issue.articles[0].reporters == ["何萍"]
    text = "".join(issue.articles[0].paragraphs)
    assert "\\" not in text and "百家宴" in text
    assert issue.articles[0].paragraphs[0] == "6月12日，荷塘区各社区开展第五届“邻里节”活动。"  # the break kept the lines apart
    assert issue.date == "2025-06-13"


def test_unescape_keeps_a_lone_backslash_in_text_and_reads_a_break():
    from zzreader.core.renditions import md_escapes

    assert md_escapes.unescape("1\\. 百家宴；") == ("1. 百家宴；", False)
    assert md_escapes.unescape("株洲日报\\") == ("株洲日报", True)
    assert md_escapes.unescape("路径 C:\\data") == ("路径 C:\\data", False)
    assert not md_escapes.looks_escaped(["文件存放在 D:\\报纸\\2025 目录。", "株洲日报"])


# --- 8. Bylines: 撰文/摄影 fields, an unbracketed credit closed by '报道', colons in print ------------------------


def test_writer_and_photographer_fields_sign_a_story():
    from zzreader.core.bylines import parse_credit

    credit = parse_credit("撰文：唐　洁　摄影：许文武")
    assert (credit.reporters, credit.photographers) == (["唐洁"], ["许文武"])


def test_an_unbracketed_credit_closed_by_reported_opens_the_lead():
    from zzreader.core.bylines import parse_lead

    lead = parse_lead("本报讯 记者黄　晨 通讯员邹立报道 6月19日，株洲市第三届龙舟赛在湘江举行。")
    assert (lead.byline.reporters, lead.byline.correspondents) == (["黄晨"], ["邹立"])
    assert lead.rest.startswith("6月19日") and lead.dateline == "6月19日"
    assert parse_lead("本报讯 据媒体报道，6月19日，龙舟赛举行。").byline.reporters == []
    assert parse_lead("本报讯 记者从市体育局获悉，龙舟赛将于月底举行。").byline.reporters == []


def test_role_fields_with_colons_do_not_make_a_dump_an_epaper_scrape():
    text = "\n".join([
        "株洲日报", "2025年6月20日 星期五", "第A05版　文体",
        "株洲市青少年足球联赛开赛",
        "记者：范　杰 通讯员：邓晓雨",
        "6月19日，株洲市青少年足球联赛开赛，48支球队参加。",
        "市博物馆推出暑期研学课程",
        "记者：杨　柳",
        "6月19日，市博物馆发布暑期研学课程，共设12个主题。",
    ])
    issue = parse_text(text, "x.txt")
    assert issue.rendition == "single_newline"
    assert [(a.title, a.reporters, a.correspondents) for a in issue.articles] == [
        ("株洲市青少年足球联赛开赛", ["范杰"], ["邓晓雨"]), ("市博物馆推出暑期研学课程", ["杨柳"], [])]


# --- 9. The date in a saved page's own address ---------------------------------------------------------------


def test_the_date_in_the_pages_own_address_dates_an_undated_scrape():
    from zzreader.core.renditions import url_dates

    lines = [
        "株洲日报数字报", "第A03版：城事", "株洲西湖公园荷花盛开",
        "作者：株洲日报全媒体记者 谭　丽",
        "　　6月20日，西湖公园的荷花进入盛花期。",
        "原文链接：https://epaper.zhuzhouwang.com/zzrb/html/2025-06/21/content_91234.htm",
    ]
    issue = parse_text("\n".join(lines), "x.txt")
    assert issue.date == "2025-06-21"
    assert str(url_dates.page_date(["http://epaper.example.cn/zzrb/20250621/A03.html"])) == "2025-06-21"
    assert str(url_dates.page_date(['<link rel="canonical" href="https://e.example.cn/2025/06/21/a.htm">'])) == "2025-06-21"


def test_links_to_other_pages_and_disagreeing_addresses_give_no_date():
    from zzreader.core.renditions import url_dates

    assert url_dates.page_date(['<a href="/zzrb/html/2025-06/20/node_1.htm">上一期</a>']) is None
    assert url_dates.page_date(["网址：http://a.cn/2025-06/21/x.htm", "网址：http://a.cn/2025-06/22/y.htm"]) is None
    assert url_dates.page_date(["http://a.cn/content_202506211234.htm"]) is None  # digits of an id, no date


# --- 10. An exported e-paper page's info line in HTML -------------------------------------------------------------


def test_an_info_line_in_html_gives_the_byline_and_the_date():
    page = "\n".join([
        "<html><body>",
        "<h1>芦淞区服饰产业直播基地开园</h1>",
        '<p class="info">作者：株洲日报全媒体记者 卢　婷 通讯员 张　帆　来源：株洲日报　日期：2025-06-24</p>',
        "<p>6月23日，芦淞区服饰产业直播基地开园，首批入驻直播团队60个。</p>",
        "<h1>天元区新增3所公办幼儿园</h1>",
        '<p class="info">作者：株洲日报全媒体记者 邱　月　来源：株洲日报　日期：2025-06-24</p>',
        "<p>今年秋季，天元区将新增3所公办幼儿园，新增学位810个。</p>",
        "</body></html>",
    ])
    issue = parse_text(page, "x.html")
    assert [(a.title, a.reporters, a.correspondents) for a in issue.articles] == [
        ("芦淞区服饰产业直播基地开园", ["卢婷"], ["张帆"]), ("天元区新增3所公办幼儿园", ["邱月"], [])]
    assert issue.date == "2025-06-24"


# --- 11. A masthead date in figures with its weekday, and an export's table of anchor links -------------------


def test_a_dotted_masthead_date_with_its_weekday_is_the_masthead():
    text = "\n".join([
        "株洲日报　2025.7.3　周四",
        "A02　要闻",
        "株洲发布首批“湘江夜游”线路",
        "株洲日报记者 陶　然",
        "7月2日，市文旅广电局发布首批3条“湘江夜游”线路。",
    ])
    issue = parse_text(text, "x.txt")
    assert titles(issue) == ["株洲发布首批“湘江夜游”线路"]
    assert (issue.date, issue.date_source) == ("2025-07-03", "masthead")
    assert_nothing_lost(issue)


def test_a_list_of_links_to_anchors_in_the_page_is_a_table_of_contents():
    text = "\n".join([
        "# 株洲日报 2025年7月3日 星期四",
        "",
        "- [攸县高铁站站前广场完工](#a1)",
        "- [炎陵县新增两家民宿](#a2)",
        "",
        "## 攸县高铁站站前广场完工 {#a1}",
        "",
        "株洲日报全媒体记者 阳　光",
        "",
        "7月2日，攸县高铁站站前广场提质工程完工。",
        "",
        "## 炎陵县新增两家民宿 {#a2}",
        "",
        "株洲日报全媒体记者 苏　菲",
        "",
        "7月2日，炎陵县又有两家精品民宿开门迎客。",
    ])
    issue = parse_text(text, "x.md")
    assert titles(issue) == ["攸县高铁站站前广场完工", "炎陵县新增两家民宿"]
    assert hidden_blocks.is_anchor_link('<li><a href="#a1">攸县高铁站站前广场完工</a></li>')
    assert not hidden_blocks.is_anchor_link("- [市政府官网](https://www.zhuzhou.gov.cn)")
    assert_nothing_lost(issue)


# --- 12. Batch six: framed headlines, document numbers, an editor's note, a series kicker, <time>, blocks of wrapped text


def test_a_dump_that_frames_every_headline_in_square_brackets():
    text = "\n".join([
        "株洲日报 2025年7月12日 星期六 A03 城事",
        "【芦淞区新增两处“城市书房”并对外开放】",
        "株洲日报全媒体记者 管　宁",
        "7月11日，芦淞区新建的两处“城市书房”对外开放，藏书共2万余册。",
    ])
    issue = parse_text(text, "x.txt")
    assert titles(issue) == ["芦淞区新增两处“城市书房”并对外开放"]
    assert issue.articles[0].reporters == ["管宁"]


def test_a_document_number_under_a_two_line_notice_title_is_notice_text():
    text = "\n".join([
        "株洲市住房和城乡建设局", "关于城区部分路段施工的通告", "",
        "株建通〔2025〕7号", "",
        "因管网改造需要，7月15日至7月30日建设南路部分路段半幅封闭施工，请过往车辆绕行。", "",
        "株洲市住房和城乡建设局", "2025年7月12日",
    ])
    issue = parse_text(text, "x.txt")
    (article,) = issue.articles
    assert article.title + article.subtitle == "株洲市住房和城乡建设局关于城区部分路段施工的通告"
    assert article.paragraphs[0] == "株建通〔2025〕7号"


def test_an_editors_note_and_a_series_kicker_belong_to_the_article_under_them():
    text = "\n".join([
        "编者按：即日起，本报推出“高质量发展调研行”系列报道。", "",
        "“高质量发展·调研行”", "",
        "株洲硬质合金产业链产值突破300亿元", "",
        "株洲日报全媒体记者 杜　康", "",
        "7月11日，记者从市工信局获悉，今年上半年我市硬质合金产业链实现产值152亿元。",
    ])
    issue = parse_text(text, "x.txt")
    (article,) = issue.articles
    assert article.title == "株洲硬质合金产业链产值突破300亿元" and article.reporters == ["杜康"]
    assert article.kicker == "“高质量发展·调研行”"
    assert article.paragraphs[0].startswith("编者按")


def test_html5_time_elements_date_the_page_when_they_agree():
    from zzreader.core.renditions import head_dates

    assert head_dates.time_date(['<time datetime="2025-07-12">7月12日</time>', '<time datetime="2025-07-12">']) == "2025-07-12"
    assert head_dates.time_date(['<time datetime="2025-07-11">', '<time datetime="2025-07-12">']) is None


def _wrapped(paragraph: str, width: int = 20) -> list[str]:
    """A paragraph as an extractor wraps it: a two-space indent, then a break every `width` characters."""
    text = "  " + paragraph
    return [text[k:k + width] for k in range(0, len(text), width)]


def test_pdf_text_with_blank_lines_between_its_blocks_is_still_unwrapped():
    lines = ["株洲日报                  2025年7月14日 星期一                  A02 要闻", "",
             "          石峰区启动工业遗址保护利用规划", "          株洲日报全媒体记者 杭 帆", "",
             *_wrapped("7月13日，石峰区启动清水塘工业遗址保护利用规划编制工作，将对12处工业遗存开展调查评估，探索“工业遗址+文旅”发展新路径。"),
             *_wrapped("规划编制预计年底前完成，届时将向社会公开征求意见，并邀请市民参与遗址命名。"), "",
             "          荷塘区开展防溺水安全宣传", "          株洲日报全媒体记者 龙 飞", "",
             *_wrapped("7月13日，荷塘区组织志愿者在辖区河道、山塘等重点水域开展防溺水巡查和宣传，发放资料3000余份。")]
    issue = parse_text("\n".join(lines), "x.txt")
    assert issue.rendition == "pdf_text"
    assert titles(issue) == ["石峰区启动工业遗址保护利用规划", "荷塘区开展防溺水安全宣传"]
    assert issue.articles[0].paragraphs[0].endswith("探索“工业遗址+文旅”发展新路径。")
    assert [a.reporters for a in issue.articles] == [["杭帆"], ["龙飞"]]


def test_a_plain_dump_with_blank_lines_between_one_line_paragraphs_stays_plain():
    lines = ["石峰区启动工业遗址保护利用规划", "", "株洲日报全媒体记者 杭帆", ""]
    lines += ["  7月13日，石峰区启动清水塘工业遗址保护利用规划编制工作。", "", "  规划编制预计年底前完成。", ""] * 4
    assert parse_text("\n".join(lines), "x.txt").rendition == "plain"


# --- 13. Batch seven: boxed sub-heads in an ad, the paper's name before a page line, WeChat chrome, no-indent PDF text


def test_boxed_sub_heads_of_an_ad_are_no_columnists():
    from zzreader.core.bylines import is_columnist, parse_credit

    assert parse_credit("■ 招聘岗位") is None and parse_credit("■ 联系方式") is None and not is_columnist("■ 福利待遇")
    assert parse_credit("□ 欧阳晓峰").reporters == ["欧阳晓峰"] and parse_credit("□ 高　远").reporters == ["高远"]
    text = "\n".join(["诚聘", "", "某某物流公司招聘司机。", "", "■ 招聘岗位", "", "货车司机3名。", "", "■ 联系方式", "",
                      "电话：0731-22861111"])
    issue = parse_text(text, "x.txt")
    assert [(a.title, a.reporters, a.type) for a in issue.articles] == [("诚聘", [], "ad")]


def test_the_papers_name_before_a_page_line_names_the_page():
    lines = ["株洲日报数字报 第A05版：文体", "株洲籍举重运动员打破全国纪录",
             "【发布时间：2025-07-23】【作者：株洲日报全媒体记者 石　川】", "　　7月22日，全国举重锦标赛在湖北举行。"]
    issue = parse_text("\n".join(lines), "x.txt")
    assert titles(issue) == ["株洲籍举重运动员打破全国纪录"]
    assert issue.articles[0].section == "文体" and issue.date == "2025-07-23"


def test_a_copied_wechat_post_keeps_only_its_story():
    from zzreader.core.renditions import wechat

    lines = ["点击上方蓝字关注我们", "株洲日报 2025年7月23日 星期三", "醴陵瓷器出口额同比增长15%", "株洲日报全媒体记者 蔡　文",
             "7月22日，记者从醴陵海关获悉，上半年醴陵陶瓷出口额同比增长15%。", "- END -", "往期推荐", "点个在看"]
    issue = parse_text("\n".join(lines), "x.txt")
    assert titles(issue) == ["醴陵瓷器出口额同比增长15%"]
    assert issue.articles[0].paragraphs == ["7月22日，记者从醴陵海关获悉，上半年醴陵陶瓷出口额同比增长15%。"]
    assert wechat.is_chrome("分享、点赞、在看") and not wechat.is_chrome("市民点赞新开的社区食堂")
    assert_nothing_lost(issue)


def test_pdf_text_without_indents_and_a_blank_line_after_each_paragraph():
    def wrapped(paragraph: str) -> list[str]:
        return [paragraph[k:k + 20] for k in range(0, len(paragraph), 20)]

    lines = ["株洲日报　2025年7月24日　星期四　A02　要闻", "", "株洲获评全国综合货运枢纽补链强链城市", "",
             "株洲日报全媒体记者 文　涛", "",
             *wrapped("7月23日，记者从市交通运输局获悉，株洲获评全国综合货运枢纽补链强链城市，将获中央财政资金支持。"), "",
             *wrapped("根据方案，我市将新建和改造铁路专用线、物流园区等项目，进一步降低物流成本。"), "",
             "荷塘区新建3处口袋公园", "", "株洲日报全媒体记者 包　玉", "",
             *wrapped("7月23日，荷塘区新建的3处口袋公园完工开放，新增绿地面积1.2万平方米。")]
    issue = parse_text("\n".join(lines), "x.txt")
    assert issue.rendition == "pdf_text"
    assert titles(issue) == ["株洲获评全国综合货运枢纽补链强链城市", "荷塘区新建3处口袋公园"]
    assert len(issue.articles[0].paragraphs) == 2 and issue.articles[0].paragraphs[1].endswith("进一步降低物流成本。")


# --- 14. Batch eight: a running head between pages set in columns, RSS and Atom feeds --------------------------


def test_a_running_head_after_a_page_in_columns_stays_whole():
    page = [*_PAGE, "\f株洲日报" + S * 2 + "2025年6月3日" + S + "星期二" + S * 2 + "A07" + S * 2 + "文体",
            "市体育中心游泳馆暑期开放", "　　本报讯（全媒体记者 何　亮）6月2日，市体育中心游泳馆开始暑期开放，", "每天开放至晚上9时。"]
    issue = parse_text("\n".join(page), "x.txt")
    assert titles(issue) == ["攸县网岭镇油菜喜获丰收", "醴陵陶瓷博物馆开设夜场", "市体育中心游泳馆暑期开放"]
    assert issue.articles[2].reporters == ["何亮"]
    assert_nothing_lost(issue)


_RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
<channel>
<title>株洲日报</title>
<item>
<title>株洲西站站前广场改造完工</title>
<link>http://example.cn/a/1.htm</link>
<pubDate>Thu, 31 Jul 2025 07:00:00 +0800</pubDate>
<description>&lt;p&gt;株洲日报全媒体记者 韦　东&lt;/p&gt;&lt;p&gt;7月30日，株洲西站站前广场改造完工，新增停车位400个。&lt;/p&gt;</description>
</item>
<item>
<title>市区新增两处“口袋公园”</title>
<pubDate>Thu, 31 Jul 2025 07:00:00 +0800</pubDate>
<content:encoded><![CDATA[
<p>株洲日报全媒体记者 晏　芳</p>
<p>7月30日，荷塘区、芦淞区各有一处“口袋公园”建成开放。</p>
]]></content:encoded>
</item>
</channel>
</rss>"""


def test_an_rss_feed_is_read_item_by_item():
    issue = parse_text(_RSS, "feed.xml")
    assert issue.rendition == "markup"
    assert [(a.title, a.reporters) for a in issue.articles] == [
        ("株洲西站站前广场改造完工", ["韦东"]), ("市区新增两处“口袋公园”", ["晏芳"])]
    assert issue.articles[1].paragraphs == ["7月30日，荷塘区、芦淞区各有一处“口袋公园”建成开放。"]
    assert issue.date == "2025-07-31"
    assert any("<link>http://example.cn/a/1.htm</link>" in u.text for u in issue.unassigned)  # the feed's own lines
    assert_nothing_lost(issue)


def test_an_atom_feed_and_no_feed():
    from zzreader.core.renditions import feeds

    atom = ['<feed xmlns="http://www.w3.org/2005/Atom">', "<entry>", "<title>炎陵黄桃开摘</title>",
            "<published>2025-08-01T07:00:00+08:00</published>",
            "<content type=\"html\">&lt;p&gt;株洲日报全媒体记者 邝　杰&lt;/p&gt;&lt;p&gt;7月31日，炎陵黄桃开摘上市。&lt;/p&gt;</content>",
            "</entry>", "</feed>"]
    issue = parse_text("\n".join(atom), "x.xml")
    assert [(a.title, a.reporters) for a in issue.articles] == [("炎陵黄桃开摘", ["邝杰"])]
    assert issue.date == "2025-08-01"
    assert feeds.rewrite(["<html><body><h2>标题</h2></body></html>"], []) is None


# --- 15. Batch nine: emoji and arrows before lines copied from the app, closed ATX headings ---------------------


def test_emoji_and_arrows_before_labels_bylines_paragraphs_and_credits():
    from zzreader.core.renditions import emoji
    from zzreader.core.renditions.model import SourceLine

    text = "\n".join([
        "株洲日报 2025年8月12日 星期二", "📍 A05 民生", "株洲首条无人驾驶公交线路试运行",
        "✍️ 株洲日报全媒体记者 祁　峰", "👉 8月11日，株洲首条无人驾驶公交线路在高新区试运行，全长6.8公里。",
        "📷 株洲日报全媒体记者 易　辉 摄",
    ])
    issue = parse_text(text, "x.txt")
    (article,) = issue.articles
    assert (article.title, article.reporters, article.photographers) == ("株洲首条无人驾驶公交线路试运行", ["祁峰"], ["易辉"])
    assert article.paragraphs[0].startswith("8月11日") and article.section.endswith("民生")  # a plain dump keeps the page code
    boxed = [SourceLine(1, "■ 区县简讯"), SourceLine(2, "★ 旺铺转让"), SourceLine(3, "☆招聘☆")]
    emoji.strip(boxed, [])
    assert [line.text for line in boxed] == ["■ 区县简讯", "★ 旺铺转让", "☆招聘☆"]  # print's box marks mean something: kept


def test_closed_atx_headings_mark_a_markdown_export():
    text = "\n".join(["# 株洲日报 #", "", "## 市区新增3处便民服务点 ##", "", "株洲日报全媒体记者 殷　红", "",
                      "8月11日，市区新增3处便民服务点。", "", "---", "", "## 渌口区举办农民丰收节 ##", "",
                      "株洲日报全媒体记者 吴　凡", "", "8月11日，渌口区第四届农民丰收节开幕。"])
    issue = parse_text(text, "x.md")
    assert issue.rendition == "markup"
    assert titles(issue) == ["市区新增3处便民服务点", "渌口区举办农民丰收节"]
    assert_nothing_lost(issue)


# --- 16. Batch ten: radicals from PDF fonts, a bar-dated masthead and a bracketed page tag, names in links,
# a reporter's-notes box, profiles on a 人物 page


def test_radical_code_points_from_a_pdf_font_read_as_ordinary_characters():
    from zzreader.core.renditions import radicals

    text = "株洲\u2F47报　2025年8\u2F4920\u2F47　星期三　A02　要闻\n\u2ED3沙至株洲城际公交加密班次\n" \
           "　　本报讯（全媒体记者 \u2ED4\u2F24\u2F08）8\u2F4919\u2F47，\u2ED3株城际公交加密班次。"
    issue = parse_text(text, "x.txt")
    assert issue.date == "2025-08-20"
    assert titles(issue) == ["长沙至株洲城际公交加密班次"] and issue.articles[0].reporters == ["门大人"]
    assert radicals.fold("株洲日报")[1] == 0 and radicals.fold("\u2F54")[0] == "水"


def test_the_papers_name_over_a_bar_and_a_numeric_date_and_a_bracketed_page_tag():
    text = "\n".join(["株洲日报 | 2025-08-20", "【A03·城事】", "神农湖游船恢复运营",
                      "作者：株洲日报全媒体记者 欧　雪", "　　8月19日，神农湖游船经检修后恢复运营。", "【关闭】"])
    issue = parse_text(text, "x.txt")
    assert titles(issue) == ["神农湖游船恢复运营"] and issue.date == "2025-08-20"
    assert issue.articles[0].section.endswith("城事")


def test_names_in_links_and_padded_in_a_role_field():
    from zzreader.core.renditions.epaper import _role_fields

    assert _role_fields("记者：曾　敏　通讯员：龙小芳") == "记者 曾　敏 通讯员 龙小芳"
    page = "\n".join(["<html><body>", "<h1>株洲图书馆新增少儿阅览区</h1>",
                      '<div class="info"><span>2025-08-20 10:00</span>　记者：<a href="/a/1">贺　敏</a></div>',
                      "<p>8月19日，株洲图书馆少儿阅览区扩建完成，新增座位200个。</p>", "</body></html>"])
    issue = parse_text(page, "x.html")
    assert [(a.title, a.reporters) for a in issue.articles] == [("株洲图书馆新增少儿阅览区", ["贺敏"])]


def test_a_reporters_notes_box_is_no_byline_and_marks_a_feature():
    from zzreader.core.bylines import parse_credit

    assert parse_credit("■ 记者手记") is None and parse_credit("记者观察") is None
    assert parse_credit("记者 手记").reporters == ["手记"]  # a role and a name: still a byline
    text = "\n".join(["湘江上的“守护者”", "", "株洲日报全媒体记者 韩　梅", "",
                      "　　清晨5时，江面上还笼着薄雾，护江志愿者周大爷已经划着小船出发了。", "",
                      "　　10年来，他从江里捞起的垃圾超过20吨。", "", "■ 记者手记", "",
                      "　　采访结束时，周大爷说，只要还划得动船，他就会一直守下去。"])
    (article,) = parse_text(text, "x.txt").articles
    assert (article.reporters, article.type) == (["韩梅"], "feature")


# --- 17. Batch eleven: a poem's stanzas, a Markdown hard break under a byline, feature decks ---------------------


def test_a_poems_stanzas_under_its_byline_are_its_text_and_the_next_title_stays_a_title():
    text = "\n".join(["秋到神农谷", "", "□ 司马青", "", "山风吹过竹林", "溪水绕着石头走", "", "一片红叶",
                      "落在游人的肩头", "", "老街的灯", "", "文/易小兰", "",
                      "　　老街的灯是暖黄色的。每到傍晚，街坊们就搬出竹椅，在灯下聊天。"])
    issue = parse_text(text, "x.txt")
    assert [(a.title, a.reporters, a.type) for a in issue.articles] == [
        ("秋到神农谷", ["司马青"], "other"), ("老街的灯", ["易小兰"], "other")]
    assert issue.articles[0].paragraphs[:2] == ["山风吹过竹林", "溪水绕着石头走"]


def test_a_headline_run_before_its_byline_is_still_a_headline():
    text = "\n".join(["聚焦乡村振兴", "攸县黄丰桥镇油茶林丰收", "株洲日报全媒体记者 刘　洋", "",
                      "10月8日，攸县黄丰桥镇的油茶林迎来丰收，村民们忙着采摘茶果。"])
    (article,) = parse_text(text, "x.txt").articles
    assert article.title == "攸县黄丰桥镇油茶林丰收" and article.reporters == ["刘洋"]


def test_a_markdown_hard_break_after_a_byline_keeps_it_apart_from_the_text():
    text = "\n".join(["# 株洲日报", "", "## 市区新增两处室内运动场", "", "株洲日报全媒体记者 杜　鹃  ",
                      "8月27日，芦淞区、石峰区各有一处室内运动场建成开放。", "", "## 炎陵黄桃进入采摘期", "",
                      "株洲日报全媒体记者 谢　安  ", "8月27日，炎陵县黄桃进入集中采摘期。"])
    issue = parse_text(text, "x.md")
    assert [(a.title, a.reporters) for a in issue.articles] == [
        ("市区新增两处室内运动场", ["杜鹃"]), ("炎陵黄桃进入采摘期", ["谢安"])]
    assert issue.articles[0].paragraphs == ["8月27日，芦淞区、石峰区各有一处室内运动场建成开放。"]


def test_a_deck_naming_a_visit_marks_a_feature():
    text = "\n".join(["老街巷里的新生活", "——石峰区老旧小区改造见闻", "株洲日报全媒体记者 丁　宁",
                      "走进石峰区清水塘街道，新铺的沥青路干净平整，墙面焕然一新。",
                      "居民李大爷说，小区改造后，住着更舒心了。"])
    (article,) = parse_text(text, "x.txt").articles
    assert (article.title, article.type) == ("老街巷里的新生活", "feature")


# --- 18. Batch twelve: continuation marks with page numbers in Chinese numerals, headlines broken with <br> -----


def test_a_continuation_mark_with_the_page_in_chinese_numerals():
    text = "\n".join(["株洲日报　2025年9月5日　星期五　A03　要闻", "", "（上接第一版）", "",
                      "　　据介绍，该项目预计明年6月建成投产。", "", "天元区新建3座垃圾分类站", "",
                      "株洲日报全媒体记者 文　静", "", "　　9月4日，天元区新建的3座垃圾分类站投入使用。"])
    issue = parse_text(text, "x.txt")
    assert [a.title for a in issue.articles] == ["", "天元区新建3座垃圾分类站"]
    assert issue.articles[0].paragraphs == ["据介绍，该项目预计明年6月建成投产。"]


def test_a_headline_broken_with_br_is_one_title():
    page = "\n".join(["<html><body>", "<h2>醴陵陶瓷产业<br/>产值突破800亿元</h2>", "<p>株洲日报全媒体记者 钟　情</p>",
                      "<p>9月4日，记者从醴陵市获悉，上半年醴陵陶瓷产业产值同比增长9%。</p>",
                      "<h2>Zhuzhou CRRC<br>Open Day</h2>", "<p>9月4日，中车株机举办开放日活动。</p>", "</body></html>"])
    issue = parse_text(page, "x.html")
    assert titles(issue) == ["醴陵陶瓷产业产值突破800亿元", "Zhuzhou CRRC Open Day"]


# --- 19. Batch thirteen: Unicode line separators, English field labels -------------------------------------------


def test_unicode_line_separators_end_lines():
    from zzreader.core.parse import parse_bytes

    lines = ["株洲日报　2025年9月16日　星期二", "醴陵新建3座城市书房", "株洲日报全媒体记者 管　彤",
             "9月15日，醴陵市新建的3座城市书房对外开放。"]
    issue = parse_bytes("\u2028".join(lines).encode("utf-8"), "x.txt")
    assert titles(issue) == ["醴陵新建3座城市书房"] and issue.date == "2025-09-16"
    assert_nothing_lost(issue)


def test_english_field_labels_of_a_scrape():
    from zzreader.core.renditions import english_labels

    lines = ["Zhuzhou Daily | Page A02: 要闻", "株洲与长沙签署文旅合作协议",
             "Source: 株洲日报  Author: 株洲日报全媒体记者 黎　明  Date: 2025-09-16",
             "　　9月15日，株洲与长沙签署文旅合作协议。", "[Print] [Close]"]
    issue = parse_text("\n".join(lines), "x.txt")
    assert [(a.title, a.reporters) for a in issue.articles] == [("株洲与长沙签署文旅合作协议", ["黎明"])]
    assert issue.date == "2025-09-16" and issue.rendition == "epaper"
    prose = ["株洲高新区企业在Page 3 Design大赛获奖", "By 2025, the park will grow."]
    assert english_labels.rewrite(prose, []) is None  # one English word alone is no label
    front = ["---", "title: 株洲日报 2025年9月16日", "date: 2025-09-16", "author: 株洲日报", "---", "正文。"]
    assert english_labels.rewrite(front, []) is None  # YAML keys are the Markdown reading's


# --- 20. Batch fourteen: three columns side by side, the app's outlet name, an issue number on the date line,
# a byline followed by its posting time


def test_three_columns_side_by_side_are_read_one_after_another():
    def column(title: str, byline: str, text: str) -> list[str]:
        body = "　　" + text
        return [title, byline, *[body[k:k + 14] for k in range(0, len(body), 14)]]

    cols = [column("茶陵县新建5座便民桥", "株洲日报全媒体记者 尹　平", "9月22日，茶陵县新建的5座便民桥全部通车，方便沿河村民出行。"),
            column("市图书馆推出夜间借阅", "株洲日报全媒体记者 成　果", "9月22日起，市图书馆每周五、周六开放至晚上10时，方便上班族借阅。"),
            column("炎陵县举办黄桃品鉴会", "株洲日报全媒体记者 邝　明", "9月22日，炎陵县黄桃品鉴会在县城举行，30家合作社参加。")]
    lines = ["株洲日报                      2025年9月23日 星期二                      A04 区县", ""]
    for i in range(max(map(len, cols))):
        parts = [c[i] if i < len(c) else "" for c in cols]
        lines.append((parts[0] + " " * max(3, 30 - len(parts[0])) + parts[1] + " " * max(3, 30 - len(parts[1])) + parts[2]).rstrip())
    issue = parse_text("\n".join(lines), "x.txt")
    assert [(a.title, a.reporters) for a in issue.articles] == [
        ("茶陵县新建5座便民桥", ["尹平"]), ("市图书馆推出夜间借阅", ["成果"]), ("炎陵县举办黄桃品鉴会", ["邝明"])]
    assert issue.articles[1].paragraphs == ["9月22日起，市图书馆每周五、周六开放至晚上10时，方便上班族借阅。"]
    assert_nothing_lost(issue)


def test_the_papers_app_as_the_outlet_of_a_lead():
    from zzreader.core.bylines import parse_lead

    lead = parse_lead("株洲日报·掌上株洲讯（记者 陈　希 通讯员 朱小红）9月18日，芦淞区一农贸市场重新开业。")
    assert (lead.byline.reporters, lead.byline.correspondents, lead.dateline) == (["陈希"], ["朱小红"], "9月18日")
    assert parse_lead("掌上株洲讯（记者 罗　亮）9月18日起，市区新开通两条夜间公交线路。").byline.reporters == ["罗亮"]


def test_an_issue_number_after_the_mastheads_date_and_a_byline_with_its_posting_time():
    text = "\n".join(["株洲日报　2025年9月24日　第12581期", "第A02版：要闻", "市政府召开常务会议",
                      "作者：株洲日报全媒体记者 方　圆", "　　9月23日，市政府召开常务会议。"])
    assert parse_text(text, "x.txt").date == "2025-09-24"
    page = "\n".join(["<html><body>", "<h1>株洲举办秋季房交会</h1>",
                      "<div><span>株洲日报全媒体记者 石　磊</span> <span>2025-09-24 09:00</span></div>",
                      "<p>9月23日，株洲秋季房交会开幕，40余家房企参展。</p>", "</body></html>"])
    issue = parse_text(page, "x.html")
    assert [(a.title, a.reporters) for a in issue.articles] == [("株洲举办秋季房交会", ["石磊"])]
    assert issue.date == "2025-09-24"


# --- 21. Batch fifteen: a dump wrapped in <pre>, Markdown footnotes, English dates, Q&A questions --------------


def test_a_dump_wrapped_in_pre_and_markdown_footnotes_are_exports():
    page = "\n".join(["<html><body>", "<pre>", "株洲日报　2025年10月9日　星期四", "", "攸县建成首座光伏停车场", "",
                      "株洲日报全媒体记者 钟　灵", "", "　　10月8日，攸县首座光伏停车场建成，年发电量约30万千瓦时。", "</pre>",
                      "</body></html>"])
    issue = parse_text(page, "x.html")
    assert issue.rendition == "markup" and titles(issue) == ["攸县建成首座光伏停车场"]
    assert issue.articles[0].reporters == ["钟灵"]
    md = "\n".join(["# 株洲日报", "", "## 株洲前三季度外贸增长8%", "", "株洲日报全媒体记者 高　原", "",
                    "10月8日，记者从株洲海关获悉，前三季度全市外贸增长8%[^1]。", "", "[^1]: 数据来源：株洲海关。"])
    assert parse_text(md, "x.md").rendition == "markup"


def test_english_dates_in_an_english_interface_scrape():
    from zzreader.core.renditions import english_labels

    lines = ["Zhuzhou Daily | Page A03: 城事", "神农公园菊花展开幕", "Author: 株洲日报全媒体记者 秋　实",
             "Published: Oct. 9, 2025", "　　10月8日，神农公园菊花展开幕。"]
    assert parse_text("\n".join(lines), "x.txt").date == "2025-10-09"
    assert english_labels.rewrite(["Date: 9 October 2025", "Source: 株洲日报"], [])[0] == "发布时间：2025-10-09"


def test_questions_of_a_q_and_a_are_no_sub_headings():
    text = "\n".join(["医保报销比例调整有哪些变化", "", "株洲日报全媒体记者 余　欢", "",
                      "　　10月起，我市调整城乡居民医保报销比例。记者采访了市医保局相关负责人。", "",
                      "　　问：住院报销比例提高了多少？", "", "　　答：一级医院住院报销比例提高到90%。", "",
                      "　　问：门诊报销有什么变化？", "", "　　答：门诊年度报销限额提高到1000元。"])
    (article,) = parse_text(text, "x.txt").articles
    assert article.type == "news" and article.paragraphs[1] == "问：住院报销比例提高了多少？"
