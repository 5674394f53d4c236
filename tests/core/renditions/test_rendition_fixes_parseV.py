"""Focused checks for the repairs of parser round V: PDF text, e-paper scrapes and dumps not seen before.

Each test feeds a few lines of original text and asserts what a reader sees:
titles, kickers, bylines, types, and that no line is lost.
"""

from __future__ import annotations

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.parse import parse_text


def _text(*lines: str) -> str:
    return "\n".join(lines)


_PDF_HEAD = ("株洲日报", "2026年6月9日 星期二", "A02", "要闻", "责任编辑：谭　慧", "")


# --- a. pdftotext blocks: a title over three lines, a kicker in a block of its own ---------------------------------

def test_a_title_block_of_three_lines_is_one_title():
    issue = parse_text(_text(
        *_PDF_HEAD,
        "湘江株洲段", "水质连续五年", "保持Ⅱ类", "",
        "本报讯（全媒体记者/唐立新）", "记者6月8日从市生态环境局了",
        "解到，湘江株洲段的三个国控", "断面水质稳定在Ⅱ类标准。", "",
        "据介绍，全市累计关停沿江排", "污口41个。", "",
    ), "x.txt")
    assert titles(issue) == ["湘江株洲段水质连续五年保持Ⅱ类"]
    assert issue.articles[0].subtitle == ""
    assert_nothing_lost(issue)


def test_a_kicker_block_of_campaign_words_is_the_kicker_not_the_section():
    issue = parse_text(_text(
        *_PDF_HEAD,
        "荷塘区开展", "夏季消防安全检查", "",
        "本报讯（通讯员/贺　佳）6月", "7日起，荷塘区消防救援大队开", "展夏季消防安全检查。", "",
        "守护一江碧水", "",
        "湘江株洲段", "水质连续五年", "保持Ⅱ类", "",
        "本报讯（全媒体记者/唐立新）", "记者6月8日从市生态环境局了", "解到，水质稳定在Ⅱ类标准。", "",
    ), "x.txt")
    second = issue.articles[1]
    assert (second.title, second.kicker, second.section) == ("湘江株洲段水质连续五年保持Ⅱ类", "守护一江碧水", "要闻")
    assert_nothing_lost(issue)


def test_a_dashed_kicker_block_is_not_glued_to_the_title_under_it():
    issue = parse_text(_text(
        *_PDF_HEAD,
        "——聚焦城市更新行动", "",
        "老旧小区改造", "今年启动", "六十三个", "",
        "本报讯（全媒体记者/龙　娟", "通讯员/易　明）6月8日，记", "者从市住建局获悉，今年全市", "计划改造老旧小区63个。", "",
    ), "x.txt")
    a = issue.articles[0]
    assert (a.title, a.kicker, a.reporters, a.correspondents) == ("老旧小区改造今年启动六十三个", "——聚焦城市更新行动", ["龙娟"], ["易明"])
    assert_nothing_lost(issue)


# --- b. a district named alone over a brief's headline is the headline's first words ------------------------------

def test_a_district_over_a_headline_is_part_of_it_and_a_slogan_ending_in_shi_is_not():
    issue = parse_text(_text(
        "株洲日报 2026年7月2日 星期四 第A04版 城事·简讯",
        "天元区",
        "新增公共自行车站点",
        "天元区近日新增公共自行车站点15个。",
        "市民刷卡或扫码即可借车。",
        "科技强市",
        "株洲建成轨道交通装备数字孪生平台",
        "7月1日，由中车株机牵头建设的数字孪生平台在株洲上线。",
    ), "x.txt")
    assert titles(issue) == ["天元区新增公共自行车站点", "株洲建成轨道交通装备数字孪生平台"]
    assert_nothing_lost(issue)


# --- c. a PDF viewer's copy: the page's credits line never runs on into the first headline --------------------------

