"""Focused checks for the repairs of parser round Y: the e-paper system's pages of other years, text in <pre>, notices.

Each test feeds a few lines of original text and asserts what a reader sees:
titles, bylines, types, dates, and that no line is lost.
"""

from __future__ import annotations

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.parse import parse_text
from zzreader.core.renditions import page_heads, preformatted


def _text(*lines: str) -> str:
    return "\n".join(lines)


# --- a. an article page's path names the paper and the page only; the day stands alone under it ---

def test_a_two_step_path_ending_in_the_page_is_a_breadcrumb():
    assert page_heads.breadcrumb("株洲日报 > 第A03版：民生") == ("民生", None)
    assert page_heads.breadcrumb("家门口 > 外卖") is None  # no site, no page: a sentence's ranking
    assert page_heads.breadcrumb("株洲日报 > 城市新闻") is None  # two steps and no page: not enough


def test_an_article_page_is_dated_by_the_day_under_its_path():
    issue = parse_text(_text(
        "<html><body>",
        '<div class="header"><a href="node_1.htm">株洲日报</a> &gt; <a href="node_3.htm">第A03版：民生</a></div>',
        '<div class="date">2014年11月05日</div>',
        "<h1>社区图书馆延长开放</h1>",
        "<p>本报讯（记者 汤晓雯）记者昨日获悉，石峰区6家社区图书馆从本月起延长开放时间。</p>",
        "</body></html>",
    ), "content_56.htm")
    assert issue.date == "2014-11-05"
    assert titles(issue) == ["社区图书馆延长开放"]
    assert_nothing_lost(issue)


def test_a_bare_date_in_a_story_dates_nothing():
    issue = parse_text(_text(
        "<html><body>",
        "<h1>社区图书馆延长开放</h1>",
        "<p>本报讯（记者 汤晓雯）记者昨日获悉，石峰区6家社区图书馆从本月起延长开放时间，周一至周五开放至晚十点。</p>",
        "<p>2014年12月01日</p>",
        "</body></html>",
    ), "content_56.htm")
    assert issue.date is None


# --- b. a text page inside <pre> or <textarea>: each line break is the author's ---

def test_lines_inside_pre_are_found():
    texts = ["<body>", "<pre>株洲日报", "标题", "本报记者 某某", "</pre>", "<p>后记</p>"]
    assert preformatted.line_numbers(texts, list(range(1, 7))) == {2, 3, 4, 5}
    assert preformatted.line_numbers(["<textarea>", "一行", "</textarea>"], [1, 2, 3]) == {2, 3}


def test_a_headline_over_its_byline_in_pre_stays_apart():
    issue = parse_text(_text(
        "<html><body>",
        "<pre>株洲日报　2011年6月22日　星期三　A02　要闻",
        "",
        "我市夏粮收购全面启动",
        "本报记者　欧阳晨　通讯员　肖美玲",
        "　　6月21日，攸县、茶陵等地的国有粮库陆续开秤收购早籼稻，全市夏粮收购工作全面启动。",
        "</pre></body></html>",
    ), "x.html")
    assert titles(issue) == ["我市夏粮收购全面启动"]
    assert issue.articles[0].reporters == ["欧阳晨"] and issue.articles[0].correspondents == ["肖美玲"]
    assert issue.date == "2011-06-22"
    assert_nothing_lost(issue)


# --- c. a name with a rare character its charset wrote '?'; a file name in GBK bytes ---

def test_a_name_with_a_character_written_as_a_question_mark():
    from zzreader.core.bylines import parse_credit

    assert parse_credit("本报通讯员 谭?明").correspondents == ["谭?明"]
    assert parse_credit("本报记者 曾 ?").reporters == ["曾?"]
    assert parse_credit("记者 王小？").reporters == ["王小？".replace("？", "?")]
    assert parse_credit("记者去哪儿了?") is None  # a question, no name
    assert parse_credit("记者 ?") is None  # no surname: no name


def test_a_gb2312_page_keeps_its_bylines_with_question_marks():
    text = _text(
        "株洲日报 2003年7月15日 星期二 第3版", "",
        "老街坊的“百家宴”", "本报记者 曾 ?",
        "    7月13日中午，芦淞区建宁街道的一条老巷子里摆开了二十多张桌子，街坊们办起了“百家宴”。",
    )
    from zzreader.core.parse import parse_bytes

    issue = parse_bytes(text.replace("\n", "\r\n").encode("gb2312"), "page.txt")
    assert titles(issue) == ["老街坊的“百家宴”"]
    assert issue.articles[0].reporters == ["曾?"]


def test_a_file_name_in_gbk_bytes_gives_its_date():
    import os

    from zzreader.core.dates import date_from_filename
    from zzreader.core.issue_import import source_name
    from zzreader.core.name_bytes import readable

    name = os.fsdecode("株洲日报2012年5月4日第3版.txt".encode("gbk"))  # as Python lists a GBK name on a UTF-8 system
    assert str(date_from_filename(name)) == "2012-05-04"
    assert str(date_from_filename(source_name(name))) == "2012-05-04"  # stored with '\xNN' escapes
    assert readable("株洲日报2012年5月4日.txt") == "株洲日报2012年5月4日.txt"
    assert readable(os.fsdecode(b"zzrb_\xff\xfe.txt")).startswith("zzrb_")


