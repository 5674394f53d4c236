"""Focused checks for the repairs of parser round Q: running heads read as their parts, a weekday date
after a story, web titles' media marks, scene openings of features, and the line structures of round Q.

Each test feeds a few lines of original text and asserts what a reader sees:
titles, bylines, types, sections and that no line is lost or left unassigned.
"""

from __future__ import annotations

import pytest

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.parse import parse_text
from zzreader.core.renditions import head_parts
from zzreader.core.renditions.page_heads import is_header, page_header
from zzreader.core.story_genres import scene_feature
from zzreader.core.title_marks import strip_media_mark


def _text(*lines: str) -> str:
    return "\n".join(lines)


def _unassigned(issue) -> list[str]:
    return [u.text for u in issue.unassigned]


# --- a. running heads in any order, with any marks between the parts -------------------------------------------


@pytest.mark.parametrize(("line", "day", "section"), [
    ("要闻 A01 2025年12月6日", "2025-12-06", "要闻"),
    ("文体·A07 2025年12月6日 星期六", "2025-12-06", "文体"),
    ("城事 A02 2025年12月6日 星期六 责任编辑 周某", "2025-12-06", "城事"),
    ("株洲日报 / 2025年12月6日 / 第A01版 / 要闻", "2025-12-06", "要闻"),
    ("株洲日报 ◆ 2025年12月6日 ◆ A01 要闻", "2025-12-06", "要闻"),
    ("株洲日报｜A01要闻｜2025.12.06", "2025-12-06", "要闻"),
    ("2025.12.06｜A01要闻", "2025-12-06", "要闻"),
    ("城事 | A03 | 2025年12月6日", "2025-12-06", "城事"),
    ("2025年12月6日 星期六 要闻 A01", "2025-12-06", "要闻"),
    ("2025年10月16日　星期四　乙巳年八月廿五　　B03　公告", "2025-10-16", "公告"),
    ("【A02版·城事】2025年12月6日", "2025-12-06", "城事"),
    ("- A02 城事 2025年12月6日 -", "2025-12-06", "城事"),
    ("株洲日报（2025年12月6日）A02版 城事", "2025-12-06", "城事"),
    ("Zhuzhou Daily | A01 要闻 | 2025-12-06", "2025-12-06", "要闻"),
    ("要闻 株洲日报 2025年12月6日 A01", "2025-12-06", "要闻"),
])
def test_running_heads_read_by_their_parts(line, day, section):
    assert is_header(line)
    assert page_header(line) == (day, section)


@pytest.mark.parametrize("line", [
    "2025年12月6日 星期六",  # a date alone: a masthead's or a story's, no page
    "12月5日，天元区 A01 2025年12月6日",  # a sentence holds other words
    "株洲西站 A02 2025年12月6日 改造工程完成",  # three words besides the page: a headline, no head
    "A01 A02 2025年12月6日",  # two pages
    "要闻 A01 2025年12月6日 2025年12月7日",  # two dates
])
def test_lines_that_are_no_running_head(line):
    assert head_parts.read(line) is None


def test_running_heads_with_no_paper_or_other_marks_are_no_articles():
    issue = parse_text(_text(
        "要闻 A01 2025年12月6日",
        "天元区新建5所公办幼儿园投入使用",
        "本报讯（记者 龙某）12月5日，天元区新建的5所公办幼儿园全部投入使用。",
        "株洲日报｜A02城事｜2025.12.06",
        "社区“共享工具箱”受欢迎",
        "本报讯（通讯员 易某某）近日，月塘社区设置的“共享工具箱”已被居民借用200余次。",
    ), "x.txt")
    assert titles(issue) == ["天元区新建5所公办幼儿园投入使用", "社区“共享工具箱”受欢迎"]
    assert [a.section for a in issue.articles] == ["要闻", "城事"]
    assert issue.date == "2025-12-06"
    assert_nothing_lost(issue)


# --- b. a date and weekday after a story's last paragraph -------------------------------------------------------