def test_the_editors_line_as_wide_as_the_column_does_not_swallow_the_first_headline():
    issue = parse_text(_text(
        "株洲日报 2026年7月15日 星期三 A05 文化",
        "责任编辑：龚　雯　美术编辑：刘　洋",
        "炎帝陵祭祖大典筹备工作启动",
        "本报讯（全媒体记者/邹　凯 通讯员/",
        "何　芳）7月14日，记者从炎陵县获",
        "悉，今年炎帝陵祭祖大典的筹备工作已",
        "全面启动，大典将于9月中旬举行，预",
        "计邀请海内外嘉宾1200余人参加。",
        "据介绍，今年大典将首次采用网上直播",
        "与线下祭拜相结合的方式，市民可通过",
        "手机观看全程。",
        "— 5 —",
        "醴陵釉下五彩瓷亮相省博物馆",
        "本报讯（全媒体记者/孙晓燕）“釉下",
        "五彩——醴陵瓷器百年精品展”7月13",
        "日在湖南省博物馆开展，展出清末至今",
        "的醴陵瓷器精品186件。",
    ), "x.txt")
    assert issue.rendition == "pdf_text"
    assert titles(issue) == ["炎帝陵祭祖大典筹备工作启动", "醴陵釉下五彩瓷亮相省博物馆"]
    assert (issue.articles[0].reporters, issue.articles[0].correspondents) == (["邹凯"], ["何芳"])
    assert_nothing_lost(issue)


# --- d. an older page extracted block by block: a masthead date set with two spaces, a folio over a form feed --------

_OLD_PAGE = (
    "株洲日报", "一九九三年十月十二日  星期二", "第二版", "",
    "我市晚稻喜获丰收", "",
    "本报讯  记者刘建国报道：", "眼下正是晚稻收割季节，全市", "各地田间一片繁忙。据市农业", "局统计，今年全市晚稻种植面",
    "积八十五万亩，预计平均亩产", "比去年增加二十公斤。", "",
    "市农业局负责人说，今年晚稻", "增产主要得益于推广良种和科", "学施肥。", "",
    "2",
    "\f省政府表彰一批", "科技进步先进单位", "",
    "新华社长沙十月十一日电  湖", "南省人民政府今天在长沙召开", "大会，表彰全省科技进步先进", "单位五十个。", "",
)


def test_a_block_extraction_with_a_spaced_masthead_date_is_pdf_text():
    issue = parse_text(_text(*_OLD_PAGE), "x.txt")
    assert issue.rendition == "pdf_text" and issue.date == "1993-10-12"
    assert titles(issue) == ["我市晚稻喜获丰收", "省政府表彰一批科技进步先进单位"]
    assert issue.articles[0].reporters == ["刘建国"]
    assert_nothing_lost(issue)


def test_a_page_number_over_a_form_feed_is_a_folio_and_never_part_of_a_title():
    issue = parse_text(_text(*_OLD_PAGE), "x.txt")
    assert not any(b.text.strip() == "2" for a in issue.articles for b in a.blocks)
    assert any(u.text.strip() == "2" for u in issue.unassigned)


# --- e. an e-paper site's staff line over each story's meta line, and a share bar one link a line ------------------

def test_staff_lines_over_meta_lines_and_share_links_one_a_line_are_no_headlines():
    issue = parse_text(_text(
        "株洲新闻网 > 数字报 > 株洲日报 > 2026年08月04日 > A06版：民生",
        "责编：易　丹　审核：陈国平",
        "作者：黄　磊　通讯员：蒋雨婷　来源：株洲日报　2026-08-04",
        "芦淞区为八百名环卫工人送清凉",
        "　　8月3日一早，芦淞区城管局的工作人员来到环卫作业点，为一线环卫工人送去绿豆汤和防晒袖套。",
        "浏览次数：2031",
        "分享到：", "微信", "朋友圈", "微博",
        "上一篇：没有了",
        "下一篇：公交集团开通两条夏季夜班线路",
        "责编：易　丹　审核：陈国平",
        "作者：宋佳怡　来源：株洲日报　2026-08-04",
        "公交集团开通两条夏季夜班线路",
        "　　记者8月3日从市公交集团获悉，8月5日起，公交集团将开通两条夏季夜班线路。",
        "分享到：", "微信", "微博",
    ), "x.txt")
    assert titles(issue) == ["芦淞区为八百名环卫工人送清凉", "公交集团开通两条夏季夜班线路"]
    assert [(a.reporters, a.correspondents) for a in issue.articles] == [(["黄磊"], ["蒋雨婷"]), (["宋佳怡"], [])]
    assert not any("微信" in a.section or "微博" in a.section for a in issue.articles)
    assert_nothing_lost(issue)


