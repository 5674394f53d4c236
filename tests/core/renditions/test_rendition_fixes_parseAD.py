"""Focused checks for the repairs of parser round AD, a held-out look at the paper's common styles.

Each test feeds a few lines of original text and asserts what a reader sees:
titles, bylines, types, and that no line is lost.
"""

from __future__ import annotations

import pytest

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.parse import parse_text

MASTHEAD = "株洲日报 2026年5月14日 星期四 A01 要闻"


def _joined(*lines: str) -> str:
    return "\n".join(lines)


def _page(*lines: str, name: str = "page.txt"):
    return parse_text(_joined(MASTHEAD, *lines), name)


# --- a. a byline a narrow column cut inside its last name ---

@pytest.mark.parametrize(
    ("credit", "rest", "role", "names"),
    [
        ("株洲日报全媒体记者 罗文博 通讯员 邹志刚 摄影 唐", "浩", "photographers", ["唐浩"]),
        ("株洲日报全媒体记者 罗文博 彭思", "琪", "reporters", ["罗文博", "彭思琪"]),
        ("株洲日报全媒体记者 罗文博 通讯员 邹", "志刚", "correspondents", ["邹志刚"]),
    ],
)
def test_a_name_cut_at_the_line_end_is_one_name(credit, rest, role, names):
    issue = _page("高新区引进项目43个", credit, rest, "5月13日，记者从株洲高新区管委会获悉，今年1至4月，该区共引进项目43个。")
    assert titles(issue) == ["高新区引进项目43个"]
    assert getattr(issue.articles[0], role) == names
    assert issue.articles[0].paragraphs[0].startswith("5月13日")
    assert_nothing_lost(issue)


def test_a_whole_name_over_a_one_character_mark_is_left_alone():
    """'摄' alone under a credit marks the photographer; it completes no name."""
    issue = _page("油菜花海迎客来", "株洲日报全媒体记者 贺一帆", "摄", "4月11日，攸县网岭镇万亩油菜花海迎来大批游客。")
    assert "贺一帆" in issue.articles[0].photographers + issue.articles[0].reporters
    assert "贺一帆摄" not in issue.articles[0].reporters
    assert_nothing_lost(issue)


# --- b. hand-wrapped PDF text: prose cut mid-sentence at no one width ---

HAND_WRAPPED = (
    "株洲高新区前4个月引进项目43个",
    "株洲日报全媒体记者 罗文博",
    "5月13日，记者从株洲高新区管委会获悉，今年1至4月，该",
    "区共引进项目43个，总投资262.4亿元，其中新能源汽车零部",
    "件配套项目14个，占比超过三成。",
    "从项目来源看，来自长三角、珠三角的项目有27个，签约项目",
    "中投资超10亿元的有8个。该区负责人介绍，今年将重点做好三",
    "件事。",
    "让“夜经济”亮得更久",
    "入夏以来，神农城、芦淞大桥下的夜市陆续开张，烧烤摊前坐",
    "满了人，文创集市里逛的多是年轻人。夜经济热起来了，怎么让",
    "它亮得更久？",
    "一是管理要有温度。划定摊位、错时经营，比一禁了之更见功",
    "夫。二是配套要跟上。",
    "□ 肖 然",
)


def test_prose_cut_mid_sentence_at_uneven_widths_is_pdf_text():
    issue = _page(*HAND_WRAPPED)
    assert issue.rendition == "pdf_text"
    assert titles(issue) == ["株洲高新区前4个月引进项目43个", "让“夜经济”亮得更久"]
    assert issue.articles[0].paragraphs[0].endswith("占比超过三成。")
    assert issue.articles[1].reporters == ["肖然"]
    assert_nothing_lost(issue)


def test_a_dump_of_whole_paragraphs_stays_single_newline():
    issue = _page("醴陵开展夏季防汛应急演练", "6月2日，醴陵市在渌江阳三石段开展防汛应急演练，模拟堤防管涌险情处置，300余人参加。",
                  "攸县新增两处城市书房", "近日，攸县江桥街道、联星街道两处城市书房建成开放，每处藏书5000余册。",
                  "炎陵县启动黄桃保险理赔服务", "6月1日起，炎陵县开通黄桃种植保险线上报案通道，果农可通过手机报案。",
                  "渌口区举办农村电商培训班", "5月30日至6月1日，渌口区举办农村电商培训班，120名种养大户参加。")
    assert issue.rendition == "single_newline"
    assert len(issue.articles) == 4


