"""Focused checks for the repairs of parser round AB: the output of tools and apps an archivist uses.

Each test feeds a few lines of original text and asserts what a reader sees:
titles, bylines, types, dates, and that no line is lost.
"""

from __future__ import annotations

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.parse import parse_text


def _text(*lines: str) -> str:
    return "\n".join(lines)


# --- a. a WeChat post copied from its page (2024 on): the province after the time, and the page's foot ---

def test_a_post_line_without_fa_biao_yu_dates_the_post_and_is_no_subtitle():
    from zzreader.core.renditions import wechat

    assert wechat.is_post_line("原创 株洲日报 2025-07-17 08:00 湖南")
    assert wechat.is_post_line("原创 株洲日报 株洲日报 2025-12-06 08:00 发表于湖南")
    assert not wechat.is_post_line("来源：株洲日报 2026-02-11 08:30")
    assert not wechat.is_post_line("株洲日报 2025-07-17 08:00 星期四")
    issue = parse_text(_text(
        "渌口区新增两处口袋公园",
        "原创 株洲日报 2025-07-17 08:00 湖南",
        "株洲日报全媒体记者 易　帆",
        "7月16日，渌口区南阳桥社区和王家洲社区两处口袋公园建成开放，新增绿地面积3200平方米。",
        "公园内设置了健身步道、儿童游乐区和休息座椅，周边居民步行5分钟即可到达。",
    ), "wx.txt")
    assert issue.date == "2025-07-17"
    assert titles(issue) == ["渌口区新增两处口袋公园"]
    assert issue.articles[0].subtitle == ""
    assert_nothing_lost(issue)


def test_the_foot_of_a_wechat_page_and_its_list_of_posts_are_no_article():
    issue = parse_text(_text(
        "攸县高铁站增开夜间公交",
        "原创 株洲日报 2025-07-18 07:30 湖南",
        "株洲日报全媒体记者 易　帆",
        "7月17日起，攸县高铁站开通两条夜间公交线路，末班车延至晚上11时，方便旅客夜间出行。",
        "公交公司表示，将根据客流情况适时调整发车间隔。",
        "编辑：谭　丽",
        "往期推荐",
        "株洲今年高考录取工作启动",
        "神农城音乐喷泉恢复开放",
        "预览时标签不可点",
        "微信扫一扫",
        "关注该公众号",
        "继续滑动看下一个",
        "株洲日报",
        "向上滑动看下一个",
        "知道了",
        "微信扫一扫可打开此内容，",
        "使用完整服务",
        "：，。视频小程序赞，轻点两下取消赞在看，轻点两下取消在看分享留言收藏听过",
    ), "wx.txt")
    assert titles(issue) == ["攸县高铁站增开夜间公交"]
    assert issue.articles[0].reporters == ["易帆"]
    assert_nothing_lost(issue)


def test_short_lines_over_the_foot_without_a_list_head_stay_the_storys():
    from zzreader.core.renditions import wechat
    from zzreader.core.renditions.model import SourceLine

    lines = [SourceLine(no, text) for no, text in enumerate(
        ["正文一句。", "株洲日报全媒体记者 王　军 摄", "预览时标签不可点", "株洲日报"], 1)]
    furniture: list[SourceLine] = []
    wechat.drop_foot(lines, furniture, [])
    assert [line.text for line in lines] == ["正文一句。", "株洲日报全媒体记者 王　军 摄"]
    assert [line.no for line in furniture] == [3, 4]


# --- b. a Notion page dated only by its 'Created' property ---

def test_a_notion_page_is_dated_by_its_created_property_not_its_last_edit():
    from zzreader.core.renditions import note_properties

    assert note_properties.created_date(["# 标题", "", "Created: July 17, 2025 8:41 AM", "Tags: 剪报"]) == "2025-07-17"
    assert note_properties.created_date(["# 标题", "创建时间: 2025/07/17 08:41", "标签: 剪报"]) == "2025-07-17"
    assert note_properties.created_date(["# 标题", "Last edited time: July 18, 2025", "Tags: 剪报"]) is None
    assert note_properties.created_date(["标题", "Created: July 17, 2025", "Tags: 剪报"]) is None  # no page export
    issue = parse_text(_text(
        "# 渌口区湘江堤防加固工程完工",
        "",
        "Last edited time: July 20, 2025 10:02 PM",
        "Created: July 17, 2025 8:41 AM",
        "Tags: 水利, 剪报",
        "",
        "7月16日，渌口区湘江堤防加固工程通过竣工验收，工程全长12.6公里。",
    ), "notion.md")
    assert issue.date == "2025-07-17"
    assert titles(issue) == ["渌口区湘江堤防加固工程完工"]


