"""Focused checks for round AS: PDF text and e-paper scrapes from tools and platforms no earlier round imitated.

Each test feeds a few lines of original text in a form a held-out issue of the
round showed (tests/core/renditions/data/pdf_text_410..417, epaper_410..417 and
the four named only by their date) and asserts what a reader sees.
"""

from __future__ import annotations

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.parse import parse_bytes

S = "\u3000"


def _read(text: str, name: str = "x.txt", encoding: str = "utf-8"):
    return parse_bytes(text.encode(encoding), name)


def _body(article) -> str:
    return "".join(article.paragraphs)


# --- 1. The paper's app: share pages saved one after another ----------------------------------------------

def _share(title: str, when: str, byline: str, text: str) -> list[str]:
    return ["株洲日报客户端", title, f"来源：株洲日报客户端{S}{when}", byline, text,
            f"责编：李{S}涵", f"审核：王{S}敏", "打开株洲日报客户端，阅读更多精彩内容", ""]


def test_the_apps_name_and_its_open_prompt_are_chrome_between_share_pages():
    """'株洲日报客户端' over each page and '打开株洲日报客户端，阅读更多精彩内容' under it: no headline, no title."""
    page = "\n".join([
        *_share("城西新建一座立体停车楼", "2026-11-17 07:30", f"株洲日报全媒体记者{S}孔{S}静",
                "11月16日，城西立体停车楼投入使用，设车位480个。"),
        *_share("攸县油茶加工园开园", "2026-11-17 08:05", f"通讯员{S}彭{S}丽",
                "11月16日，攸县油茶精深加工园开园，首批入驻企业6家。"),
    ])
    issue = _read(page)
    assert titles(issue) == ["城西新建一座立体停车楼", "攸县油茶加工园开园"]
    assert [a.subtitle for a in issue.articles] == ["", ""]
    assert [(a.reporters, a.correspondents) for a in issue.articles] == [(["孔静"], []), ([], ["彭丽"])]
    assert_nothing_lost(issue)


def test_an_apps_list_of_other_stories_with_their_posting_times_is_chrome():
    """'推荐阅读' over '标题　昨天 18:20' and '标题　11-25': the app's links, not a headline over the next story."""
    page = "\n".join([
        *_share("城区新增5处共享菜园", "3小时前", f"株洲日报全媒体记者{S}文{S}婧", "天元区利用闲置地块建起5处共享菜园。"),
        "推荐阅读", f"株洲火车站新增10台自助售票机{S}昨天 18:20", f"流感进入高发期 专家提醒接种疫苗{S}11-25", "",
        *_share("芦淞区开展冬季送温暖活动", "5小时前", f"通讯员{S}曹{S}颖", "近日，芦淞区慰问困难家庭860户。"),
    ])
    issue = _read(page, "2026-11-29T07-45-12_株洲日报.txt")
    assert titles(issue) == ["城区新增5处共享菜园", "芦淞区开展冬季送温暖活动"]
    assert [a.subtitle for a in issue.articles] == ["", ""]
    assert issue.date == "2026-11-29"
    assert_nothing_lost(issue)


# --- 2. Reposts on content platforms (Baijiahao, NetEase Hao) ----------------------------------------------

def test_baijiahao_posting_lines_are_no_headlines_and_date_the_issue():
    """Title / account / '2026-11-18 08:12湖南' / '…官方帐号' / '关注' over each copied post."""
    def post(title, stamp, byline, text):
        return [title, "株洲日报", f"{stamp}湖南", "株洲日报社官方帐号", "关注", byline, text, "举报/反馈", "换一换", ""]
    page = "\n".join([
        *post("湘江风光带新增骑行道", "2026-11-18 08:12", "株洲日报全媒体记者 左 丹", "11月17日，湘江风光带5公里骑行道建成开放。"),
        *post("炎陵黄桃冬管培训走进田间", "2026-11-18 09:40", "通讯员 邱 霞", "11月16日，炎陵县农技人员来到黄桃基地示范冬季修剪。"),
    ])
    issue = _read(page)
    assert titles(issue) == ["湘江风光带新增骑行道", "炎陵黄桃冬管培训走进田间"]
    assert [a.subtitle for a in issue.articles] == ["", ""]
    assert [(a.reporters, a.correspondents) for a in issue.articles] == [(["左丹"], []), ([], ["邱霞"])]
    assert issue.date == "2026-11-18"
    assert "换一换" not in _body(issue.articles[0])
    assert_nothing_lost(issue)