def test_a_weekday_date_after_a_story_is_the_story_date():
    issue = parse_text(_text(
        "株洲日报 / 2025年12月6日 / 第A03版 / 民生",
        "",
        "我市发放冬季取暖补贴",
        "",
        "本报讯（记者 姚某某）12月5日，今年冬季取暖补贴已发放到位，全市1.2万户困难家庭每户领到600元。",
        "",
        "2025年12月6日 星期六",
        "",
        "渌口区开通农村客运“招手停”",
        "",
        "本报讯（通讯员 尹某）近日，渌口区在12条农村客运线路上推行“招手停”服务。",
    ), "x.txt")
    assert titles(issue) == ["我市发放冬季取暖补贴", "渌口区开通农村客运“招手停”"]
    first = issue.articles[0]
    assert first.blocks[-1].text == "2025年12月6日 星期六" and first.line_end == 7
    assert "2025年12月6日 星期六" not in _unassigned(issue)
    assert_nothing_lost(issue)


def test_a_weekday_date_on_every_page_stays_a_running_head():
    issue = parse_text(_text(
        "2025年12月6日 星期六",
        "我市发放冬季取暖补贴",
        "本报讯（记者 姚某某）12月5日，今年冬季取暖补贴已发放到位，全市1.2万户困难家庭每户领到600元。",
        "2025年12月6日 星期六",
        "A02 城事",
        "渌口区开通农村客运“招手停”",
        "本报讯（通讯员 尹某）近日，渌口区在12条农村客运线路上推行“招手停”服务。",
    ), "x.txt")
    assert titles(issue) == ["我市发放冬季取暖补贴", "渌口区开通农村客运“招手停”"]
    assert all("星期六" not in b.text for a in issue.articles for b in a.blocks)


def test_a_weekday_date_over_a_dateless_page_label_is_its_running_head():
    issue = parse_text(_text(
        "株洲日报 2025年12月6日 星期六 A01 要闻",
        "我市发放冬季取暖补贴",
        "本报讯（记者 姚某某）12月5日，今年冬季取暖补贴已发放到位，全市1.2万户困难家庭每户领到600元。",
        "2025年12月6日 星期六",
        "A02 城事",
        "渌口区开通农村客运“招手停”",
        "本报讯（通讯员 尹某）近日，渌口区在12条农村客运线路上推行“招手停”服务。",
    ), "x.txt")
    assert all("星期六" not in b.text for a in issue.articles for b in a.blocks)
    assert issue.articles[1].section.endswith("城事")


# --- c. media marks after web titles ---------------------------------------------------------------------------


@pytest.mark.parametrize(("title", "bare"), [
    ("神农城冰雪嘉年华开幕（组图）", "神农城冰雪嘉年华开幕"),
    ("株洲冬季长跑节周日开跑(图)", "株洲冬季长跑节周日开跑"),
    ("株洲至醴陵城际公交开通[图]", "株洲至醴陵城际公交开通"),
    ("市民点赞“15分钟便民生活圈”（视频）", "市民点赞“15分钟便民生活圈”"),
    ("一位老党员的“红色日记”（上）", "一位老党员的“红色日记”（上）"),
    ("全市重点项目建设观察（二）", "全市重点项目建设观察（二）"),
    ("《株洲市志（2025）》", "《株洲市志（2025）》"),
    ("（图）", "（图）"),
    ("【视频】株洲冬季长跑节开跑", "株洲冬季长跑节开跑"),
    ("[组图]神农城冰雪嘉年华开幕", "神农城冰雪嘉年华开幕"),
    ("【社保】养老金调整到账", "【社保】养老金调整到账"),
])
def test_media_marks_come_off_titles(title, bare):
    assert strip_media_mark(title) == bare


def test_a_scraped_title_loses_its_picture_mark():
    issue = parse_text(_text(
        "第A05版：城事",
        "石峰区老旧小区加装电梯突破百台（图）",
        "株洲日报记者 何某",
        "　　12月5日，石峰区田心街道一处老旧小区加装的电梯投入运行，石峰区今年加装电梯数量突破100台。",
        "【收藏】【打印】【关闭】",
    ), "x.txt")
    assert titles(issue) == ["石峰区老旧小区加装电梯突破百台"]