def test_a_named_day_outranks_the_created_property():
    issue = parse_text(_text(
        "# 渌口区湘江堤防加固工程完工",
        "Created: July 17, 2025 8:41 AM",
        "Tags: 水利, 剪报",
        "",
        "7月16日，渌口区湘江堤防加固工程通过竣工验收，工程全长12.6公里。",
    ), "株洲日报 2025-07-15.md")
    assert issue.date == "2025-07-15"


# --- c. pdftotext -layout: a masthead spread across the page, a spaced-out running head, a headline under the columns ---

_LEFT = ["石峰区老旧小区加装电梯", "株洲日报全媒体记者 谭  欣", "    7月15日，记者从石峰区住建局获",
         "悉，今年以来该区已完成老旧小区加", "装电梯38台，惠及居民1200余户。", "    据了解，石峰区对加装电梯给予",
         "每台最高15万元的财政补贴。"]
_RIGHT = ["荷塘区夜市经济持续升温", "株洲日报全媒体记者 李  想", "    7月16日晚，荷塘区钻石路夜市",
          "人头攒动，烧烤、臭豆腐、米粉等", "小吃摊位前排起了长队。", "    荷塘区商务局负责人表示，下一",
          "步将完善夜市停车等配套设施。"]


def _layout_page() -> str:
    rows = [("  " + left).ljust(44) + right for left, right in zip(_LEFT, _RIGHT, strict=True)]
    return _text(
        "  株洲日报                                                2025年7月17日  星期四",
        "  A03                          城  事                     责任编辑：刘  芳",
        "",
        *rows,
        "",
        "                         市民广场周末上演消夏音乐会",
        "    株洲日报讯（全媒体记者 彭  程）7月19日、20日晚，消夏音乐会将在神农城市民广场上演，",
        "市民可免费观看。",
    )


def test_a_layout_page_reads_its_masthead_its_running_head_and_a_headline_under_its_columns():
    issue = parse_text(_layout_page(), "layout.txt")
    assert issue.date == "2025-07-17" and issue.date_source == "masthead"
    assert titles(issue) == ["石峰区老旧小区加装电梯", "荷塘区夜市经济持续升温", "市民广场周末上演消夏音乐会"]
    assert [a.reporters for a in issue.articles] == [["谭欣"], ["李想"], ["彭程"]]
    assert {a.section for a in issue.articles} == {"A03 城事"}
    assert_nothing_lost(issue)


def test_a_spaced_out_section_and_a_padded_editor_make_a_page_label():
    from zzreader.core.renditions.furniture import page_label

    assert page_label("A03   城  事   责任编辑：刘芳") == ("A03 城事", "刘芳")
    assert page_label("A03   城事   责任编辑：刘  芳") == ("A03 城事", "刘芳")
    assert page_label("A03\u3000要\u3000闻") == ("A03 要闻", "")
    assert page_label("A03 城事 责任编辑：刘芳") == ("A03 城事", "刘芳")


def test_a_masthead_is_measured_without_its_layout_gaps():
    from zzreader.core.dates import masthead_length

    assert masthead_length("株洲日报" + " " * 48 + "2025年7月17日  星期四") == len("株洲日报 2025年7月17日 星期四")


# --- d. pdftotext -nopgbrk: the next page's running head, with another page code, is the page break ---

def test_the_next_pages_head_with_the_same_day_marks_a_page_break():
    from zzreader.core.renditions import page_breaks

    head = "株洲日报 2025年7月21日 星期一 A01 要闻"
    assert page_breaks.head_again([head, "标题", "正文", "株洲日报 2025年7月21日 星期一 A02 城事"])
    assert page_breaks.head_again([head, "标题", "正文", head])
    assert not page_breaks.head_again([head, "标题", "正文", "株洲日报 2025年7月22日 星期二 A02 要闻"])
    assert not page_breaks.head_again(["2025年7月21日 星期一", "标题", "正文", "2025年7月21日 星期一"][:3] + ["A02 要闻"])


