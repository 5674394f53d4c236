"""Focused checks for round AR: Markdown/HTML exports, single-newline phone copies, GBK/GB18030 dumps,
runs of ads and notices, and files named only by their date.

Each test feeds a few lines of original text in a form a held-out issue of the round showed
(tests/core/renditions/data/*_400..*_403 and the four named only by their date) and asserts what a
reader sees.
"""

from __future__ import annotations

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.parse import parse_bytes

S = "\u3000"


def _read(text: str, name: str = "x.txt", encoding: str = "utf-8"):
    return parse_bytes(text.encode(encoding), name)


def _body(article) -> str:
    return "".join(article.paragraphs)


# --- 1. GBK/GB18030 dumps ----------------------------------------------------------------------------------

def test_a_typesetters_own_character_in_a_name_keeps_the_byline():
    """'通讯员　李\\ue000华': a rare name character set in the private use area (GBK's user rows) is still a name."""
    page = "\r\n".join([
        f"株洲日报{S}2026年12月9日{S}星期三{S}A05{S}经济", "",
        "精工电机株洲新厂投产",
        f"株洲日报全媒体记者{S}黄{S}磊{S}通讯员{S}李\ue000华", "",
        "12月8日，位于株洲高新区的精工电机（株洲）有限公司新厂投产，年产驱动电机30万台。", "",
    ]) + "\r\n"
    issue = _read(page, encoding="gb18030")
    [story] = issue.articles
    assert (story.reporters, story.correspondents) == (["黄磊"], ["李\ue000华"])
    assert "通讯员" not in _body(story)


def test_a_brief_that_opens_on_its_day_and_is_signed_at_its_end_is_news():
    """'12月9日，…' closed by '（谭　敏）': a reporter's brief, not a columnist's commentary."""
    page = "\n".join([
        f"株洲日报{S}2026年12月10日{S}星期四{S}A06{S}区县", "",
        "茶陵县举行冬季征兵欢送仪式",
        "12月9日，茶陵县在县人武部举行冬季新兵入伍欢送仪式，86名新兵胸戴红花，奔赴军营。",
        f"（谭{S}敏）", "",
    ])
    [brief] = _read(page).articles
    assert (brief.type, brief.reporters) == ("news", ["谭敏"])


# --- 2. Markdown/HTML exports ------------------------------------------------------------------------------

_WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>版面编辑</o:Author>
 </o:DocumentProperties>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Print</w:View>
 </w:WordDocument>
</xml><![endif]-->
</head>
<body lang=ZH-CN>
"""


def test_a_word_web_page_head_is_no_article():
    """Word's `<html xmlns:…>` over five lines and two conditional comments back to back are the page's
    machinery: neither the namespaces nor the document's settings ('Print') become an article."""
    page = _WORD_HEAD + "\n".join([
        "<p class=MsoNormal align=center><span lang=EN-US>2026</span><span style='font-family:宋体'>年12月1日 星期二 A03 城事</span></p>",
        "<h1><span style='font-family:黑体'>神农大道快速化改造全线贯通</span></h1>",
        "<p class=MsoNormal><span style='font-family:楷体'>株洲日报全媒体记者 曾 凡</span></p>",
        "<p class=MsoNormal><span style='font-family:宋体'>11月30日上午，神农大道快速化改造工程全线贯通，沿线9个路口实现“无红绿灯”通行。</span></p>",
        "</body>", "</html>",
    ]) + "\n"
    issue = _read(page, "x.html")
    assert titles(issue) == ["神农大道快速化改造全线贯通"]
    assert issue.articles[0].reporters == ["曾凡"]
    assert_nothing_lost(issue)


def test_a_brief_under_the_papers_lead_that_gives_a_hotline_is_news():
    """'本报讯 …可拨打0731-28123456咨询。': the paper reports a hotline; it is no advertiser's ad."""
    page = "\n".join([
        f"株洲日报{S}2026年12月1日{S}星期二{S}A03{S}城事", "",
        "冬季供暖咨询电话公布",
        "本报讯 今冬我市集中供暖将于12月5日启动，供暖区域内的居民如遇室温不达标等问题，可拨打0731-28123456咨询。", "",
    ])
    [brief] = _read(page).articles
    assert brief.type == "news"


# --- 3. Single-newline copies from phone apps --------------------------------------------------------------

