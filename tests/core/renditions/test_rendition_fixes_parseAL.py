"""Focused checks for round AL: held-out issues in choices the test data lacked.

Each test feeds a few lines of original text in one choice a held-out issue
showed (tests/core/renditions/data/*_350..*_359) and asserts what a reader sees.
"""

from __future__ import annotations

from tests.bench.bench_renditions import DATA
from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.parse import parse_bytes, parse_file
from zzreader.core.renditions import compat_ideographs

S = "\u3000"
NIAN, LIN, LI = "\uF98E", "\uF9F4", "\uF9E1"  # compatibility ideographs for 年, 林, 李


def _read(text: str, name: str = "x.txt", encoding: str = "utf-8"):
    return parse_bytes(text.encode(encoding), name)


# --- 1. CJK compatibility ideographs from a PDF font ---------------------------------------------------

def test_compatibility_ideographs_read_as_ordinary_characters():
    """'2026年' with U+F98E has no date in it until the character is read as 年; names become searchable."""
    page = "\n".join([
        f"株洲日报  2026{NIAN}6月3日 星期三  A05 区县新闻", "",
        "渌口区建成首个“共享农机”服务中心",
        f"株洲日报全媒体记者 {LIN}雅琴 通讯员 {LI}建华", "",
        f"{S}{S}6月1日，渌口区南洲镇“共享农机”服务中心投入使用，中心配备插秧机、无人植保机等农机具86台（套）。",
    ])
    issue = _read(page)
    assert issue.date == "2026-06-03"
    assert titles(issue) == ["渌口区建成首个“共享农机”服务中心"]
    article = issue.articles[0]
    assert (article.reporters, article.correspondents) == (["林雅琴"], ["李建华"])
    assert any("兼容汉字" in w for w in issue.warnings)
    assert_nothing_lost(issue)


def test_fold_keeps_ideographs_that_are_characters_of_their_own():
    """U+FA0E '﨎' has no canonical equivalent: it stays, and the count says only what changed."""
    assert compat_ideographs.fold("\uFA0E\uF98E") == ("\uFA0E年", 1)
    assert compat_ideographs.fold("株洲日报") == ("株洲日报", 0)


# --- 2. A reporter sent away: '特派记者' -------------------------------------------------------------

def test_special_correspondent_is_a_reporter():
    page = "\n".join([
        "株洲日报  2026年6月3日 星期三  A05", "",
        "醴陵陶瓷企业“抱团”闯海外",
        "株洲日报特派记者 林晓峰", "",
        f"{S}{S}6月2日，在第十一届中国—南亚博览会上，醴陵12家陶瓷企业组成联合展团集中亮相，现场签订出口订单2300万元。",
    ])
    article = _read(page).articles[0]
    assert (article.title, article.reporters) == ("醴陵陶瓷企业“抱团”闯海外", ["林晓峰"])


# --- 3. An e-paper's 作者 field in the desk's newer name; its paging line; a photographer's piece ---------------

EPAPER = [
    "株洲日报数字报刊",
    "2026年06月05日 星期五",
    "<<上一版　下一版>>　　第A06版：文体　　PDF版下载",
    "株洲首届社区运动会开幕",
    "发布时间：2026-06-05　　作者：株洲日报融媒体记者 邓思远 实习生 易可欣　　来源：株洲日报",
    "【放大】【缩小】【默认】　　【打印本页】",
    f"{S}{S}6月4日晚，株洲首届社区运动会在市体育中心开幕，38个社区代表队1200余名居民参赛。",
    "龙舟竞渡迎端午",
    "发布时间：2026-06-05　　作者：株洲日报摄影记者 周 捷　　来源：株洲日报",
    "【放大】【缩小】【默认】　　【打印本页】",
    f"{S}{S}6月4日，渌口区湘江水域，龙舟队员正在进行端午龙舟赛前训练。",
    f"{S}{S}株洲日报摄影记者 周 捷 摄",
]


def test_epaper_author_field_with_a_named_desk_is_read_once():
    """'作者：株洲日报融媒体记者 某某 实习生 某某' names its roles: no '记者' put in front of them again."""
    issue = _read("\n".join(EPAPER))
    first = issue.articles[0]
    assert (first.reporters, first.correspondents) == (["邓思远"], ["易可欣"])