def _wrapped(text: str, width: int = 28) -> list[str]:
    """`text` cut every `width` glyphs (a digit counts half), as a PDF column cuts it."""
    out, cur, used = [], "", 0.0
    for ch in text:
        step = 0.5 if ch.isascii() else 1.0
        if used + step > width and ch not in "，。；、：）”%":
            out.append(cur)
            cur, used = "", 0.0
        cur, used = cur + ch, used + step
    return [*out, cur]


def test_a_nopgbrk_page_without_indents_is_pdf_text_and_its_figures_rejoin():
    issue = parse_text(_text(
        "株洲日报 2025年7月21日 星期一 A01 要闻",
        "株洲上半年GDP同比增长",
        "5.8%",
        "株洲日报全媒体记者 唐 玮",
        *_wrapped("7月20日，记者从市统计局获悉，上半年全市实现地区生产总值1986.3亿元，同比增长5.8%，增速居全省前列。"
                  "其中，规模以上工业增加值同比增长19.5%，高技术制造业增加值增长14.2%，对全市工业增长的贡献率超过四成。"),
        *_wrapped("市统计局相关负责人表示，下半年将密切跟踪重点行业运行，为稳增长提供数据支撑。"),
        "（下转A02版）",
        "醴陵陶瓷出口订单排至年底",
        *_wrapped("株洲日报讯（通讯员 丁 洁）今年以来，醴陵陶瓷出口持续回暖，1至6月出口额达3.6亿美元，同比增长12.7%。多家企业的订单已排至年底。"),
        "株洲日报 2025年7月21日 星期一 A02 要闻",
        *_wrapped("（上接A01版）数据显示，上半年全市社会消费品零售总额612.4亿元，增长4.9%；城乡居民人均可支配收入分别增长4.6%和6.8%。"),
        "二季度以来，全市新开工亿元以上项目73个。",
        "神农湖畔新添亲水步道",
        "株洲日报全媒体记者 肖 静",
        *_wrapped("7月19日，神农湖亲水步道二期开放，新增步道2.4公里，沿途设置观景平台6处、直饮水点4个。"),
    ), "nopgbrk.txt")
    assert issue.rendition == "pdf_text"
    assert titles(issue) == ["株洲上半年GDP同比增长5.8%", "醴陵陶瓷出口订单排至年底", "", "神农湖畔新添亲水步道"]
    assert "生产总值1986.3亿元" in issue.articles[0].paragraphs[0]
    assert "总额612.4亿元" in issue.articles[2].paragraphs[0]
    assert_nothing_lost(issue)


def test_a_bare_figure_under_a_headline_line_ends_the_headline():
    from zzreader.core.renditions import broken_heads
    from zzreader.core.renditions.model import SourceLine

    def joined(*texts: str) -> list[str]:
        lines = [SourceLine(no, text) for no, text in enumerate(texts, 1)]
        return [line.text for line in broken_heads.join(lines, [])]

    byline = "株洲日报全媒体记者 唐 玮"
    assert joined("株洲上半年GDP同比增长", "5.8%", byline)[0] == "株洲上半年GDP同比增长5.8%"
    assert joined("全市新增城镇就业", "3.2万人", byline)[0] == "全市新增城镇就业3.2万人"
    assert joined("全市新增城镇就业", "3.2万人次以上的目标提前完成", byline)[0] == "全市新增城镇就业"  # a second headline line
    assert joined("全市新增城镇就业。", "3.2万人", byline)[0] == "全市新增城镇就业。"


# --- e. a page a browser saved whole: the site's filing numbers, rights line and cookie bar ---

