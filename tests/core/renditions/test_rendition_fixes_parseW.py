"""Focused checks for the repairs of parser round W: exports from other editors, encodings, names and notices.

Each test feeds a few lines of original text and asserts what a reader sees:
titles, bylines, types, dates, and that no line is lost.
"""

from __future__ import annotations

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.parse import parse_text
from zzreader.core.renditions import cms_chrome, front_dates


def _text(*lines: str) -> str:
    return "\n".join(lines)


# --- a. a blog's own furniture around the post: comments, widgets, the meta line ---

def test_a_wordpress_page_keeps_only_the_post():
    issue = parse_text(_text(
        "<html><body>",
        '<header id="masthead" class="site-header"><p class="site-description">又一个站点</p></header>',
        '<div class="entry-meta"><span class="posted-on">发布于 2026年6月2日</span></div>',
        '<div class="entry-content">',
        "<p>株洲日报　2026年5月14日　星期四　A04　城事</p>",
        "<h2>新建口袋公园12个</h2>",
        "<p>本报讯（记者 李文）5月13日，记者从市城管局获悉，今年新建的12个口袋公园全部开放。</p>",
        "<h2>夜跑道月底亮灯</h2>",
        "<p>本报讯（记者 王可）5月12日，湘江风光带夜跑道基本完工。</p>",
        "</div>",
        '<div id="comments" class="comments-area">',
        '<h2 class="comments-title">上有1条评论</h2>',
        '<ol class="comment-list"><li><div class="comment-content"><p>谢谢分享。</p></div></li></ol>',
        "</div>",
        '<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">近期文章</h2>'
        "<ul><li><a href='/a'>株洲日报5月13日</a></li></ul></section></aside>",
        "</body></html>",
    ), "x.html")
    assert titles(issue) == ["新建口袋公园12个", "夜跑道月底亮灯"]
    assert_nothing_lost(issue)


def test_chrome_keeps_the_line_count_and_text_beside_it():
    lines = ['<p>正文一句。</p><div class="widget"><div>近期</div>', "<p>归档</p></div><p>正文二句。</p>"]
    assert cms_chrome.blank(lines) == ["<p>正文一句。</p>", "<p>正文二句。</p>"]
    assert cms_chrome.blank(['<p class="title">标题</p>']) == ['<p class="title">标题</p>']


# --- b. a setext heading whose paragraph has two lines: both are the headline ---

def test_a_setext_heading_over_two_lines_is_one_headline():
    issue = parse_text(_text(
        "醴陵釉下五彩瓷",
        "申报工作启动",
        "=========",
        "",
        "本报讯（记者 黎佳）4月19日，醴陵市召开申报工作会。",
        "",
        "读书会开到第100期",
        "------------",
        "",
        "本报讯（记者 何畅）4月18日晚，书香社区读书会迎来第100期活动。",
    ), "x.md")
    assert [a.title + a.subtitle for a in issue.articles] == ["醴陵釉下五彩瓷申报工作启动", "读书会开到第100期"]
    assert_nothing_lost(issue)


# --- c. front matter dates in a note app's locale ---

def test_front_matter_dates_in_other_shapes():
    assert front_dates.value_date("20/04/2026", []) == "2026-04-20"
    assert front_dates.value_date("04/20/2026", []) == "2026-04-20"
    assert front_dates.value_date("Apr 20, 2026", []) == "2026-04-20"
    assert front_dates.value_date("20 April 2026", []) == "2026-04-20"
    assert front_dates.value_date("03/04/2026", ["created: 2026-03-05T01:00:00Z"]) == "2026-03-04"
    assert front_dates.value_date("03/04/2026", ["created: 2026-04-04T01:00:00Z"]) == "2026-04-03"


def test_a_joplin_note_is_dated_by_its_front_matter():
    issue = parse_text(_text(
        "---", "title: 剪报", "日期: 20.04.2026", "---", "",
        "## 读书会开到第100期", "", "本报讯（记者 何畅）昨晚，书香社区读书会迎来第100期活动。",
    ), "note.md")
    assert issue.date == "2026-04-20"


# --- d. names by date: the date and a page in one run of figures; a month's folder and the day in the name ---

def test_a_name_of_date_and_page_in_ten_figures():
    from zzreader.core.dates import date_from_filename

    assert str(date_from_filename("ZZRB1987030504.txt")) == "1987-03-05"
    assert date_from_filename("1987030599.txt") is None  # no page 99
    assert date_from_filename("a3f2019870305049be0c1d2e3f4a5b6c7d8.txt") is None  # inside a hash