# --- f. a page of the 1950s in traditional characters: '報導' closes the byline, '新華社…電' opens a wire report ------

def test_traditional_reporting_words_and_wire_datelines_are_read():
    issue = parse_text(_text(
        "株洲日報　一九五八年五月六日　星期二　第一版",
        "湘江大橋工地捷報頻傳",
        "本報訊　記者趙文明報導：湘江大橋工地上，建築工人們日夜奮戰，第三號橋墩已經出水。",
        "工地負責人說，大橋預計明年國慶節前通車。",
        "田心機車車輛廠試製成功新型車床",
        "新華社長沙五日電　田心機車車輛廠的工人們自己動手，試製成功一台新型車床。",
        "這台車床的效率比舊車床提高兩倍。",
    ), "x.txt")
    assert issue.date == "1958-05-06"
    assert titles(issue) == ["湘江大橋工地捷報頻傳", "田心機車車輛廠試製成功新型車床"]
    assert issue.articles[0].reporters == ["趙文明"]
    assert_nothing_lost(issue)


# --- g. tables aligned by display width with ASCII spaces: a filled cell leaves one space, a Latin name is wide ------

def _row(cells: list[str], columns: list[int]) -> str:
    """Cells padded to display columns (a wide character takes two), one space at least: how a monospace editor aligns them."""
    from zzreader.core.text_width import width
    return "".join(c + " " * max(1, col - width(c)) for c, col in zip(cells[:-1], columns)) + cells[-1]


def test_a_row_whose_cell_filled_its_column_stays_in_the_table():
    rows = [["线路", "首班车", "末班车", "票价"], ["1路", "6:00", "21:00", "0.1元"], ["3路", "6:10", "20:30", "0.1元"],
            ["火车站专线", "5:40", "22:10", "0.2元"]]
    issue = parse_text(_text(
        "株洲日报　一九八七年三月五日　星期四　第三版",
        "市区公交线路调整首末班时间",
        "本报讯　三月四日起，市公交公司对部分线路的首末班时间作了调整。",
        "调整后的时间如下：",
        *[_row(r, [10, 9, 9]) for r in rows],
        "乘客如有疑问，可到各线路调度室咨询。",
        "（通讯员　刘　敏）",
    ), "x.txt")
    assert titles(issue) == ["市区公交线路调整首末班时间"]
    tables = [b for b in issue.articles[0].blocks if b.kind == "table"]
    assert len(tables) == 1 and "火车站专线" in tables[0].text
    assert issue.articles[0].correspondents == ["刘敏"]
    assert_nothing_lost(issue)


def test_a_results_table_with_latin_names_stays_in_its_report():
    rows = [["名次", "姓名", "国家/地区", "成绩"], ["1", "Samuel Kiprop", "肯尼亚", "2:11:36"], ["2", "张立军", "中国", "2:13:02"],
            ["3", "Abebe Tadesse", "埃塞俄比亚", "2:13:45"]]
    issue = parse_text(_text(
        "株洲日报 2026年11月16日 星期一 B01 体育",
        "株洲马拉松鸣枪开跑",
        "本报讯（全媒体记者/欧阳琳）11月15日，2026株洲马拉松在神农城鸣枪开跑。",
        "男子全程前三名成绩如下：",
        *[_row(r, [6, 16, 12]) for r in rows],
        "本届赛事共设置补给站12个，全程未发生安全事故。",
    ), "x.txt")
    assert titles(issue) == ["株洲马拉松鸣枪开跑"]
    assert [b.kind for b in issue.articles[0].blocks].count("table") == 1
    assert_nothing_lost(issue)


