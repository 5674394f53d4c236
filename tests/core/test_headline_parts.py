"""Which headline line is the kicker, the title, the subtitle or the byline, on small original pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from zzreader.core.parse import parse_file

MASTHEAD = "株洲日报\n2025年7月17日 星期四\n\n"


def parsed(tmp_path: Path, body: str):
    page = tmp_path / "page.txt"
    page.write_text(MASTHEAD + body, encoding="utf-8")
    return parse_file(page).articles


@pytest.mark.parametrize("rubric", ["【聚焦“三高四新”】", "【一线见闻】", "〖奋进新征程〗"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_rubric_in_brackets_over_a_headline_is_its_kicker(tmp_path, rubric, gap):
    body = gap.join([rubric, "株洲硬质合金产业产值突破百亿元", "本报记者 刘芳 通讯员 何军", ""])
    body += "\n本报7月16日讯 今年上半年，株洲硬质合金产业实现产值103亿元，同比增长12.5%。\n"
    (article,) = parsed(tmp_path, body)
    assert article.title == "株洲硬质合金产业产值突破百亿元"
    assert article.subtitle == ""
    assert rubric[1:-1] in (article.kicker, article.section)
    assert "【" not in article.kicker + article.section and "〖" not in article.kicker + article.section
    assert (article.reporters, article.correspondents) == (["刘芳"], ["何军"])


def test_a_bracketed_headline_over_its_byline_stays_the_title(tmp_path):
    body = "【石峰区开通“银发专线”公交】\n株洲日报全媒体记者 罗茜\n\n7月16日，石峰区首条“银发专线”公交开通，串起5家医院和3个公园。\n"
    (article,) = parsed(tmp_path, body)
    assert article.title == "石峰区开通“银发专线”公交"
    assert article.reporters == ["罗茜"]


@pytest.mark.parametrize("name_line", ["周  易", "周　易", "周 　易", "周易", "周晓易"])
def test_a_writer_named_alone_under_the_title_padded_with_any_spaces_is_the_byline(tmp_path, name_line):
    body = f"短评\n关爱要落在实处\n{name_line}\n\n为户外劳动者送清凉，不能只在一时一地，更要建立长效机制。\n"
    (article,) = parsed(tmp_path, body)
    assert (article.title, article.subtitle) == ("关爱要落在实处", "")
    assert article.reporters == ["".join(name_line.split())]


REPORT = "株洲启动“百日攻坚”行动\n株洲日报全媒体记者 朱晓琳\n7月16日，全市“百日攻坚”行动动员会召开，部署下半年重点项目建设。\n会议要求，各级各部门要对照目标任务，倒排工期、挂图作战。\n"


@pytest.mark.parametrize("headline", ["炎陵：黄桃喜获丰收", "攸县：万亩荷塘迎来采莲季"])
@pytest.mark.parametrize("indent", ["", "　　"])
def test_a_place_headline_over_one_paragraph_another_writer_signs_opens_a_piece(tmp_path, headline, indent):
    report = "".join(indent + line + "\n" if i > 1 else line + "\n" for i, line in enumerate(REPORT.splitlines()))
    body = report + headline + "\n" + indent + "7月16日，炎陵县中村瑶族乡的黄桃基地里，果农们忙着采摘。（通讯员 李斌）\n"
    first, second = parsed(tmp_path, body)
    assert (first.title, first.reporters, first.correspondents) == ("株洲启动“百日攻坚”行动", ["朱晓琳"], [])
    assert (second.title, second.correspondents) == (headline, ["李斌"])


def test_a_section_heading_over_the_last_paragraph_the_same_writer_signs_stays_in_the_story(tmp_path):
    body = REPORT + "保障基本盘：网底织得更牢\n各县市区将建立重点项目清单，逐月调度，确保年底前全部开工。（记者 朱晓琳）\n"
    (article,) = parsed(tmp_path, body)
    assert article.reporters == ["朱晓琳"]
    assert any("保障基本盘" in p for p in article.paragraphs) or "保障基本盘" in str(article.blocks)


@pytest.mark.parametrize("lead", ["本报讯（通讯员　袁志刚）9月以来，芦淞服饰市场群的商户陆续上架秋装。", "本报记者 袁志刚"])
def test_a_story_after_two_blank_lines_is_no_photo_caption(tmp_path, lead):
    body = (
        "神农城音乐喷泉恢复开放\n本报记者　龚晓婷\n　　9月11日晚，停运三个月的神农城音乐喷泉恢复开放。\n\n\n"
        f"芦淞服饰市场迎来秋装上新\n{lead}\n　　据市场管理方介绍，今年新增直播间两百余个。\n"
    )
    first, second = parsed(tmp_path, body)
    assert second.title == "芦淞服饰市场迎来秋装上新"
    assert "袁志刚" in second.reporters + second.correspondents
    assert all("芦淞" not in p for p in first.paragraphs)


def test_a_short_line_after_a_picture_gap_is_still_its_caption(tmp_path):
    body = "神农城音乐喷泉恢复开放\n本报记者　龚晓婷\n　　9月11日晚，停运三个月的神农城音乐喷泉恢复开放。\n\n\n市民在喷泉旁拍照留念\n"
    (article,) = parsed(tmp_path, body)
    assert [b.kind for b in article.blocks][-1] == "caption"


@pytest.mark.parametrize("second_day", ["2025年7月17日 星期四", "2025年7月18日 星期五"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("name", ["株洲日报", "《株洲日报》", "株 洲 日 报"])
def test_the_masthead_printed_again_further_down_is_furniture(tmp_path, second_day, gap, name):
    body = (
        "石峰区新建三座口袋公园\n株洲日报全媒体记者 周文博\n7月16日，记者从石峰区城管局获悉，该区今年新建的三座口袋公园已全部开放。"
        f"{gap}{name}\n{second_day}\n\n荷塘区开展防汛演练\n株洲日报全媒体记者 王凯\n7月17日，荷塘区在月塘街道开展防汛应急演练。\n"
    )
    first, second = parsed(tmp_path, body)
    assert first.paragraphs == ["7月16日，记者从石峰区城管局获悉，该区今年新建的三座口袋公园已全部开放。"]
    assert (second.title, second.reporters) == ("荷塘区开展防汛演练", ["王凯"])



@pytest.mark.parametrize(
    "masthead",
    ["株洲日报 2024年3月8日 第1期", "株洲日报  第12345期  2024年3月8日", "株洲日报 第36期 2024年3月8日 A02版", "株洲日报 第36期 2024-03-08"],
)
def test_a_one_line_masthead_with_any_issue_number_is_the_masthead(tmp_path, masthead):
    page = tmp_path / "page.txt"
    page.write_text(masthead + "\n\n神农公园樱花开了\n\n本报讯（记者 谭某）三月的神农公园樱花盛开，市民纷纷前来赏花。\n", encoding="utf-8")
    issue = parse_file(page)
    assert issue.date == "2024-03-08"
    assert [(a.title, a.subtitle) for a in issue.articles] == [("神农公园樱花开了", "")]


@pytest.mark.parametrize("label_line", ["城事：金秋"])
def test_a_place_and_its_news_over_one_more_line_is_the_title_and_the_line_under_it_the_subtitle(tmp_path, label_line):
    """'天元区：首届菊花文化节开幕' over '展出菊花品种200余个' was read as a column label over the title."""
    text = ("株洲日报\n2025年11月6日 星期四\n\n天元区：首届菊花文化节开幕\n展出菊花品种200余个\n本报记者 赵一凡\n\n"
            "　　11月5日，天元区首届菊花文化节在神农公园开幕，展出菊花品种200余个、盆景3000余盆。\n")
    path = tmp_path / "zzrb-2025-11-06.txt"
    path.write_text(text, encoding="utf-8")
    [article] = parse_file(path).articles
    assert (article.section, article.title, article.subtitle) == ("", "天元区：首届菊花文化节开幕", "展出菊花品种200余个")
    # a short label with a colon over a headline is still the column's label
    path.write_text(text.replace("天元区：首届菊花文化节开幕\n展出菊花品种200余个\n", f"{label_line}\n首届菊花文化节开幕\n"), encoding="utf-8")
    [article] = parse_file(path).articles
    assert (article.title, article.section) == ("首届菊花文化节开幕", label_line.rstrip("："))


@pytest.mark.parametrize("under", ["本报记者 赵一凡\n\n　　11月5日，", "株洲日报讯（记者 赵一凡）11月5日，"])
def test_a_label_ending_on_a_colon_right_over_a_headline_is_no_text_that_swallows_it(tmp_path, under):
    """'重阳节专题：' over the headline: the headline was read as text after it and glued to the lead."""
    [article] = parsed(tmp_path, f"重阳节专题：\n首届菊花文化节开幕\n{under}天元区首届菊花文化节在神农公园开幕。\n")
    assert (article.title, article.reporters) == ("首届菊花文化节开幕", ["赵一凡"])
    assert article.paragraphs == ["11月5日，天元区首届菊花文化节在神农公园开幕。"]
    assert article.section == "重阳节专题"  # the label, without the colon that points at the headline