def test_a_run_of_emoji_bullets_is_a_list_and_a_read_more_prompt_is_chrome():
    """'🔸 …' / '🔸 …' under a paragraph are the report's list, not two headlines; '👉 点击下方“阅读原文”…'
    is the app's prompt, not the next story's headline."""
    page = "\n".join([
        "株洲日报 2026年12月5日 星期六 A02 要闻 ",
        "“株洲礼物”亮相长沙年货节 ",
        "株洲日报全媒体记者 何 雨 ",
        "12月4日，2027湖南年货节在长沙开幕，60余种“株洲礼物”集中亮相，首日销售额超过80万元。 ",
        "🔸 醴陵釉下五彩瓷茶具最受欢迎 ",
        "🔸 攸县香干现场试吃排起长队 ",
        "市民可通过“株洲礼物”小程序下单，全市范围内次日送达。 ",
        "👉 点击下方“阅读原文”查看征兵政策问答 ",
        "天元区启动冬季“暖心驿站”",
        "株洲日报全媒体记者 王 薇 ",
        "12月4日，天元区首批20个冬季“暖心驿站”启用，为户外劳动者提供热水和休息服务。",
    ])
    issue = _read(page)
    assert titles(issue) == ["“株洲礼物”亮相长沙年货节", "天元区启动冬季“暖心驿站”"]
    assert "攸县香干现场试吃排起长队" in _body(issue.articles[0])
    assert "阅读原文" not in _body(issue.articles[0])
    assert_nothing_lost(issue)


def test_a_head_without_a_year_takes_it_from_the_weekday():
    """'【株洲日报】12月6日 周日 A03·城事' is the masthead, not a headline, and the weekday gives the year."""
    page = "\n".join([
        "【株洲日报】12月6日 周日 A03·城事",
        "✅ 芦淞服饰市场冬装销售火爆   ",
        "记者：陶 然   ",
        "进入12月，芦淞服饰商圈迎来冬装销售旺季，羽绒服、呢子大衣等冬装摆满档口。",
    ])
    issue = _read(page)
    assert titles(issue) == ["芦淞服饰市场冬装销售火爆"]
    assert issue.articles[0].reporters == ["陶然"]
    import datetime as dt

    from zzreader.core import yearless_mastheads
    head = "【株洲日报】12月6日 周日 A03·城事"
    assert yearless_mastheads.masthead_day(head, None, today=dt.date(2027, 3, 1)) == dt.date(2026, 12, 6)
    assert yearless_mastheads.masthead_day(head, 2015) == dt.date(2015, 12, 6)  # the year the text names, when it names one
    assert yearless_mastheads.masthead_day("12月6日（周日）上午，市民在湘江风光带晨练，享受初冬的阳光和清新的空气。", None) is None


def test_a_column_name_before_the_han_bar_is_no_part_of_the_title():
    """'时评丨…': new media set the bar as 丨; the column's name goes and the piece is commentary."""
    page = "\n".join([
        "株洲日报 2026年12月6日 星期日 A03 城事",
        "时评丨“冬装经济”热起来，服务也要跟上",
        "文／易 航",
        "芦淞服饰市场冬装热销，是消费回暖的信号。越是旺季，越要在停车、物流、诚信经营上下功夫。",
    ])
    [piece] = _read(page).articles
    assert (piece.title, piece.type, piece.reporters) == ("“冬装经济”热起来，服务也要跟上", "commentary", ["易航"])


def test_readers_comments_and_a_platforms_disclaimer_are_no_article():
    """'网友评论' over 'name：words' lines, and '免责声明：…不代表本平台观点', close an app's page: chrome."""
    page = "\n".join([
        "株洲日报 ",
        "2026-12-08 07:30 · 湖南 · 株洲日报官方账号 ",
        "关注 ",
        "荷塘区：小区充电桩“扫码即充” ",
        "本报讯（通讯员 贺 婷）12月7日，荷塘区桂花街道12个老旧小区的286个充电桩完成升级，居民扫码即可充电。 ",
        "网友评论 ",
        "株洲老徐：我们小区什么时候能装？ ",
        "@天元阿敏：希望周末也能延时。 ",
        "免责声明：本文来自株洲日报，不代表本平台观点。 ",
    ])
    issue = _read(page)
    assert titles(issue) == ["荷塘区：小区充电桩“扫码即充”"]
    assert issue.date == "2026-12-08"  # the posting line with its fields set apart by dots
    assert "株洲老徐" not in _body(issue.articles[0])
    assert_nothing_lost(issue)