# --- c. a question that ends a sentence the line above cut off is no sub-heading ---

def test_the_tail_of_a_cut_sentence_is_text_not_a_subheading():
    issue = _page("让“夜经济”亮得更久", "□ 肖 然",
                  "入夏以来，神农城、芦淞大桥下的夜市陆续开张，夜经济热起来了，怎么让",
                  "它亮得更久？",
                  "一是管理要有温度。划定摊位、错时经营，比一禁了之更见功夫。")
    blocks = issue.articles[0].blocks
    assert [b.kind for b in blocks] == ["p", "p"]
    assert blocks[0].text.endswith("怎么让它亮得更久？")


def test_a_question_subheading_after_a_whole_paragraph_stays_a_subheading():
    issue = _page("社区食堂开进老小区", "株洲日报全媒体记者 邓雨欣",
                  "9月17日，芦淞区建宁街道社区长者食堂开门营业，当天中午有120多位老人前来就餐。",
                  "饭菜价格贵不贵？",
                  "食堂每天供应早中晚三餐，60岁以上老人就餐可享受八折优惠。")
    assert "heading" in [b.kind for b in issue.articles[0].blocks]


# --- d. a photo group (组图) credited to its photographer alone ---

EPAPER_GROUP = (
    "株洲日报电子版",
    "2026年07月08日 星期三　第A04版：民生",
    "【组图】荷塘区老旧小区“变形记”",
    "作者：株洲日报全媒体记者 陈嘉怡 摄　发布时间：2026-07-08",
    "　　①改造后的宋家桥社区，外墙粉刷一新。",
    "　　②居民在新建的小区广场上跳舞。",
    "上一篇　下一篇",
    "芦淞区新开三条社区微循环公交",
    "作者：株洲日报全媒体记者 邝雅琴　发布时间：2026-07-08",
    "　　7月7日起，芦淞区新开通三条社区微循环公交线路，串联起12个社区和3所学校，票价每人次1元。",
    "上一篇　下一篇",
)


def test_a_photo_group_on_an_epaper_page_is_captions():
    issue = parse_text("\n".join(EPAPER_GROUP), "page.txt")
    assert titles(issue) == ["荷塘区老旧小区“变形记”", "芦淞区新开三条社区微循环公交"]
    assert [a.type for a in issue.articles] == ["caption", "news"]
    assert issue.articles[0].photographers == ["陈嘉怡"]
    assert_nothing_lost(issue)


def test_numbered_points_of_a_signed_report_stay_news():
    issue = _page("高新区今年重点做好三件事", "株洲日报全媒体记者 罗文博",
                  "①围绕整车企业配套需求，开展产业链精准招商；", "②推行“拿地即开工”，压缩项目落地时间。")
    assert issue.articles[0].type != "caption"


# --- e. a reporter's notes (记者手记) over a piece of its own ---

def test_reporters_notes_over_their_own_headline_are_commentary():
    issue = _page("记者手记", "小书房里的大民生", "株洲日报全媒体记者 汤雨婷",
                  "城市书房不大，却总是坐满了人。放学后的孩子在这里写作业，退休老人在这里读报。",
                  "一处书房，连起的是一个城市的阅读氛围。")
    assert titles(issue) == ["小书房里的大民生"]
    assert issue.articles[0].type == "commentary"


# --- f. a Markdown export's masthead: the paper's name and its page's name, a bold editors' line ---

MD_PAGE = ("", "2026年11月20日 星期五　第A05版", "", "**责任编辑：谢　静　版式：唐　敏**", "",
           "## 石峰区为独居老人装上烟感报警器", "", "株洲日报全媒体记者 何　欢", "",
           "11月19日，石峰区为辖区600户独居老人免费安装烟感报警器，报警信息可直接推送到网格员手机上。")


@pytest.mark.parametrize("head", ["# 株洲日报 · 民生", "# 株洲日报｜民生", "# 株洲日报 民生", "# 株洲日报·民生"])
def test_the_papers_name_over_its_page_name_is_the_masthead(head):
    issue = parse_text(_joined(head, *MD_PAGE), "page.md")
    assert titles(issue) == ["石峰区为独居老人装上烟感报警器"]
    assert issue.date == "2026-11-20"
    assert_nothing_lost(issue)