def test_epaper_page_line_between_its_links_is_no_article():
    """'<<上一版　下一版>>　　第A06版：文体　　PDF版下载' is the page's chrome and its label, not a headline."""
    issue = _read("\n".join(EPAPER))
    assert titles(issue) == ["株洲首届社区运动会开幕", "龙舟竞渡迎端午"]
    assert issue.date == "2026-06-05"
    assert_nothing_lost(issue)


def test_photographer_only_byline_heads_a_news_photo():
    """Only a photographer in the 作者 field, one dated sentence and its credit: a news photo (caption)."""
    photo = _read("\n".join(EPAPER)).articles[1]
    assert (photo.type, photo.reporters, photo.photographers) == ("caption", [], ["周捷"])


# --- 4. Small ads with no blank line between them: a whole phone number closes the item -------------------

def test_contact_line_closes_a_small_ad_in_a_plain_dump():
    rows = [
        "株洲日报", "2026年6月9日　星期二　第A04版　综合", "",
        "天元区“智慧停车”覆盖80个小区", "株洲日报融媒体记者 彭雨涵",
        "6月8日，记者从天元区城管局获悉，该区“智慧停车”平台已接入80个小区、2.3万个车位。", "",
        "分类广告", "家电维修", "空调、洗衣机、冰箱上门维修，价格透明。电话：0731-28880000",
        "钢琴培训", "专业教师一对一授课，地址：芦淞区建设南路。电话：13900000000",
    ]
    page = "\r\n".join(rows)
    issue = _read(page, encoding="gb18030")
    assert titles(issue)[-2:] == ["家电维修", "钢琴培训"]
    assert [a.type for a in issue.articles[-2:]] == ["ad", "ad"]
    assert_nothing_lost(issue)


# --- 5. Markdown: a boxed notice in a quote after a rule, its signer apart; a quote's '>' alone ------------

MD_ROWS = [
    "# 株洲日报 · 2026年6月10日 · 第A03版", "",
    "## 高考期间城区工地“静音”", "",
    "*株洲日报融媒体记者 凌 霄*", "",
    "记者从市城管局获悉，6月7日至9日，城区所有在建工地夜间停止施工作业。", "",
    "---", "",
    "> **温馨提示**", ">",
    "> 高考期间，考点周边道路实行交通管制，请过往车辆绕行，勿鸣喇叭。", ">",
    "> 株洲市公安局交通警察支队", "",
]
MD = "\n".join(MD_ROWS)


def test_quoted_notice_after_a_rule_is_a_piece_of_its_own():
    issue = _read(MD, "x.md")
    assert titles(issue) == ["高考期间城区工地“静音”", "温馨提示"]
    assert issue.articles[1].type == "notice"
    assert_nothing_lost(issue)


def test_a_quotes_empty_line_is_no_text():
    """'>' alone separates a quote's paragraphs; it never shows as a paragraph '>'."""
    issue = _read(MD, "x.md")
    assert all(b.text.strip() != ">" for a in issue.articles for b in a.blocks)


def test_a_bold_line_inside_a_story_stays_its_sub_heading():
    """No rule before it: '> **链接**' boxes the story's own background, as a bold line there does."""
    text = MD.replace("---\n\n> **温馨提示**", "> **链接**").replace("> 株洲市公安局交通警察支队", "> 去年全市共有2.8万名考生。")
    assert titles(_read(text, "x.md")) == ["高考期间城区工地“静音”"]


# --- 6. A report that opens on the season so far ('入夏以来，') ----------------------------------------------

