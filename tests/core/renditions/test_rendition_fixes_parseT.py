"""Focused checks for the repairs of parser round T: the ways people save a page of the paper.

Each test feeds a few lines of original text and asserts what a reader sees:
titles, bylines, dates, and that no line is lost.
"""

from __future__ import annotations

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.parse import parse_text
from zzreader.core.renditions import (
    app_share,
    mail_quotes,
    nav_menus,
    note_properties,
    ocr_marks,
    wechat,
    weibo,
    wiki_links,
)
from zzreader.core.renditions.model import SourceLine


def _text(*lines: str) -> str:
    return "\n".join(lines)


# --- a. a website's menu pasted with the page, one item a line --------------------------------------------------

def test_a_site_menu_one_item_a_line_is_furniture():
    issue = parse_text(_text(
        "县区新闻网 首页", "新闻", "时政", "教育", "数字报",
        "株洲日报 2025年12月06日 第A02版：要闻",
        "炎陵黄桃冷库扩容", "作者：杨帆", "日期：2025-12-06",
        "　　12月5日，炎陵县新建的两座黄桃冷库投入使用。",
    ), "x.txt")
    assert titles(issue) == ["炎陵黄桃冷库扩容"]
    assert_nothing_lost(issue)


def test_short_lines_without_menu_words_stay():
    lines = [SourceLine(k, t) for k, t in enumerate(["春雨", "夜归人", "小城", "灯火"], 1)]
    furniture: list[SourceLine] = []
    nav_menus.drop(lines, furniture, [])
    assert not furniture and len(lines) == 4


# --- b. a WeChat post: the account line dates it, the 三审 credits and the QR blurb are no article ---------------

def test_a_wechat_post_is_dated_by_its_account_line():
    issue = parse_text(_text(
        "渌口区新增一处城市书房",
        "原创 株洲日报 株洲日报 2025-11-20 07:30 发表于湖南",
        "株洲日报全媒体记者 唐　英",
        "11月19日，渌口区第三家城市书房在滨江路开放，藏书8000余册。",
        "来源：株洲日报",
        "编辑：陈　洁",
        "审核：罗志远",
        "长按识别下方二维码",
        "关注株洲日报 获取更多资讯",
        "觉得不错，请点个“在看”吧",
    ), "x.txt")
    assert (issue.date, titles(issue)) == ("2025-11-20", ["渌口区新增一处城市书房"])
    assert issue.articles[0].reporters == ["唐英"]
    assert_nothing_lost(issue)


def test_the_post_line_needs_its_posting_mark():
    assert wechat.post_date(["株洲日报 2025-11-20 发表于湖南"]) == ("2025", "11", "20")
    assert wechat.post_date(["会议定于2025-11-20召开"]) is None


# --- c. a note app's wiki links -----------------------------------------------------------------------------

def test_wiki_links_read_as_the_app_shows_them():
    assert wiki_links.unlink("记者 [[胡晓岚]]　[[清水塘#历史|老工业区]]") == "记者 胡晓岚　老工业区"
    assert wiki_links.unlink("[普通链接](http://x)") == "[普通链接](http://x)"


def test_a_clipped_note_is_dated_by_its_source_line_and_keeps_its_byline():
    issue = parse_text(_text(
        "#剪报", "", "> 出处：[[株洲日报]] 2025年11月3日 第A03版", "",
        "# 茶陵新建两座人行天桥", "", "株洲日报全媒体记者 [[谭　丽]]", "",
        "11月2日，茶陵县城区两座人行天桥完工，方便学生上下学。",
    ), "note.md")
    assert (issue.date, titles(issue)) == ("2025-11-03", ["茶陵新建两座人行天桥"])
    assert issue.articles[0].reporters == ["谭丽"]


# --- d. a forwarded mail: quote marks off, the note and the header to unassigned -----------------------------