# --- h. '【责任编辑：某某】' after a story signs it off; it is no section of the next -----------------------------------

def test_a_framed_editor_line_signs_off_its_story():
    issue = parse_text(_text(
        "您当前的位置 ：株洲新闻网 > 株洲日报 > 2026-09-08 > 第A04版 区县",
        "云龙示范区新建两所公办幼儿园开园",
        "2026-09-08 07:52　来源：株洲日报　作者：全媒体记者 戴文杰　浏览次数：321",
        "　　9月7日，云龙示范区新建的学林幼儿园和龙头铺幼儿园同时开园，新增公办学位540个。",
        "【责任编辑：毛　晴】",
        "攸县高铁站至县城公交专线开通",
        "2026-09-08 07:52　来源：株洲日报　作者：通讯员 罗佩佩　浏览次数：198",
        "　　9月6日，攸县开通高铁站至县城的公交专线，全程约14公里，每20分钟一班。",
        "【责任编辑：毛　晴】",
    ), "x.txt")
    assert titles(issue) == ["云龙示范区新建两所公办幼儿园开园", "攸县高铁站至县城公交专线开通"]
    assert [(a.section, a.editor) for a in issue.articles] == [("区县", "毛晴"), ("区县", "毛晴")]
    assert_nothing_lost(issue)


# --- i. a PDF saved as text: no indents, no blank lines to speak of, the running head again on the next page -------

def test_a_saved_pdf_without_indents_is_read_as_pdf_text_by_its_running_head_and_wraps():
    head = "2026年8月20日  星期四  A03  城事          编辑/李晓岚  美编/王　哲  校对/张　平"
    issue = parse_text(_text(
        head,
        "株洲西站综合交通枢纽下月投入使用",
        "本报讯（全媒体记者/彭　程）8月19日，记者从市交通运输局获悉，株洲西站综",
        "合交通枢纽主体工程已经完工，计划于9月中旬投入使用。",
        "枢纽设有长途客运站、公交首末站和出租车蓄车场，旅客在站内即可实现高铁、",
        "长途客车和公交之间的“零距离”换乘。",
        "",
        "石峰区老工业区变身文创园",
        "本报讯（通讯员/吴嘉怡）8月18日，位于石峰区清水塘片区的老厂房改造项目“时",
        "光车间”文创园正式开园，首批入驻文创企业和工作室26家。",
        "园区保留了原冶炼厂的烟囱、行车和铁轨等工业遗存，并新建了展览馆和共享办公",
        "空间。",
        "3",
        head,
        "市民可就近办理不动产登记",
        "本报讯（全媒体记者/谭　敏）8月19日起，全市新增15个不动产登记便民服务点，",
        "分布在各区的政务服务中心和部分银行网点，市民可就近办理查询和抵押登记业务。",
    ), "x.txt")
    assert issue.rendition == "pdf_text"
    assert titles(issue) == ["株洲西站综合交通枢纽下月投入使用", "石峰区老工业区变身文创园", "市民可就近办理不动产登记"]
    assert issue.articles[1].paragraphs[0].endswith("首批入驻文创企业和工作室26家。")
    assert_nothing_lost(issue)


# --- j. a page of county briefs: the county's name tags each brief, its two short lines are one title ---------------

def test_a_county_tag_over_a_two_line_title_is_the_kicker_and_the_lines_one_title():
    issue = parse_text(_text(
        "株洲日报", "2026年8月22日 星期六", "B02 区县快讯", "",
        "醴陵", "陶瓷产业园新增", "规上企业7家", "",
        "今年以来，醴陵陶瓷产业园新", "增规模以上工业企业7家，园区", "规上企业总数达到126家。", "",
        "茶陵", "茶祖文化旅游节", "9月开幕", "",
        "第九届茶祖文化旅游节将于9", "月6日在茶陵县开幕，持续一周。", "",
        "炎陵", "黄桃销售额", "超过三十亿元", "",
        "截至8月20日，炎陵黄桃今年线", "上线下销售额突破30亿元。", "",
    ), "x.txt")
    assert [(a.kicker, a.title, a.type) for a in issue.articles] == [
        ("醴陵", "陶瓷产业园新增规上企业7家", "news"), ("茶陵", "茶祖文化旅游节9月开幕", "news"), ("炎陵", "黄桃销售额超过三十亿元", "news")]
    assert_nothing_lost(issue)