# --- d. a classified page: a bracketed kind over its ads; ads one a line after another ad's phone ---

def test_a_bracketed_kind_heads_its_ads_and_each_ad_stands_alone():
    issue = parse_text(_text(
        "株洲日报　2019年10月24日　星期四　B04　分类广告",
        "",
        "【房产】",
        "天元区滨江名苑精装三房出售，128平方米，南北通透，拎包入住。电话：13807330001",
        "荷塘区红旗广场旁临街门面出租，面积60平方米，适合餐饮。电话：0731-28800001",
        "【旺铺】",
        "老字号米粉店转让",
        "芦淞区建设中路老字号米粉店整体转让，设备齐全，接手即可营业。",
        "电话：13973300003",
        "开锁换锁　13974100004　芦淞区人民中路12号",
        "管道疏通　0731-22200005",
    ), "page.txt")
    assert titles(issue) == ["", "", "老字号米粉店转让", "", ""]
    assert [a.type for a in issue.articles] == ["ad"] * 5
    assert issue.articles[0].section == "房产"
    assert_nothing_lost(issue)


def test_what_is_and_is_not_a_whole_ad_after_a_contact_line():
    from zzreader.core.stray_ads import is_contact_ad

    assert is_contact_ad("天元区滨江名苑精装三房出售，拎包入住。电话：13807330001")
    assert is_contact_ad("管道疏通　0731-22200005")
    assert not is_contact_ad("联系人：刘先生　电话：15173300002")  # the ad's own contact field
    assert not is_contact_ad("地址：石峰区田心大道88号")
    assert not is_contact_ad("●门面转让，接手即可营业。电话：13974121234")  # an item of a list
    assert not is_contact_ad("管道疏通")


# --- e. an AsciiDoc export; a name either way round decided by the page's day and weekday ---

def test_an_asciidoc_export_reads_its_titles_and_drops_its_header():
    issue = parse_text(_text(
        "= 株洲日报 2017年11月8日 星期三 A03 民生",
        "剪报整理",
        ":revdate: 2017-11-09",
        "",
        "== 石峰区老旧小区加装电梯提速",
        "",
        "本报记者 贺新宇",
        "",
        "11月7日，石峰区清水塘街道两个老旧小区的4台电梯同时开工加装。",
        "",
        "image::a03-2.jpg[图为施工人员在吊装电梯井架。本报记者 贺新宇 摄]",
        "",
        "'''",
        "",
        "== 社区食堂开到家门口",
        "",
        "*本报讯（通讯员 杨洁）* 11月6日，荷塘区月塘街道社区食堂开业。",
    ), "clip.adoc")
    assert titles(issue) == ["石峰区老旧小区加装电梯提速", "社区食堂开到家门口"]
    assert issue.date == "2017-11-08"
    assert issue.articles[0].photographers == ["贺新宇"]
    assert issue.articles[1].correspondents == ["杨洁"]
    assert_nothing_lost(issue)


def test_markdown_with_equals_signs_is_no_asciidoc():
    from zzreader.core.renditions import asciidoc

    assert not asciidoc.looks_like(["标题", "====", "正文。", "== 不是标题 =="])  # no attribute, image or break
    assert asciidoc.looks_like(["= 文档", ":toc:", "", "== 一", "image::a.jpg[]", "== 二"])


def test_a_name_either_way_round_takes_the_reading_the_page_prints():
    issue = parse_text(_text(
        "3月5日　星期四　第4版", "",
        "市区新增三条公交线路", "本报讯　市公交公司从三月十日起新开11路、12路公共汽车，方便职工上下班。",
    ), "05-03-1987.txt")
    assert issue.date == "1987-03-05"
    issue = parse_text(_text("3月5日　星期五　第4版", "", "标题", "本报讯　正文一句。"), "05-03-1987.txt")
    assert issue.date != "1987-03-05"  # the weekday disagrees: the head decides nothing


# --- f. round W's leftovers: a thread's later floors; an Obsidian quote callout ---

def test_a_threads_later_floors_are_no_part_of_the_last_story():
    floor = '<div class="l_post j_l_post" data-field=""><div class="d_post_content j_d_post_content">TEXT</div></div>'
    issue = parse_text(_text(
        "<html><body>",
        floor.replace("TEXT", "株洲日报1998年3月14日 星期六 第2版<br>春季招聘会人头攒动<br>本报讯（通讯员 刘芳）3月12日，市人才市场举办春季招聘会。"),
        floor.replace("TEXT", "那年我也去了招聘会，人挤得走不动。"),
        floor.replace("TEXT", "顶一个，楼主多发点老报纸。"),
        "</body></html>",
    ), "thread.html")
    assert titles(issue) == ["春季招聘会人头攒动"]
    assert issue.articles[0].paragraphs == ["3月12日，市人才市场举办春季招聘会。"]
    assert_nothing_lost(issue)