# --- scene openings: a season and a time of day ------------------------------------------------------------------


def test_a_season_and_time_of_day_open_a_scene():
    assert scene_feature(["初冬的午后，在攸县皇图岭镇，85岁的老党员刘某某捧出一摞泛黄的日记本。",
                          "“这些日记记了六十年，一天都没落下。”刘某某笑着说。"])
    assert not scene_feature(["12月5日，石峰区一处老旧小区加装的电梯投入运行。", "“方便多了。”居民说。"])


# --- d. numbered pictures with no credit under them; a photo story -----------------------------------------------

_PHOTO_STORY = (
    "2025年12月24日 星期三 A04 文旅",
    "冬日炎陵 雪落神农谷",
    "{credit}",
    "12月22日，炎陵县神农谷迎来今冬首场降雪，海拔1200米以上的山林银装素裹，吸引了大批游客上山赏雪。",
    "图①：神农谷雪景。",
    "图②：游客在雪中拍照留念。",
)


def test_numbered_pictures_after_the_text_are_captions_and_make_a_photo_story():
    issue = parse_text(_text(*_PHOTO_STORY).replace("{credit}", "文/记者 汤某 图/记者 谭某"), "x.txt")
    story = issue.articles[0]
    assert [b.kind for b in story.blocks] == ["p", "caption", "caption"]
    assert story.type == "feature" and story.photographers == ["谭某"]
    assert_nothing_lost(issue)


@pytest.mark.parametrize("credit", ["株洲日报全媒体记者 汤某", "文/图 记者 汤某", "记者 汤某 摄影报道"])
def test_a_report_with_numbered_pictures_stays_a_report(credit):
    """Words and pictures by one hand, or the pictures uncredited at the top: the pictures illustrate a report."""
    issue = parse_text(_text(*_PHOTO_STORY).replace("{credit}", credit), "x.txt")
    assert issue.articles[0].type == "news"


def test_one_numbered_line_is_text():
    issue = parse_text(_text(*_PHOTO_STORY[:5]).replace("{credit}", "文/记者 汤某 图/记者 谭某"), "x.txt")
    assert issue.articles[0].blocks[-1].kind == "p" and issue.articles[0].type == "news"


# --- e. line structures: broken headlines, framed leads, numbered points, briefs, three-part headlines ------------


def test_a_pdf_headline_broken_inside_its_quote_is_one_headline():
    issue = parse_text(_text(
        "2025年12月9日 星期二 A03 城事 责任编辑 陈某",
        "株洲高新区新增3家国家级专精特新“小",
        "巨人”企业",
        "　　【本报讯】（记者 欧阳某某 通讯员 柳某）12",
        "月8日，工业和信息化部公布第七批专精特新“小巨",
        "人”企业名单，株洲高新区3家企业入选，全区“小",
        "巨人”企业总数达到41家。",
        "　　入选企业均深耕轨道交通和先进硬质材料领域，",
        "研发投入占营业收入比重平均超过8%。",
    ), "x.txt")
    assert issue.rendition == "pdf_text"
    assert titles(issue) == ["株洲高新区新增3家国家级专精特新“小巨人”企业"]
    assert issue.articles[0].reporters == ["欧阳某某"] and issue.articles[0].correspondents == ["柳某"]
    assert_nothing_lost(issue)


@pytest.mark.parametrize(("lead", "reporters"), [
    ("【本报讯】（记者 欧阳某某 通讯员 柳某）12月8日，艺术节开幕。", ["欧阳某某"]),
    ("【本报讯】株洲日报全媒体记者 文某某 报道：12月8日晚，艺术节开幕。", ["文某某"]),
    ("本报讯 记者文某某报道：12月8日晚，艺术节开幕。", ["文某某"]),
])
def test_framed_outlets_and_reported_by_colons_open_leads(lead, reporters):
    from zzreader.core.bylines import parse_lead

    parsed = parse_lead(lead)
    assert parsed is not None and parsed.byline.reporters == reporters
    assert parsed.rest.startswith("12月8日") and parsed.dateline == "12月8日"


