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
from zzreader.core.renditions.furniture import is_header, page_header
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
