"""Focused checks for round AT: OCR layers, PDF-to-Markdown converters and e-paper pages saved from web archives.

Each test feeds a few lines of original text in a form a held-out issue of the
round showed (tests/core/renditions/data/pdf_text_420..427, epaper_420..427
and the three named by their date) and asserts what a reader sees.
"""

from __future__ import annotations

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.parse import parse_bytes

S = "\u3000"


def _read(text: str, name: str = "x.txt", encoding: str = "utf-8"):
    return parse_bytes(text.encode(encoding), name)


def _body(article) -> str:
    return "".join(article.paragraphs)


def _bylines(article) -> tuple[list[str], list[str], list[str]]:
    return article.reporters, article.correspondents, article.photographers


# --- 1. A scan's OCR layer: ALTO XML and hOCR -----------------------------------------------------------------

def _alto_line(texts: list[str], hpos: int, vpos: int, ids: list[int], height: int = 52) -> list[str]:
    out = [f'<TextLine ID="TL{ids[0]}" HPOS="{hpos}" VPOS="{vpos}" WIDTH="1400" HEIGHT="{height}">']
    for k, text in enumerate(texts):
        if k:
            out.append(f'<SP WIDTH="42" HPOS="{hpos}" VPOS="{vpos}"/>')
        ids[0] += 1
        out.append(f'<String ID="S{ids[0]}" HPOS="{hpos}" VPOS="{vpos}" WIDTH="300" HEIGHT="50" CONTENT="{text}" WC="0.95"/>')
    out.append("</TextLine>")
    return out


def _alto_block(lines: list[list[str]], indent: bool = False, ids: list[int] | None = None, height: int = 52) -> list[str]:
    ids = ids if ids is not None else [0]
    out = ['<TextBlock ID="TB" HPOS="240" VPOS="400" WIDTH="1420" HEIGHT="300">']
    for k, texts in enumerate(lines):
        out += _alto_line(texts, 240 + (96 if indent and k == 0 else 0), 400 + 60 * k, ids, height)
    return out + ["</TextBlock>"]


def test_an_alto_xml_page_is_read_one_text_line_a_line():
    """'<String CONTENT="…"/>' words in '<TextLine>'s: the file was refused as holding no Chinese; now its blocks are
    the page's lines, a block's wrapped lines one paragraph, a headline set over two lines in display type one title,
    the running head dating the issue."""
    ids = [0]
    page = "\n".join([
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#">',
        "<Description><MeasurementUnit>pixel</MeasurementUnit></Description>",
        '<Layout><Page ID="P1" HEIGHT="7016" WIDTH="4961"><PrintSpace>',
        *_alto_block([["2026年10月13日", "星期二", "A03", "城事"]], ids=ids),
        *_alto_block([["石峰区老工业厂"], ["房变身文创园"]], ids=ids, height=142),  # display type over two lines
        *_alto_block([["株洲日报全媒体记者", "邓", "岚", "通讯员", "严", "伟"]], ids=ids),
        *_alto_block([["10月12日，石峰区清水塘片区"], ["一处闲置老厂房完成改造，以"], ["“工业记忆文创园”对外开放。"]], indent=True, ids=ids),
        *_alto_block([["荷塘区开展秋季消防演练"]], ids=ids, height=142),
        *_alto_block([["通讯员", "胡", "蓉"]], ids=ids),
        *_alto_block([["10月11日上午，荷塘区在月塘"], ["街道开展高层住宅火灾疏散演"], ["练，300余名居民参加。"]], indent=True, ids=ids),
        "</PrintSpace></Page></Layout>",
        "</alto>",
    ])
    issue = _read(page, "page.xml")
    assert issue.date == "2026-10-13"
    assert titles(issue) == ["石峰区老工业厂房变身文创园", "荷塘区开展秋季消防演练"]
    first, second = issue.articles
    assert _bylines(first) == (["邓岚"], ["严伟"], [])
    assert _bylines(second) == ([], ["胡蓉"], [])
    assert _body(first).startswith("10月12日，石峰区清水塘片区一处闲置老厂房完成改造")
    assert "<" not in _body(first) + _body(second)
    assert_nothing_lost(issue)


