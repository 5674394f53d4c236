"""Focused checks for the repairs found with the fourth round of held-out issues.

Page labels alone on a line, running heads at the page foot or split over two
lines, full-width header digits, breadcrumbs and web counters, decks with
commas, multi-party signatures, kickers set as smaller headings, names with
CJK extension characters and short PDF pages. Each test feeds a few lines of
original text and asserts what a reader sees.
"""

from __future__ import annotations

import pytest

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.bylines import parse_lead
from zzreader.core.parse import parse_text
from zzreader.core.renditions import furniture
from zzreader.core.renditions import page_heads
from zzreader.core.renditions.detect import detect


def _wrap(text: str, width: int) -> list[str]:
    """Cut a paragraph every `width` characters, as a PDF text extraction does."""
    return [text[i:i + width] for i in range(0, len(text), width)]


# --- 1. a page label alone on its line is the section, never an article ------------------------


@pytest.mark.parametrize(
    ("label", "section", "editor"),
    [
        ("A05 公告", "A05 公告", ""),
        ("B02·文体", "B02 文体", ""),
        ("07版·区县", "07版 区县", ""),
        ("A4  体育  责任编辑：龙某  美术编辑：颜某", "A4 体育", "龙某"),
        ("A07 分类广告  广告热线：0731-28820000", "A07 分类广告", ""),
    ],
)
def test_a_page_label_line_is_the_section(label, section, editor):
    assert page_heads.page_label(label) == (section, editor)
    text = "\n".join(["株洲日报", "2025年4月2日 星期三", label, "", "市区新增两处停车场", "",
                      "本报讯（记者 邹某）4月1日，芦淞区两处公共停车场投入使用，新增车位260个。"])
    issue = parse_text(text, "x.txt")
    assert titles(issue) == ["市区新增两处停车场"]
    assert issue.articles[0].section == section and issue.articles[0].editor == editor
    assert_nothing_lost(issue)


@pytest.mark.parametrize("text", ["G60沪昆高速株洲段扩容", "A级景区新增3家", "5G基站建设提速"])
def test_a_headline_with_a_code_is_no_page_label(text):
    assert page_heads.page_label(text) is None


# --- 2. running heads: at the page foot, full-width, split over two lines ------------------------


def test_a_running_head_at_the_page_foot_in_full_width_digits():
    head = "株洲日报　２０２５年４月３日　星期四　第５版　城事　责任编辑　唐某"
    assert page_heads.page_header(head) == ("2025-04-03", "城事")
    pdf = "\n".join([
        "神农公园郁金香进入盛花期",
        *_wrap("　　株洲日报讯（全媒体记者/周某）４月２日，神农公园的１２万株郁金香进入盛花期，吸引大批市民前来观赏，花期预计持续到４月中旬。", 16),
        *_wrap("　　公园管理处提醒市民文明赏花，不要踩踏花坛。", 16),
        "攸县启动春季植树造林",
        *_wrap("　　本报讯（记者 陈某）４月２日，攸县在黄丰桥镇启动春季植树造林，全年计划造林１．２万亩。", 16),
        "５",
        head,
    ])
    issue = parse_text(pdf, "x.txt")
    assert issue.rendition == "pdf_text" and issue.date == "2025-04-03"
    assert titles(issue) == ["神农公园郁金香进入盛花期", "攸县启动春季植树造林"]
    assert all(not a.text.endswith("５") for a in issue.articles)
    folio = pdf.split("\n").index("５") + 1
    assert any(u.line_start <= folio <= u.line_end and u.text.startswith("５") for u in issue.unassigned)
    assert_nothing_lost(issue)