def test_a_sites_legal_lines_and_cookie_bar_are_chrome():
    from zzreader.core.renditions import site_notices

    assert site_notices.is_chrome("湘ICP备05008895号-1 湘公网安备43020202000123号")
    assert site_notices.is_chrome("版权所有：株洲日报社 未经授权禁止转载")
    assert site_notices.is_chrome("本网站使用Cookie来改善您的浏览体验。继续浏览即表示您同意我们使用Cookie。隐私政策 我知道了")
    assert site_notices.is_chrome("We use cookies to improve your experience. Accept all")
    assert not site_notices.is_chrome("专家提醒，市民使用公共电脑浏览网页后应清除Cookie，谨慎同意网站收集个人信息。")
    assert not site_notices.is_chrome("版权所有人可向法院申请诉前禁令。")


def test_a_saved_page_keeps_its_story_and_drops_its_footer():
    issue = parse_text(_text(
        "<html><body>",
        "<h1>荷塘区金山街道建成首个养老服务站</h1>",
        "<p>株洲日报讯（全媒体记者 许晓）7月22日，荷塘区金山街道金钩山社区养老服务站正式运营。</p>",
        "<p>服务站设有助餐食堂、日间照料室等功能区。</p>",
        '<div class="footer"><p>版权所有：株洲日报社 未经授权禁止转载</p>',
        "<p>湘ICP备05008895号-1 湘公网安备43020202000123号</p></div>",
        '<div class="cookie-bar">本网站使用Cookie来改善您的浏览体验。继续浏览即表示您同意我们使用Cookie。<button>我知道了</button></div>',
        "</body></html>",
    ), "page.html")
    assert titles(issue) == ["荷塘区金山街道建成首个养老服务站"]
    assert issue.articles[0].section == ""
    assert_nothing_lost(issue)


# --- f. an RSS item's writer ---

def test_an_rss_items_creator_is_its_byline():
    issue = parse_text(_text(
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>',
        "<title>株洲日报</title>",
        "<item>",
        "<title>神农谷景区暑期游客量同比增两成</title>",
        "<dc:creator><![CDATA[株洲日报全媒体记者 邓　勇]]></dc:creator>",
        "<pubDate>Thu, 24 Jul 2025 07:30:00 +0800</pubDate>",
        "<description><![CDATA[<p>7月以来，炎陵县神农谷景区接待游客12.6万人次，同比增长21%。</p>]]></description>",
        "</item>",
        "<item>",
        "<title>渌口区开展防汛演练</title>",
        "<author>zzrb@example.cn (株洲日报记者 谭　伟)</author>",
        "<pubDate>Thu, 24 Jul 2025 07:30:00 +0800</pubDate>",
        "<description><![CDATA[<p>7月23日，渌口区在湘江渌口段开展防汛应急演练，300余人参加。</p>]]></description>",
        "</item>",
        "</channel></rss>",
    ), "feed.xml")
    assert issue.date == "2025-07-24"
    assert titles(issue) == ["神农谷景区暑期游客量同比增两成", "渌口区开展防汛演练"]
    assert [a.reporters for a in issue.articles] == [["邓勇"], ["谭伟"]]
    assert_nothing_lost(issue)


# --- g. a Toutiao share copy: the account's name and posting line under the headline, the buttons at the foot ---

def test_a_toutiao_copy_keeps_its_headline_and_is_dated_by_its_posting_line():
    issue = parse_text(_text(
        "渌口区古桑洲岛露营季开启",
        "株洲日报",
        "2025-07-26 07:45 · 株洲日报社官方账号 湖南",
        "关注",
        "株洲日报全媒体记者 彭 程",
        "7月25日晚，渌口区古桑洲岛夏季露营季正式开启，首批200顶帐篷当晚全部订满。",
        "今年露营季新增了星空电影、篝火晚会等项目，营地还配套建设了淋浴间和充电桩。",
        "举报/反馈",
        "发表评论",
        "12条评论",
        "相关推荐",
        "打开今日头条，查看更多精彩内容",
    ), "toutiao.txt")
    assert issue.date == "2025-07-26"
    assert titles(issue) == ["渌口区古桑洲岛露营季开启"]
    assert issue.articles[0].reporters == ["彭程"]
    assert_nothing_lost(issue)


