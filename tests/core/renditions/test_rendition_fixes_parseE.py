"""Focused checks for the repairs found with the fifth round of test issues (round E).

Headlines as wide as a PDF column, county desks' leads, running heads in other
layouts, e-paper meta lines with role fields and editor lines after the body,
short kickers under a page line, '第A03版 城事' page lines, classed kickers in
HTML, front-matter sections, scrape chrome, dotted two-digit-year file names
and two type rules. Each test feeds a few lines of original text and asserts
what a reader sees.
"""

from __future__ import annotations

import pytest

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.bylines import opens_lead, parse_lead
from zzreader.core.dates import date_from_filename
from zzreader.core.parse import parse_text
from zzreader.core.renditions import furniture
from zzreader.core.renditions import page_heads


def _wrap(text: str, width: int) -> list[str]:
    """Cut a paragraph every `width` characters, as a PDF text extraction does."""
    return [text[i:i + width] for i in range(0, len(text), width)]


# --- 1. PDF text without indents: a headline as wide as the column stays a headline ----------------


def test_a_column_wide_headline_is_not_joined_to_the_lead_below():
    lines = ["株洲日报　2025年8月3日　星期日　第A05版　经济"]
    lines += ["茶陵县新建高标准农田万亩"]
    lines += _wrap("本报讯（记者 彭某 通讯员 谭某某）8月2日，茶陵县今年新建的1.2万亩高标准农田通过验收，"
                   "亩均增产粮食约60公斤。", 20)
    lines += _wrap("今后，该县将持续推进农田水利设施建设。", 20)
    lines += ["株洲高新区新一代储能电池生产线投产运行"]  # exactly 20 characters: the column's width
    lines += _wrap("本报讯（记者 易某某）8月2日，株洲高新区一条新一代储能电池生产线投产，"
                   "年产能可达5吉瓦时，主要配套新能源汽车和储能电站。", 20)
    lines += _wrap("项目总投资约12亿元，预计年产值超过30亿元，带动就业800余人，将进一步壮大我市新能源产业集群。", 20)
    issue = parse_text("\n".join(lines), "x.txt")
    assert issue.rendition == "pdf_text"
    assert titles(issue) == ["茶陵县新建高标准农田万亩", "株洲高新区新一代储能电池生产线投产运行"]
    assert issue.articles[1].reporters == ["易某某"]
    assert issue.articles[1].paragraphs[0].startswith("8月2日，株洲高新区")
    assert_nothing_lost(issue)


def test_a_lead_opens_only_with_an_outlet_or_a_bracketed_byline_before_the_report():
    assert opens_lead("本报讯（记者 易某某）7月31日，中车株")
    assert opens_lead("（全媒体记者/袁某某 通讯员/廖某）7月20日，")
    assert not opens_lead("（通讯员 王某 摄）")  # a caption's credit closes, it opens nothing
    assert not opens_lead("力机车研究所有限公司新一代永磁同步牵引系")


def test_a_county_desk_lead_gives_its_byline():
    lead = parse_lead("攸县讯（通讯员 刘某 陈某某）今年以来，攸县新增油茶林面积1.8万亩。")
    assert lead is not None and lead.byline.correspondents == ["刘某", "陈某某"]
    assert lead.rest.startswith("今年以来")
    assert parse_lead("攸县讯今年以来，攸县新增油茶林。") is None  # no byline in brackets: no lead


# --- 2. running heads in other layouts ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "date", "section"),
    [
        ("ZHUZHOU DAILY  株洲日报  要闻  A02  2025.07.21  星期一", "2025-07-21", "要闻"),
        ("株洲日报 要闻 A02 2025年7月21日 星期一", "2025-07-21", "要闻"),
        ("2025年7月26日 星期六 株洲日报 B04 公告", "2025-07-26", "公告"),
        ("株洲日报 2025-07-19 第B02版：渌口新闻", None, "渌口新闻"),
    ],
)
def test_other_running_head_layouts_give_date_and_section(header, date, section):
    assert page_heads.is_header(header)
    got_date, got_section = page_heads.page_header(header)
    assert got_section == section
    if date:
        assert got_date == date


# --- 3. headlines, briefs and ads ----------------------------------------------------------------------