def test_two_short_lines_with_no_place_tag_stay_a_title_and_its_subtitle():
    issue = parse_text(_text(
        "株洲日报 2026年7月2日 星期四 第A04版 城事",
        "老街新生",
        "百年骑楼重现旧时光",
        "7月1日，芦淞区老街改造完工，百年骑楼重新开街迎客。",
        "街坊们说，这条街上一次这么热闹，还是二十年前。",
    ), "x.txt")
    assert "老街新生百年骑楼重现旧时光" not in titles(issue)  # a narrow title is three lines, or two under a place tag


# --- k. '【责任编辑】某某' with the role framed; a folio between two stories of a PDF viewer's copy ---------------------

def test_an_editor_field_with_its_role_framed_signs_off_its_story():
    issue = parse_text(_text(
        "株洲日报数字报 2026年09月15日 星期二",
        "第A02版：要闻",
        "【作者】全媒体记者 邓雅婷",
        "【来源】株洲日报",
        "中车株机新型储能电池下线",
        "　　9月14日，中车株机公司自主研发的新一代轨道交通储能电池在株洲下线，单体容量比上一代提升三成。",
        "【责任编辑】张　敏",
        "下一篇：株洲至长沙城际公交加密班次",
        "【作者】全媒体记者 肖　鹏",
        "【来源】株洲日报",
        "株洲至长沙城际公交加密班次",
        "　　记者9月14日从市公交集团获悉，株洲至长沙城际公交自9月16日起加密班次。",
    ), "x.txt")
    assert titles(issue) == ["中车株机新型储能电池下线", "株洲至长沙城际公交加密班次"]
    assert [(a.reporters, a.editor) for a in issue.articles] == [(["邓雅婷"], "张敏"), (["肖鹏"], "")]
    assert_nothing_lost(issue)


def test_a_lone_page_number_after_a_finished_story_is_a_folio():
    issue = parse_text(_text(
        "株洲日报 2026年10月10日 星期六 A05 民生 责任编辑：周　琳",
        "炎帝广场菊花展开展",
        "本报讯（全媒体记者/何　灿）10月9日，",
        "第十五届株洲菊花展在炎帝广场开展，展",
        "出各类菊花5万余盆，持续至11月10日。",
        "今年菊花展设置了“菊韵株洲”“花开盛",
        "世”等12个主题景观，市民可免费参观。",
        "5",
        "老年食堂覆盖全部城市社区",
        "本报讯（通讯员/邹丽君）记者10月9日",
        "从市民政局获悉，全市已建成老年食堂",
        "286个，实现城市社区全覆盖。",
    ), "x.txt")
    assert titles(issue) == ["炎帝广场菊花展开展", "老年食堂覆盖全部城市社区"]
    assert not any(b.text.strip() == "5" for a in issue.articles for b in a.blocks)
    assert_nothing_lost(issue)


# --- l. a single-newline page: a campaign kicker over a title in three lines; a report after a report ---------------

def test_a_campaign_kicker_over_three_short_lines_and_a_report_after_an_unsigned_report():
    issue = parse_text(_text(
        "株洲日报 2026年11月3日 星期二 A06 城事",
        "聚焦民生实事", "城区新增", "停车泊位", "三千个",
        "11月2日，记者从市城管局获悉，今年城区已新增公共停车泊位3000个。",
        "新增泊位主要分布在老旧小区和医院、学校周边。",
        "“以前下班回来要转好几圈才能停车。”",
        "家住荷塘区的市民刘先生说，现在小区旁边就有停车场。",
        "快递小哥有了“暖心驿站”",
        "天冷了，驿站里有热水。",
        "11月1日，芦淞区首批10个“暖心驿站”投用。",
        "驿站提供热水、充电和休息座椅。",
    ), "x.txt")
    assert [(a.kicker, a.title) for a in issue.articles] == [("聚焦民生实事", "城区新增停车泊位三千个"), ("", "快递小哥有了“暖心驿站”")]
    assert_nothing_lost(issue)