def test_numbered_points_of_a_dated_report_keep_it_a_report():
    issue = parse_text(_text(
        "第A05版：专访",
        "我市今年十项民生实事全部完成",
        "株洲日报全媒体记者 宁某 通讯员 田某某",
        "　　12月8日，市政府召开新闻发布会，通报今年全市重点民生实事完成情况。",
        "　　（一）就业",
        "　　全市城镇新增就业5.2万人，完成年度目标的115%。",
        "　　（二）教育",
        "　　新增中小学学位1.1万个，新建改扩建学校32所。",
    ), "x.txt")
    assert titles(issue) == ["我市今年十项民生实事全部完成"]
    assert issue.articles[0].type == "news"


def test_numbered_chapters_of_a_scene_story_keep_it_a_feature():
    issue = parse_text(_text(
        "株洲日报 2025年4月23日 星期三 第2版 要闻",
        "一家老字号的“新生意”",
        "株洲日报全媒体记者 柳某",
        "在芦淞区解放街，有着70多年历史的某某米粉店今年开出了第8家分店。",
        "一、守住老味道",
        "米粉店至今坚持每天凌晨3点熬制骨汤，配方一直没变。",
        "二、做活新渠道",
        "去年起，店里开通线上预订，外卖订单占到营业额的三成。",
    ), "x.txt")
    assert titles(issue) == ["一家老字号的“新生意”"] and issue.articles[0].type == "feature"


def test_briefs_under_their_own_headlines_are_articles_even_of_one_short_sentence():
    issue = parse_text(_text(
        "株洲日报 2025年12月9日 星期二 A04 民生",
        "本地快讯",
        "天元区新增2处公共充电站",
        "近日，天元区在泰山路和黄河北路新建2处公共充电站，新增充电桩48个。",
        "市图书馆延长周末开放时间",
        "即日起，市图书馆周六、周日开放时间延长至晚上9点。",
    ), "x.txt")
    assert titles(issue) == ["天元区新增2处公共充电站", "市图书馆延长周末开放时间"]
    assert [a.type for a in issue.articles] == ["news", "news"]


def test_a_plain_kicker_over_a_markdown_title_and_its_deck():
    issue = parse_text(_text(
        "# 株洲日报 2025年12月9日 A06 文化",
        "",
        "冬日里的文化盛宴",
        "## 第七届株洲市艺术节开幕",
        "——30台剧目将在20天内轮番上演",
        "",
        "【本报讯】株洲日报全媒体记者 文某某 报道：12月8日晚，第七届株洲市艺术节在神农大剧院开幕。",
    ), "x.md")
    story = issue.articles[0]
    assert story.title == "第七届株洲市艺术节开幕" and story.subtitle == "——30台剧目将在20天内轮番上演"  # the deck: round X
    assert story.kicker == "冬日里的文化盛宴" and story.reporters == ["文某某"]


# --- batch three: particles, long kickers, forums, compilers' credits ------------------------------------------------


def test_a_pdf_headline_broken_after_a_particle_is_one_headline():
    issue = parse_text(_text(
        "2025年12月10日 星期三 A02 要闻 责任编辑 龙某",
        "我市出台支持民营经济高质量发展的",
        "二十条措施",
        "　　株洲日报讯（全媒体记者 易某某）12月9日，市",
        "政府办公室印发《关于支持民营经济高质量发展的若",
        "干措施》，从市场准入、融资支持、人才引进等方面",
        "推出二十条措施。",
        "　　措施明确，对首次升规的民营工业企业给予一次",
        "性奖励20万元。",
    ), "x.txt")
    assert issue.rendition == "pdf_text"
    assert titles(issue) == ["我市出台支持民营经济高质量发展的二十条措施"] and issue.articles[0].subtitle == ""