def test_a_posting_line_far_down_the_page_is_left_alone():
    from zzreader.core.renditions import app_share
    from zzreader.core.renditions.model import SourceLine

    texts = ["标题", *["正文一句，说的是别的事。"] * 8, "2025-07-26 07:45 · 株洲日报社官方账号 湖南"]
    lines = [SourceLine(no, text) for no, text in enumerate(texts, 1)]
    assert app_share.drop_head(lines, [], []) is None and len(lines) == len(texts)


# --- h. calibre's TXT of an e-paper EPUB: '* * *' between two stories of a chapter ---

def test_a_scene_break_of_three_stars_is_no_paragraph():
    issue = parse_text(_text(
        "株洲日报 2025年7月25日", "", "", "",
        "A01 要闻", "",
        "株洲至长沙城际铁路增开夜间班次", "",
        "株洲日报全媒体记者 唐 玮", "",
        "7月24日，记者从长株潭城际铁路运营方获悉，自8月1日起，株洲至长沙方向将增开两趟夜间列车，末班车推迟至晚上10时40分。", "",
        "据统计，今年上半年长株潭城际铁路株洲段发送旅客316万人次，同比增长12.4%。", "",
        "* * *", "",
        "全市启动高温天气劳动保护专项检查", "",
        "株洲日报讯（通讯员 李 敏）7月24日，市人社局启动高温天气劳动保护专项检查，重点检查建筑工地、快递物流等行业。",
    ), "calibre.txt")
    assert titles(issue) == ["株洲至长沙城际铁路增开夜间班次", "全市启动高温天气劳动保护专项检查"]
    assert all("*" not in p for a in issue.articles for p in a.paragraphs)
    assert_nothing_lost(issue)


# --- i. a Joplin note exported raw: its metadata block at the foot ---

_JOPLIN_BLOCK = (
    "id: 8c1f0e2a9b7d4c6e8f1a2b3c4d5e6f70",
    "parent_id: 1a2b3c4d5e6f708192a3b4c5d6e7f809",
    "created_time: 2025-07-28T17:41:12.345Z",
    "updated_time: 2025-08-02T13:05:40.112Z",
    "author: ",
    "source_url: https://epaper.example.cn/zzrb/content_8814002.htm",
    "markup_language: 1",
    "type_: 1",
)


def test_a_joplin_note_is_markdown_its_metadata_chrome_and_its_creation_day_in_chinas_time():
    from zzreader.core.renditions import joplin

    texts = ["攸县网岭镇“稻虾共养”亩产效益翻番", "", "株洲日报全媒体记者 谭 欣", "",
             "7月28日，在攸县网岭镇罗家坪村的稻田里，种养大户刘建华正带着工人收获小龙虾，一亩田多收入2000多元。", "",
             *_JOPLIN_BLOCK]
    assert joplin.looks_like(texts)
    assert joplin.created_date(texts) == "2025-07-29"  # 17:41 UTC is 01:41 the next day in Zhuzhou
    assert not joplin.looks_like(texts[:-1])  # no 'type_:' line closing it
    issue = parse_text(_text(*texts), "note.md")
    assert issue.rendition == "markup"
    assert issue.date == "2025-07-29"
    assert titles(issue) == ["攸县网岭镇“稻虾共养”亩产效益翻番"]
    assert not any("id:" in p or "type_" in p for p in issue.articles[0].paragraphs)
    assert_nothing_lost(issue)


def test_an_amount_of_two_thousand_odd_is_no_year():
    issue = parse_text(_text(
        "攸县网岭镇“稻虾共养”效益翻番",
        "7月28日，在攸县网岭镇的稻田里，种养大户刘建华说，一亩田比单种水稻多收入2000多元，带动2000余户增收。",
    ), "clip.txt")
    assert issue.date is None


# --- j. pandoc's Markdown of a Word file: attributes, spans and fenced divs ---