# --- m. pdfplumber text: bylines, a deck and a jump marker on lines of their own; a landmark over its headline ------

def test_pdfplumber_text_with_bylines_set_apart_is_pdf_text_and_a_landmark_heads_its_title():
    issue = parse_text(_text(
        "株洲日报 2026年11月20日 星期五 A02 要闻 责任编辑：罗　艺",
        "我市冬季流感疫苗接种启动",
        "——全市设置接种点186个",
        "■全媒体记者 钟晓敏",
        "通讯员 彭　蕾",
        "11月19日，记者从市疾控中心获悉，全市冬季流感疫苗",
        "接种工作已经启动，共设置接种点186个，60岁以上老人",
        "和中小学生可免费接种。",
        "市疾控中心提醒，接种疫苗后要在接种点留观30分钟，",
        "如出现发热等不适症状应及时就医。",
        "（下转A03版）",
        "湘江风光带",
        "新增三座亲水平台",
        "■通讯员 蒋小凤",
        "近日，湘江风光带河西段新建的三座亲水平台完工开放，",
        "总面积约2600平方米，平台均设置了防护栏和救生设施。",
        "2",
    ), "x.txt")
    assert issue.rendition == "pdf_text"
    assert titles(issue) == ["我市冬季流感疫苗接种启动", "湘江风光带新增三座亲水平台"]
    assert [(a.reporters, a.correspondents) for a in issue.articles] == [(["钟晓敏"], ["彭蕾"]), ([], ["蒋小凤"])]
    assert_nothing_lost(issue)


# --- n. an e-paper site that sets a plain byline among the meta lines over each headline ----------------------------

def test_a_plain_byline_among_the_meta_lines_belongs_to_the_story_under_it():
    issue = parse_text(_text(
        "株洲日报电子版　2026年12月8日　A03版　城事",
        "2026-12-08 08:30:12　来源：株洲日报",
        "株洲日报全媒体记者　刘　洋",
        "雪后城区主干道通行正常",
        "　　12月7日凌晨，我市迎来今冬首场降雪，市城管部门出动除雪车辆46台次。",
        "【关闭窗口】",
        "2026-12-08 08:30:12　来源：株洲日报",
        "通讯员　曾　敏",
        "天元区为独居老人送去取暖器",
        "　　12月6日，天元区民政局联合辖区社区为120名独居老人送去取暖器和棉被。",
        "【关闭窗口】",
        "2026-12-08 08:30:12　来源：株洲日报",
        "市气象台发布道路结冰黄色预警",
        "　　12月7日16时，市气象台发布道路结冰黄色预警，提醒市民出行注意安全。",
    ), "x.txt")
    assert titles(issue) == ["雪后城区主干道通行正常", "天元区为独居老人送去取暖器", "市气象台发布道路结冰黄色预警"]
    assert [(a.reporters, a.correspondents) for a in issue.articles] == [(["刘洋"], []), ([], ["曾敏"]), ([], [])]
    assert_nothing_lost(issue)


# --- o. one whole sentence under a brief's headline is news; a title block's line may end on a closing quote ------

def test_a_one_sentence_brief_is_news():
    issue = parse_text(_text(
        "株洲日报　2026年12月15日　星期二　B04　便民",
        "年货节开幕",
        "12月14日，2026株洲年货节在神农城广场开幕，持续至明年1月10日。",
        "图书馆新书上架",
        "市图书馆本周新上架图书1200余册，以文学和少儿读物为主。",
        "办证大厅周末不打烊",
        "市政务服务中心出入境窗口本月每周六照常办公。",
    ), "x.txt")
    assert [a.type for a in issue.articles] == ["news", "news", "news"]