def test_a_netease_repost_keeps_its_head_and_disclaimer_out_of_the_stories():
    """The post's title, '… 来源: 株洲日报', the province, '举报', the count, the share prompts and the
    storage disclaimer are the platform's; the stories inside keep their own headlines."""
    page = "\n".join([
        "株洲早知道｜城区首条公交专用道本周启用", f"2026-11-26 07:05:18{S}来源: 株洲日报", "湖南", "举报", "0", "分享至",
        "用微信扫码二维码", "分享至好友和朋友圈", "", "（来源：株洲日报）", "",
        "城区首条公交专用道本周启用", "株洲日报全媒体记者 曾 宇", "11月25日，新华路公交专用道将于11月28日启用。", "",
        "市中心医院开设记忆门诊", "通讯员 钟 华", "11月24日，市中心医院记忆门诊开诊。", "",
        "本文来自网易号“株洲日报”",
        "特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。",
        "Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao.",
        "返回网易首页",
    ])
    issue = _read(page)
    assert titles(issue) == ["城区首条公交专用道本周启用", "市中心医院开设记忆门诊"]
    assert [a.type for a in issue.articles] == ["news", "news"]
    assert issue.articles[0].reporters == ["曾宇"]
    assert _body(issue.articles[1]) == "11月24日，市中心医院记忆门诊开诊。"
    assert issue.date == "2026-11-26"
    assert_nothing_lost(issue)


# --- 3. A Founder e-paper system's XML export --------------------------------------------------------------

def test_a_founder_xml_export_is_an_epaper_page_dated_by_its_page():
    """'<founder-title>', '<founder-author>', '<founder-content>' under a page element with its date: read as the
    e-paper page it is, the page's date the issue's, a photographer's author field making a caption."""
    page = "\n".join([
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<founder-export paper="株洲日报" date="2026-11-16">',
        '<founder-page pageno="A05" pagename="民生">',
        '<founder-article id="1">',
        "<founder-title>供暖季居民用气价格不变</founder-title>",
        "<founder-author>株洲日报全媒体记者 廖 芳 通讯员 易 平</founder-author>",
        "<founder-content>",
        f"<p>{S}{S}11月15日，记者从市发改委获悉，今年供暖季居民用气价格不变。</p>",
        "</founder-content>",
        "</founder-article>",
        '<founder-article id="2">',
        "<founder-title>冬日湘江</founder-title>",
        "<founder-author>株洲日报全媒体记者 姜 涛 摄</founder-author>",
        f"<founder-content><p>{S}{S}11月15日，湘江株洲城区段，候鸟翔集。</p></founder-content>",
        "</founder-article>",
        "</founder-page>",
        "</founder-export>",
    ])
    issue = _read(page)
    assert issue.rendition == "epaper"
    assert issue.date == "2026-11-16"
    assert titles(issue) == ["供暖季居民用气价格不变", "冬日湘江"]
    report, photo = issue.articles
    assert (report.reporters, report.correspondents, report.section) == (["廖芳"], ["易平"], "民生")
    assert (photo.type, photo.photographers) == ("caption", ["姜涛"])
    assert "<" not in _body(report)
    assert_nothing_lost(issue)


def test_a_founder_xml_export_in_cdata_over_several_lines():
    """The text inside '<![CDATA[…]]>' over two lines, the date and page in elements of their own (GBK)."""
    page = "\r\n".join([
        '<?xml version="1.0" encoding="GBK"?>', "<founder-doc>", "<founder-date>2026-11-27</founder-date>",
        "<founder-pagenum>A06</founder-pagenum>", "<founder-pagename>区县</founder-pagename>", "<founder-item>",
        "<founder-title><![CDATA[茶陵红色研学线路接待学生10万人次]]></founder-title>",
        f"<founder-author><![CDATA[株洲日报全媒体记者{S}谭{S}伟]]></founder-author>",
        f"<founder-content><![CDATA[{S}{S}11月26日，茶陵县4条红色研学线路累计接待学生10万人次。",
        f"{S}{S}研学线路串联起12个点位。]]></founder-content>",
        "</founder-item>", "</founder-doc>",
    ])
    issue = _read(page, encoding="gbk")
    assert (issue.rendition, issue.date) == ("epaper", "2026-11-27")
    assert titles(issue) == ["茶陵红色研学线路接待学生10万人次"]
    (story,) = issue.articles
    assert (story.reporters, story.section) == (["谭伟"], "区县")
    assert story.paragraphs == ["11月26日，茶陵县4条红色研学线路累计接待学生10万人次。", "研学线路串联起12个点位。"]
    assert_nothing_lost(issue)