MAIL = _text(
    "小王：这篇给你参考。",
    "-----原始邮件-----",
    "发件人: 张三 <zs@example.com>",
    "发送时间: 2025年11月5日 8:10",
    "主题: 转发：报纸",
    "",
    "> 株洲日报 2025年11月4日 星期二 A03 城事",
    ">",
    "> 石峰区老旧小区加装电梯40台",
    ">",
    "> 株洲日报全媒体记者 蒋　晨",
    ">",
    "> 今年以来，石峰区老旧小区加装电梯40台，惠及居民1100余户。",
)


def test_a_forwarded_mail_reads_the_quoted_page():
    issue = parse_text(MAIL, "mail.txt")
    assert (issue.date, titles(issue)) == ("2025-11-04", ["石峰区老旧小区加装电梯40台"])
    assert issue.articles[0].reporters == ["蒋晨"]
    assert_nothing_lost(issue)


def test_quote_marks_stay_without_a_mail_header():
    lines = ["> 引文一", "> 引文二", "> 引文三"]
    assert mail_quotes.unquote(lines, []) is None


# --- e. Firefox's Reader view keeps the page's address in its domain link --------------------------------------

def test_a_reader_view_page_is_dated_by_its_domain_link():
    issue = parse_text(_text(
        '<html><body><div class="header reader-header">',
        '<a class="domain reader-domain" href="https://epaper.example.cn/zzrb/html/2025-11/07/content_1.htm">epaper.example.cn</a>',
        '<h1 class="reader-title">荷塘区新增两处口袋公园</h1>',
        '<div class="credits reader-credits">株洲日报全媒体记者 周　敏</div>',
        '</div><div class="content"><p>11月6日，荷塘区两处口袋公园建成开放。</p></div></body></html>',
    ), "reader.html")
    assert (issue.date, titles(issue)) == ("2025-11-07", ["荷塘区新增两处口袋公园"])


# --- f. pdftotext without -layout: a stack of short header lines does not hide the wrapped blocks ----------------

def test_blocks_wrapped_at_one_width_under_a_header_stack_are_pdf_text():
    issue = parse_text(_text(
        "株洲日报", "2025年11月14日 星期五", "A05", "城事", "责任编辑：李　娟", "",
        "荷塘区新建三座垃圾分类驿站", "", "株洲日报全媒体记者 邹　凯", "通讯员 刘　畅", "",
        "11月13日，记者从荷塘区城管局获", "悉，该区新建的三座垃圾分类驿站", "已投入使用，每座驿站每天可处理", "可回收物约两吨。", "",
        "驿站实行积分兑换，居民投放可回", "收物可换取米、油等生活用品，目", "前已有两千余户居民注册。", "",
        "5", "", "石峰区老旧小区加装电梯", "", "株洲日报全媒体记者 钟　毅", "",
        "11月13日，石峰区又有六台加装电", "梯投入使用，今年以来该区老旧小", "区已加装电梯四十台。", "",
    ), "p.txt")
    assert issue.rendition == "pdf_text"
    assert titles(issue) == ["荷塘区新建三座垃圾分类驿站", "石峰区老旧小区加装电梯"]
    assert issue.articles[0].paragraphs[0].startswith("11月13日，记者从荷塘区城管局获悉，该区")


# --- g. OCR: figures spaced digit by digit, bars for column rules ---------------------------------------------

def test_ocr_spaced_figures_and_column_rules():
    text, changed = ocr_marks.fold(_text("株洲日报 2 0 2 5 年 1 1 月 3 日 星期一", "标题 |", "正文一 |", "正文二 |", "| 岗位 | 人数 |"))
    assert text.split("\n") == ["株洲日报 2025年11月3日 星期一", "标题", "正文一", "正文二", "| 岗位 | 人数 |"]
    assert changed == 4


def test_spaced_digits_stay_without_a_spaced_year():
    assert ocr_marks.fold("比分 2 1，观众 3 0 0 人")[1] == 0


# --- h. an app's share page: its prompts and outlet-and-time line are chrome; a year may lead an event's name -----