def test_a_brief_opening_on_a_relative_time_is_not_a_sub_heading_of_a_signed_story():
    text = "\n".join([
        "炎陵黄桃“甜”了山里人",
        "■全媒体记者 李某 通讯员 王某某",
        "盛夏时节，炎陵县鹿原镇的黄桃园里果香四溢，果农们正忙着采摘、分拣、装箱。",
        "今年炎陵黄桃种植面积达8.2万亩，电商销售占比超过六成。",
        "渌口区新建3座乡镇污水处理站",
        "今年，渌口区投入1.2亿元新建3座乡镇污水处理站，日处理能力合计6000吨。",
    ])
    issue = parse_text(text, "2025-07-21.txt")
    assert titles(issue) == ["炎陵黄桃“甜”了山里人", "渌口区新建3座乡镇污水处理站"]
    assert_nothing_lost(issue)


def test_the_line_over_a_deck_is_the_title_even_with_a_place_colon():
    text = "\n".join([
        "石峰区：老工业基地焕新颜",
        "——清水塘生态科技新城建设见闻",
        "全媒体记者 邓某某　通讯员 周某",
        "盛夏时节，走进清水塘生态科技新城，昔日的老工业区如今绿树成荫。",
        "十年来，清水塘累计关停搬迁企业261家。",
        "“现在推窗见绿。”居民王大爷说。",
    ])
    (article,) = parse_text(text, "2025.07.19.txt").articles
    assert article.title == "石峰区：老工业基地焕新颜" and article.section == ""
    assert article.type == "feature"  # a scene-setting story under a deck, signed on its own line
    assert article.reporters == ["邓某某"] and article.correspondents == ["周某"]


def test_a_signed_report_under_a_deck_that_opens_on_its_date_stays_news():
    text = "\n".join([
        "株洲西站综合交通枢纽主体完工",
        "——年底前具备通车条件",
        "全媒体记者 袁某某",
        "7月20日，株洲西站综合交通枢纽工程主体结构全部完工。",
        "枢纽建成后，将实现高铁、城际、公交“零距离换乘”。",
        "项目总建筑面积约13.6万平方米。",
    ])
    (article,) = parse_text(text, "2025.07.21.txt").articles
    assert article.type == "news"


def test_an_ad_headline_over_a_contact_paragraph_opens_the_ad_after_a_commentary():
    text = "\n".join([
        "算好“绿色账”",
        "株洲日报评论员",
        "节能降碳，既是发展之需，也是民生之盼。企业算好“绿色账”，才能赢得长远发展。",
        "暑期学车优惠季",
        "天元区某某驾校暑期班火热报名中，学生凭学生证报名立减500元。报名电话：0731-22558888",
    ])
    issue = parse_text(text, "2025-07-20.txt")
    assert titles(issue) == ["算好“绿色账”", "暑期学车优惠季"]
    assert [a.type for a in issue.articles] == ["commentary", "ad"]


def test_a_contributors_essay_is_other_and_its_column_stays_the_section():
    text = "\n".join([
        "2025年7月22日 星期二 A05 副刊 责任编辑 聂某",
        "湘江夜话",
        "瓷都的窑火",
        "文/易某某",
        "醴陵的瓷，白如玉、明如镜、声如磬。釉下五彩，是醴陵人写在泥土上的诗。",
        "千年窑火，烧出了一座城的气质。",
    ])
    (article,) = parse_text(text, "x.txt").articles
    assert (article.title, article.section, article.kicker) == ("瓷都的窑火", "湘江夜话", "")
    assert article.type == "other" and article.reporters == ["易某某"]


# --- 4. e-paper scrapes: role fields, editor lines, kickers, chrome, page lines ------------------------


def test_role_fields_in_a_meta_line_give_the_byline():
    scrape = "\n".join([
        "株洲日报电子版　2025年7月20日　星期日",
        "第A06版：产经",
        "攸县煤矿关闭退出后建起光伏电站",
        "稿件来源：株洲日报 | 记者：谭某 通讯员：罗某某 | 2025-07-20 | 阅读：1024",
        "7月19日，攸县一座关闭煤矿的采空区上建起的光伏电站并网发电。",
        "[上一篇] [下一篇]",
    ])
    (article,) = parse_text(scrape, "x.txt").articles
    assert (article.reporters, article.correspondents) == (["谭某"], ["罗某某"])
    assert article.subtitle == ""


def test_an_editor_line_after_the_body_ends_its_own_article():
    scrape = "\n".join([
        "2025年07月17日　第A03版：城事",
        "株洲至醴陵城际公交新增3条线路",
        "发布时间：2025-07-17 08:30:12　来源：株洲日报　作者：全媒体记者 龙某某",
        "7月16日，株洲至醴陵城际公交新增3条线路，今起开通运营。",
        "编辑：吴某",
        "上一篇 下一篇",
        "返回目录",
        "天元区再添2所公办幼儿园",
        "发布时间：2025-07-17 08:30:12　来源：株洲日报　作者：记者 秦某",
        "今年秋季学期，天元区将新增2所公办幼儿园。",
        "编辑：周某",
    ])
    issue = parse_text(scrape, "x.txt")
    first, second = issue.articles
    assert (first.editor, second.editor) == ("吴某", "周某")
    assert first.line_end == 5 and second.line_start == 8  # the editor line closes the first, opens nothing
    assert_nothing_lost(issue)


