"""Focused checks for the repairs of parser round AC: bylines and headline parts in the paper's common styles.

Each test feeds a few lines of original text and asserts what a reader sees:
titles, bylines, and that no line is lost.
"""

from __future__ import annotations

import pytest

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.bylines import parse_credit
from zzreader.core.parse import parse_text

MASTHEAD = ("株洲日报", "2025年9月18日 星期四")
BODY = ("9月17日，芦淞区建宁街道社区长者食堂开门营业，当天中午有120多位老人前来就餐。",
        "食堂每天供应早中晚三餐，60岁以上老人就餐可享受八折优惠。")


def _issue(*lines: str):
    return parse_text("\n".join((*MASTHEAD, *lines)), "page.txt")


# --- a. credits: the desk's newer name, a county station, another agency, a boxed mark, a name with a middle dot ---

@pytest.mark.parametrize(
    ("line", "reporters", "correspondents"),
    [
        ("株洲日报融媒体记者 邓雨欣 通讯员 黄　磊", ["邓雨欣"], ["黄磊"]),
        ("融媒体首席记者 邓雨欣", ["邓雨欣"], []),
        ("株洲日报醴陵记者站 曹文斌", ["曹文斌"], []),
        ("株洲日报驻攸县记者站 曹文斌 通讯员 刘　洋", ["曹文斌"], ["刘洋"]),
        ("新华社记者 宋立军", [], []),  # a credit line, but no reporter of the paper's (gold of 株洲日报2026年3月8日第A07版)
        ("◆本报记者 张晓明", ["张晓明"], []),
        ("本报记者 阿依努尔·吐尔逊", ["阿依努尔·吐尔逊"], []),
        ("记者 买买提·艾力 通讯员 王　五", ["买买提·艾力"], ["王五"]),
    ],
)
def test_credit_forms_of_round_ac(line, reporters, correspondents):
    credit = parse_credit(line)
    assert credit is not None and (credit.reporters, credit.correspondents) == (reporters, correspondents)


def test_a_credit_line_as_wide_as_a_paragraph_is_no_wrapped_line():
    """Headlines over '新华社记者 …' and '◆本报记者 …', and those credits themselves, were counted as lines a PDF broke
    at its column's edge: a single-newline page of four stories was read as PDF text and its headlines glued to the
    lines under them."""
    issue = _issue("株洲至长沙城际公交增开夜班", "株洲日报醴陵记者站 曹文斌", BODY[0],
                   "全国秋粮收购工作陆续展开", "新华社记者 宋立军", BODY[1],
                   "天元区举办少数民族运动会", "◆本报记者 阿依努尔·吐尔逊", BODY[0] + "设有8个项目。")
    assert issue.rendition != "pdf_text"
    assert titles(issue) == ["株洲至长沙城际公交增开夜班", "全国秋粮收购工作陆续展开", "天元区举办少数民族运动会"]
    assert [a.reporters for a in issue.articles] == [["曹文斌"], [], ["阿依努尔·吐尔逊"]]
    assert_nothing_lost(issue)


# --- b. a headline that is one quoted cry or question ---

@pytest.mark.parametrize("head", ["“家门口就能吃上热乎饭！”", "“社区食堂能开多久？”"])
@pytest.mark.parametrize("under", ["株洲日报融媒体记者 邓雨欣", "本报讯（记者 邓雨欣）" + BODY[0]])
def test_a_quoted_cry_over_a_byline_or_lead_is_the_headline(head, under):
    issue = _issue(head, under, *BODY)
    assert titles(issue) == [head]
    assert issue.articles[0].reporters == ["邓雨欣"]
    assert_nothing_lost(issue)


def test_a_quoted_cry_inside_a_story_stays_its_text():
    issue = _issue("芦淞区社区长者食堂开业", "株洲日报融媒体记者 邓雨欣", BODY[0],
                   "“这下方便了！”", "家住附近的李奶奶一边吃饭一边说。", BODY[1])
    assert titles(issue) == ["芦淞区社区长者食堂开业"]
    assert "“这下方便了！”" in issue.articles[0].paragraphs


# --- c. credits that name no role word, and lines that credit none of the paper's writers ---

@pytest.mark.parametrize(
    ("line", "reporters"),
    [("周海燕 报道", ["周海燕"]), ("张晓明 李　华 文", ["张晓明", "李华"]), ("欧阳帆　报道", ["欧阳帆"])],
)
def test_names_then_what_they_did_are_a_byline(line, reporters):
    credit = parse_credit(line)
    assert credit is not None and credit.reporters == reporters
    issue = _issue("湘江风光带新增三处亲水平台", line, *BODY)
    assert titles(issue) == ["湘江风光带新增三处亲水平台"]
    assert (issue.articles[0].subtitle, issue.articles[0].reporters) == ("", reporters)