def test_an_app_share_page_named_by_month_and_day():
    issue = parse_text(_text(
        "掌上株洲", "打开APP 阅读体验更佳", "湘江夜游航线恢复运营", "株洲日报 11-08 09:20",
        "株洲日报全媒体记者 罗　琪",
        "11月7日，2025湘江夜游季启动，游船航线恢复运营。",
        "下载客户端",
    ), "株洲日报 11月8日.txt")
    assert (issue.date, titles(issue)) == ("2025-11-08", ["湘江夜游航线恢复运营"])
    assert_nothing_lost(issue)


def test_app_prompts_are_chrome_but_a_headline_is_not():
    assert app_share.is_chrome("打开掌上株洲 查看更多精彩内容")
    assert app_share.is_chrome("新湖南 2025-12-06 08:15:20")
    assert not app_share.is_chrome("我市上线“掌上株洲”政务服务专区")


# --- i. a week's export: each later day's masthead is a running head, not a headline ----------------------------

def test_a_later_days_masthead_heads_no_story():
    issue = parse_text(_text(
        "株洲日报 2025年11月3日 星期一", "", "荷塘区启用智慧停车系统", "", "株洲日报全媒体记者 黄　艳", "",
        "11月2日，荷塘区智慧停车系统上线，首批接入车位3200个，市民可在手机上查询空余车位。", "", "========", "",
        "株洲日报 2025年11月5日 星期三", "", "醴陵举办陶瓷创意设计大赛", "", "株洲日报全媒体记者 易　峰", "",
        "11月4日，第三届醴陵陶瓷创意设计大赛开幕，共收到参赛作品860件，其中高校作品占四成。",
    ), "week.txt")
    assert (issue.date, titles(issue)) == ("2025-11-03", ["荷塘区启用智慧停车系统", "醴陵举办陶瓷创意设计大赛"])
    assert_nothing_lost(issue)


# --- j. a WeChat post converted to Markdown: one '#' title and web links make it an export ------------------------

def test_a_converted_wechat_post_is_markdown_dated_by_its_account_line():
    issue = parse_text(_text(
        "# 渌口湘江大桥完成荷载试验", "",
        "原创 株洲日报 [株洲日报](javascript:void(0);) *2025-11-18 07:30* *发表于湖南*", "",
        "![图片](https://example.com/a.jpg)", "",
        "株洲日报全媒体记者 聂　芳", "",
        "11月17日，渌口湘江大桥完成荷载试验，预计年底通车。", "",
        "[阅读原文](https://example.com/s/xyz)",
    ), "post.md")
    assert (issue.rendition, issue.date, titles(issue)) == ("markup", "2025-11-18", ["渌口湘江大桥完成荷载试验"])
    assert issue.articles[0].reporters == ["聂芳"]


# --- k. a classified page's hotline is furniture --------------------------------------------------------------

def test_a_classified_hotline_is_chrome():
    from zzreader.core.renditions.furniture import is_chrome

    assert is_chrome("分类广告热线：0731-28830000")


# --- l. a web clipper's front matter holds YAML lists -----------------------------------------------------------

def test_front_matter_with_yaml_lists_is_read():
    issue = parse_text(_text(
        "---", 'title: "白关镇丝瓜网销两百万条"', "author:", '  - "[[株洲日报]]"', "published: 2025-11-21", "tags:", '  - "clippings"', "---",
        "![[丝瓜.jpg]]", "", "株洲日报全媒体记者 [[龙　珊|龙珊]]", "",
        "11月20日，记者从荷塘区白关镇获悉，今年该镇丝瓜络网上销量超过两百万条。",
    ), "clip.md")
    assert (issue.rendition, issue.date, titles(issue)) == ("markup", "2025-11-21", ["白关镇丝瓜网销两百万条"])
    assert issue.articles[0].reporters == ["龙珊"]
    assert_nothing_lost(issue)


# --- m. an Outlook forward: no quote marks, English fields under a rule ------------------------------------------