def test_a_bold_editors_line_is_no_headline():
    issue = parse_text(_joined("# 株洲日报", *MD_PAGE), "page.md")
    assert titles(issue) == ["石峰区为独居老人装上烟感报警器"]
    assert "谢" in issue.articles[0].editor


def test_a_headline_that_names_the_paper_stays_a_headline():
    issue = parse_text(_joined("# 株洲日报 2026年11月20日 星期五", "", "## 株洲日报创刊七十周年座谈会召开", "",
                                  "株洲日报全媒体记者 何　欢", "", "11月19日，株洲日报创刊七十周年座谈会召开，200余名新老报人参加。"), "page.md")
    assert titles(issue) == ["株洲日报创刊七十周年座谈会召开"]


# --- g. an interview's '——访…' deck set on the headline's own line ---

@pytest.mark.parametrize(
    ("title", "kind"),
    [("“一老一小”服务怎么做？——访市民政局负责人", "feature"), ("冬季取暖怎样更安全——专访市疾控中心专家", "feature"),
     ("攸县——茶陵城际公交开通", "news")],
)
def test_an_interview_deck_on_the_headline_line_makes_a_feature(title, kind):
    issue = parse_text(_joined("株洲日报电子版", "2026年07月08日 星期三　第A04版：民生", title,
                                  "作者：株洲日报全媒体记者 刘子涵　发布时间：2026-07-08",
                                  "　　今年以来，我市把“一老一小”服务作为民生实事来抓。日前，记者就相关工作采访了市民政局负责人。",
                                  "　　记者：社区养老服务中心建设进展如何？",
                                  "　　答：目前全市已建成街道综合养老服务中心42个。"), "page.txt")
    assert titles(issue) == [title]
    assert issue.articles[0].type == kind


# --- h. a site that lists each piece under its headline, a 'paper, day, 字数' line, and the headline again ---

def test_a_headline_said_twice_around_a_word_count_line_is_one_headline():
    issue = parse_text(_joined(
        "株洲新闻网 > 株洲日报 > 2026年04月30日 > 第A03版：城事", "版面导航 | 上一版 | 下一版",
        "短讯", "株洲日报 2026-04-30 字数：186", "短讯",
        "　　■4月29日，市城管局对神农大道沿线200余处破损路灯完成维修。",
        "　　■即日起，市民可在“株洲通”App上预约办理不动产登记业务。", "【关闭窗口】【打印本文】",
        "招聘启事", "株洲日报 2026-04-30 字数：95", "招聘启事",
        "　　株洲某某物流公司招聘货车司机10名，要求持A2驾照，月薪8000元以上。联系电话：0731-22998877",
        "【关闭窗口】【打印本文】"), "page.txt")
    assert titles(issue) == ["短讯", "招聘启事"]
    assert [a.subtitle for a in issue.articles] == ["", ""]
    assert [a.type for a in issue.articles] == ["news", "ad"]
    assert issue.date == "2026-04-30"
    assert_nothing_lost(issue)


# --- i. titled photos one after another, each caption over its credit ---

def test_titled_photos_in_a_row_are_one_piece_each():
    issue = _page("【图片新闻】", "春到炎帝陵", "3月26日，炎陵县炎帝陵景区，游客在盛开的樱花树下拍照。", "通讯员 段晓峰 摄",
                  "瓷艺大师进校园", "3月26日，醴陵市非遗传承人走进南桥镇中心小学，教学生绘瓷坯。", "株洲日报全媒体记者 黄 蓉 摄",
                  "市羽毛球公开赛开拍", "株洲日报全媒体记者 彭 蕾", "3月26日，2026年株洲市羽毛球公开赛开拍，480名选手参加比赛。")
    assert titles(issue) == ["春到炎帝陵", "瓷艺大师进校园", "市羽毛球公开赛开拍"]
    assert [a.photographers for a in issue.articles] == [["段晓峰"], ["黄蓉"], []]
    assert [a.type for a in issue.articles] == ["caption", "caption", "news"]
    assert_nothing_lost(issue)