@pytest.mark.parametrize("line", ["记者 张三 报道", "民生 报道", "深度 报道", "散文 文"])
def test_a_role_or_a_word_before_bao_dao_is_no_bare_name(line):
    credit = parse_credit(line)
    assert credit is None or credit.reporters == ["张三"]


@pytest.mark.parametrize("line", ["本报综合", "据《湖南日报》", "综合新华社电", "据新华社电"])
@pytest.mark.parametrize("layout", ["\n", "\n\n"])
def test_a_source_line_under_a_headline_is_no_subtitle(line, layout):
    issue = parse_text(layout.join((*MASTHEAD, "全省秋季招聘会本月举行", line, *BODY)), "page.txt")
    assert titles(issue) == ["全省秋季招聘会本月举行"]
    assert (issue.articles[0].subtitle, issue.articles[0].reporters) == ("", [])
    assert_nothing_lost(issue)


def test_a_book_title_alone_stays_a_headline():
    issue = _issue("《平凡的世界》", "株洲日报全媒体记者 邓雨欣", *BODY)
    assert titles(issue) == ["《平凡的世界》"]


@pytest.mark.parametrize("layout", ["\n", "\n\n"])
@pytest.mark.parametrize(("role", "names", "reporters"), [
    ("株洲日报全媒体记者", "段　亮", ["段亮"]), ("本报记者", "段亮 刘芳", ["段亮", "刘芳"])])
def test_a_role_over_its_names_on_the_next_line(layout, role, names, reporters):
    issue = parse_text(layout.join((*MASTHEAD, "炎陵黄桃深加工项目投产", role, names, *BODY)), "page.txt")
    assert titles(issue) == ["炎陵黄桃深加工项目投产"]
    assert (issue.articles[0].subtitle, issue.articles[0].reporters) == ("", reporters)
    assert_nothing_lost(issue)


def test_an_italic_markdown_byline():
    issue = parse_text("\n\n".join(("# 株洲日报", "2025年10月9日 星期四", "## 石峰区加装电梯突破百台",
                                    "*株洲日报全媒体记者 谭思雨 通讯员 龙　飞*", *BODY)), "page.md")
    assert titles(issue) == ["石峰区加装电梯突破百台"]
    assert (issue.articles[0].reporters, issue.articles[0].correspondents) == (["谭思雨"], ["龙飞"])


@pytest.mark.parametrize("line", ["综合", "综合报道", "要闻"])
def test_a_page_name_is_no_source_line(line):
    from zzreader.core.credit_lines import nameless_credit

    assert nameless_credit(line) is None


# --- d. '图/' or '图片/' before a bare name: the story's photographer, set where a byline is ---

@pytest.mark.parametrize(("line", "names"), [("图/龙　翔", ["龙翔"]), ("图片/邹雨晴", ["邹雨晴"]), ("图：李华", ["李华"])])
def test_the_pictures_mark_before_a_bare_name(line, names):
    credit = parse_credit(line)
    assert credit is not None and (credit.reporters, credit.photographers) == ([], names)


@pytest.mark.parametrize("line", ["图/资料", "图/新华社", "图/视觉中国"])
def test_the_pictures_mark_before_no_name(line):
    assert not parse_credit(line)


def test_a_story_whose_photographer_is_set_under_its_headline_after_another_story():
    issue = _issue("株洲冬泳爱好者湘江畅游迎新", "文/何晓婷", "图/龙　翔", *BODY,
                   "市少儿图书馆开设周末绘本课", "图片/邹雨晴", *BODY)
    assert titles(issue) == ["株洲冬泳爱好者湘江畅游迎新", "市少儿图书馆开设周末绘本课"]
    assert [(a.reporters, a.photographers) for a in issue.articles] == [(["何晓婷"], ["龙翔"]), ([], ["邹雨晴"])]
    assert_nothing_lost(issue)


# --- e. a byline a line end broke inside a role word ---

@pytest.mark.parametrize(("first", "second"), [("株洲日报全媒体记者 汤　丽 通讯", "员 罗家豪"),
                                               ("株洲日报全媒体记", "者 汤　丽 通讯员 罗家豪"),
                                               ("本报记者 汤　丽 实习", "生 罗家豪")])