def test_pandoc_attributes_spans_and_fences_leave_the_words():
    issue = parse_text(_text(
        "**株洲日报 2025年7月31日 A07 教育**",
        "",
        "**我市今年新增公办学位1.8万个**",
        "",
        "株洲日报全媒体记者 黄 婷",
        "",
        "7月30日，记者从市教育局获悉，今年全市新建、改扩建中小学和幼儿园23所，新增公办学位1.8万个。",
        "",
        '![](media/image1.jpeg){width="5.76in" height="3.24in"}',
        "",
        "荷塘区新建的[金钩山小学]{.underline}教学楼已完工。",
        "",
        '::: {custom-style="正文缩进"}',
        "**芦淞区组织教师暑期“大家访”**",
        ":::",
        "",
        "株洲日报讯（通讯员 邹 颖）7月30日，芦淞区启动教师暑期“大家访”活动，全区1200余名教师将走进学生家庭。",
    ), "word.md")
    assert titles(issue) == ["我市今年新增公办学位1.8万个", "芦淞区组织教师暑期“大家访”"]
    assert [a.correspondents for a in issue.articles] == [[], ["邹颖"]]
    text = "".join(p for a in issue.articles for p in a.paragraphs)
    assert "金钩山小学教学楼" in text and "{" not in text and ":::" not in text
    assert_nothing_lost(issue)


# --- k. a Google Docs download: the comments after the text ---

def test_comments_after_a_google_docs_text_are_no_paragraphs():
    issue = parse_text(_text(
        "“株洲杯”全国象棋公开赛落幕",
        "株洲日报全媒体记者 罗嘉伟",
        "7月29日，2025“株洲杯”全国象棋公开赛在市体育中心落幕，326名棋手参赛[a]。",
        "经过9轮角逐，湖南棋手王志远夺得男子组冠军[b]。",
        "[a]资料室：原版为“326名”，电子版为“362名”。",
        "[b]资料室：配图未收录。",
    ), "gdocs.txt")
    assert issue.articles[0].paragraphs[-1].endswith("男子组冠军[b]。")
    assert_nothing_lost(issue)


def test_a_bracketed_list_whose_marks_the_text_never_left_stays():
    from zzreader.core.renditions import doc_comments
    from zzreader.core.renditions.model import SourceLine

    lines = [SourceLine(no, text) for no, text in enumerate(["选项如下。", "[a]同意", "[b]反对"], 1)]
    doc_comments.drop(lines, [], [])
    assert len(lines) == 3


# --- l. a QQ group's messages exported as text, a story pasted into one ---

def test_a_story_pasted_into_a_qq_chat_export_is_read_without_the_chat():
    issue = parse_text(_text(
        "消息记录（此消息记录为文本格式，不支持重新导入）",
        "",
        "================================================================",
        "消息分组:我的群聊",
        "================================================================",
        "消息对象:株洲日报资料室",
        "================================================================",
        "",
        "2025-08-02 8:05:11 资料室-李老师(1203456789)",
        "今天A02版头条，大家存一下",
        "",
        "2025-08-02 8:06:40 资料室-李老师(1203456789)",
        "株洲今年将新建改造城市燃气管道120公里",
        "株洲日报全媒体记者 唐 玮",
        "8月1日，记者从市住建局获悉，今年全市将新建改造城市燃气管道120公里，目前已完成68公里。",
        "改造完成后，老城区将基本消除铸铁燃气管道安全隐患。",
        "",
        "2025-08-02 8:07:02 资料室-小王(2298765432)",
        "收到",
    ), "chat.txt")
    assert issue.date == "2025-08-02"
    assert titles(issue) == ["株洲今年将新建改造城市燃气管道120公里"]
    assert issue.articles[0].reporters == ["唐玮"]
    assert_nothing_lost(issue)


def test_one_timed_line_makes_no_chat_export():
    from zzreader.core.renditions import chat_export

    assert chat_export.unwrap(["标题", "2025-08-02 8:05:11 资料室-李老师", "正文。"], []) is None


# --- m. a scan's short page: blocks wrapped at one width, its masthead read as 'l998年6月l2日' ---