def test_a_month_folder_with_the_day_in_the_name():
    from zzreader.core.dated_folders import dated_name

    assert dated_name(["/", "x", "1988-05"], "07_3.txt") == "1988-05-07_3.txt"
    assert dated_name(["/", "x", "1987", "03"], "05.txt") == "1987-03-05.txt"
    assert dated_name(["/", "x", "1987", "03"], "05") == "1987-03-05"  # a file with no extension
    assert dated_name(["/", "x", "1987年", "3月", "5日"], "第4版.txt") == "1987-3-5_第4版.txt"
    assert dated_name(["/", "x", "2025", "12"], "A02.txt") == "A02.txt"  # no day in the name: no date


# --- e. an old page's head names the paper and the page only; a short piece signed with a bare pen name ---

def test_a_paper_and_page_head_and_a_pen_name_signature():
    issue = parse_text(_text(
        "株洲日报　　　　　　　　　　第4版",
        "",
        "冶炼厂技术革新结硕果",
        "本报通讯员  钟建华",
        "株洲冶炼厂去年开展群众性技术革新活动，全厂职工共提出合理化建议一千二百多条。",
        "",
        "春季植树要讲实效",
        "又到了植树的季节。栽下去的树苗不少，但成活的却不多。",
        "植树贵在管护。栽一棵，活一棵，才是真正的绿化。",
        "（晓  明）",
    ), "ZZRB1987030504.txt")
    assert titles(issue) == ["冶炼厂技术革新结硕果", "春季植树要讲实效"]
    assert issue.articles[1].reporters == ["晓明"] and issue.articles[1].type == "commentary"
    assert issue.date == "1987-03-05"
    assert_nothing_lost(issue)


def test_bracketed_words_that_are_no_pen_name():
    from zzreader.core.pen_names import name_of

    assert name_of("（晓  明）") == "晓明" and name_of("(江一舟)") == "江一舟"
    assert all(name_of(t) is None for t in ["（记者 柴某）", "（完）", "（待续）", "（组图）", "（摘编）", "（据新华社）", "（本报）", "（节选）", "（有删节）"])


def test_a_feature_its_own_writer_signs_again_keeps_its_sub_heading():
    issue = parse_text(_text(
        "老街新生",
        "株洲日报全媒体记者 何　平",
        "走进芦淞区的老街，青石板路旁的店铺重新开张，街坊们说，这条街又热闹起来了。",
        "",
        "修旧如旧",
        "施工队用的青砖，大多是从拆下的老墙里挑出来的。",
        "（何平）",
    ), "x.txt")
    assert titles(issue) == ["老街新生"]


def test_a_recruiting_notice_is_a_job_ad():
    issue = parse_text(_text(
        "招工启事",
        "某某服装厂因生产需要，招收缝纫女工二十名。报名地址：芦淞区某某路十二号。",
    ), "x.txt")
    assert issue.articles[0].type == "ad"


# --- f. a court's list of cases under one title; one-line ads between stories with no headline ---

def test_a_courts_second_case_number_is_no_headline():
    issue = parse_text(_text(
        "湖南省株洲市天元区人民法院公告",
        "（2026）湘0211民初1234号",
        "刘某某：本院受理原告某某公司诉你借款合同纠纷一案，现依法向你公告送达民事判决书。",
        "（2026）湘0211民初1288号",
        "王某某：本院受理原告李某某诉你民间借贷纠纷一案，现依法向你公告送达起诉状副本。",
        "湖南省株洲市天元区人民法院",
    ), "x.txt")
    assert titles(issue) == ["湖南省株洲市天元区人民法院公告"]
    assert_nothing_lost(issue)


def test_one_line_ads_after_a_report_are_ads_of_their_own():
    issue = parse_text(_text(
        "冬季取暖谨防一氧化碳中毒",
        "本报讯（记者 曹文静）入冬以来，我市已发生3起一氧化碳中毒事件，市疾控中心提醒市民注意通风。",
        "某某家政　保姆　月嫂　钟点工　电话：0731－28221234",
        "某某开锁　公安备案　24小时上门　电话：13907331111",
        "湘江边上看候鸟",
        "本报讯（通讯员 黎明亮）近日，一批白鹭飞抵渌口区湘江湿地越冬。",
    ), "x.txt")
    assert [(a.title, a.type) for a in issue.articles] == [
        ("冬季取暖谨防一氧化碳中毒", "news"), ("", "ad"), ("", "ad"), ("湘江边上看候鸟", "news")]
    assert_nothing_lost(issue)