def test_season_so_far_opens_a_report_not_a_scene():
    """'入夏以来，…' states a period as '今年以来，' does: a signed report under a deck stays news."""
    rows = [
        "B03 健康",
        "夏季饮食安全提醒",
        "生冷食物要适量 剩饭剩菜需冷藏",
        "株洲日报全媒体记者 欧阳婷 通讯员 邹 琳",
        "入夏以来，市疾控中心接诊的急性胃肠炎患者明显增多。市疾控中心提醒，市民要注意饮食卫生。",
        "专家建议，生冷食物要适量，剩饭剩菜应及时放入冰箱冷藏，再次食用前要彻底加热。",
        "“冰箱不是保险箱。”市疾控中心营养科医生刘洁说，冷藏食物最好在24小时内吃完。",
    ]
    page = "\n".join(rows)
    article = _read(page, "株洲日报_20260616_B03 (1).txt").articles[0]
    assert (article.title, article.type) == ("夏季饮食安全提醒", "news")


# --- 7. A site's rights line with the owner first ---------------------------------------------------------

def test_owner_first_rights_line_is_site_chrome():
    from zzreader.core.renditions import site_notices

    assert site_notices.is_chrome("株洲新闻网版权所有")
    assert site_notices.is_chrome("株洲日报社版权所有 未经授权不得转载")
    assert not site_notices.is_chrome("保护知识产权，尊重版权所有人的权益")


# --- 8. pdftotext's spaces around a date's figures ('6 月 26 日') ------------------------------------------

def test_spaced_out_dates_read_whole():
    from zzreader.core.renditions import spaced_dates

    assert spaced_dates.fold("6 月 26 日晚，2026 年 6 月 27 日") == ("6月26日晚，2026年6月27日", 2)
    assert spaced_dates.fold("时隔 12 年再次夺冠，第 3 月") == ("时隔 12 年再次夺冠，第 3 月", 0)


def test_a_spaced_dateline_opens_a_report():
    """Kicker, title, deck and a lead '6 月 26 日晚，…' (ZZRB20260627_B02.pdf.txt): the dateline is read, so the report stays news."""
    issue = parse_file(DATA / "ZZRB20260627_B02.pdf.txt")
    assert issue.date == "2026-06-27"
    article = issue.articles[0]
    assert (article.title, article.type, article.reporters) == ("株洲队夺得省运会男子篮球冠军", "news", ["凌霄"])
    assert article.paragraphs[0].startswith("6月26日晚，")


def test_paper_name_under_the_running_head_joins_no_kicker():
    """'株洲日报' set right under the running head is the masthead's, not the start of the kicker below it."""
    article = parse_file(DATA / "ZZRB20260627_B02.pdf.txt").articles[0]
    assert article.kicker == "全民健身 活力株洲"


# --- 9. An e-paper app's '稿件来源：' after the 作者 field ------------------------------------------------

def test_author_field_stops_before_its_source_field():
    rows = [
        "株洲日报电子版",
        "首页 > 2026年07月02日 > A04版：城事",
        "夏季用电高峰来临 电力部门提前备战",
        "作者：株洲日报融媒体记者 贺新宇 通讯员 龙 芳　稿件来源：株洲日报　阅读：8562",
        "【字体：大 中 小】【打印】【关闭】",
        f"{S}{S}记者从国网株洲供电公司获悉，预计今年迎峰度夏期间，全市最大用电负荷将达到420万千瓦。",
    ]
    article = _read("\n".join(rows)).articles[0]
    assert (article.reporters, article.correspondents) == (["贺新宇"], ["龙芳"])


# --- 10. A WeChat digest post saved as Markdown: '**1**' over each item's bold title ----------------------

DIGEST_ROWS = [
    "# 株洲日报 | 今天，这些好消息值得关注！", "",
    "原创 株洲日报 株洲日报 *2026年07月05日 07:30* *湖南*", "",
    "**1**", "", "**醴陵：首届陶瓷艺术双年展开幕**", "",
    "7月4日，首届醴陵陶瓷艺术双年展在醴陵陶瓷会展馆开幕，400余件陶瓷作品参展。", "",
    "（株洲日报融媒体记者 黎 佳）", "",
    "**2**", "", "**茶陵：高速公路东延线通车**", "",
    "7月4日，茶陵至炎陵高速公路东延线正式通车。", "",
    "（株洲日报融媒体记者 谭 雪 通讯员 陈 亮）", "",
]