def test_a_subheading_over_a_photo_inside_a_story_stays_in_the_story():
    issue = _page("老厂房里的新故事", "株洲日报全媒体记者 彭 蕾",
                  "走进清水塘，昔日的烟囱已经不见了，取而代之的是一排排整洁的厂房和大片绿地。",
                  "从“工业锈带”到“生活秀带”", "清水塘老工业区改造后的新貌。", "株洲日报全媒体记者 黄 蓉 摄",
                  "如今，这里已经入驻了40多家新材料企业。")
    assert titles(issue) == ["老厂房里的新故事"]


# --- j. a Q&A with a named official answering '答：': an interview; an office's answers stay a service report ---

QA = ("问：我市体育产业目前发展状况如何？", "答：去年全市体育产业总产值达到86亿元，同比增长9%。",
      "问：今年有哪些新打算？", "答：重点是办好赛事、建好场馆，让更多市民走出家门参加运动。")


@pytest.mark.parametrize(
    ("opening", "kind"),
    [("近日，记者就我市体育产业发展采访了市体育局局长周海涛。", "feature"),
     ("针对市民关心的问题，记者采访了市体育局相关负责人。", "news"),
     ("近日，记者就此采访了市体育局。", "news")],
)
def test_bare_answers_of_a_named_official_make_an_interview(opening, kind):
    issue = _page("体育产业如何“破圈”？", "株洲日报全媒体记者 彭 蕾", opening, *QA)
    assert titles(issue) == ["体育产业如何“破圈”？"]
    assert issue.articles[0].type == kind


# --- k. indented PDF text whose one-line paragraphs and numbered points outnumber its wrapped starts ---

def test_indented_pdf_text_with_numbered_points_is_pdf_text():
    issue = parse_text(_joined(
        "株洲日报　　2026年11月18日　星期三　　　　　　　　　　　　要闻　A02",
        "市政府常务会议部署冬春季安全生产",
        "　　本报讯（全媒体记者 龙 浩）11月17日，市政府召开常务会",
        "议，研究部署冬春季安全生产、森林防火等工作。",
        "　　会议指出，要紧盯道路交通、燃气、消防等重点领域，深入",
        "开展隐患排查整治，坚决遏制较大以上事故发生。",
        "　　会议还研究了其他事项。",
        "株洲出台新能源汽车充电设施建设方案",
        "　　本报讯（全媒体记者 罗 敏 通讯员 曾志军）近日，市发改",
        "委印发《株洲市新能源汽车充电基础设施建设实施方案》。",
        "　　方案提出，到2027年，全市累计建成各类充电桩5万个，实现",
        "城区充电服务半径不超过2公里。",
        "　　重点任务包括：",
        "　　一、加快公共充电网络建设；",
        "　　二、推进居民小区充电设施建设；",
        "　　三、完善高速公路服务区充电设施。",
        "株洲日报社公告",
        "　　因设备检修，本报11月20日出版4个版，特此公告。",
        "株洲日报社",
        "2026年11月18日",
        "　　11月17日，株洲西站站前广场，工作人员在调试新安装的充电桩。",
        "株洲日报全媒体记者 胡 杰 摄",
    ), "page.txt")
    assert issue.rendition == "pdf_text"
    assert titles(issue) == ["市政府常务会议部署冬春季安全生产", "株洲出台新能源汽车充电设施建设方案", "株洲日报社公告", ""]
    assert issue.articles[-1].type == "caption"
    assert issue.articles[1].paragraphs[0].endswith("建设实施方案》。")
    assert_nothing_lost(issue)


# --- l. an HTML page's heading right under a table is no row of it ---

def test_a_heading_under_a_table_with_as_many_words_as_columns_is_a_headline():
    html = ("<html><body><h1>株洲日报 2026年7月5日 星期日</h1><h2>本周文化活动预告</h2><table>"
            "<tr><th>时间</th><th>活动</th><th>地点</th></tr>"
            "<tr><td>7月5日</td><td>湘江夏夜音乐会</td><td>神农城大剧院</td></tr>"
            "<tr><td>7月6日</td><td>非遗手作市集</td><td>醴陵陶瓷谷</td></tr></table>"
            "<h2>更　正</h2><p>本报6月28日B01版《醴陵窑考古有新发现》一文中，“宋代”应为“元代”，特此更正。</p></body></html>")
    issue = parse_text(html.replace("><h", ">\n<h").replace("><tr", ">\n<tr").replace("><p", ">\n<p"), "page.html")
    assert [a.title.replace("\u3000", "") for a in issue.articles] == ["本周文化活动预告", "更正"]
    assert [a.type for a in issue.articles] == ["table", "notice"]