def test_discuz_posts_after_the_first_are_replies():
    from zzreader.core.renditions import cms_chrome

    lines = ['<div id="post_11"><td id="postmessage_11">正文</td></div>', '<div id="post_12"><td id="postmessage_12">回复</td></div>']
    assert cms_chrome.blank(lines) == [lines[0], ""]


def test_an_obsidian_quote_callout_is_the_storys_text():
    issue = parse_text(_text(
        "## 建党节前夕老党员讲党课", "",
        "本报讯（记者 贺文）6月30日，芦淞区建宁街道邀请三位老党员走进社区讲述入党故事。", "",
        "> [!quote] 原文摘录",
        "> “入党那天，我在心里发誓，要一辈子对得起这身份。”", "",
        "> [!note] 来源",
        "> 株洲日报 A03", "",
        "#剪报 #株洲日报",
    ), "note.md")
    assert issue.articles[0].paragraphs[-1] == "“入党那天，我在心里发誓，要一辈子对得起这身份。”"
    assert all("A03" not in p for p in issue.articles[0].paragraphs)  # a note callout stays the app's
    assert_nothing_lost(issue)


# --- g. ads two to a row: a left line that fills its column; a blank line between rows of ads ---

def test_ads_two_to_a_row_split_into_four():
    issue = parse_text(_text(
        "株洲日报　2020年7月2日　星期四　B03　广告",
        "",
        "旺铺招租                                  诚聘",
        "芦淞区中心广场一楼旺铺招租，面积80平方米， 株洲某某酒店招聘厨师2名、服务员6名，",
        "适合服装、餐饮。电话：13807331234         包食宿，待遇面议。电话：0731-28221234",
        "",
        "家政服务                                  驾校招生",
        "保姆、月嫂、钟点工，持证上岗。            某某驾校暑期班火热报名，学费3600元。",
        "电话：13973301234                         地址：天元区黄河北路66号",
    ), "page.txt")
    assert sorted(titles(issue)) == sorted(["旺铺招租", "诚聘", "家政服务", "驾校招生"])
    by_title = {a.title: a.paragraphs[0] for a in issue.articles}
    assert by_title["旺铺招租"].endswith("电话：13807331234")
    assert by_title["诚聘"].startswith("株洲某某酒店招聘厨师2名")
    assert_nothing_lost(issue)


# --- h. an ad of an address and phones only; two writers signed in brackets at the end ---

def test_an_address_is_no_headline_and_opens_an_ad_after_a_finished_one():
    from zzreader.core.lines import heading_like

    assert not heading_like("株洲市芦淞区某某大道118号")
    assert not heading_like("天元区黄河北路66号3栋201室")
    assert heading_like("解放路100号的变迁")  # a headline that names an address
    issue = parse_text(_text(
        "湖南某某食品有限公司诚聘",
        "普工30名，男女不限，18至50岁，月薪4500元以上。",
        "地址：渌口区工业园兴业路8号　电话：18907330000",
        "株洲市芦淞区某某大道118号",
        "0731-22880000　13607330000",
    ), "page.txt")
    assert titles(issue) == ["湖南某某食品有限公司诚聘", ""]
    assert issue.articles[1].type == "ad"


def test_two_writers_signed_in_brackets_at_the_end():
    from zzreader.core.pen_names import names_of

    assert names_of("（刘建华　周　平）") == ["刘建华", "周平"]
    assert names_of("（刘建华、周平、李明）") == ["刘建华", "周平", "李明"]
    assert names_of("（完　待续）") == []
    issue = parse_text(_text(
        "我市早稻开镰收割",
        "\t本报讯　连日来，全市各地早稻陆续开镰收割，农机部门组织收割机三百余台支援抢收。",
        "\t　　（刘建华　周　平）",
    ), "page.txt")
    assert issue.articles[0].reporters == ["刘建华", "周平"]
    assert issue.articles[0].type == "news"


# --- i. an old page's yearless head in Chinese numerals; a department's signature ---

def test_a_yearless_head_in_chinese_numerals_is_the_pages_head():
    issue = parse_text(_text(
        "五月七日　星期六　第三版", "",
        "车辆厂职工夜校开学",
        "　　本报讯　株洲车辆厂职工夜校日前开学，首批学员一百二十人，开设机械制图、电工基础等课程。",
        "　　　　　　　　　　　　　　　　　　（厂宣传科）",
    ), "株洲日报 1988.05.06 第3版.txt")
    assert issue.date == "1988-05-07"  # the page prints the day after the name's, and the weekday agrees
    assert [a.section for a in issue.articles] == [""]
    assert issue.articles[0].reporters == []  # a works' department sent it: no writer's name
    assert_nothing_lost(issue)