def test_a_title_block_line_ending_on_a_closing_quote_joins_the_next():
    issue = parse_text(_text(
        "株洲日报", "2026年12月1日  星期二", "A01  要闻", "",
        "全市重点项目", "冬季施工不停歇", "",
        "本报讯（全媒体记者/雷　鸣）入冬以来，全市", "128个重点项目加紧施工，截至11月底，已完成年", "度投资计划的百分之九十二。", "",
        "在株洲经开区，智能制造产业园二期项目的工人", "们正在进行主体结构施工，项目负责人说，将确", "保春节前封顶。", "",
        "渌口区“银发课堂”", "开进村里", "",
        "本报讯（通讯员/易小娟）11月30日，渌口区", "“银发课堂”走进南洲镇的三个村，为老人讲解", "防范电信诈骗和冬季养生知识。", "", "1",
    ), "x.txt")
    assert issue.rendition == "pdf_text"
    assert titles(issue) == ["全市重点项目冬季施工不停歇", "渌口区“银发课堂”开进村里"]
    assert_nothing_lost(issue)


# --- p. pdftotext blocks: a kicker of any words in a block of its own over the title block --------------------------

def test_a_one_line_block_over_a_title_block_and_its_lead_is_the_kicker():
    issue = parse_text(_text(
        "株洲日报", "2026年10月12日 星期一", "A02", "要闻", "",
        "喜看稻菽千重浪", "",
        "全市晚稻", "收获过半", "",
        "本报讯（全媒体记者/曹　阳）10月11日，记", "者从市农业农村局获悉，全市已收获晚稻48万", "亩，占种植面积的一半以上。", "",
        "今年晚稻长势好于去年，预计单产可增加5%左", "右。", "",
        "百年老校焕新颜", "",
        "株洲市第二中学", "新教学楼投入使用", "",
        "本报讯（通讯员/彭雅琴）10月10日，株洲市", "第二中学新教学楼正式投入使用，新楼可容纳", "48个教学班。", "",
        "2",
    ), "x.txt")
    assert titles(issue) == ["全市晚稻收获过半", "株洲市第二中学新教学楼投入使用"]
    assert "喜看稻菽千重浪" in issue.articles[0].kicker and issue.articles[1].kicker == "百年老校焕新颜"
    assert_nothing_lost(issue)


# --- q. old pages: a page number in Chinese numerals beside a date in them, a date line alone, a weekday last -------

_STORY = ("市区公交线路调整", "本报讯　三月四日起，市公交公司对部分线路的首末班时间作了调整。", "乘客如有疑问，可到各线路调度室咨询。")


def test_a_running_head_with_its_page_in_chinese_numerals_gives_the_date():
    for head in ("第三版　一九八七年三月五日", "株洲日报　一九八七年三月五日　第三版　星期四", "株洲日报 一九八七年三月五日 第三版"):
        issue = parse_text(_text(head, *_STORY), "x.txt")
        assert (issue.date, titles(issue)) == ("1987-03-05", ["市区公交线路调整"]), head
        assert issue.articles[0].section != "星期四"


def test_a_date_in_chinese_numerals_alone_on_the_first_line_dates_the_page_and_heads_nothing():
    issue = parse_text(_text("一九八七年三月五日", *_STORY), "x.txt")
    assert (issue.date, titles(issue)) == ("1987-03-05", ["市区公交线路调整"])
    assert_nothing_lost(issue)


# --- r. an e-paper page in traditional characters: staff, counter and share lines are what they are in simplified ---

def test_traditional_staff_and_counter_lines_are_no_headlines():
    issue = parse_text(_text(
        "株洲日報 2026年12月30日 第A04版：區縣",
        "責編：廖　靜　審核：譚國強",
        "作者：全媒體記者 胡　楊　來源：株洲日報",
        "醴陵花炮企業安全生產大檢查啟動",
        "　　12月29日，醴陵市啟動花炮企業冬季安全生產大檢查，檢查組將走訪全市180家花炮生產企業。",
        "瀏覽次數：412",
        "分享到：微信　微博",
        "責編：廖　靜　審核：譚國強",
        "作者：通訊員 劉　佳　來源：株洲日報",
        "茶陵新建三座鄉村文化廣場",
        "　　記者近日從茶陵縣獲悉，該縣今年新建的三座鄉村文化廣場已全部投入使用。",
    ), "x.txt")
    assert titles(issue) == ["醴陵花炮企業安全生產大檢查啟動", "茶陵新建三座鄉村文化廣場"]
    assert [(a.reporters, a.correspondents) for a in issue.articles] == [(["胡楊"], []), ([], ["劉佳"])]
    assert_nothing_lost(issue)