# --- m. a name cut at the line end with more of the credit after it ---

def test_a_name_cut_before_the_credits_next_role_is_one_name():
    issue = _page("春运返程高峰将至", "株洲日报全媒体记者 曹 阳 李", "思敏 通讯员 周建华",
                  "2月9日，记者从市公安局交警支队获悉，预计2月12日至14日将迎来春运返程高峰。")
    a = issue.articles[0]
    assert (a.reporters, a.correspondents) == (["曹阳", "李思敏"], ["周建华"])
    assert a.paragraphs[0].startswith("2月9日")


def test_a_credit_over_a_line_of_text_is_not_joined_to_it():
    issue = _page("春运返程高峰将至", "株洲日报全媒体记者 曹 阳", "近日 交警部门提醒，返程车辆可通过导航软件查看实时路况。")
    assert issue.articles[0].reporters == ["曹阳"]


# --- n. an essay signed '□ 文/某某': the contributor's, neither news nor commentary ---

def test_an_essay_signed_with_a_box_and_words_mark_is_the_writers():
    issue = _page("端午时节话龙舟", "□ 文/聂方圆", "又是一年端午到。在湘江边长大的人，对龙舟总有一份特别的感情。",
                  "小时候，每到端午前后，江边便响起咚咚的鼓声。", "（作者单位：株洲市第八中学）")
    a = issue.articles[0]
    assert (a.title, a.subtitle, a.reporters, a.type) == ("端午时节话龙舟", "", ["聂方圆"], "other")


# --- o. a series' editor's note under the byline, then a story that opens on its date: a report ---

def test_a_dated_story_under_a_series_note_is_news():
    issue = parse_text(_joined(
        "---", "date: 2026-03-15", "---", "", "### 茶陵：“一江两岸”亮化工程完工", "", "株洲日报全媒体记者 谭　丽", "",
        "> 编者按：近年来，我市城乡面貌焕然一新。本报今起推出“县城新貌”系列报道。", "",
        "3月14日晚，茶陵县洣江两岸灯光亮起，沿江12公里风光带成为市民夜游的新去处。", "",
        "### 攸县公交开通", "", "株洲日报讯（通讯员 易　军）3月14日，攸县城乡公交线路开通运营。"), "page.md")
    assert [a.type for a in issue.articles] == ["news", "news"]
    assert issue.articles[0].dateline


def test_a_photo_credits_mark_over_a_short_label_is_not_a_cut_name():
    """'…通讯员 李晓春 摄' over '简讯': the credit ends on its mark; the label opens the next piece."""
    issue = _page("【组图】年货市场人气旺", "①1月21日，芦淞区中南商贸城，市民在选购春联、灯笼。", "②荷塘区月塘农贸市场，腊肉腊鱼销售火爆。",
                  "株洲日报全媒体记者 邝 亮 通讯员 李晓春 摄", "简讯",
                  "■醴陵：1月21日，醴陵市举办迎春书法展，展出作品120幅。", "■攸县：1月21日，攸县开展春节前消防安全大检查。")
    assert titles(issue) == ["年货市场人气旺", "简讯"]
    assert issue.articles[0].photographers == ["邝亮", "李晓春"]
    assert issue.articles[0].type == "caption"


# --- p. the photographer after the writers: '… 图/通讯员 某某', '… 图片/某某' ---

@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("株洲日报全媒体记者 谭晓峰 图/通讯员 李建军", (["谭晓峰"], [], ["李建军"])),
        ("株洲日报全媒体记者 谭晓峰 易佳慧 通讯员 陈志远 图/李建军", (["谭晓峰", "易佳慧"], ["陈志远"], ["李建军"])),
        ("记者 谭晓峰 通讯员 陈志远 图片/记者 李建军", (["谭晓峰"], ["陈志远"], ["李建军"])),
        ("记者 谭晓峰 图/某某公司提供", None),
    ],
)
def test_a_pictures_credit_after_the_writers(line, byline):
    from zzreader.core.bylines import parse_credit

    credit = parse_credit(line)
    assert (credit and (credit.reporters, credit.correspondents, credit.photographers)) == byline
    if byline:
        issue = _page("攸县十万亩油茶迎来丰收", line, "10月14日，攸县鸾山镇漫山的油茶树挂满果实，村民们忙着采摘、晾晒。")
        assert (issue.articles[0].reporters, issue.articles[0].correspondents, issue.articles[0].photographers) == byline