def _hocr_par(lines: list[list[str]], kind: str = "ocr_line", size: int = 30) -> list[str]:
    out = ["<div class='ocr_carea' id='block' title=\"bbox 120 90 1180 134\">",
           "<p class='ocr_par' id='par' lang='chi_sim' title=\"bbox 120 90 1180 134\">"]
    for words in lines:
        out.append(f"<span class='{kind}' id='line' title=\"bbox 120 90 1180 126; baseline 0 -8; x_size {size}\">")
        out += [f"<span class='ocrx_word' id='word' title='bbox 120 90 150 118; x_wconf 91'>{w}</span>" for w in words]
        out.append("</span>")
    return out + ["</p>", "</div>"]


def test_a_tesseract_hocr_page_joins_each_lines_words_and_keeps_names_apart():
    """hOCR sets each word on a line of its own: read as HTML, every word was a line and no headline was found. Each
    'ocr_line' is now one line; Chinese words meet without a space, but the names after a role word stay apart."""
    page = "\n".join([
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">',
        " <head>",
        "  <meta name='ocr-system' content='tesseract 5.3.0' />",
        "  <meta name='ocr-capabilities' content='ocr_page ocr_carea ocr_par ocr_line ocrx_word ocrp_wconf'/>",
        " </head>",
        " <body>",
        "  <div class='ocr_page' id='page_1' title='image \"a02.png\"; bbox 0 0 2480 3508; ppageno 0'>",
        *_hocr_par([["2026年10月14日", "星期三", "A02", "要闻"]], "ocr_header", 28),
        *_hocr_par([["炎陵", "黄桃", "深加工", "项目"], ["投产"]], "ocr_header", 64),
        *_hocr_par([["通讯员", "谭", "丽", "刘", "勇"]]),
        *_hocr_par([["10月", "12日，", "炎陵县", "黄桃"], ["深加工", "项目", "在中", "村瑶族", "乡投产，", "年可", "加工", "黄桃1", ".2万吨。"]]),
        *_hocr_par([["渌江", "书院", "修缮"], ["工程", "启动"]], "ocr_header", 64),
        *_hocr_par([["株洲日报", "全媒体", "记者", "贺", "勤"]]),
        *_hocr_par([["10月", "13日，", "醴陵", "渌江"], ["书院", "修缮", "工程", "启动。"]]),
        "  </div>",
        " </body>",
        "</html>",
    ])
    issue = _read(page, "page.html")
    assert issue.date == "2026-10-14"
    assert titles(issue) == ["炎陵黄桃深加工项目投产", "渌江书院修缮工程启动"]
    first, second = issue.articles
    assert _bylines(first) == ([], ["谭丽", "刘勇"], [])
    assert _bylines(second) == (["贺勤"], [], [])
    assert _body(first).startswith("10月12日，炎陵县黄桃深加工项目在中村瑶族乡投产，年可加工黄桃1.2万吨。")
    assert_nothing_lost(issue)


def test_an_ocr_text_export_with_its_words_one_space_apart_reads_whole_titles():
    """An OCR layer's text export sets its words one space apart ('株洲西 站改 造'): the second half of a headline
    broken in two was taken as the title, the first half lost. Read without the spaces, the two lines are the
    title over its second line (plain text does not say they are one line, as PDF text over two lines)."""
    page = "\r\n".join([
        "A03 城事 2026年10月31日 星期六 责任编辑：宁 远",
        "株洲西 站改 造",
        "工程主 体完 工",
        "株洲日报全媒体记者 朱 琳 通讯员 田 野",
        "10月 30 日，株洲 西站 改造工 程主",
        "体完工 ，新 候车厅面 积扩 大到一",
        "万余平 方米 ，可同时 容纳 三千 名",
        "旅客候 车。",
        "市民服 务中 心推出",
        "“午间 不打 烊”",
        "通讯员 柯 兰",
        "从11 月起 ，市民服 务中 心不动 产登",
        "记、 社保 、医保等 窗口 实行午 间不",
        "间断 服务 ，方便 上班族 办事。",
    ])
    issue = _read(page, "zzrb_2026-10-31_ed-1_seq-3_ocr.txt")
    assert [a.title + a.subtitle for a in issue.articles] == ["株洲西站改造工程主体完工", "市民服务中心推出“午间不打烊”"]
    first, second = issue.articles
    assert _bylines(first) == (["朱琳"], ["田野"], [])
    assert _bylines(second) == ([], ["柯兰"], [])
    assert _body(second).startswith("从11月起，市民服务中心不动产登记")  # a figure and its unit, cut apart by OCR
    assert_nothing_lost(issue)