def test_a_running_head_split_over_two_lines_on_a_later_page():
    lines = ["2025年4月4日 星期五", "B1  文体  责任编辑：刘某"]
    lines += ["我市举办青少年围棋公开赛", "　　株洲日报讯（全媒体记者/罗某）4月3日，全市青少年围棋公开赛在市体育中心",
              "开赛，来自全市的420名棋手参加比赛，比赛分6个组别进行，为期三天。",
              "　　本次比赛由市体育局、市教育局联合主办，已连续举办十一届。"]
    lines += ["2025年4月4日 星期五", "B2  健康  责任编辑：刘某"]
    lines += ["市中心医院开设睡眠门诊", "　　本报讯（记者 易某）4月3日，市中心医院睡眠医学门诊开诊，每周一至周五",
              "下午接诊，可开展多导睡眠监测等检查，一次检查约需一个晚上的时间完成。",
              "　　据介绍，我市成人中约三成存在不同程度的睡眠问题。"]
    issue = parse_text("\n".join(lines), "x.txt")
    assert titles(issue) == ["我市举办青少年围棋公开赛", "市中心医院开设睡眠门诊"]
    assert issue.articles[1].section == "B2 健康" and issue.date == "2025-04-04"
    assert_nothing_lost(issue)


def test_a_section_first_running_head():
    assert page_heads.page_header("株洲日报　观点·社会　2025年4月7日　星期一") == ("2025-04-07", "观点·社会")


# --- 3. web pages: breadcrumbs, counters, share links -------------------------------------------


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("首页 > 株洲日报 > 2025年04月08日 > 第A02版：要闻", ("要闻", "2025-04-08")),
        ("当前位置：首页 > 株洲日报 > 第B03版：文体", ("文体", None)),
        ("您当前的位置：株洲新闻网 > 数字报 > 06版", ("", None)),
    ],
)
def test_a_breadcrumb_names_the_section(line, want):
    assert page_heads.breadcrumb(line) == want


@pytest.mark.parametrize("line", ["今年GDP增速>6%，高于全省", "家门口 > 单位食堂 > 外卖"])
def test_text_with_an_arrow_is_no_breadcrumb(line):
    assert page_heads.breadcrumb(line) is None


@pytest.mark.parametrize("line", ["浏览次数：1286", "【阅读量：77次】", "点击数 402", "分享到：微信 微博 QQ空间", "【字号 大 中 小】 分享到："])
def test_web_counters_and_share_links_are_chrome(line):
    assert furniture.is_chrome(line)


def test_an_epaper_page_with_breadcrumbs_and_counters():
    scrape = "\n".join([
        "首页 > 株洲日报 > 2025年04月09日 > 第A03版：城事",
        "石峰区老旧小区改造开工",
        "——今年涉及小区42个，惠及居民6800户",
        "稿件来源：株洲日报　作者：株洲日报全媒体记者 汤某　发布时间：2025-04-09 08:00",
        "4月8日，石峰区2025年老旧小区改造项目集中开工。",
        "浏览次数：311",
        "首页 > 株洲日报 > 2025年04月09日 > 第A04版：天元",
        "天元区新增两所公办幼儿园",
        "稿件来源：株洲日报　作者：通讯员 李某　发布时间：2025-04-09 08:00",
        "今年秋季，天元区将新增两所公办幼儿园，提供学位720个。",
        "浏览次数：208",
    ])
    issue = parse_text(scrape, "x.txt")
    assert issue.rendition == "epaper" and issue.date == "2025-04-09"
    assert [(a.title, a.section) for a in issue.articles] == [("石峰区老旧小区改造开工", "城事"), ("天元区新增两所公办幼儿园", "天元")]
    first = issue.articles[0]
    assert first.paragraphs[0].startswith("4月8日") and "浏览次数" not in first.text
    assert first.subtitle.startswith("——今年涉及") or first.kicker.startswith("——今年涉及")
    assert_nothing_lost(issue)


# --- 4. a deck with commas under its headline; a deck wrapped in PDF text -----------------------