def test_a_slogan_kicker_longer_than_its_title_over_a_deck():
    issue = parse_text(_text(
        "A05 综合",
        "坚持人民至上 全力以赴保障群众温暖过冬",
        "供暖保障专项行动启动",
        "——全市新建改造供热管网42公里",
        "株洲日报全媒体记者 单某某 通讯员 邝某",
        "12月9日，我市启动冬季供暖保障专项行动，全市新建改造供热管网42公里，新增集中供暖面积120万平方米。",
    ), "2025-12-10_A05.txt")
    story = issue.articles[0]
    assert story.title == "供暖保障专项行动启动"
    assert story.kicker.startswith("坚持人民至上 全力以赴保障群众温暖过冬")


_FORUM = (
    "“双减”之下 课后服务怎么做？",
    "主持人：今年秋季学期起，我市课后服务实现义务教育学校全覆盖。请问课后服务都有哪些内容？",
    "周某某：我们学校开设了书法、篮球、编程等38门课程，学生可以自主选课。",
    "主持人：家长们最关心收费问题，课后服务怎么收费？",
    "周某某：课后服务按照每生每学期300元的标准收取，困难家庭学生免收。",
    "记者 廖某 整理",
)


def test_a_forum_after_a_signed_story_is_its_own_piece_and_a_feature():
    issue = parse_text(_text(
        "A05 综合",
        "供暖保障专项行动启动",
        "株洲日报全媒体记者 单某某",
        "12月9日，我市启动冬季供暖保障专项行动，全市新建改造供热管网42公里，新增集中供暖面积120万平方米。",
        *_FORUM,
    ), "2025-12-10_A05.txt")
    assert titles(issue) == ["供暖保障专项行动启动", "“双减”之下 课后服务怎么做？"]
    forum = issue.articles[1]
    assert forum.type == "feature" and forum.reporters == ["廖某"] and forum.photographers == []
    assert all(b.kind == "p" for b in forum.blocks)
    assert_nothing_lost(issue)


def test_a_service_qa_answered_by_the_office_stays_news():
    issue = parse_text(_text(
        "养老金调整何时到账？权威解答来了",
        "株洲日报全媒体记者 付敏",
        "今年我市企业退休人员基本养老金调整工作已启动。针对市民关心的问题，记者采访了市人社局相关负责人。",
        "问：今年养老金调整的标准是什么？",
        "答：今年全市企业退休人员基本养老金总体上调2%。",
        "问：调整后的养老金什么时候到账？",
        "答：预计10月底前补发到位。",
    ), "x.txt")
    assert issue.articles[0].type == "news"


def test_a_compiler_is_a_writer_not_a_photographer():
    from zzreader.core.bylines import parse_credit

    credit = parse_credit("记者 廖某 整理")
    assert credit is not None and credit.reporters == ["廖某"] and credit.photographers == []


# --- batch four: lead outlets and credits, bracketed heads in PDF text, bold-titled briefs ---------------------------


@pytest.mark.parametrize(("lead", "reporters", "correspondents", "dateline"), [
    ("本报株洲12月10日讯（记者 韩某某）天元区首条定制公交今天开通。", ["韩某某"], [], "12月10日"),
    ("株洲日报客户端讯（记者 杭某 通讯员 翁某某）12月10日，电梯投入使用。", ["杭某"], ["翁某某"], "12月10日"),
    ("株洲日报全媒体讯（记者 杭某）12月10日，电梯投入使用。", ["杭某"], [], "12月10日"),
    ("本报讯（记者 龚某）（通讯员 甘某某）12月10日，促销活动启动。", ["龚某"], ["甘某某"], "12月10日"),
    ("本报讯　记者　滕某　通讯员　殷某某　12月10日，攸县稻虾共作面积达到8万亩。", ["滕某"], ["殷某某"], "12月10日"),
])
def test_lead_outlets_and_credits(lead, reporters, correspondents, dateline):
    from zzreader.core.bylines import parse_lead

    parsed = parse_lead(lead)
    assert parsed is not None
    assert (parsed.byline.reporters, parsed.byline.correspondents, parsed.dateline) == (reporters, correspondents, dateline)
    assert "记者" not in parsed.rest and "通讯员" not in parsed.rest