def test_a_report_may_close_on_its_contact_line():
    from zzreader.core.stray_ads import is_stray_ad

    assert not is_stray_ad("咨询电话：0731－22661234")
    assert not is_stray_ad("市民可拨打热线咨询，电话：12345")
    assert not is_stray_ad("报名地点：市体育馆　报名电话：0731－22661234")
    assert is_stray_ad("【广告】某某口腔种植牙特惠")


# --- g. a Discuz! thread, an Evernote export, LibreOffice's HTML, a Logseq outline ---

def test_a_discuz_threads_breadcrumb_and_footer_are_furniture():
    lines = cms_chrome.blank([
        '<div id="pt" class="bm cl"><a href="./">株洲论坛</a> › <a href="t.html">株洲日报2026年3月1日A02版</a></div>',
        '<td class="t_f" id="postmessage_1">正文</td>',
        '<div id="ft" class="wp cl"><a href="archiver/">Archiver</a></div>',
    ])
    assert lines == ["", '<td class="t_f" id="postmessage_1">正文</td>', ""]


def test_an_evernote_export_is_read_as_its_notes_xhtml():
    issue = parse_text(_text(
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<en-export export-date="20260612T081500Z" application="Evernote">',
        "  <note>",
        "    <title>剪报 A05</title>",
        "    <note-attributes><source-url>https://epaper.zznews.gov.cn/zzrb/html/2026-06/10/node_5.htm</source-url></note-attributes>",
        '    <content><![CDATA[<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE en-note SYSTEM "x"><en-note>'
        "<div><b>炎陵黄桃今年预计增产两成</b></div><div>本报讯（记者 谭笑）6月8日，记者从炎陵县农业农村局获悉，今年黄桃预计增产两成。</div>"
        '<div><en-media type="image/jpeg" hash="4f1c"/></div></en-note>]]></content>',
        "  </note>",
        "</en-export>",
    ), "x.enex")
    assert titles(issue) == ["炎陵黄桃今年预计增产两成"] and issue.articles[0].reporters == ["谭笑"]
    assert issue.date == "2026-06-10"
    assert_nothing_lost(issue)


def test_a_bold_line_over_its_own_byline_is_a_headline_and_a_wrapped_lead_is_joined():
    issue = parse_text(_text(
        "<h1>上半年我市外贸进出口增长12.6%</h1>",
        "<p>本报讯（记者",
        "周明轩）7月18日，记者从株洲海关获悉，今年上半年我市外贸进出口总值同比增长12.6%。</p>",
        "<p><font size=\"5\"><b>醴陵电瓷企业抱团闯市场</b></font></p>",
        "<p>株洲日报全媒体记者　彭晓兰</p>",
        "<p>7月中旬，醴陵市电瓷电器行业协会组织15家会员企业组团参展，现场签约金额超过3亿元。</p>",
    ), "x.html")
    assert titles(issue) == ["上半年我市外贸进出口增长12.6%", "醴陵电瓷企业抱团闯市场"]
    assert [a.reporters for a in issue.articles] == [["周明轩"], ["彭晓兰"]]


def test_a_logseq_page_is_read_one_paragraph_a_bullet():
    issue = parse_text(_text(
        "title:: 株洲日报 A04 城事",
        "date:: [[Aug 5th, 2026]]",
        "",
        "- ## 天元区新建5个口袋公园",
        "\t- 本报讯（记者 孙悦）8月4日，天元区新建的5个口袋公园全部向市民开放。",
        "\t  collapsed:: true",
        "\t\t- 其中，泰山路社区公园还设置了一处小型篮球场。",
        "- ## 暑期托管班开进社区",
        "\t- 株洲日报全媒体记者 莫雨晴",
        "\t- 8月3日，芦淞区董家塅街道的暑期托管班迎来第三批孩子。",
    ), "page.md")
    assert titles(issue) == ["天元区新建5个口袋公园", "暑期托管班开进社区"]
    assert [a.reporters for a in issue.articles] == [["孙悦"], ["莫雨晴"]]
    assert issue.date == "2026-08-05"
    assert_nothing_lost(issue)


# --- h. GBK with an old Mac's lone CR line ends and one line in UTF-8 ---