def test_a_deck_with_a_comma_is_not_the_first_paragraph():
    text = "\n".join(["株洲日报 2025年4月10日 星期四", "", "渌口区建成首个智慧农场", "——可节水三成，亩产提高一成", "",
                      "本报讯（记者 谢某）4月9日，渌口区首个智慧农场建成投用。"])
    issue = parse_text(text, "x.txt")
    article = issue.articles[0]
    assert article.title == "渌口区建成首个智慧农场"
    assert article.paragraphs[0].startswith("4月9日")


def test_a_wrapped_deck_in_pdf_text_is_not_joined_to_its_headline():
    pdf = "\n".join([
        "守桥三十年的“老把式”",
        "——记湘江大桥养护工区班长",
        "陈某某",
        "　　株洲日报全媒体记者　黄某",
        "　　清晨六点，陈某某已经走上湘江大桥，",
        "开始一天的巡查。三十年来，他走过的桥",
        "面加起来超过五万公里。",
        "　　“桥就像人，要经常体检。”他说。",
    ])
    issue = parse_text(pdf, "x.txt")
    article = issue.articles[0]
    assert article.title == "守桥三十年的“老把式”" and article.reporters == ["黄某"]
    assert "——记湘江大桥养护工区班长陈某某" in (article.kicker + article.subtitle)


# --- 5. report boundaries and types -------------------------------------------------------------


def test_a_headline_over_a_dated_paragraph_after_a_feature_opens_a_report():
    text = "\n".join([
        "株洲日报 2025年4月11日 星期五", "",
        "一家三代的“种粮经”", "", "株洲日报全媒体记者 曾某", "",
        "在攸县网岭镇，刘某一家三代种粮已有四十多年。", "",
        "“种地也要讲科学。”刘某说。", "",
        "我市发布春播农技指导意见", "",
        "4月10日，市农业农村局发布春播农技指导意见，提醒农户抢抓晴好天气育秧。",
    ])
    issue = parse_text(text, "x.txt")
    assert titles(issue) == ["一家三代的“种粮经”", "我市发布春播农技指导意见"]


def test_a_dated_report_on_a_comment_page_is_news():
    text = "\n".join([
        "株洲日报 2025年4月11日 星期五", "", "A06 评论·社会", "",
        "全市社区食堂达到120家", "", "本报记者 冯某", "",
        "4月10日，记者从市民政局获悉，全市社区食堂已达120家，日均服务老人1.1万人次。",
    ])
    issue = parse_text(text, "x.txt")
    assert issue.articles[0].type == "news"


# --- 6. names with CJK extension characters ----------------------------------------------------


@pytest.mark.parametrize("name", ["王䶮", "刘𫖯", "龚䶮䶮"])
def test_a_byline_name_with_extension_characters(name):
    lead = parse_lead(f"本报讯（记者 谭某 通讯员 {name}）4月10日，全市开展河湖巡查。")
    assert lead is not None and lead.byline.correspondents == [name] and lead.byline.reporters == ["谭某"]


# --- 7. notices signed by several parties --------------------------------------------------------


def test_every_signer_above_the_date_stays_with_the_notice():
    text = "\n".join([
        "株洲日报 2025年4月14日 星期一", "",
        "分立公告", "",
        "株洲某某实业有限公司经股东会决议，分立为株洲某某实业有限公司和株洲某某物业有限公司，请债权人自本公告见报之日起45日内申报债权。", "",
        "株洲某某实业有限公司",
        "株洲某某物业有限公司",
        "2025年4月14日", "",
        "遗失声明", "",
        "李某遗失残疾人证一本，声明作废。",
    ])
    issue = parse_text(text, "x.txt")
    assert titles(issue) == ["分立公告", "遗失声明"]
    assert "株洲某某物业有限公司" in issue.articles[0].text


# --- 8. a kicker set as a smaller heading above the title ----------------------------------------


