"""Focused checks for the repairs of parser round Z: classes of earlier rounds met together on one page.

Each test feeds a few lines of original text and asserts what a reader sees:
titles, bylines, types, dates, and that no line is lost.
"""

from __future__ import annotations

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.parse import parse_text


def _text(*lines: str) -> str:
    return "\n".join(lines)


# --- a. a two-line site menu at the top of a scraped e-paper page (traditional characters) ---

def test_a_two_line_menu_over_the_masthead_is_no_headline():
    issue = parse_text(_text(
        "株洲新聞網 首頁",
        "數字報",
        "株洲日報 2016年09月21日 第A05版：經濟",
        "攸縣油茶林迎來採摘季",
        "——今年預計產茶油1.8萬噸",
        "作者：譚　俊",
        "日期：2016-09-21",
        "　　秋分將至，攸縣漫山遍野的油茶果陸續成熟，茶農們開始上山採摘。",
        "上一篇：沒有了",
    ), "epaper_z.txt")
    assert titles(issue) == ["攸縣油茶林迎來採摘季"]
    assert issue.articles[0].reporters == ["譚俊"]
    assert issue.date == "2016-09-21"
    assert_nothing_lost(issue)


def test_two_short_headlines_at_the_top_stay_headlines():
    issue = parse_text(_text(
        "要闻简报",
        "荷塘区启动春季义诊",
        "　　4月15日，荷塘区卫健局组织30余名医务人员走进社区，为居民免费测量血压。",
    ), "z.txt")
    assert "荷塘区启动春季义诊" in "".join(titles(issue))
    assert_nothing_lost(issue)


# --- b. a PDF page of pieces that each close on a credit in brackets, a blank line after each ---

def test_a_blank_after_a_closing_credit_ends_an_article():
    from zzreader.core.renditions import article_gaps

    assert article_gaps.closing_credit("（记者 唐　玮）")
    assert not article_gaps.closing_credit("（上接第1版）")
    assert article_gaps.after_credits(["正文。", "（通讯员 曾　琳）", "", "标题", "", "正文"]) == 1


def test_a_continued_story_closing_on_its_credit_is_pdf_text():
    issue = parse_text(_text(
        "株洲日报",
        "2023年10月25日 星期三",
        "A02 要闻 责任编辑 罗　娟",
        "",
        "（上接第1版）今年以来，全市新开工",
        "重点项目86个，完成投资同比增长",
        "14.3%。市重点办负责人介绍，四季",
        "度将集中开展项目攻坚，确保全年",
        "目标任务圆满完成。",
        "（记者 唐　玮）",
        "",
        "“秋收”时节农机忙",
        "　　眼下正值晚稻收割时节，攸县皇图岭",
        "镇的田野里，十余台收割机来回穿梭，",
        "稻谷脱粒、装袋一气呵成。",
        "　　当地种粮大户谭建国告诉记者，今年",
        "他流转了800亩稻田，全程机械化作业",
        "节省了不少人工成本。",
        "（记者 欧阳婷 通讯员 贺　军）",
        "",
        "云龙示范区新增5条公交线路",
        "　　10月24日起，云龙示范区新开通5条",
        "公交线路，连通职教城、云龙体育中心",
        "和多个居民小区，方便市民出行。",
        "（通讯员 曾　琳）",
    ), "z.txt")
    assert issue.rendition == "pdf_text"
    first = issue.articles[0]
    assert first.title == "" and first.reporters == ["唐玮"]
    assert "新开工重点项目86个" in "".join(b.text for b in first.blocks)
    assert titles(issue)[1:] == ["“秋收”时节农机忙", "云龙示范区新增5条公交线路"]
    assert issue.articles[1].type == "news"
    assert_nothing_lost(issue)


def test_blank_lines_between_paragraphs_still_make_a_plain_dump():
    issue = parse_text(_text(
        "社区图书馆延长开放",
        "",
        "　　石峰区6家社区图书馆从本月起延长开放时间，周一至周五开放至晚十点。",
        "",
        "　　馆方表示，延时期间将增派志愿者，为读者提供借还书服务。",
        "",
        "　　不少居民表示，下班后也能来看书了，十分方便。",
        "（记者 汤晓雯）",
        "",
        "夜市新添便民摊位",
        "",
        "　　荷塘区文化路夜市本周新增20个便民摊位，主要经营日用百货。",
        "",
        "　　摊位由街道统一管理，免收摊位费。",
        "（通讯员 李　敏）",
    ), "z.txt")
    assert issue.rendition != "pdf_text"
    assert titles(issue) == ["社区图书馆延长开放", "夜市新添便民摊位"]


# --- c. a Markdown table laid out as a grid of small ads: '| **label**<br>text | **label**<br>text |' ---

def test_a_grid_row_of_labelled_boxes_becomes_one_block_each():
    from zzreader.core.renditions import md_layout_tables
    from zzreader.core.renditions.model import SourceLine

    rows = ["| | |", "|---|---|", "| **家教**<br>数学辅导。 | **招租**<br>门面出租。 |"]
    furniture: list[SourceLine] = []
    out = md_layout_tables.rewrite([SourceLine(k, t) for k, t in enumerate(rows, 1)], furniture)
    assert [line.text for line in out] == ["<div>**家教**<br>数学辅导。</div><div>**招租**<br>门面出租。</div>"]
    assert [line.no for line in furniture] == [1, 2]


def test_a_data_table_stays_a_table():
    from zzreader.core.renditions import md_layout_tables
    from zzreader.core.renditions.model import SourceLine

    rows = ["| 区县 | 人数 |", "|---|---|", "| 天元区<br>（含新区） | 120 |"]
    out = md_layout_tables.rewrite([SourceLine(k, t) for k, t in enumerate(rows, 1)], [])
    assert [line.text for line in out] == rows


def test_classified_ads_two_to_a_markdown_row_each_get_a_headline():
    issue = parse_text(_text(
        "# 株洲日报 分类广告",
        "",
        "2020年9月15日 星期二 第B08版",
        "",
        "| | |",
        "|---|---|",
        "| **旺铺转让**<br>芦淞区建设中路临街奶茶店，设备齐全。电话：13607330125 | **诚聘厨师**<br>天元区某酒楼诚聘湘菜厨师2名。电话：0731-28316420 |",
        "| **遗失声明**<br>株洲市石峰区田园五金店遗失公章一枚，声明作废。 | **管道疏通**<br>专业疏通下水道，半小时上门。电话：13873367790 |",
    ), "z.md")
    assert titles(issue) == ["旺铺转让", "诚聘厨师", "遗失声明", "管道疏通"]
    assert [a.type for a in issue.articles] == ["ad", "ad", "notice", "ad"]
    assert issue.date == "2020-09-15"
    assert_nothing_lost(issue)