def test_a_short_line_under_a_page_line_is_the_kicker_not_the_section():
    scrape = "\n".join([
        "株洲日报 2025-07-19 第B02版：渌口新闻",
        "迎峰度夏",
        "渌口区加固湘江堤防12公里",
        "来源：株洲日报　作者：通讯员 朱某　记者 黄某　发布时间：2025-07-19",
        "今年以来，渌口区投入资金8600万元，对湘江渌口段12公里堤防进行加固。",
    ])
    (article,) = parse_text(scrape, "x.txt").articles
    assert (article.title, article.kicker, article.section) == ("渌口区加固湘江堤防12公里", "迎峰度夏", "渌口新闻")


def test_a_short_label_over_a_three_part_headline_is_the_kicker():
    text = "\n".join([
        "聚力攻坚",
        "醴陵电瓷产业集群产值破百亿",
        "——上半年同比增长18%",
        "株洲日报讯（记者 丁某）7月20日，记者从醴陵市获悉，该市电瓷产业集群上半年产值突破百亿元。",
    ])
    (article,) = parse_text(text, "2025-07-21.txt").articles
    assert article.title == "醴陵电瓷产业集群产值破百亿" and article.kicker.startswith("聚力攻坚")
    assert article.section == ""


def test_a_column_name_or_a_place_over_a_title_stays_the_section():
    text = "\n".join([
        "2025年7月24日 星期四 A04 评论",
        "株洲时评",
        "“夜经济”要亮更要暖",
        "株洲日报评论员",
        "入夏以来，神农城、河西夜市人气火爆。",
    ])
    (article,) = parse_text(text, "x.txt").articles
    assert (article.section, article.kicker) == ("株洲时评", "")


@pytest.mark.parametrize("chrome", ["字号：T | T", "【字号：大 中 小】【打印本页】【关闭窗口】", "上一篇文章", "下一篇文章", "返回本版目录"])
def test_more_scrape_chrome(chrome):
    assert furniture.is_scrape_chrome(chrome)


def test_a_current_page_line_names_the_section():
    assert page_heads.page_label("当前版：B01版 天元新闻") == ("B01版 天元新闻", "")


# --- 5. plain and single-newline dumps: '第A03版 城事' -----------------------------------------------


def test_a_spaced_page_line_in_a_single_newline_dump_names_just_the_section():
    text = "\n".join([
        "株洲日报 2025年7月17日 星期四",
        "第A03版 城事",
        "芦淞区开展夏季消防安全大排查",
        "本报讯（通讯员 钟某）7月以来，芦淞区对辖区服装市场开展消防安全大排查，已整改隐患312处。",
        "第A04版 区县",
        "炎陵黄桃进入采摘季",
        "本报讯（通讯员 张某某）7月中旬，炎陵黄桃进入集中采摘期。",
    ])
    issue = parse_text(text, "x.txt")
    assert [(a.title, a.section) for a in issue.articles] == [("芦淞区开展夏季消防安全大排查", "城事"), ("炎陵黄桃进入采摘季", "区县")]
    assert {"第A04版 区县"} <= {u.text for u in issue.unassigned}  # the page stays readable (citations use it)


# --- 6. Markdown/HTML exports ----------------------------------------------------------------------------


def test_a_kicker_class_in_html_is_the_kicker():
    page = "\n".join([
        "<html><body><div>2025年07月22日 星期二 第A05版：民生</div>",
        '<p class="yt">民生实事进行时</p>',
        '<p class="title">芦淞区新增3处&ldquo;口袋公园&rdquo;</p>',
        '<p class="author"><span>株洲日报全媒体记者</span> <span>周某某</span></p>',
        '<p class="content">　　7月21日，芦淞区建宁街道3处口袋公园建成开放。</p>',
        "</body></html>",
    ])
    (article,) = parse_text(page, "x.html").articles
    assert (article.title, article.kicker, article.subtitle) == ("芦淞区新增3处“口袋公园”", "民生实事进行时", "")
    assert article.reporters == ["周某某"]