def test_a_boxed_role_is_no_columnist():
    from zzreader.core.bylines import parse_credit

    assert parse_credit("■记者 阎某").reporters == ["阎某"]
    assert parse_credit("□ 高　远").reporters == ["高远"]


def test_bracketed_numbered_heads_in_pdf_text_stay_in_their_report():
    """Under a headline with no deck too: the page's text is long enough to read as PDF text."""
    from tests.bench.bench_renditions import DATA

    lines = (DATA / "pdf_text_173.txt").read_text(encoding="utf-8").split("\n")
    del lines[2:4]  # the deck
    issue = parse_text("\n".join(lines), "x.txt")
    assert issue.rendition == "pdf_text"
    assert titles(issue) == ["全市冬季交通安全集中整治行动启动", "栗雨街道为独居老人装上“烟感”", "民生简讯"]
    assert issue.articles[0].type == "news"


def test_a_bracketed_byline_under_the_headline_is_a_byline_not_a_lead():
    issue = parse_text(_text(
        "湘江边的冬泳人",
        "（文/记者 冉某 图/通讯员 鲍某）",
        "寒风中，湘江株洲段的冬泳爱好者们一个个跃入江中。“游了二十年，身体越游越好。”68岁的冬泳队队长乐某某笑着说。",
        "每天清晨，冬泳队的30多名队员都会准时来到江边。",
    ), "x.txt")
    story = issue.articles[0]
    assert (story.reporters, story.photographers) == (["冉某"], ["鲍某"])
    assert story.type == "feature"


def test_bold_titled_briefs_in_markdown_are_each_a_piece():
    issue = parse_text(_text(
        "# 株洲日报 2025年12月11日 A07 区县",
        "",
        "## 本地快讯",
        "",
        "**天元区新增2处公共充电站** 近日，天元区在泰山路和黄河北路新建2处公共充电站，新增充电桩48个。",
        "",
        "**市图书馆延长周末开放时间** 即日起，市图书馆周六、周日开放时间延长至晚上9点。",
        "",
        "**株洲日报讯（全媒体记者 周　璇）** 4月25日，记者从株洲方特获悉，五一假期园区将推出夜场活动。",
    ), "x.md")
    assert titles(issue)[:2] == ["天元区新增2处公共充电站", "市图书馆延长周末开放时间"]
    assert [a.type for a in issue.articles[:2]] == ["news", "news"]
    assert issue.articles[-1].reporters == ["周璇"]
    assert_nothing_lost(issue)


def test_one_bold_run_in_inside_a_story_is_its_sub_head_not_a_brief():
    issue = parse_text(_text(
        "# 株洲日报 2025年12月12日 A03 城事",
        "",
        "## 荷塘区老旧小区加装电梯提速",
        "",
        "本报讯（记者 龚某）记者从荷塘区住建局获悉，今年该区已有37台加装电梯投入使用，惠及居民900余户。",
        "",
        "**加装流程要简化** 有意加装电梯的小区，可由业主代表向所在社区提交申请，住建部门将上门免费勘查。",
        "",
        "据介绍，明年荷塘区计划再加装电梯50台。",
    ), "y.md")
    assert titles(issue) == ["荷塘区老旧小区加装电梯提速"]
    assert "上门免费勘查" in issue.articles[0].text
    assert_nothing_lost(issue)


# --- batch five: named kicker fields, a weekday dateline under the headline, series tags, signatures at the end -------


def test_an_epaper_kicker_field_is_the_kicker_however_long():
    issue = parse_text(_text(
        "株洲日报数字报　2025年12月12日　星期五",
        "版次：A03",
        "引题：全市住房公积金业务实现“跨省通办”",
        "标题：异地买房提取公积金“一次不用跑”",
        "副题：今年以来累计办理跨省业务1.2万笔",
        "作者：株洲日报全媒体记者 伍某某 通讯员 曲某",
        "正文：",
        "　　12月11日，记者从市住房公积金管理中心获悉，今年以来，我市累计办理跨省通办业务1.2万笔。",
        "【打印】【关闭】",
    ), "x.txt")
    story = issue.articles[0]
    assert (story.kicker, story.title, story.subtitle) == (
        "全市住房公积金业务实现“跨省通办”", "异地买房提取公积金“一次不用跑”", "今年以来累计办理跨省业务1.2万笔")