def test_gbk_with_cr_line_ends_and_a_utf8_masthead_is_read_line_by_line():
    from zzreader.core.parse import parse_bytes

    head = "株洲日报　2026年5月6日　星期三　A04　城事".encode()
    title = "五一假期我市接待游客186万人次".encode("gbk")
    lead = "本报讯（记者 曾可馨）5月5日，“五一”假期全市共接待游客186万人次，同比增长9.8%。".encode("gbk")
    data = head + b"\r" + title + b"\r" + lead + b"\r"
    issue = parse_bytes(data, "x.txt")
    assert issue.date == "2026-05-06"
    assert titles(issue) == ["五一假期我市接待游客186万人次"] and issue.articles[0].reporters == ["曾可馨"]


# --- i. an old page's label in Chinese numerals; a department signs a notice ---

def test_a_page_label_in_chinese_numerals_and_a_department_signer():
    issue = parse_text(_text(
        "第四版　　　　　　　　　　综合",
        "启　事",
        "本报自即日起开设“读者之声”专栏，欢迎广大读者来信。",
        "株洲日报群工部",
        "更　正",
        "本报三月三日第二版一文中，“亩产四千斤”应为“亩产四千五百斤”，特此更正。",
    ), "19870305_4.txt")
    assert [a.title.replace("\u3000", "") for a in issue.articles] == ["启事", "更正"]
    assert issue.articles[0].section == "综合"
    assert_nothing_lost(issue)


# --- j. a blog post's own title over the page's masthead; an editor's [TOC] mark ---

def test_a_posts_title_naming_the_page_is_no_article():
    issue = parse_text(_text(
        '<h1 class="wp-block-post-title">【剪报】株洲日报 A02 要闻</h1>',
        "<p>株洲日报　2026年10月12日　星期一　A02　要闻</p>",
        "<h3>全市秋粮收获进度过八成</h3>",
        "<p>本报讯（记者 文思远）10月11日，全市秋粮已收获186万亩，占播种面积的82%。</p>",
    ), "x.html")
    assert titles(issue) == ["全市秋粮收获进度过八成"]
    assert_nothing_lost(issue)


def test_a_headline_naming_the_paper_over_its_story_stays():
    from zzreader.core.page_titles import names_a_page

    assert names_a_page("株洲日报2026年5月14日A04版") and names_a_page("【剪报】株洲日报 A02 要闻")
    assert not names_a_page("株洲日报社获评全国报业融合发展先进单位")


def test_a_toc_mark_is_furniture():
    issue = parse_text(_text(
        "# 株洲日报 2026年11月5日 星期四 A05 教育", "", "[TOC]", "",
        "## 乡村学校少年宫开课了", "", "本报讯（记者 蒋玲）11月3日，攸县黄丰桥镇中心小学的乡村学校少年宫开课。",
    ), "x.md")
    assert titles(issue) == ["乡村学校少年宫开课了"] and len(issue.articles) == 1


# --- k. a page's head without its year, named a day off; notices set as field lines ---

def test_a_yearless_head_takes_the_names_year_and_its_own_day():
    issue = parse_text(_text(
        "3月6日　星期五　　　　　　　　　第4版",
        "百货大楼开展“三八”节优惠供应",
        "本报讯　市百货大楼从三月五日起至八日，对妇女用品实行优惠供应，一百多个品种降价百分之五至十。",
    ), "ZZRB_1987-03-05_4.txt")
    assert issue.date == "1987-03-06"
    assert [(a.title, a.type) for a in issue.articles] == [("百货大楼开展“三八”节优惠供应", "news")]
    assert_nothing_lost(issue)


def test_a_lead_naming_its_weekday_does_not_date_the_page():
    issue = parse_text(_text(
        "百货大楼开展优惠供应",
        "3月4日星期三上午，市百货大楼开始对妇女用品实行优惠供应。",
    ), "ZZRB_1987-03-05_4.txt")
    assert issue.date == "1987-03-05"


def test_field_lines_under_a_notice_title_are_its_text():
    issue = parse_text(_text(
        "寻人启事",
        "姓名：李某某",
        "性别：男",
        "年龄：79岁",
        "李某某于5月17日上午在荷塘区某某公园附近走失，至今未归。如有知情者请与家属联系。",
        "拍卖公告",
        "拍卖标的：芦淞区某某路某某小区住宅一套",
        "拍卖时间：2027年6月8日上午10时",
        "竞买登记：有意竞买者请于6月7日17时前到本公司办理竞买登记手续。",
    ), "x.txt")
    assert titles(issue) == ["寻人启事", "拍卖公告"]