def test_a_front_matter_section_names_the_section():
    md = "\n".join([
        "---", "title: 株洲日报", "date: 2025-07-21", "section: 城事", "---", "",
        "### 攸县网岭镇建成千亩高标准农田", "",
        "本报讯（通讯员 谭某某）今年，攸县网岭镇新建高标准农田1200亩。",
    ])
    issue = parse_text(md, "x.md")
    assert issue.date == "2025-07-21"
    assert [(a.title, a.section) for a in issue.articles] == [("攸县网岭镇建成千亩高标准农田", "城事")]
    assert_nothing_lost(issue)


# --- 7. file names -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "date"),
    [("zzrb-25.07.20.txt", "2025-07-20"), ("株洲日报_25-7-9.txt", "2025-07-09"), ("2025.07.19.txt", "2025-07-19"),
     ("ZZRB20250729B05.txt", "2025-07-29"), ("株洲日报-2025年7月18日.txt", "2025-07-18"), ("v1.2.3.txt", None)],
)
def test_date_named_files(name, date):
    day = date_from_filename(name)
    assert (day.isoformat() if day else None) == date


# --- 8. found with the second batch ---------------------------------------------------------------------


def test_the_masthead_date_line_never_takes_the_first_headline_in_pdf_text():
    lines = ["株洲日报　2025年7月30日　星期三", "第A06版　区县　责任编辑：曹某", "茶陵东阳湖湿地公园开园"]
    lines += _wrap("7月29日，茶陵县东阳湖国家湿地公园正式开园，园区面积约860公顷，建有观鸟长廊3.5公里。", 18)
    lines += _wrap("据介绍，湿地公园共记录鸟类126种，其中国家二级保护鸟类11种。（全媒体记者 周某某 实习生 胡某）", 18)
    lines += ["攸县启动农村公路提质改造"]
    lines += _wrap("本报讯（通讯员 贺某某）今年，攸县计划完成农村公路提质改造186公里，总投资2.1亿元。", 18)
    issue = parse_text("\n".join(lines), "x.txt")
    assert titles(issue) == ["茶陵东阳湖湿地公园开园", "攸县启动农村公路提质改造"]
    assert (issue.articles[0].reporters, issue.articles[0].correspondents) == (["周某某"], ["胡某"])
    assert page_heads.is_masthead_date("株洲日报　2025年7月30日　星期三")
    assert_nothing_lost(issue)


def test_html_meta_spans_give_the_byline_and_a_trailing_off_sentence_stays_text():
    page = "\n".join([
        "<html><body><p>2025年08月01日 星期五 第A03版：城事</p>",
        "<article>",
        '<h1 class="article-title">神农城音乐喷泉8月起每晚两场</h1>',
        '<div class="meta"><span class="author">记者 李某 通讯员 文某某</span> <span class="source">来源：株洲日报</span></div>',
        "<p>　　7月31日，神农城音乐喷泉每晚开放两场。<br/>　　曲目包括《浏阳河》，还有《洪湖水浪打浪》&hellip;&hellip;</p>",
        "</article>",
        "<article>",
        '<h1 class="article-title">天元区开展专项行动</h1>',
        '<div class="meta"><span class="author">通讯员 唐某</span> <span class="source">来源：株洲日报</span></div>',
        "<p>　　近日，天元区对校园周边文具店开展集中检查。</p>",
        "</article></body></html>",
    ])
    issue = parse_text(page, "x.html")
    assert titles(issue) == ["神农城音乐喷泉8月起每晚两场", "天元区开展专项行动"]
    first, second = issue.articles
    assert (first.reporters, first.correspondents, first.subtitle) == (["李某"], ["文某某"], "")
    assert first.paragraphs[-1].endswith("……") and second.subtitle == "" and second.correspondents == ["唐某"]


def test_a_notice_set_on_one_line_is_its_own_article():
    text = "\n".join([
        "株洲日报 2025年8月4日 星期一 B06 分类信息",
        "招聘",
        "株洲某某航空科技有限公司招聘机加工操作工20名。",
        "地址：芦淞区董家塅高科园某某号　电话：0731-28561234",
        "遗失声明：株洲市天元区某某五金店遗失营业执照正本，声明作废。",
        "遗失声明：谭某某遗失株洲市残疾人证一本，声明作废。",
    ])
    issue = parse_text(text, "x.txt")
    assert [(a.title, a.type) for a in issue.articles] == [("招聘", "ad"), ("遗失声明", "notice"), ("遗失声明", "notice")]
    assert issue.articles[2].paragraphs == ["谭某某遗失株洲市残疾人证一本，声明作废。"]