def test_a_smaller_heading_above_the_title_is_its_kicker():
    page = "\n".join([
        "<html><body><p>2025年4月15日 星期二 第A03版：经济</p>",
        "<h5>一季度经济观察</h5>",
        "<h2>我市规上工业增加值增长7.8%</h2>",
        "<p>本报讯（记者 文某）4月14日，市统计局发布数据，一季度全市规上工业增加值同比增长7.8%。</p>",
        "<h2>株洲至醴陵快速路开工</h2>",
        "<p>本报讯（记者 彭某）4月14日，株洲至醴陵快速路项目开工，全长38公里。</p>",
        "</body></html>",
    ])
    issue = parse_text(page, "x.html")
    assert titles(issue) == ["我市规上工业增加值增长7.8%", "株洲至醴陵快速路开工"]
    assert issue.articles[0].kicker == "一季度经济观察"


# --- 9. a short PDF page: breaks at one width ----------------------------------------------------


def test_a_short_pdf_page_is_read_as_pdf_text():
    pdf = [
        "第4版 | 区县",
        "炎陵新增2条旅游公路",
        "　　株洲日报讯（全媒体记者/任某 通讯员/谭某）4",
        "月14日，炎陵县2条旅游公路建成通车，串联起神农谷",
        "、大院等景区，全长46公里。",
        "醴陵开展陶瓷企业安全检查",
        "　　本报讯（记者 钟某）4月14日起，醴陵对全市陶",
        "瓷企业开展为期一个月的安全生产检查。",
        "茶陵举办春季招聘会",
        "　　4月14日，茶陵县春季招聘会举行，86家企业提供",
        "岗位2300余个。",
        "— 4 —",
    ]
    assert detect(pdf) == "pdf_text"
    issue = parse_text("\n".join(pdf), "x.txt")
    assert titles(issue) == ["炎陵新增2条旅游公路", "醴陵开展陶瓷企业安全检查", "茶陵举办春季招聘会"]


# --- 10. running heads at the page foot name the page above them --------------------------------


def test_running_heads_at_the_foot_name_the_page_above():
    page1 = ["市区新开3条定制公交", *_wrap("　　本报讯（记者 龙某）4月15日，市区新开3条定制公交线路，连接河西多个住宅小区和产业园区，早晚高峰各发两班车。", 18),
             "1", "株洲日报　2025年4月16日　星期三　第1版　要闻　责任编辑　贺某"]
    page2 = ["湘江株洲段开展增殖放流", *_wrap("　　本报讯（记者 胡某）4月15日，我市在湘江株洲段开展增殖放流活动，共投放四大家鱼等鱼苗120万尾。", 18),
             "2", "株洲日报　2025年4月16日　星期三　第2版　城事　责任编辑　周某"]
    issue = parse_text("\n".join(page1 + page2), "x.txt")
    assert [(a.title, a.section, a.editor) for a in issue.articles] == [
        ("市区新开3条定制公交", "要闻", "贺某"), ("湘江株洲段开展增殖放流", "城事", "周某")]
    assert_nothing_lost(issue)


# --- 11. a note in brackets under a table stays with its article --------------------------------


def test_a_bracketed_note_is_never_a_headline():
    text = "\n".join([
        "株洲日报 2025年4月17日 星期四", "",
        "一季度各区县新增市场主体", "",
        "本报讯（记者 成某）据市市场监管局统计，一季度全市新增市场主体2.1万户。", "",
        "区县\t新增（户）", "天元区\t5120", "荷塘区\t3870", "",
        "（数据来源：市市场监管局）", "",
        "遗失声明", "",
        "张某遗失身份证一张，声明作废。",
    ])
    issue = parse_text(text, "x.txt")
    assert titles(issue) == ["一季度各区县新增市场主体", "遗失声明"]
    assert issue.articles[1].section != "（数据来源：市市场监管局）"
    assert "数据来源" in issue.articles[0].text


# --- 12. second batch: kickers over titles, labelled-field scrapes, meta words, box labels -------