# --- 2. PDF-to-Markdown converters ---------------------------------------------------------------------------

def test_a_bold_title_under_a_converters_photo_slot_opens_the_photos_caption():
    """marker's '![](_page_0_Picture_14.jpeg)' over '**夜跑**', its text and its credit: the bold line was a sub-heading of
    the story above, which took the photographer; it is the photo's title."""
    page = "\n".join([
        "## 市民捡到钱包 原地等候失主", "",
        "**通讯员 殷 涛**", "",
        "10月18日上午，市民唐女士在神农公园捡到一个钱包，在原地等了40多分钟，等到了失主。", "",
        "![](_page_0_Picture_14.jpeg)", "",
        "**湘江风光带夜跑的人多了**", "",
        "10月18日晚，湘江风光带上，不少市民结伴夜跑。", "",
        "株洲日报全媒体记者 邵 帆 摄", "",
    ])
    issue = _read(page, "page.md")
    assert titles(issue) == ["市民捡到钱包 原地等候失主", "湘江风光带夜跑的人多了"]
    story, photo = issue.articles
    assert _bylines(story) == ([], ["殷涛"], [])
    assert (photo.type, _bylines(photo)) == ("caption", ([], [], ["邵帆"]))


# --- 3. E-paper pages saved from web archives, caches and translators ----------------------------------------

def test_the_wayback_toolbar_copied_as_text_is_no_article_and_its_days_no_date():
    """A Wayback page copied as text opens on its toolbar: its head line was an untitled article; its capture days
    ('24 Oct 2026 - 18 Nov 2026') are not the issue's."""
    page = "\n".join([
        "The Wayback Machine - https://web.archive.org/web/20261118093022/http://epaper.zzrb.com.cn/html/2026-10/22/node_A03.htm",
        "47 captures", "24 Oct 2026 - 18 Nov 2026", "OCT\tNOV\tDEC", "\t18\t", "2025\t2026\t2027", "success", "fail",
        "About this capture", "COLLECTED BY", "Organization: Internet Archive",
        "These crawls are part of an effort to archive pages as they are created and archive the pages that they refer to.",
        "Collection: Save Page Now Outlinks", "TIMESTAMPS", "loading",
        "株洲日报数字报", "2026年10月22日 星期四", "第A03版：城事",
        "神农城地下停车场新增500个车位", f"株洲日报全媒体记者 叶 楠 通讯员 梁 宇",
        f"{S}{S}10月21日，神农城地下停车场二期投入使用，新增停车位500个。",
        "芦淞区启动冬季供水管网排查", "通讯员 孔 亮",
        f"{S}{S}为确保冬季供水安全，芦淞区从10月20日起对辖区供水管网进行排查。",
    ])
    issue = _read(page)
    assert issue.date == "2026-10-22"
    assert titles(issue) == ["神农城地下停车场新增500个车位", "芦淞区启动冬季供水管网排查"]
    assert_nothing_lost(issue)


def test_a_saved_wayback_pages_toolbar_insert_is_no_article():
    """Between '<!-- BEGIN WAYBACK TOOLBAR INSERT -->' and its END comment: 'COLLECTED BY', 'Archive-It' (a span
    classed 'wm-title', read as a title) and the capture count were two articles."""
    page = "\n".join([
        "<html><head><title>株洲日报数字报-第A02版：要闻</title></head><body>",
        "<!-- BEGIN WAYBACK TOOLBAR INSERT -->",
        '<div id="wm-ipp-base" lang="en" style="display:none;direction:ltr;">',
        '<div id="wm-capinfo" style="display:none">',
        '<div style="background-color:#666;color:#fff;font-weight:bold;text-align:center">COLLECTED BY</div>',
        'Organization: <a href="https://archive.org/details/ArchiveIt"><span class="wm-title">Archive-It</span></a>',
        '<div style="background-color:#666;color:#fff;font-weight:bold" title="Timestamps">TIMESTAMPS</div>',
        "</div>",
        '<div class="c"><a class="t" href="https://web.archive.org/web/*/x">12 captures</a><div class="r">02 Nov 2026 - 21 Nov 2026</div></div>',
        "</div>",
        "<!-- END WAYBACK TOOLBAR INSERT -->",
        '<table><tr><td class="date">2026年10月23日 星期五</td><td class="banci">第A02版：要闻</td></tr></table>',
        "<h3>我市出台支持建筑业发展十条措施</h3>",
        '<p class="author">株洲日报全媒体记者 严 冬</p>',
        f"<p>{S}{S}10月22日，市政府办公室印发《关于支持建筑业高质量发展的若干措施》。</p>",
        "</body></html>",
    ])
    issue = _read(page, "page.html")
    assert issue.date == "2026-10-23"
    assert titles(issue) == ["我市出台支持建筑业发展十条措施"]
    assert issue.articles[0].reporters == ["严冬"]