def test_i_want_to_print_is_chrome():
    assert furniture.is_scrape_chrome("【我要打印】【关闭】")


# --- 9. found with the third batch ----------------------------------------------------------------------


def test_a_markdown_masthead_of_the_paper_and_its_date_is_no_article():
    md = "\n".join([
        "# 株洲日报 2025年8月8日", "", "## A05 民生", "",
        "### 全市新增公共充电桩1800个", "",
        "本报讯（记者 宋某 通讯员 易某某）8月7日，今年以来全市新增公共充电桩1800个。",
    ])
    issue = parse_text(md, "x.md")
    assert [(a.title, a.section) for a in issue.articles] == [("全市新增公共充电桩1800个", "A05 民生")]
    assert issue.date == "2025-08-08"
    assert_nothing_lost(issue)


def test_two_notices_split_by_a_ruled_gutter_are_split_back():
    text = "\n".join([
        "株洲日报　2025年8月9日　星期六　B03　公告",
        "",
        "遗失声明　　　　　　　　　　　　│　　注销公告",
        "株洲市荷塘区某某超市遗失食品　　│　　株洲某某网络科技有限公司经股东",
        "经营许可证正本，声明作废。　　　│　　决定解散，请债权人申报债权。",
    ])
    issue = parse_text(text, "x.txt")
    assert [(a.title, a.paragraphs) for a in issue.articles] == [
        ("遗失声明", ["株洲市荷塘区某某超市遗失食品经营许可证正本，声明作废。"]),
        ("注销公告", ["株洲某某网络科技有限公司经股东决定解散，请债权人申报债权。"]),
    ]
    assert_nothing_lost(issue)


# --- 10. found with the fourth batch --------------------------------------------------------------------


def test_a_pdf_page_of_two_long_indented_paragraphs_is_pdf_text():
    lines = ["株洲日报　2025年8月12日　星期二　B01　县域　责任编辑 龙某", "芦淞区推动服饰产业数字化转型", "今年已有1200家商户上线直播"]
    lines += _wrap("　　本报讯（全媒体记者 胡某某 通讯员 欧某）今年以来，芦淞区推动服饰批发市场数字化转型，"
                   "已有1200家商户开通直播带货，上半年线上销售额同比增长46%。", 19)
    lines += ["图为商户在芦淞服饰市场直播间介绍新款服装。", "（通讯员 欧某 摄）", "醴陵举办陶瓷产业招聘会"]
    lines += _wrap("　　本报讯（通讯员 汤某某）8月11日，醴陵市陶瓷产业专场招聘会举行，63家企业提供岗位2100余个。", 19)
    issue = parse_text("\n".join(lines), "x.txt")
    assert issue.rendition == "pdf_text"
    first, second = issue.articles
    assert (first.reporters, first.correspondents, first.photographers) == (["胡某某"], ["欧某"], ["欧某"])
    assert second.paragraphs == ["8月11日，醴陵市陶瓷产业专场招聘会举行，63家企业提供岗位2100余个。"]


def test_an_author_field_ends_at_the_editor_field():
    scrape = "\n".join([
        "株洲日报 2025年08月12日 第A02版 要闻",
        "全市今年新增城市绿道120公里",
        "作者：记者 龙某　通讯员 彭某某　责任编辑：周某",
        "来源：株洲日报　发布时间：2025-08-12",
        "8月11日，记者从市城管局获悉，今年全市将新增城市绿道120公里。",
        "【打印】【关闭】",
    ])
    (article,) = parse_text(scrape, "x.txt").articles
    assert (article.reporters, article.correspondents, article.section) == (["龙某"], ["彭某某"], "要闻")


def test_bold_titles_with_italic_bylines_are_a_markdown_export():
    md = "\n".join([
        "株洲日报 2025年8月14日 星期四 第A06版：文体", "",
        "**株洲举办首届城市定向赛**", "", "_记者 胡某 通讯员 邹某_", "",
        "8月13日，株洲首届城市定向赛在神农城开赛。", "",
        "![图为选手在神农城广场寻找打卡点。](p1.jpg)", "",
        "**炎陵神农谷景区暑期游客创新高**", "", "_通讯员 邝某_", "",
        "今年暑期，炎陵神农谷景区接待游客46万人次。",
    ])
    issue = parse_text(md, "x.md")
    assert issue.rendition == "markup"
    assert [(a.title, a.reporters, a.correspondents) for a in issue.articles] == [
        ("株洲举办首届城市定向赛", ["胡某"], ["邹某"]), ("炎陵神农谷景区暑期游客创新高", [], ["邝某"])]