# --- s. a form feed is a PDF extractor's page break: a paragraph carried across it is joined -------------------------

def test_a_paragraph_carried_across_a_form_feed_and_the_running_head_is_one_paragraph():
    issue = parse_text(_text(
        "株洲日报", "2026年12月31日 星期四", "A03", "城事", "",
        "全市新增城市书房", "十二家", "",
        "本报讯（全媒体记者/龙　飞）12月30日，记者从", "市文旅广电局获悉，今年全市新增城市书房12家，", "全市城市书房总数达到", "3",
        "\f株洲日报 2026年12月31日 星期四 A03 城事", "",
        "58家，全年接待读者超过120万人次。", "",
        "书房实行刷卡进入、自助借还，每天开放到晚上", "10时。", "",
    ), "x.txt")
    assert issue.rendition == "pdf_text"
    assert titles(issue) == ["全市新增城市书房十二家"]
    assert issue.articles[0].paragraphs[0].endswith("全市城市书房总数达到58家，全年接待读者超过120万人次。")
    assert_nothing_lost(issue)


def test_centred_headlines_over_a_form_feed_are_no_wrapped_text():
    from zzreader.core.renditions import pdf_text
    lines = ["                 神农湖畔新添一座城市书房", "株洲日报全媒体记者 方　圆", "\f               荷塘区“家门口就业服务站”全覆盖",
             "12月28日，位于神农湖畔的“湖畔书房”开放，藏书1.5万册。"]
    assert not pdf_text._paged_wraps(lines)


def test_a_page_name_under_its_page_code_is_the_section_not_the_kicker():
    issue = parse_text(_text(
        "株洲日报", "2026年10月12日 星期一", "A02", "要闻", "",
        "全市晚稻", "收获过半", "",
        "本报讯（全媒体记者/曹　阳）10月11日，记", "者从市农业农村局获悉，全市已收获晚稻48万", "亩，占种植面积的一半以上。", "",
        "今年晚稻长势好于去年，预计单产可增加5%左", "右。", "",
        "株洲市第二中学", "新教学楼投入使用", "",
        "本报讯（通讯员/彭雅琴）10月10日，株洲市", "第二中学新教学楼正式投入使用，新楼可容纳", "48个教学班。", "", "2",
    ), "x.txt")
    assert [(a.section, a.kicker) for a in issue.articles] == [("要闻", ""), ("要闻", "")]


# --- t. a saved page's first line: the browser's window title, the headline and the site -----------------------------

def test_a_window_title_over_a_saved_page_is_furniture():
    issue = parse_text(_text(
        "神农城跨年灯会下周开幕_株洲日报_株洲新闻网",
        "株洲新闻网 > 株洲日报 > 2027-01-04 > A02",
        "神农城跨年灯会下周开幕",
        "发布时间：2027-01-04 09:12　来源：株洲日报　编辑：陶　然　浏览次数：1580",
        "记者　孙　乐",
        "　　1月3日，记者从神农城管理处获悉，2027神农城新春灯会将于1月10日开幕，展出大型灯组36组。",
        "【打印】【关闭】",
    ), "x.txt")
    assert titles(issue) == ["神农城跨年灯会下周开幕"]
    assert issue.articles[0].reporters == ["孙乐"]
    assert_nothing_lost(issue)


def test_a_headline_naming_the_paper_is_no_window_title():
    from zzreader.core.renditions.furniture import _WINDOW_TITLE
    assert not _WINDOW_TITLE.match("全市新增城市书房 - 株洲日报") and not _WINDOW_TITLE.match("株洲日报 - 2026年3月5日")