def test_an_unquoted_outlook_forward_drops_the_note_and_header():
    issue = parse_text(_text(
        "FYI，看看这篇。", "", "________________________________", "From: 陈晓 <cx@example.com>",
        "Sent: Saturday, November 22, 2025 9:03 AM", "To: 社区工作群 <group@example.com>", "Subject: FW: 报纸", "",
        "株洲日报 2025年11月22日 星期六 B02 社区", "", "社区食堂开进老旧小区", "", "株洲日报全媒体记者 廖　静", "",
        "11月21日，嵩山路街道又一家社区食堂开业，老人用餐每餐优惠3元。",
    ), "fw.txt")
    assert (issue.date, titles(issue)) == ("2025-11-22", ["社区食堂开进老旧小区"])
    assert_nothing_lost(issue)


def test_an_event_notices_time_and_date_fields_are_no_mail_header():
    assert mail_quotes.unquote(["活动通知", "日期：2025年11月22日", "时间：上午9时", "地点：市民中心"], []) is None


# --- n. a browser's print of a page to PDF: its margins are chrome and make it PDF text -----------------------------

def test_browser_print_margins():
    issue = parse_text(_text(
        "2025/11/23 08:15                            株洲日报数字报-第A04版：经济", "",
        "株洲日报 2025年11月23日 星期日 第A04版：经济", "", "株洲高新区新增规上工业企业40家", "",
        "株洲日报全媒体记者 贺　翔", "",
        "11月22日，记者从株洲高新区获悉，今年该区新增规模以上工业企业40家，总数达到",
        "560家，工业总产值同比增长8.1%。", "",
        "https://epaper.example.cn/zzrb/html/2025-11/23/node_4.htm                          1/1",
    ), "print.txt")
    assert (issue.rendition, titles(issue)) == ("pdf_text", ["株洲高新区新增规上工业企业40家"])
    assert issue.articles[0].paragraphs[0].endswith("总数达到560家，工业总产值同比增长8.1%。")
    assert_nothing_lost(issue)


# --- o. Notion's export: '# 标题' over 'Key: value' properties ------------------------------------------------

def test_a_notion_page_is_markdown_and_its_properties_are_chrome():
    issue = parse_text(_text(
        "# 芦淞区新建两座公共停车场", "", "作者: 株洲日报全媒体记者 钱　程", "标签: 交通", "Created: November 26, 2025 8:10 AM", "",
        "11月25日，芦淞区两座公共停车场建成，新增车位600个。",
    ), "Notion 剪报 9f1a.md")
    assert (issue.rendition, titles(issue)) == ("markup", ["芦淞区新建两座公共停车场"])
    assert issue.articles[0].reporters == ["钱程"]
    assert issue.articles[0].paragraphs == ["11月25日，芦淞区两座公共停车场建成，新增车位600个。"]
    assert_nothing_lost(issue)


def test_one_property_line_is_no_note_export():
    assert not note_properties.looks_like(["# 标题", "", "作者: 某某", "", "正文。"])


# --- p. pdftotext's blocks: a title set over two lines is one block, right over its byline ------------------------

def test_a_two_line_title_block_is_one_headline():
    issue = parse_text(_text(
        "株洲日报", "2025年11月28日 星期五", "A06", "城事", "责任编辑：李　娟", "",
        "聚焦冬季安全", "", "芦淞服饰市场", "冬季消防检查开展", "", "株洲日报全媒体记者 钟　毅", "",
        "11月27日，芦淞区消防救援大队对服", "饰市场群开展冬季消防检查，共排查", "商户1200余家，整改隐患86处。", "",
        "检查组要求各市场完善消防设施，定", "期开展疏散演练，确保冬季安全。", "",
        "据介绍，今年以来该区已组织消防培", "训40余场，参训商户和从业人员超过", "5000人次，火灾起数同比下降两成。", "",
    ), "p.txt")
    assert issue.rendition == "pdf_text"
    assert titles(issue) == ["芦淞服饰市场冬季消防检查开展"]  # '聚焦冬季安全', a block of its own, stays apart