def test_digest_items_under_bold_numbers_are_pieces():
    issue = _read("\n".join(DIGEST_ROWS), "x.md")
    assert titles(issue) == ["醴陵：首届陶瓷艺术双年展开幕", "茶陵：高速公路东延线通车"]
    assert [a.reporters for a in issue.articles] == [["黎佳"], ["谭雪"]]
    assert_nothing_lost(issue)


def test_numbered_chapters_of_a_signed_story_stay_its_sub_heads():
    """A byline under the '#' title: '**01**' / '**九年守护**' number its chapters, no digest."""
    rows = [
        "# 守护湘江的“候鸟卫士”", "", "*株洲日报融媒体记者 谭思琪*", "",
        "清晨5点半，62岁的周德胜已经沿着湘江岸边走了两公里。", "",
        "**01**", "", "**九年守护**", "",
        "这是他守护湘江株洲段候鸟的第9个年头。“鸟儿回来了，说明江水变好了。”周德胜说。", "",
    ]
    assert titles(_read("\n".join(rows), "x.md")) == ["守护湘江的“候鸟卫士”"]


# --- 11. Bylines: a second outlet's reporter, a station's resident reporter, a video's maker ----------------

def test_byline_names_stop_where_another_outlets_role_begins():
    """'刘某 株洲日报记者 凌霄': '株洲日报记' is no name; two outlets' reporters sign a joint report."""
    from zzreader.core.bylines import parse_credit

    assert parse_credit("记者 刘某 株洲日报记者 凌霄").reporters == ["刘某", "凌霄"]
    assert parse_credit("湖南日报全媒体记者 刘某 株洲日报全媒体记者 凌霄").reporters == ["刘某", "凌霄"]


def test_resident_reporter_and_video_credit():
    from zzreader.core.bylines import parse_credit

    assert parse_credit("株洲日报驻醴陵记者 孙晓燕").reporters == ["孙晓燕"]
    credit = parse_credit("株洲日报全媒体记者 谭某某 通讯员 彭某 视频 刘某")
    assert (credit.reporters, credit.correspondents, credit.photographers) == (["谭某某"], ["彭某"], [])
    assert parse_credit("视频 刘某") is None


def test_video_credit_with_a_padded_name():
    from zzreader.core.bylines import parse_credit

    credit = parse_credit("株洲日报驻醴陵记者 孙晓燕 通讯员 黄家豪 视频 易 帆")
    assert (credit.reporters, credit.correspondents) == (["孙晓燕"], ["黄家豪"])


# --- 12. A name with the month and day, and the year apart ('株洲日报 7月8日 2026.txt') ----------------------

def test_year_apart_in_the_name_completes_its_month_and_day():
    page = "全市夏粮收购工作启动\n株洲日报全媒体记者 凌霄\n记者从市粮食和物资储备局获悉，全市夏粮收购工作全面启动。\n"
    assert _read(page, "株洲日报 7月8日 2026.txt").date == "2026-07-08"
    assert _read(page, "2026 株洲日报 7月8日.txt").date == "2026-07-08"


# --- 13. An HTML headline with its deck after a '<br>' -----------------------------------------------------

def test_deck_after_a_break_in_an_html_heading_is_the_subtitle():
    """'<h2>标题<br><small>——副题</small></h2>': the deck on a line of its own, not glued to the title."""
    page = ("<html><body><p>株洲日报 2026年7月9日 A06</p><h2>荷塘区新建社区食堂5个<br><small>——“家门口”吃饭更方便</small></h2>"
            "<p>株洲日报全媒体记者 邓思远</p><p>7月8日，荷塘区5个社区食堂同时开业。</p></body></html>")
    article = _read(page, "x.html").articles[0]
    assert (article.title, article.subtitle, article.kicker) == ("荷塘区新建社区食堂5个", "——“家门口”吃饭更方便", "")


def test_a_break_inside_an_html_heading_still_joins_its_halves():
    page = ("<html><body><p>株洲日报 2026年7月9日 A06</p><h2>荷塘区新建<br>社区食堂5个</h2>"
            "<p>株洲日报全媒体记者 邓思远</p><p>7月8日，荷塘区5个社区食堂同时开业。</p></body></html>")
    assert titles(_read(page, "x.html")) == ["荷塘区新建社区食堂5个"]