# --- l. OneNote's page title and stamp; Markdown escaped twice, bold-italic titles, a padded compound surname ---

def test_a_onenote_pages_title_and_stamp_over_the_masthead_are_furniture():
    issue = parse_text(_text(
        "<html><head><meta name=ProgId content=OneNote.File></head><body>",
        "<div><p style='font-size:20.0pt'>剪报 6月2日</p></div>",
        "<div><p style='font-size:10.0pt'>2027年6月3日</p>",
        "<p style='font-size:10.0pt'>8:42</p></div>",
        "<div><p>株洲日报　2027年6月2日　星期三　B02　社区</p>",
        "<p style='font-size:16.0pt'>荷塘区老旧小区加装充电桩200个</p>",
        "<p>本报讯（记者 成晓东）6月1日，荷塘区在12个老旧小区新装电动自行车充电桩200个。</p></div>",
        "</body></html>",
    ), "x.html")
    assert titles(issue) == ["荷塘区老旧小区加装充电桩200个"] and issue.date == "2027-06-02"
    assert_nothing_lost(issue)


def test_markdown_escaped_twice_with_bold_italic_titles():
    issue = parse_text(_text(
        "*株洲日报 2027.06.04 A05 文体*", "",
        "***市民运动会开幕***", "",
        "本报讯（记者 欧阳&amp;nbsp;帆）6月3日，我市第五届市民运动会开幕，设置&amp;ldquo;健步走&amp;rdquo;等32个项目。",
        "",
        "***游泳冠军载誉归来***", "",
        "本报讯（通讯员 贺&amp;nbsp;琳）6月2日，株洲籍运动员谭某某获得女子200米蝶泳冠军。",
    ), "x.md")
    assert titles(issue) == ["市民运动会开幕", "游泳冠军载誉归来"]
    assert issue.articles[0].reporters == ["欧阳帆"] and "“健步走”" in issue.articles[0].text


def test_a_compound_surname_padded_from_its_given_name_is_one_name():
    from zzreader.core.bylines import split_names

    assert split_names("欧阳 帆") == ["欧阳帆"]
    assert split_names("欧阳晓峰 李明") == ["欧阳晓峰", "李明"]


# --- m. a reader signs with a place; a marked one-line ad and a cinema's bill between stories ---

def test_a_readers_note_signed_with_place_and_name():
    issue = parse_text(_text(
        "化肥供应充足春耕不愁",
        "本报讯  记者从市农业生产资料公司获悉，全市今年春耕所需化肥已调运到位十二万吨。",
        "",
        "读报有感",
        "最近读了本报关于青年技术工人自学成才的报道，很受启发。有志者事竟成。",
        "（株洲县  易国平）",
    ), "870305.txt")
    assert titles(issue) == ["化肥供应充足春耕不愁", "读报有感"]
    assert (issue.articles[1].reporters, issue.articles[1].type) == (["易国平"], "other")


def test_a_marked_ad_and_a_cinema_bill_at_the_foot_of_a_page():
    issue = parse_text(_text(
        "第4版",
        "春季物资交流会月底举行",
        "本报讯　一年一度的春季物资交流会定于三月二十八日在市中心广场举行。",
        "【广告】株洲市某某服装厂　各式春装上市　批发零售　电话：23456",
        "电影院节目预告",
        "人民电影院：《红高粱》（彩色宽银幕）每日三场",
        "工人文化宫：《老井》每日两场",
    ), "第4版_1987年3月9日.txt")
    assert [(a.title, a.type) for a in issue.articles] == [
        ("春季物资交流会月底举行", "news"), ("", "ad"), ("电影院节目预告", "table")]
    assert_nothing_lost(issue)


# --- n. a Tieba floor's card and tail; an Obsidian note's source line and embedded picture ---

def test_a_tieba_posters_card_is_furniture():
    lines = cms_chrome.blank([
        '<div class="d_author"><ul class="p_author"><li class="d_name"><a>株洲老报迷</a></li></ul></div>',
        '<div class="d_post_content j_d_post_content">株洲日报2027年7月5日A02版<br>正文</div>',
        '<div class="core_reply j_lzl_wrapper"><span class="tail-info">1楼</span></div>',
    ])
    assert lines[0] == "" and lines[2] == "" and "正文" in lines[1]