# --- q. a saved article page: a '相关阅读' heading over its list, and an English copyright footer ----------------

def test_a_related_list_under_a_heading_and_a_copyright_footer_are_furniture():
    issue = parse_text(_text(
        "<html><body>", '<h1 class="article-title">攸县新建两座污水处理站</h1>',
        '<div class="info">来源：株洲日报　作者：林　航　发布时间：2025-11-30 07:20</div>',
        "<p>11月29日，攸县两座乡镇污水处理站建成投用，日处理能力共3000吨。</p>",
        '<div class="related"><h3>相关阅读</h3><ul><li><a href="/n/1.html">醴陵新建三座污水处理站</a></li>'
        '<li><a href="/n/2.html">渌口区完成管网改造</a></li></ul></div>',
        '<div class="footer">Copyright © 2025 株洲新闻网 All Rights Reserved</div>', "</body></html>",
    ), "page.html")
    assert titles(issue) == ["攸县新建两座污水处理站"]
    assert_nothing_lost(issue)


# --- r. small ads in two columns with no blank lines: a column's last line and the next title set alone --------------

def test_two_columns_of_small_ads_without_blank_lines():
    def row(left: str, right: str = "") -> str:
        return ("  " + left).ljust(46) + right if right else "  " + left

    issue = parse_text(_text(
        "  B04                 分类广告                 2025年11月29日 星期六", "",
        row("遗失声明", "招　聘"),
        row("株洲市天元区某某便利店遗失食品经营许可", "某某物流公司招聘货车司机5名，持A2驾照，"),
        row("证正本，许可证编号JY14302110000001，声", "月薪8000元以上。电话：0731-22110001"),
        row("明作废。"),
        " " * 46 + "门面出租",
        row("减资公告", "芦淞区建设中路临街门面80平方米出租，"),
        row("株洲某某科技有限公司经股东会决议，注册资", "电话：13807330001"),
        row("本由500万元减少至100万元，请债权人自本公"),
        row("告见报之日起45日内申报债权。"),
    ), "ads.txt")
    assert sorted(titles(issue)) == sorted(["遗失声明", "招聘", "减资公告", "门面出租"])
    assert_nothing_lost(issue)


# --- s. an app share's time line (read before its time is folded away) and a Weibo post --------------------------

def test_a_provincial_app_share_keeps_its_headline():
    issue = parse_text(_text(
        "新湖南", "株洲：城区新增三座公园", "新湖南客户端 2025-11-30 09:12:33", "来源：株洲日报",
        "株洲日报全媒体记者 程　远", "11月29日，城区三座新建公园同时开放。", "下载新湖南客户端",
    ), "新湖南-株洲-20251130.txt")
    assert titles(issue) == ["株洲：城区新增三座公园"]
    assert_nothing_lost(issue)


def test_a_weibo_post_gives_its_bracketed_headline():
    issue = parse_text(_text(
        "株洲日报", "25-11-30 08:30 来自 微博网页版",
        "#株洲身边事# 【神农公园菊展开幕】11月29日，神农公园第十届菊展开幕，展出菊花200余个品种。（株洲日报全媒体记者 谭　娜）",
        "收起全文d", "转发 12", "评论 36", "赞 208",
    ), "weibo_株洲日报_2025-11-30.txt")
    assert titles(issue) == ["神农公园菊展开幕"]
    assert issue.articles[0].reporters == ["谭娜"]
    assert_nothing_lost(issue)


def test_a_bracketed_lead_outside_weibo_stays_text():
    assert weibo.split([SourceLine(1, "【本报讯】11月29日，神农公园第十届菊展开幕。")], [])[0].text.startswith("【本报讯】")
    assert not weibo.looks_like(["【本报讯】11月29日，神农公园第十届菊展开幕。"])


def test_a_weibo_counter_needs_its_count():
    assert weibo.is_chrome("评论 36") and not weibo.is_chrome("评论")