def test_a_search_engines_cache_banner_is_no_article():
    """Google's cache notice and Baidu's snapshot notice over a page: each was an article of its own."""
    google = "\n".join([
        "这是 Google 对 http://epaper.zzrb.com.cn/html/2026-10/26/node_A05.htm 的缓存。 这是该网页在 2026年11月20日 03:14:09 GMT 的快照。 当前页在此期间可能已经更改。 了解详情.",
        "完整版本纯文字版本查看源代码",
        "提示：要在此页面上快速找到您的搜索字词，请按 Ctrl+F 或者 ⌘-F（Mac），然后使用查找栏搜索。", "",
        "株洲日报数字报", "2026年10月26日 星期一", "A05版：民生", "",
        "市中心医院开设夜间门诊", "", "株洲日报全媒体记者 顾 颖", "",
        "从10月26日起，市中心医院开设夜间门诊，每周一至周五18时至21时开诊。", "",
    ])
    baidu = "\r\n".join([
        "百度快照",
        "您查询的关键词是：株洲 骑手 落水 。如果打开速度慢，可以尝试快速版；如果想保存快照，可以添加到搜藏。",
        "(百度和网页http://epaper.zzrb.com.cn/html/2026-10/27/node_A07.htm的作者无关，不对其内容负责。百度快照谨为网络故障时之索引，不代表被搜索网站的即时页面。)",
        "快照时间：2026-11-03 14:26",
        "株洲日报数字报", "2026年10月27日 星期二  第A07版：社会",
        "外卖骑手勇救落水儿童", "株洲日报全媒体记者 安 然 通讯员 尹 杰",
        f"{S}{S}10月26日傍晚，一名男童在枫溪港边玩耍时不慎落水，外卖骑手姚东跳入水中将孩子救起。",
    ])
    cached = _read(google)
    assert (cached.date, titles(cached)) == ("2026-10-26", ["市中心医院开设夜间门诊"])
    snapshot = _read(baidu, encoding="gbk")
    assert (snapshot.date, titles(snapshot)) == ("2026-10-27", ["外卖骑手勇救落水儿童"])
    assert _bylines(snapshot.articles[0]) == (["安然"], ["尹杰"], [])
    assert_nothing_lost(snapshot)


def test_a_translation_proxys_address_and_bar_are_no_article():
    """A page read through Google Translate: the translate.goog address over it was an untitled article."""
    page = "\n".join([
        "https://epaper-zzrb-com-cn.translate.goog/html/2026-10/30/node_A05.htm?_x_tr_sl=zh-CN&_x_tr_tl=zh-TW&_x_tr_hl=zh-TW",
        "Google 翻譯", "原文", "翻譯", "翻譯自：中文（簡體）", "翻譯成：中文（繁體）",
        "株洲日報數字報", "2026年10月30日 星期五", "第A05版：民生",
        "市區新增20處便民充電站", "株洲日報全媒體記者 蘇 航",
        "10月29日，記者從市發改委獲悉，今年市區新建的20處便民充電站已全部投入使用。",
    ])
    issue = _read(page)
    assert issue.date == "2026-10-30"
    assert titles(issue) == ["市區新增20處便民充電站"]
    assert issue.articles[0].reporters == ["蘇航"]


def test_a_page_savers_stamp_does_not_date_the_issue():
    """SingleFile's 'saved date: Sun Nov 22 2026 …' at the top of a saved page was read as the masthead's date."""
    page = "\n".join([
        "<!DOCTYPE html> <html lang=zh-CN><!--",
        " Page saved with SingleFile ",
        " url: http://epaper.zzrb.com.cn/html/2026-10/24/node_A06.htm ",
        " saved date: Sun Nov 22 2026 21:14:03 GMT+0800 (中国标准时间)",
        "--><meta charset=utf-8>",
        "<title>株洲日报数字报</title>",
        "<body><div class=wrap>",
        "<div class=top><span>2026年10月24日 星期六</span> <span>第A06版：区县</span></div>",
        "<div class=article-tit>渌口区建成首个数字化育秧中心</div>",
        "<div class=article-author>株洲日报全媒体记者 毛 晨 通讯员 向 晖</div>",
        "<div class=article-txt><p>10月23日，渌口区首个数字化育秧中心在龙船镇建成。</p></div>",
        "</div></body></html>",
    ])
    issue = _read(page, "page.html")
    assert (issue.date, issue.date_source) == ("2026-10-24", "masthead")
    assert titles(issue) == ["渌口区建成首个数字化育秧中心"]