def test_an_obsidian_note_dated_by_its_source_and_its_embedded_picture_dropped():
    issue = parse_text(_text(
        "---", "created: 2027-07-02 21:13", "source: 株洲日报 2027年7月1日 A03", "---", "",
        "## 建党节前夕老党员讲党课", "",
        "本报讯（记者 贺文）6月30日，芦淞区建宁街道邀请三位老党员走进社区讲党课。", "",
        "![[a03-1.jpg]]",
    ), "note.md")
    assert issue.date == "2027-07-01"
    assert issue.articles[0].paragraphs == ["6月30日，芦淞区建宁街道邀请三位老党员走进社区讲党课。"]
    assert_nothing_lost(issue)


# --- o. a one-line ad after a notice that signed off, or after an ad that gave its phone ---

def test_a_one_line_ad_after_a_signed_notice_is_its_own():
    issue = parse_text(_text(
        "减资公告",
        "株洲某某环保科技有限公司经股东会决议，注册资本由1500万元减至500万元，请债权人申报债权。",
        "特此公告。",
        "株洲某某环保科技有限公司",
        "2027年11月18日",
        "某某搬家　长短途搬运　钢琴搬运　电话：13507331234",
        "某某开锁　公安备案　24小时上门　电话：13907331111",
    ), "x.txt")
    assert [(a.title, a.type) for a in issue.articles] == [("减资公告", "notice"), ("", "ad"), ("", "ad")]
    assert_nothing_lost(issue)


# --- p. names with the year last or the month in English ---

def test_names_with_the_year_last_or_an_english_month():
    from zzreader.core.dates import date_from_filename

    assert str(date_from_filename("25.3.1987.txt")) == "1987-03-25"
    assert str(date_from_filename("3-25-1987.txt")) == "1987-03-25"
    assert str(date_from_filename("zzrb_25031987.txt")) == "1987-03-25"
    assert str(date_from_filename("株洲日报-1987-March-05.txt")) == "1987-03-05"
    assert str(date_from_filename("ZZRB_5 Mar 1987.txt")) == "1987-03-05"
    assert date_from_filename("05-03-1987.txt") is None  # the fifth of March or the third of May: no way to tell


# --- q. a forum post saved as BBCode ---

def test_a_bbcode_post_is_read_as_the_html_it_stands_for():
    issue = parse_text(_text(
        "[align=center][size=4]株洲日报 2028年3月3日 星期五 A03 城事[/size][/align]",
        "[size=5][b]我市启动口袋公园二期建设[/b][/size]",
        "本报讯（记者 柯小南）3月2日，我市口袋公园二期建设启动，今年将新建口袋公园40个。",
        "[img]https://bbs.example.com/a03-1.jpg[/img]",
        "[size=5][b]荷塘区开展春季义诊[/b][/size]",
        "本报讯（通讯员 黄倩）3月1日，荷塘区卫健局组织20名医生走进月塘街道开展义诊。",
    ), "post.txt")
    assert issue.rendition == "markup" and issue.date == "2028-03-03"
    assert titles(issue) == ["我市启动口袋公园二期建设", "荷塘区开展春季义诊"]
    assert [(a.reporters, a.correspondents) for a in issue.articles] == [(["柯小南"], []), ([], ["黄倩"])]
    assert_nothing_lost(issue)


def test_a_bracketed_note_or_two_makes_no_bbcode():
    from zzreader.core.renditions import bbcode

    assert not bbcode.looks_like(["[1] 见本报3月2日报道。", "本报讯 [图] 3月1日……"])


# --- r. a '---' separator right under a story's last sentence ---

def test_a_separator_under_a_last_sentence_makes_no_heading():
    issue = parse_text(_text(
        "## 清明假期全市公交客流增两成", "",
        "本报讯（记者 廖一凡）4月6日，清明假期三天，全市公交共运送乘客86万人次，同比增长21%。",
        "---",
        "## 石峰区新建3个便民理发点", "",
        "本报讯（通讯员 龙婷）近日，石峰区在3个社区新建便民理发点。",
        "服务时间为每周二、四、六上午。",
        "---",
        "## 渌口区开展防溺水宣传", "",
        "本报讯（记者 姚晨）4月5日，渌口区教育局走进15所中小学开展防溺水宣传。",
    ), "x.md")
    assert titles(issue) == ["清明假期全市公交客流增两成", "石峰区新建3个便民理发点", "渌口区开展防溺水宣传"]
    assert [a.reporters + a.correspondents for a in issue.articles] == [["廖一凡"], ["龙婷"], ["姚晨"]]
    assert_nothing_lost(issue)