# --- 4. CNKI's newspaper full-text records -----------------------------------------------------------------

def _cnki(title: str, author: str, text: str) -> list[str]:
    return [f"【篇名】{title}", f"【作者】{author}", "【机构】株洲日报社", "【报纸名称】株洲日报", "【报纸日期】2026-11-19",
            "【版号】第A04版", "【栏目】经济", "【DOI】10.28473/n.cnki.nzzrb.2026.004126", "【分类号】F427", "【正文】", text, ""]


def test_cnki_records_are_stories_with_their_authors_and_the_papers_date():
    """'【篇名】…' over the library's fields and '【正文】': each record one story, the date its '报纸日期'; a lead
    that gives the author field's names with their roles wins over the bare names."""
    page = "\n".join([
        "中国重要报纸全文数据库", "检索结果：2条", "",
        *_cnki("前三季度规上工业增加值增长7.8%", "左丹;何涛", f"{S}{S}本报讯（记者{S}左丹{S}通讯员{S}何涛）11月18日，记者从市统计局获悉，前三季度规上工业增加值增长7.8%。"),
        *_cnki("株洲制造亮相工业博览会", "周敏", f"{S}{S}11月15日至18日，我市18家企业参展国际工业博览会。"),
    ])
    issue = _read(page)
    assert (issue.rendition, issue.date) == ("epaper", "2026-11-19")
    assert titles(issue) == ["前三季度规上工业增加值增长7.8%", "株洲制造亮相工业博览会"]
    assert [(a.reporters, a.correspondents) for a in issue.articles] == [(["左丹"], ["何涛"]), (["周敏"], [])]
    assert all("【" not in _body(a) for a in issue.articles)
    assert_nothing_lost(issue)


# --- 5. Pages dumped by a text browser (lynx, w3m) ---------------------------------------------------------

_LONG = ("11月23日，记者从市住建局获悉，今年城区列入计划的12条背街小巷提质改造全部完工，"
         "累计改造路面4.8万平方米，新增停车位420个，改造中保留了老街巷原有的青石板和老招牌。")


def _cut(text: str, indent: str, chars: int) -> list[str]:
    return [indent + text[i:i + chars] for i in range(0, len(text), chars)]


def test_lynx_link_numbers_and_reference_list_are_no_text():
    """'[4]第A03版：城事' is the page line, the 'References' list stays out of the last story, and the paragraphs
    cut at the terminal's width are whole again."""
    page = "\n".join([
        "   [1]株洲新闻网 | [2]数字报首页 | [3]往期回顾", "", "   [4]第A03版：城事", "", "城区12条背街小巷完成提质改造", "",
        "   株洲日报全媒体记者 石 磊", "", *_cut(_LONG, "   ", 36), "", "芦淞服饰市场冬装销售进入旺季", "",
        "   本报讯（记者 谭 晶）进入11月，芦淞服饰市场群冬装批发销售进入旺季。", "", "   [5]上一版 [6]下一版", "",
        "References", "", "   1. https://www.zznews.gov.cn/", "   2. https://epaper.zznews.gov.cn/zzrb/html/index.htm",
        "   3. https://epaper.zznews.gov.cn/zzrb/html/history.htm",
        "   4. https://epaper.zznews.gov.cn/zzrb/html/2026-11/24/node_3.htm",
        "   5. https://epaper.zznews.gov.cn/zzrb/html/2026-11/24/node_2.htm",
        "   6. https://epaper.zznews.gov.cn/zzrb/html/2026-11/24/node_4.htm",
    ])
    issue = _read(page)
    assert issue.rendition == "epaper"
    assert titles(issue) == ["城区12条背街小巷完成提质改造", "芦淞服饰市场冬装销售进入旺季"]
    first, last = issue.articles
    assert first.section == "城事" and first.paragraphs == [_LONG]
    assert "http" not in _body(last)
    assert_nothing_lost(issue)


def test_w3m_page_with_return_link_and_page_list_is_an_epaper_page_with_whole_paragraphs():
    """'上一篇 下一篇 返回版面' is a scrape's chrome, '版面导航：A01 A02 …' after the page line its page list, and
    w3m's cuts at 78 columns are joined."""
    page = "\n".join([
        "株洲新闻网首页 数字报 往期回顾 PDF下载", "",
        "株洲日报 2026年11月25日 第A05版：民生       版面导航：A01 A02 A03 A04 A05", "",
        "全市中小学完成明厨亮灶改造", "", "株洲日报全媒体记者 廖 丽", "", *_cut(_LONG, "", 39), "", "[image]", "",
        "银发课堂开进社区", "", "近日，市老年大学在新塘社区开设银发课堂。（通讯员 周 婷）", "",
        "上一篇 下一篇 返回版面",
    ])
    issue = _read(page)
    assert issue.rendition == "epaper"
    assert titles(issue) == ["全市中小学完成明厨亮灶改造", "银发课堂开进社区"]
    assert issue.articles[0].paragraphs == [_LONG]
    assert issue.date == "2026-11-25"
    assert_nothing_lost(issue)