def test_the_e_papers_pdf_download_link_alone_on_its_line_is_chrome():
    """'PDF版下载' under the page list of an e-paper's navigation was an article of its own."""
    page = "\n".join([
        "株洲日报数字报", "2026年10月28日 星期三", "版面导航", "A01版：要闻", "A02版：要闻",
        "上一版", "下一版", "往期回顾", "PDF版下载", "第A04版：经济", "",
        "株洲港铜塘湾作业区吞吐量创新高", "株洲日报全媒体记者 史 航",
        f"{S}{S}记者10月27日获悉，今年前三季度，株洲港铜塘湾作业区完成货物吞吐量412万吨。",
    ])
    issue = _read(page)
    assert titles(issue) == ["株洲港铜塘湾作业区吞吐量创新高"]
    assert_nothing_lost(issue)


def test_the_platforms_name_over_a_page_line_marks_an_e_paper_page():
    """'株洲日报数字报' alone over '第T03版：特刊' (a special edition's page, no chrome kept): print sets the paper's
    name, never its site's, so the copy is an e-paper page and its page line names the section."""
    page = "\n".join([
        "株洲日报数字报", "2026年10月29日 星期四", "第T03版：特刊",
        "株洲日报·建市七十五周年特刊", "本版由株洲市城市建设发展集团有限公司协办", "",
        "一座工业城市的绿色转身", "株洲日报全媒体记者 郑 言 通讯员 姬 敏",
        f"{S}{S}清水塘曾经烟囱林立，如今变成了生态新城。十年间，261家企业搬迁退出。",
        f"{S}{S}附近的居民说，现在推开窗就能看到湘江。",
    ])
    issue = _read(page)
    assert issue.rendition == "epaper"
    assert issue.articles[-1].section == "特刊"
    assert _bylines(issue.articles[-1]) == (["郑言"], ["姬敏"], [])


def test_a_special_editions_banner_is_no_title():
    """'株洲日报·建市七十五周年特刊' over a special page's first story took the story's title as its subtitle."""
    page = "\n".join([
        "2026年10月29日 星期四", "第T03版：特刊", "【打印】【关闭】",
        "株洲日报·建市七十五周年特刊", "本版由株洲市城市建设发展集团有限公司协办", "",
        "一座工业城市的绿色转身", "株洲日报全媒体记者 郑 言 通讯员 姬 敏",
        f"{S}{S}清水塘曾经烟囱林立，如今变成了生态新城。十年间，261家企业搬迁退出。",
    ])
    issue = _read(page)
    assert titles(issue) == ["一座工业城市的绿色转身"]
    assert _bylines(issue.articles[0]) == (["郑言"], ["姬敏"], [])
    assert_nothing_lost(issue)


# --- 4. Features: a scene told at its hour, a special edition's pages ------------------------------------------

def test_a_story_opening_on_the_hour_and_the_place_that_reports_someones_words_is_a_feature():
    """'傍晚的攸县老街，…' and '文师傅说，他…': a scene and a person's own account, no day or source: a feature, not news."""
    page = "\n".join([
        "2026年10月20日 星期二 B01 文体", "",
        "老街上的糖画摊", "", "株洲日报全媒体记者 程 薇", "",
        "傍晚的攸县老街，63岁的文师傅支起糖画摊，铜勺在石板上一抖一提，一只凤凰就活灵活现。", "",
        "文师傅说，他做糖画已经45年了，最高兴的是看到孩子们接过糖画时的笑脸。", "",
    ])
    issue = _read(page)
    assert [(a.title, a.type) for a in issue.articles] == [("老街上的糖画摊", "feature")]