def test_a_weekday_dateline_under_the_first_headline_is_no_masthead():
    issue = parse_text(_text(
        "株洲日报 2025年12月12日 星期五 A06 健康",
        "流感进入高发期 专家提醒做好防护",
        "2025年12月12日 星期五",
        "株洲日报全媒体记者 符某某",
        "入冬以来，我市流感病例明显增多。针对市民关心的问题，记者采访了市疾控中心专家。",
        "问：今年流感有什么特点？",
        "市疾控中心专家介绍，今年流行的主要是甲型流感，儿童和老年人是易感人群。",
    ), "x.txt")
    story = issue.articles[0]
    assert story.title == "流感进入高发期 专家提醒做好防护" and story.subtitle == ""
    assert story.dateline == "12月12日" and story.type == "news"


def test_a_series_tag_before_a_bar_is_the_kicker():
    from zzreader.core.title_marks import split_series_tag

    assert split_series_tag("老街新颜｜建设路：从“工业大道”到“文化长廊”") == ("老街新颜", "建设路：从“工业大道”到“文化长廊”")
    assert split_series_tag("建设路：从“工业大道”到“文化长廊”") == ("", "建设路：从“工业大道”到“文化长廊”")


def test_a_feature_signed_at_its_end_and_its_weekday_date_after():
    issue = parse_text(_text(
        "# 株洲日报 2025年12月12日 A07 文化",
        "",
        "## 建设路：从“工业大道”到“文化长廊”",
        "",
        "建设路是株洲最早的城市干道之一，见证了这座工业城市的成长。",
        "",
        "### 老厂房里的新故事",
        "",
        "如今，沿街的老厂房被改造成书店、咖啡馆和创意工作室。",
        "",
        "### 年轻人爱上老街",
        "",
        "每到周末，来这里打卡拍照的年轻人络绎不绝。",
        "",
        "*（记者 习某）*",
        "",
        "*2025年12月12日 星期五*",
        "",
        "## 市群艺馆举办新年音乐会",
        "",
        "本报讯（记者 庞某）12月11日，市群艺馆举办新年音乐会，演出剧目12个。",
    ), "x.md")
    feature, report = issue.articles
    assert feature.type == "feature" and feature.reporters == ["习某"]
    assert feature.blocks[-1].text == "2025年12月12日 星期五"
    assert report.kicker == "" and report.type == "news"


def test_a_short_story_over_a_weekday_date_is_no_masthead():
    """Short paragraphs end sentences; no masthead line does, so the masthead stops before them."""
    issue = parse_text(_text(
        "株洲日报",
        "建设路上的老厂房变身书店",
        "如今，沿街的老厂房被改造成书店。",
        "每到周末，来这里的年轻人络绎不绝。",
        "（记者 习某）",
        "2025年12月12日 星期五",
    ), "x.txt")
    assert titles(issue) == ["建设路上的老厂房变身书店"]
    assert issue.articles[0].reporters == ["习某"]


def test_numbered_items_signed_at_the_end_are_a_listing_not_a_feature():
    issue = parse_text(_text(
        "# 株洲日报 2025年12月9日 A06 文化",
        "",
        "## 周末去哪儿？这份文化活动清单请收好",
        "",
        "本周末，我市多家文化场馆推出丰富活动，记者整理了一份清单。",
        "",
        "**1. 看展览**",
        "",
        "市博物馆“湘东古瓷”特展持续展出，市民可免费预约参观。",
        "",
        "**2. 听讲座**",
        "",
        "市图书馆周六下午举办“株洲老街的故事”讲座。",
        "",
        "（记者 柴某）",
    ), "x.md")
    assert issue.articles[0].type == "news" and issue.articles[0].reporters == ["柴某"]