def test_a_credit_broken_inside_a_role_word_is_one_line(first, second):
    from zzreader.core.renditions import split_credits
    from zzreader.core.renditions.model import SourceLine

    lines = split_credits.join([SourceLine(1, first), SourceLine(2, second), SourceLine(3, BODY[0])], [])
    assert [line.text for line in lines] == [first + second, BODY[0]]
    credit = parse_credit(lines[0].text)
    assert credit is not None and (credit.reporters, credit.correspondents) == (["汤丽"], ["罗家豪"])


@pytest.mark.parametrize(("first", "second"), [("他说自己是通讯", "员出身。"), ("本报记者 汤　丽", "通讯员 罗家豪")])
def test_lines_that_only_look_broken_stay_apart(first, second):
    from zzreader.core.renditions import split_credits
    from zzreader.core.renditions.model import SourceLine

    assert len(split_credits.join([SourceLine(1, first), SourceLine(2, second)], [])) == 2


# --- f. a bold rubric in brackets over a marked headline ---

@pytest.mark.parametrize("rubric", ["<p><strong>【新春走基层】</strong></p>", "<p><b>〖优化营商环境〗</b></p>"])
def test_a_bold_rubric_over_an_html_headline_is_its_kicker(rubric):
    issue = parse_text("\n".join(("<html><body>", "<div>株洲日报　2026年2月26日　星期四</div>", rubric,
                                  "<h1>企业开办实现“一日办结”</h1>", "<p>株洲日报全媒体记者 陈　可</p>",
                                  f"<p>{BODY[0]}</p>", f"<p>{BODY[1]}</p>", "</body></html>")), "page.html")
    assert titles(issue) == ["企业开办实现“一日办结”"]
    assert issue.articles[0].kicker == rubric.split(">")[2].split("<")[0][1:-1]
    assert issue.articles[0].reporters == ["陈可"]


def test_a_bold_line_inside_a_story_stays_its_sub_heading():
    issue = parse_text("\n".join(("<html><body>", "<div>株洲日报　2026年2月26日　星期四</div>",
                                  "<h1>企业开办实现“一日办结”</h1>", "<p>株洲日报全媒体记者 陈　可</p>",
                                  f"<p>{BODY[0]}</p>", "<p><strong>【链接】</strong></p>", f"<p>{BODY[1]}</p>",
                                  "</body></html>")), "page.html")
    assert titles(issue) == ["企业开办实现“一日办结”"]


# --- g. a byline in 【】 under its headline; '…。株洲日报融媒体记者 某某' closing a brief ---

def test_a_byline_in_square_brackets_under_its_headline():
    issue = _issue("渌口区开通两条乡村客运公交", "【株洲日报全媒体记者　易　敏】", *BODY)
    assert titles(issue) == ["渌口区开通两条乡村客运公交"]
    assert (issue.articles[0].subtitle, issue.articles[0].reporters) == ("", ["易敏"])


def test_a_rubric_in_square_brackets_is_still_no_byline():
    from zzreader.core.credit_lines import any_credit

    assert not any_credit("【聚焦“三高四新”】")


def test_a_brief_closed_by_the_desks_newer_name_without_brackets():
    from zzreader.core.bylines import split_closing_byline

    rest, credit = split_closing_byline("预计吸引市民5万人次。株洲日报融媒体记者　曾　可")
    assert rest == "预计吸引市民5万人次。"
    assert credit is not None and credit.reporters == ["曾可"]


def test_a_column_label_in_full_width_square_brackets_is_read_without_them():
    issue = _issue("［社区故事］", "八旬老人的一日三餐", "株洲日报全媒体记者 邓雨欣", *BODY)
    assert titles(issue) == ["八旬老人的一日三餐"]
    assert "社区故事" in (issue.articles[0].section, issue.articles[0].kicker)
    assert "［" not in issue.articles[0].section + issue.articles[0].kicker


@pytest.mark.parametrize(("role", "names", "credited"), [
    ("通讯员", "龙海波 周　晴", ([], ["龙海波", "周晴"])), ("实习生", "钟雨桐", ([], ["钟雨桐"])),
    ("全媒体记者", "邹佳敏", (["邹佳敏"], []))])
def test_a_role_without_the_papers_name_over_its_names(role, names, credited):
    issue = _issue("天元区新增三所普惠性幼儿园", role, names, *BODY)
    assert titles(issue) == ["天元区新增三所普惠性幼儿园"]
    a = issue.articles[0]
    assert (a.subtitle, a.reporters, a.correspondents) == ("", *credited)
    assert_nothing_lost(issue)