def test_a_short_scanned_page_of_wrapped_blocks_is_pdf_text():
    issue = parse_text(_text(
        "株洲日报　　　　　　　　　　　l998年6月l2日　星期五",
        "第2版　　　　　　　　　　　　综合新闻",
        "",
        "我市举办首届龙舟邀请赛",
        "本报讯（记者　胡建平）6月11日，株洲市首届龙舟邀请赛在湘江",
        "石峰段举行，来自全市各区县和驻株企业的16支龙舟队参加比赛，",
        "株洲冶炼厂代表队获得冠军，醴陵市代表队和攸县代表队分获二、",
        "三名。",
        "",
        "田心机车厂新产品通过鉴定",
        "本报讯（通讯员　罗国华）日前，田心机车厂研制的新型电力机车",
        "牵引电机通过省级技术鉴定，主要技术指标达到国内先进水平。",
    ), "scan.txt")
    assert issue.rendition == "pdf_text"
    assert issue.date == "1998-06-12"
    assert titles(issue) == ["我市举办首届龙舟邀请赛", "田心机车厂新产品通过鉴定"]
    assert len(issue.articles[0].paragraphs) == 1
    assert_nothing_lost(issue)


def test_an_epaper_pages_time_and_source_lines_are_no_chat():
    from zzreader.core.renditions import chat_export

    lines = ["2026-12-08 08:30:12　来源：株洲日报", "标题", "正文。"] * 3
    assert chat_export.unwrap(lines, []) is None
    assert chat_export.unwrap(["2025-08-02 8:05:11 李老师(1203456789)", "收到", "2025-08-02 8:06:11 小王(2298765432)", "好"], [])


def test_a_run_of_attribute_like_words_is_read_once():
    # items apart by spaces: an ambiguous pattern ('a=b=b=…' read two ways at every '=') would not finish
    from zzreader.core.renditions import pandoc_attrs
    from zzreader.core.renditions.model import SourceLine

    for text in ("[x]{a=" + "b=" * 20_000, "![](x){" + "a=b " * 20_000, ":::" + " {a=b" * 10_000):
        lines = pandoc_attrs.strip([SourceLine(1, text)], [], [])
        assert [line.text for line in lines] == [text]


# --- n. a WeChat digest post: its title names the column and the day, numbered briefs under it ---

def test_a_digest_posts_title_is_the_section_of_its_numbered_briefs():
    issue = parse_text(_text(
        "株洲早新闻丨7月18日",
        "原创 株洲日报 2025-07-18 07:00 湖南",
        "01",
        "市政府常务会议研究部署防汛抗旱工作",
        "7月17日，市政府召开常务会议，研究部署当前防汛抗旱工作，要求各地压紧压实责任。",
        "02",
        "株洲今年已新增城镇就业2.6万人",
        "记者从市人社局获悉，今年1至6月，全市城镇新增就业2.6万人，完成年度目标任务的58%。",
    ), "digest.txt")
    assert issue.date == "2025-07-18"
    assert titles(issue) == ["市政府常务会议研究部署防汛抗旱工作", "株洲今年已新增城镇就业2.6万人"]
    assert {a.section for a in issue.articles} == {"株洲早新闻"}
    assert_nothing_lost(issue)


def test_a_headline_with_a_bar_and_no_day_stays_a_headline():
    issue = parse_text(_text(
        "株洲早新闻丨防汛抗旱进入关键期",
        "7月17日，市政府召开常务会议，研究部署当前防汛抗旱工作，要求各地压紧压实责任。",
    ), "x.txt")
    assert titles(issue) == ["株洲早新闻丨防汛抗旱进入关键期"]


# --- o. Notion's HTML export: the style sheet opened after the title, the properties table ---

def test_a_notion_html_page_hides_its_style_sheet_and_properties_and_is_dated_by_created():
    issue = parse_text(_text(
        '<html><head><meta charset="utf-8"/><title>攸县油茶林迎来丰收</title><style>',
        "/* cspell:disable-file */",
        "html {",
        "\t-webkit-print-color-adjust: exact;",
        "}",
        '</style></head><body><article class="page sans"><header><h1 class="page-title">攸县油茶林迎来丰收</h1>'
        '<table class="properties"><tbody><tr class="property-row property-row-created_time"><th>Created</th>'
        "<td><time>@August 6, 2025 8:12 AM</time></td></tr><tr class=\"property-row property-row-text\"><th>版面</th>"
        "<td>A05 县域</td></tr></tbody></table></header><div class=\"page-body\"><p>株洲日报全媒体记者 谭 欣</p>"
        "<p>8月5日，攸县鸾山镇的油茶林里，果农们正忙着采摘今年的第一批油茶果，全县油茶林面积达到52万亩。</p></div>"
        "</article></body></html>",
    ), "攸县油茶林迎来丰收 8c1f0e2a9b7d4c6e8f1a2b3c4d5e6f70.html")
    assert issue.date == "2025-08-06"
    assert titles(issue) == ["攸县油茶林迎来丰收"]
    paragraphs = issue.articles[0].paragraphs
    assert paragraphs[0].startswith("8月5日") and not any("Created" in p or "{" in p for p in paragraphs)
    assert_nothing_lost(issue)