# --- q. a notices page: '讣　告' over its 沉痛悼念 line, a one-line '更正：…' after a signed notice ---

def test_a_notice_word_over_a_line_is_the_title_and_a_one_line_correction_its_own_notice():
    issue = parse_text(_joined(
        "B04 公告", "讣　告", "沉痛悼念周德林同志",
        "中国共产党党员、株洲电力机车厂离休干部周德林同志，因病医治无效，于2026年12月7日在株洲逝世，享年95岁。",
        "周德林同志治丧小组", "2026年12月8日",
        "更正：本报12月5日A03版《神农湖公园新增健身步道》一文中，“2.4公里”应为“4.2公里”。特此更正。",
        "遗失声明", "株洲某某餐饮管理有限公司遗失公章一枚，声明作废。"), "株洲日报_2026年12月9日_B04.txt")
    assert [(a.title, a.subtitle, a.kicker) for a in issue.articles] == [
        ("讣告", "沉痛悼念周德林同志", ""), ("更正", "", ""), ("遗失声明", "", "")]
    assert [a.type for a in issue.articles] == ["notice", "notice", "notice"]
    assert_nothing_lost(issue)


def test_a_kicker_over_a_news_headline_stays_a_kicker():
    issue = _page("B04 公告", "迎峰度夏", "全市电网负荷创历史新高", "株洲日报全媒体记者 朱 琳",
                  "7月20日，全市电网最高负荷达到320万千瓦，创历史新高。")
    assert (issue.articles[0].title, issue.articles[0].subtitle) == ("全市电网负荷创历史新高", "")


# --- r. '（编辑：某某）' closing a story: the editor's line, no paragraph of the text ---

@pytest.mark.parametrize("line", ["（编辑：陈 蓉）", "(责任编辑：陈蓉)"])
def test_a_bracketed_editor_line_closing_a_story_names_its_editor(line):
    issue = _page("醴陵窑入选全国重要考古发现", "株洲日报全媒体记者 蒋 莉",
                  "8月10日，记者从醴陵市文旅广体局获悉，醴陵窑遗址入选年度全国重要考古发现。", line,
                  "株洲至深圳高铁新增两趟列车", "株洲日报全媒体记者 胡 亮", "记者6月25日从中国铁路广州局集团获悉，株洲西站至深圳北站将新增两趟高铁列车。")
    assert titles(issue) == ["醴陵窑入选全国重要考古发现", "株洲至深圳高铁新增两趟列车"]
    assert issue.articles[0].paragraphs == ["8月10日，记者从醴陵市文旅广体局获悉，醴陵窑遗址入选年度全国重要考古发现。"]
    assert issue.articles[0].editor == "陈蓉"
    assert_nothing_lost(issue)


# --- s. an e-paper's '发布日期：… 浏览次数：N' line: meta, never a headline ---

def test_a_date_and_view_count_line_is_meta():
    issue = parse_text(_joined(
        "株洲日报电子版　>　2027年01月14日　>　第A02版：要闻", "株洲今年将实施重点项目300个",
        "发布日期：2027-01-14　　浏览次数：2318", "株洲日报全媒体记者 吴思琪 袁 野 通讯员 胡晓东",
        "　　1月13日，记者从市发改委获悉，2027年全市共安排重点建设项目300个。", "【打印本页】　【关闭窗口】",
        "寒潮来袭 我市启动防寒应急响应", "发布日期：2027-01-14　　浏览次数：1562",
        "株洲日报讯（全媒体记者 高 翔）受寒潮影响，1月14日至16日我市将出现雨雪冰冻天气。"), "page.txt")
    assert [(a.title, a.subtitle) for a in issue.articles] == [("株洲今年将实施重点项目300个", ""), ("寒潮来袭 我市启动防寒应急响应", "")]
    assert [a.reporters for a in issue.articles] == [["吴思琪", "袁野"], ["高翔"]]
    assert issue.date == "2027-01-14"