def test_a_campaign_kicker_over_the_title_in_a_scrape():
    scrape = "\n".join([
        "株洲日报 > 2025年05月06日 > 第A02版：要闻",
        "聚焦扩大高水平对外开放",
        "株洲新开通至昆明航线",
        "——每周往返4班",
        "作者：本报记者 李某 实习生 王某　　发布日期：2025年05月06日　　字数：402",
        "5月5日，株洲至昆明航线开通，每周二、四、六、日各往返一班。",
        "【打印本页】【关闭窗口】",
    ])
    issue = parse_text(scrape, "x.txt")
    article = issue.articles[0]
    assert article.title == "株洲新开通至昆明航线" and "聚焦扩大高水平对外开放" in article.kicker
    assert (article.reporters, article.correspondents) == (["李某"], ["王某"])


def test_a_scrape_that_labels_every_field():
    scrape = "\n".join([
        "标题：神农城音乐喷泉五一恢复开放",
        "副标题：每晚两场，每场20分钟",
        "作者：记者 彭某",
        "版次：A04 城事",
        "日期：2025-05-07",
        "正文：",
        "5月6日，记者从神农城管理处获悉，神农城音乐喷泉已完成检修，每晚8时、9时各表演一场。",
        "标题：市区新增100个共享单车停放点",
        "作者：通讯员 方某",
        "版次：A04 城事",
        "日期：2025-05-07",
        "正文：",
        "近日，市城管局在市区新增共享单车规范停放点100个。",
    ])
    issue = parse_text(scrape, "x.txt")
    assert issue.rendition == "epaper" and issue.date == "2025-05-07"
    assert [(a.title, a.section) for a in issue.articles] == [("神农城音乐喷泉五一恢复开放", "城事"), ("市区新增100个共享单车停放点", "城事")]
    assert issue.articles[0].subtitle == "每晚两场，每场20分钟"
    assert issue.articles[1].correspondents == ["方某"]
    assert_nothing_lost(issue)


@pytest.mark.parametrize("label", ["■ 简讯", "□ 链接", "■ 快讯", "◎ 现场"])
def test_a_boxed_column_label_is_no_columnist(label):
    from zzreader.core.bylines import parse_credit

    assert parse_credit(label) is None


def test_a_boxed_columnist_still_signs():
    from zzreader.core.bylines import parse_credit

    assert parse_credit("□ 谭某").reporters == ["谭某"]


# --- 13. PDF text: a dotted header date, and paragraphs with no indent at all -------------------


def test_a_header_with_a_dotted_date():
    assert page_heads.page_header("2025.05.08  星期四  A05  文化  责任编辑：邓某") == ("2025-05-08", "文化")


def test_pdf_text_without_any_paragraph_indent():
    pdf = ["株洲日报 2025年5月9日 A03 城事", "全市启动夏季治安巡防",
           *_wrap("株洲日报讯（全媒体记者/钟某）5月8日，全市夏季治安巡防工作启动，公安机关将在夜市、广场等重点区域增派警力。", 20),
           *_wrap("巡防将持续至9月底，全市每晚投入警力800余人。", 20),
           "渌口区新建3座乡镇污水处理厂",
           *_wrap("本报讯（记者 邓某某）5月8日，渌口区南洲镇、朱亭镇、龙门镇3座污水处理厂开工建设，日处理能力共计6000吨。", 20),
           "— A03 —"]
    assert detect(pdf) == "pdf_text"
    issue = parse_text("\n".join(pdf), "x.txt")
    assert titles(issue) == ["全市启动夏季治安巡防", "渌口区新建3座乡镇污水处理厂"]
    assert issue.articles[0].paragraphs == [
        "5月8日，全市夏季治安巡防工作启动，公安机关将在夜市、广场等重点区域增派警力。", "巡防将持续至9月底，全市每晚投入警力800余人。"]
    assert issue.articles[1].paragraphs[-1].endswith("6000吨。")