# --- 6. PDF text: photo pages, sidebars, serials, columns ---------------------------------------------------

def test_a_padded_name_ending_a_credit_is_whole_and_the_short_headline_under_it_stays_a_headline():
    """'图/株洲日报全媒体记者　姜　涛' over '晒秋': the padded name is whole; '晒秋' is no end of a name cut by the line."""
    page = "\n".join([
        f"A08{S}视觉{S}2026年11月20日{S}星期五",
        "候鸟飞临酒埠江",
        f"{S}{S}11月18日，攸县酒埠江水库迎来首批越冬候鸟，白鹭在水面",
        f"上空盘旋。（通讯员{S}罗{S}平{S}供图）",
        f"图/株洲日报全媒体记者{S}姜{S}涛",
        "晒秋",
        f"{S}{S}11月17日，茶陵县秩堂镇的村民在晾晒红辣椒和紫皮大",
        "蒜，房前屋后一片火红。",
    ])
    issue = _read(page)
    assert titles(issue) == ["候鸟飞临酒埠江", "晒秋"]
    assert all("晒秋" not in name for a in issue.articles for name in a.photographers)
    assert_nothing_lost(issue)


def test_a_pictures_credit_over_the_next_titled_photo_credits_that_photo():
    """'图/…' after a caption that already ends on its own credit and over the next photo's title: the credit of
    the photo under it, which is a caption, not a report."""
    page = "\n".join([
        f"A08{S}视觉{S}2026年11月20日{S}星期五",
        "候鸟飞临酒埠江",
        f"{S}{S}11月18日，攸县酒埠江水库迎来首批越冬候鸟，白鹭在水面上空盘旋。（通讯员{S}罗{S}平{S}供图）",
        f"图/株洲日报全媒体记者{S}姜{S}涛",
        "晒秋",
        f"{S}{S}11月17日，茶陵县秩堂镇的村民在晾晒红辣椒和紫皮大蒜，房前屋后一片火红。",
        "初雪炎陵",
        f"{S}{S}11月19日清晨，炎陵县桃源洞景区迎来今冬第一场雪。",
        f"{S}{S}摄影：邹{S}翔",
    ])
    issue = _read(page)
    assert titles(issue) == ["候鸟飞临酒埠江", "晒秋", "初雪炎陵"]
    assert [a.photographers for a in issue.articles] == [["罗平"], ["姜涛"], ["邹翔"]]
    assert [a.type for a in issue.articles] == ["caption", "caption", "caption"]
    assert_nothing_lost(issue)


def test_a_background_box_with_its_own_title_inside_a_story_stays_with_the_story():
    """'链接' over '什么是“口袋公园”' and the box's unsigned text, after a signed story: its sidebar, no new article;
    '记者手记' over a title of its own is still the reporter's view beside the story, a piece of its own."""
    page = "\n".join([
        "城区新增12处“口袋公园”", "株洲日报全媒体记者 易晓兰",
        "11月11日，记者从市城管局获悉，今年城区新建“口袋公园”12处，新增绿地3.6万平方米。",
        "链接", "什么是“口袋公园”",
        "“口袋公园”是指面积较小、布局分散的小型公共绿地，具有贴近群众、方便可达的特点。",
        "记者手记", "小公园连着大民生", f"{S}{S}公园虽小，却让居民下楼就能亲近绿色。", f"（易晓兰）",
        "石峰区开展冬季消防演练",
        "本报讯（通讯员 龙 佳）11月10日，石峰区在清水塘街道开展冬季消防应急演练。",
    ])
    issue = _read(page)
    assert titles(issue) == ["城区新增12处“口袋公园”", "小公园连着大民生", "石峰区开展冬季消防演练"]
    assert "贴近群众" in _body(issue.articles[0])
    assert issue.articles[1].type == "commentary"
    assert_nothing_lost(issue)