def test_a_list_numbered_with_circled_figures_stays_in_its_report():
    """'① …' / '② …' / '③ …' under a report's paragraph: its list, not three headlines taking the next story."""
    page = "\n".join([
        "株洲日报 2026年12月8日 星期二 A04 民生",
        "“一刻钟便民生活圈”覆盖全市城区",
        "株洲日报全媒体记者 康 乐",
        "12月7日，记者从市商务局获悉，全市已建成“一刻钟便民生活圈”58个，覆盖城区所有街道。",
        "① 新增社区菜市场12个",
        "② 新增便民维修点86个",
        "③ 新增“银发”助餐点40个",
        "市民政局提醒：这些养老诈骗要当心",
        "株洲日报全媒体记者 戴 玉",
        "近期，我市发生多起以“养老投资”为名的诈骗案件，市民政局12月7日发布提醒。",
    ])
    issue = _read(page)
    assert titles(issue) == ["“一刻钟便民生活圈”覆盖全市城区", "市民政局提醒：这些养老诈骗要当心"]
    assert "新增便民维修点86个" in _body(issue.articles[0])


# --- 4. Runs of ads and notices ----------------------------------------------------------------------------

def test_small_ads_run_together_between_phone_numbers_are_each_an_ad():
    """'…包吃住。13807331234某某汽修厂招…。0731-28456789' under '招聘求职': two ads, each closed by its
    phone number, and the group's name titles neither."""
    page = "\n".join([
        f"株洲日报{S}2026年12月15日{S}星期二{S}B04{S}便民信息", "",
        "招聘求职",
        "某某酒店诚招服务员5名、厨房帮工2名，包吃住，月薪4500元起。13807331234某某汽修厂招熟练钣金工、喷漆工各2名，待遇面议。0731-28456789",
        "某某幼儿园招聘保育员3名，45岁以下，有健康证。13786312233", "",
        "房屋租售",
        "荷塘区红港路两室一厅出租，家电齐全，月租1500元。13973356789天元区湘芸中路三室两厅出售，128平方米，精装修。18207331100", "",
    ])
    issue = _read(page)
    bodies = [_body(a) for a in issue.articles]
    assert [b[:8] for b in bodies] == ["某某酒店诚招服务", "某某汽修厂招熟练", "某某幼儿园招聘保", "荷塘区红港路两室", "天元区湘芸中路三"]
    assert bodies[0].endswith("13807331234") and bodies[1].endswith("0731-28456789")
    assert all(a.type == "ad" and not a.title for a in issue.articles)
    assert_nothing_lost(issue)


def test_a_report_that_names_a_hotline_mid_sentence_is_not_cut():
    """'…请拨打12345热线。' and a phone inside a sentence stay one paragraph: only a whole number after a
    sentence's end, with the next ad right after it, parts two ads."""
    page = "\n".join([
        f"株洲日报{S}2026年12月15日{S}星期二{S}A04{S}民生", "",
        "燃气安全检查启动",
        "本报讯 12月14日起，市燃气公司开展入户安全检查，市民如有疑问可拨打13807331234咨询，也可拨打12345热线。检查人员均佩戴工作证。", "",
    ])
    [story] = _read(page).articles
    assert len(story.paragraphs) == 1 and story.type == "news"


# --- 5. Files named only by their date ---------------------------------------------------------------------

def test_a_name_with_the_year_and_its_day_of_the_year_gives_the_day():
    """'zzrb-2026-351.txt': ISO 8601's ordinal date, the 351st day of 2026 (17 December)."""
    page = "\n".join(["A02 要闻", "我市新增5家国家4A级旅游景区", "株洲日报全媒体记者 段 悦",
                      "记者从市文旅广电局获悉，醴陵瓷谷等5家景区日前通过国家4A级旅游景区评定。"])
    assert _read(page, "zzrb-2026-351.txt").date == "2026-12-17"
    assert _read(page, "zzrb-2024-060.txt").date == "2024-02-29"  # a leap year's 60th day
    assert _read(page, "zzrb-2026-400.txt").date is None  # no year has a 400th day


# --- 6. Note apps and types --------------------------------------------------------------------------------

def test_a_notion_page_title_and_its_callout_are_no_article():
    """'# 株洲日报 12月4日 A06 区县' over Notion's properties and an '<aside>' callout: the page's head and the
    clipper's note, not a story; the page's 'Created:' day dates it."""
    page = "\n".join([
        "# 株洲日报 12月4日 A06 区县", "",
        "Created: December 4, 2026 8:12 AM",
        "Tags: 剪报, 区县", "",
        "<aside>", "📌 本页为剪报整理，原文以纸质版为准。", "", "</aside>", "",
        "## 炎陵黄桃冷库投入使用", "",
        "株洲日报全媒体记者 钟 鸣", "",
        "近日，炎陵县中村瑶族乡黄桃产地冷库正式投入使用，可一次性储存黄桃800吨。", "",
    ])
    issue = _read(page, "x.md")
    assert titles(issue) == ["炎陵黄桃冷库投入使用"]
    assert issue.date == "2026-12-04"
    assert_nothing_lost(issue)