def test_a_style_sheet_opened_at_a_lines_end_hides_only_the_lines_inside_it():
    from zzreader.core.renditions import hidden_blocks

    texts = ["<title>标题</title><style>", "p { color: red; }", "</style><body><p>正文。</p>", "<p>又一段。</p>"]
    assert hidden_blocks.spans(texts) == {1}
    assert hidden_blocks.spans(["<p>正文<style>", "p {}"]) == set()  # never closed: nothing hidden


def test_many_sheets_opened_at_line_ends_are_each_closed_once():
    from zzreader.core.renditions import hidden_blocks

    texts = ["正文<style>", "</style>正文"] * 10_000  # each closed on the next line: nothing between to hide
    assert hidden_blocks.spans(texts) == set()
    assert hidden_blocks.spans(["正文<style>"] * 10_000) == set()


def test_a_storys_sentence_naming_the_wechat_scan_is_no_foot():
    issue = parse_text(_text(
        "荷塘区招募暑期社区志愿者",
        "株洲日报全媒体记者 易　帆",
        "7月17日，荷塘区团委启动暑期社区志愿者招募，计划招募大学生志愿者300名。",
        "有意者可微信扫一扫下方二维码报名，报名截止到7月25日。",
        "志愿服务内容包括社区托管、文明劝导等。",
    ), "x.txt")
    assert titles(issue) == ["荷塘区招募暑期社区志愿者"]
    assert len(issue.articles[0].paragraphs) == 3


# --- p. a WeChat post's credits set with a bar: '文字丨…', '图片丨…', '编辑丨…' ---

def test_barred_credits_read_as_the_colon_ones():
    issue = parse_text(_text(
        "暑期安全提示：这些水域禁止游泳！",
        "原创 株洲日报 2025年07月19日 08:00 湖南",
        "文字丨株洲日报全媒体记者 刘　芳",
        "图片 | 株洲日报全媒体记者 王　军",
        "7月18日，市应急管理局公布了全市62处禁止游泳的危险水域，涉及湘江、渌水、洣水沿线及部分山塘水库。",
        "市应急管理局提醒，家长要切实履行监护责任，教育孩子不私自下水游泳。",
        "编辑丨谭　丽",
    ), "wx.txt")
    assert issue.date == "2025-07-19"
    assert titles(issue) == ["暑期安全提示：这些水域禁止游泳！"]
    article = issue.articles[0]
    assert (article.reporters, article.photographers) == (["刘芳"], ["王军"])
    assert_nothing_lost(issue)


def test_a_headline_with_a_bar_after_a_label_word_stays_a_headline():
    from zzreader.core.renditions import wechat
    from zzreader.core.renditions.model import SourceLine

    lines = [SourceLine(1, "文字丨株洲日报全媒体记者 刘芳"), SourceLine(2, "文化丨株洲非遗传承人的一天")]
    wechat.prepare(lines)
    assert [line.text for line in lines] == ["文字｜株洲日报全媒体记者 刘芳", "文化丨株洲非遗传承人的一天"]


def test_a_margin_before_every_line_keeps_a_note_apps_properties_and_metadata():
    from zzreader.core.renditions import joplin, note_properties

    notion = ["  # 标题", "  Created: July 17, 2025 8:41 AM", "  Tags: 剪报"]
    assert note_properties.created_date(notion) == "2025-07-17"
    note = ["  标题", "  正文。", "  id: 8c1f0e2a9b7d4c6e8f1a2b3c4d5e6f70", "  created_time: 2025-07-29T00:41:12.345Z", "  author: ", "  type_: 1"]
    assert joplin.created_date(note) == "2025-07-29"