# --- batch six: an outlet alone over its credit, words and pictures credited on two lines ------------------------------


def test_an_outlet_alone_over_its_bracketed_credit_is_one_lead():
    issue = parse_text(_text(
        "株洲日报 2025年12月13日 星期六 A01 要闻",
        "市政府与国家电投签署新能源合作协议",
        "本报讯",
        "（记者 甘某某 通讯员 阮某）",
        "12月12日，市政府与国家电投湖南公司签署合作协议，双方将在新能源、储能等领域开展合作。",
    ), "x.txt")
    story = issue.articles[0]
    assert (story.reporters, story.correspondents, story.dateline) == (["甘某某"], ["阮某"], "12月12日")
    assert [b.text[:6] for b in story.blocks] == ["12月12日"]
    assert_nothing_lost(issue)


def test_words_and_pictures_credited_on_two_lines_over_numbered_pictures():
    issue = parse_text(_text(
        "银杏大道迎来最美观赏期",
        "文/记者 冉某",
        "图/记者 鲍某",
        "12月12日，天元区银杏大道的银杏叶全部变黄，吸引大批市民前来拍照打卡。",
        "图①：银杏大道一片金黄。",
        "图②：市民在银杏树下拍照。",
    ), "x.txt")
    story = issue.articles[0]
    assert (story.reporters, story.photographers, story.type) == (["冉某"], ["鲍某"], "feature")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_headlines_broken_mid_phrase_in_dumps_are_one_headline(gap):
    issue = parse_text(gap.join([
        "株洲日报 2025年12月9日 星期二 A03 城事",
        "株洲高新区新增3家国家级专精特新“小",
        "巨人”企业",
        "本报讯（记者 欧阳某某 通讯员 柳某）12月8日，工业和信息化部公布第七批专精特新“小巨人”企业名单。",
        "我市出台支持民营经济高质量发展的",
        "二十条措施",
        "株洲日报全媒体记者 易某某",
        "12月9日，市政府办公室印发《关于支持民营经济高质量发展的若干措施》，推出二十条措施。",
    ]), "x.txt")
    assert titles(issue) == ["株洲高新区新增3家国家级专精特新“小巨人”企业", "我市出台支持民营经济高质量发展的二十条措施"]
    assert [a.subtitle for a in issue.articles] == ["", ""]
    assert_nothing_lost(issue)


def test_a_title_over_its_subtitle_stays_two_lines():
    issue = parse_text(_text(
        "株洲日报 2025年12月9日 星期二 A03 城事",
        "我市新增3家国家级绿色工厂",
        "累计达到27家",
        "本报讯（记者 欧阳某某）12月8日，工业和信息化部公布2025年度绿色制造名单。",
    ), "x.txt")
    assert (issue.articles[0].title, issue.articles[0].subtitle) == ("我市新增3家国家级绿色工厂", "累计达到27家")


# --- batch seven: a place scene under an e-paper author field ---------------------------------------------------------


def test_a_place_scene_with_a_quote_is_a_feature_whatever_its_byline_form():
    issue = parse_text(_text(
        "第A07版：文旅",
        "湘江古渡口的故事（上）(图)",
        "作者：株洲日报全媒体记者 骆某 通讯员 甄某某",
        "　　在湘江株洲段，曾经分布着大大小小40多个古渡口。",
        "　　“小时候过河全靠渡船，一趟要半个钟头。”78岁的老船工罗某某回忆说。",
        "【打印】【关闭】",
    ), "x.txt")
    story = issue.articles[0]
    assert (story.title, story.type) == ("湘江古渡口的故事（上）", "feature")


@pytest.mark.parametrize("opening", ["在全市经济工作会议上，市长指出，要抓好项目建设。", "12月13日，在湘江株洲段，古渡口修复完工。"])
def test_a_meeting_or_a_date_is_no_place_scene(opening):
    assert not scene_feature([opening, "“今年要干好三件事。”他说。"])