def test_a_reporters_story_about_a_public_display_is_news():
    """'…改造方案公示' over a reporter's byline and '市住建局昨日起对…进行公示': the paper reports the display."""
    page = "\n".join([
        f"株洲日报{S}2026年12月18日{S}星期五{S}A03{S}城事", "",
        "株洲火车站东广场改造方案公示",
        "株洲日报全媒体记者 顾 林", "",
        "市住建局昨日起对株洲火车站东广场改造方案进行为期15天的公示。方案提出，东广场将新增地下停车位600个。", "",
        "市民可登录市住建局网站查看方案并提出意见。", "",
    ])
    [story] = _read(page).articles
    assert (story.type, story.reporters) == ("news", ["顾林"])


def test_a_signed_story_that_walks_the_reader_into_a_scene_is_a_feature():
    """'走进醴陵市状元洲老街，…' and a quoted official: a scene-setting story, a feature."""
    page = "\n".join([
        f"株洲日报{S}2026年12月4日{S}星期五{S}A06{S}区县", "",
        "老街改造留住“烟火气”",
        "株洲日报全媒体记者 易 诗 琪", "",
        "走进醴陵市状元洲老街，青石板路、木质门窗、手工作坊……改造后的老街保留了原有风貌。", "",
        "“改造前我们征求了每一户居民的意见。”醴陵市住建局工作人员介绍，老街改造共修缮老建筑46栋。", "",
    ])
    [story] = _read(page).articles
    assert story.type == "feature"


def test_two_notice_titles_right_over_two_columns_open_them():
    """'寻人启事' beside '婚庆服务' over two columns of notices: each the title of its column's first item; the
    right one is not glued into the left notice."""
    def row(left: str, right: str) -> str:
        width = sum(1 if ord(c) < 128 else 2 for c in left)
        return left + S * ((30 - width) // 2) + " " * ((30 - width) % 2) + S * 2 + right
    page = "\n".join([
        f"株洲日报{S}2026年12月14日{S}星期一{S}B03{S}公告·启事", "",
        row("寻人启事", "婚庆服务"),
        row("刘某某，男，78岁，株洲县口音，", "某某婚庆公司承办婚礼策划、主持"),
        row("身高约1.65米，患有阿尔茨海默病", "、跟拍摄像、婚车租赁，冬季预订"),
        row("，12月11日上午在荷塘区月塘街道", "享八折优惠。"),
        row("走失，有知情者请速与家属联系。", "电话：0731-22998877"),
        "联系电话：13975312345",
    ])
    issue = _read(page)
    assert titles(issue) == ["寻人启事", "婚庆服务"]
    assert "婚庆" not in _body(issue.articles[0])
    assert _body(issue.articles[1]).startswith("某某婚庆公司")


def test_a_grid_of_boxed_ads_is_read_cell_by_cell():
    """'│招聘　…│门面出租 …│' over cells whose text wraps inside them, between '├──┼──┤' borders: each cell an ad
    read whole, not a table of half-sentences; the hotline with the desk's address under it is furniture."""
    def row(left: str, right: str) -> str:
        pad = lambda s: s + " " * (32 - sum(1 if ord(c) < 128 else 2 for c in s))  # noqa: E731
        return f"│{pad(left)}│{pad(right)}│"
    rule = "─" * 16
    page = "\n".join([
        f"株洲日报{S}2026年12月12日{S}星期六{S}B04{S}分类广告", "",
        f"┌{rule}┬{rule}┐",
        row("招聘", "门面出租"),
        row("某某物流公司招聘货车司机5名，持", "芦淞区建设南路临街门面120平方"),
        row("A2驾照，月薪8000元起，包住宿。", "米出租，可做餐饮，价格面议。"),
        row("电话：13907331122", "电话：13875209988"),
        f"├{rule}┼{rule}┤",
        row("遗失声明", "家政服务"),
        row("株洲某某餐饮管理有限公司遗失公章", "专业月嫂、育儿嫂、保洁、老人陪护"),
        row("一枚，声明作废。", "，持证上岗，服务到家。"),
        row("", "电话：0731-22556677"),
        f"└{rule}┴{rule}┘", "",
        f"广告热线：0731-28812345{S}地址：株洲日报社一楼广告部",
    ])
    issue = _read(page)
    assert titles(issue) == ["招聘", "门面出租", "遗失声明", "家政服务"]
    assert _body(issue.articles[0]).startswith("某某物流公司招聘货车司机5名，持A2驾照")
    assert [a.type for a in issue.articles] == ["ad", "ad", "notice", "ad"]
    assert_nothing_lost(issue)