def test_signed_stories_on_a_special_editions_page_are_features():
    """Under a special edition's column ('特刊·城市记忆'), stories that look back and open on no day are features."""
    page = "\n".join([
        "2026年10月29日 星期四", "第T03版：特刊", "【打印】【关闭】", "",
        "特刊·城市记忆", "从“火车拖来的城市”到“动力之都”", "株洲日报全媒体记者 魏 然",
        f"{S}{S}七十多年前，几条铁路在湘江边交汇，株洲由一个小镇起步。今天，这座城市的动力产业集群享誉全国。",
        f"{S}{S}老一辈建设者刘长庚回忆，当年他们在荒坡上搭起工棚，白天修路晚上学技术。", "",
        "一座工业城市的绿色转身", "株洲日报全媒体记者 郑 言",
        f"{S}{S}清水塘曾经烟囱林立，如今变成了生态新城。十年间，261家企业搬迁退出。",
        f"{S}{S}附近的居民说，现在推开窗就能看到湘江。",
    ])
    issue = _read(page)
    assert [(a.title, a.type) for a in issue.articles] == [
        ("从“火车拖来的城市”到“动力之都”", "feature"), ("一座工业城市的绿色转身", "feature")]


def test_a_special_pages_team_credits_are_no_section():
    """'策划：严 冬　统筹：魏 然　版式：李 敏' over a special page's first story was taken as the story's section."""
    page = "\n".join([
        "2026年10月29日 星期四", "第T03版：特刊", "【打印】【关闭】",
        f"策划：严 冬{S}统筹：魏 然{S}版式：李 敏", "",
        "一座工业城市的绿色转身", "株洲日报全媒体记者 郑 言",
        f"{S}{S}清水塘曾经烟囱林立，如今变成了生态新城。十年间，261家企业搬迁退出。",
    ])
    issue = _read(page)
    assert titles(issue) == ["一座工业城市的绿色转身"]
    assert issue.articles[0].section == "特刊"
    assert any("策划" in u.text for u in issue.unassigned)


def test_an_older_alto_namespace_and_an_hocr_without_word_spans_are_ocr_layers_too():
    """Chronicling America keeps ALTO in the older CCS namespace, and kraken writes hOCR lines with their text in the
    line span and no word spans: both are read as the scan's lines."""
    ids = [0]
    alto = "\n".join([
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<alto xmlns="http://schema.ccs-gmbh.com/ALTO">',
        '<Layout><Page ID="P1"><PrintSpace>',
        *_alto_block([["2026年10月15日", "星期四", "A06", "区县"]], ids=ids),
        *_alto_block([["茶陵县举办首届农民丰收节"]], ids=ids, height=142),
        *_alto_block([["通讯员", "陈", "杰"]], ids=ids),
        *_alto_block([["10月13日，茶陵县首届农民丰"], ["收节在严塘镇开幕。"]], indent=True, ids=ids),
        "</PrintSpace></Page></Layout>",
        "</alto>",
    ])
    issue = _read(alto, "seq-6.xml")
    assert (issue.date, titles(issue)) == ("2026-10-15", ["茶陵县举办首届农民丰收节"])
    assert issue.articles[0].correspondents == ["陈杰"]
    kraken = "\n".join([
        "<!DOCTYPE html>",
        '<html><head><meta name="ocr-system" content="kraken"/><meta name="ocr-capabilities" content="ocr_page ocr_line"/></head>',
        "<body><div class='ocr_page' title='bbox 0 0 2480 3508'>",
        "<p class='ocr_par'><span class='ocr_line' title='bbox 120 90 1180 126; x_size 28'>2026年10月15日 星期四 A06 区县</span></p>",
        "<p class='ocr_par'><span class='ocr_line' title='bbox 120 140 1180 220; x_size 64'>茶陵县举办首届农民丰收节</span></p>",
        "<p class='ocr_par'><span class='ocr_line' title='bbox 120 230 1180 260; x_size 30'>通讯员 陈 杰</span></p>",
        "<p class='ocr_par'><span class='ocr_line' title='bbox 120 270 1180 300; x_size 30'>10月13日，茶陵县首届农民丰</span>",
        "<span class='ocr_line' title='bbox 120 310 1180 340; x_size 30'>收节在严塘镇开幕。</span></p>",
        "</div></body></html>",
    ])
    issue = _read(kraken, "page.html")
    assert (issue.date, titles(issue)) == ("2026-10-15", ["茶陵县举办首届农民丰收节"])
    assert issue.articles[0].correspondents == ["陈杰"]
    assert "".join(issue.articles[0].paragraphs).startswith("10月13日，茶陵县首届农民丰收节在严塘镇开幕")