def test_a_serial_instalment_signed_like_a_column_is_a_feature():
    """'长篇连载' / '湘江船工（第十二章）' / '□ 龙　启': a novel's chapter, not the writer's commentary."""
    page = "\n".join([
        f"2026年11月14日{S}星期六{S}B03{S}文化周刊",
        "长篇连载", "湘江船工（第十二章）", f"□ 龙{S}启",
        f"{S}{S}天刚麻麻亮，老舵工就把船撑离了码头。江面上起了雾，对岸的吊脚楼只剩下一道灰影。",
        f"{S}{S}“过了空洲，就是株洲了。”老舵工眯着眼睛说。", "（未完待续）",
    ])
    issue = _read(page)
    (serial,) = issue.articles
    assert (serial.title, serial.type, serial.reporters) == ("湘江船工（第十二章）", "feature", ["龙启"])


def test_a_columns_title_broken_in_two_under_its_label_is_one_title():
    """'株洲时评' / '水利建设' / '要算长远账' in a narrow column: the column's name, then one title; '别让…' under a
    label stays a title of its own."""
    page = "\n".join([
        "株洲时评", "水利建设", "要算长远账", "□ 易 平",
        "农田水利是农业的命脉。修一口山塘、通一条渠道，", "看似小事，关系的却是来年的收成。",
    ])
    issue = _read(page)
    (piece,) = issue.articles
    assert (piece.title, piece.section, piece.type, piece.reporters) == ("水利建设要算长远账", "株洲时评", "commentary", ["易平"])


def test_a_scans_day_in_look_alike_letters_and_a_lone_speck_line():
    """'2O26年l2月l日' is the masthead's day (the 'l' day after a month in figures), 'll月29日' a dateline, and an
    'i' alone between two lines of Chinese is a speck, not the end of a story."""
    page = "\n".join([
        "株洲日报 2O26年l2月l日 星期二 A03 城事", "",
        "市民政局上线\"一键找护工\"平台", "",
        "本报讯(通讯员 唐 宁)近日,市民政局\"一键找护工\"平台上线,首批入驻护工36O名o", "",
        "i",
        "石峰区新增3所普惠性幼儿园", "",
        "本报讯(记者 邹 丽)ll月29日,石峰区3所新建普惠性幼儿园通过验收,新增学位54O个。",
    ])
    issue = _read(page, "scan.txt")
    assert issue.date == "2026-12-01"
    assert titles(issue) == ["市民政局上线\"一键找护工\"平台", "石峰区新增3所普惠性幼儿园"]
    assert issue.articles[1].reporters == ["邹丽"]
    assert_nothing_lost(issue)


def _padded(text: str, cells: int) -> str:
    """Text padded with spaces to a display width (a Chinese character two cells)."""
    from zzreader.core.text_width import width
    return text + " " * (cells - width(text))


def test_three_columns_padded_to_display_cells_are_read_column_by_column():
    """Three columns whose starts line up on the screen (padded to display cells, not character positions):
    each column read whole in turn, its story's text not cut into the next column's."""
    left = ["株洲日报全媒体记者 汤 蓉", "", "    11月12日，天元区的综合保税", "区通过海关总署等八部门联合验收", "，标志着我市有了综合保税区。",
            "    综保区规划面积1.08平方公里", "，一期已建成查验中心和卡口。"]
    middle = ["    市商务局负责人介绍，综保区", "封关运作后，企业进口料件可在区", "内保税加工，资金成本预计降低两", "成以上。",
              "    目前已有27家企业签约入区，", "涉及轨道交通装备和陶瓷等领域。", ""]
    right = ["我市首条无障碍公交示范线开通", "", "株洲日报全媒体记者 邝 萍", "", "    11月12日，22路无障碍公交", "示范线开通运营，12辆低地板公", "交车全部配备电动坡道。"]
    rows = [("  " + _padded(a, 30) + "    " + _padded(b, 30) + "    " + c).rstrip() for a, b, c in zip(left, middle, right)]
    page = "\n".join([f"  A02{' ' * 20}要闻{' ' * 20}2026年11月13日 星期五", "", f"{' ' * 16}株洲国际陆港综合保税区通过验收", "", *rows])
    issue = _read(page)
    assert titles(issue) == ["株洲国际陆港综合保税区通过验收", "我市首条无障碍公交示范线开通"]
    bonded, bus = issue.articles
    assert bonded.reporters == ["汤蓉"] and bus.reporters == ["邝萍"]
    assert "资金成本预计降低两成以上" in _body(bonded) and "电动坡道" not in _body(bonded)
    assert _body(bus).startswith("11月12日，22路无障碍公交示范线开通运营")
    assert_nothing_lost(issue)
