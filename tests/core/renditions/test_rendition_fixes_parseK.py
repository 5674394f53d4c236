"""Focused checks for the repairs found with the eleventh round of test issues (round K).

A leading article's `评论员文章` label, an interview under a `——访…` deck in
an e-paper scrape, a CMS export's metadata tables, a letter-spaced paper name
on an old masthead and the file's last line end before PDF detection. Each
test feeds a few lines of original text and asserts what a reader sees.
"""

from __future__ import annotations

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.bylines import parse_credit
from zzreader.core.parse import parse_text
from zzreader.core.renditions import ocr_spacing, pdf_text

S = "\u3000"


def test_leading_article_label_is_no_byline_and_makes_a_commentary():
    assert parse_credit("评论员文章") is None
    lines = [
        "株洲日报　2025年12月3日　星期三　A02　要闻",
        "湘江风光带新添健身步道", "株洲日报全媒体记者 黄 蕾",
        "12月2日，湘江风光带新建的8公里健身步道开放。",
        "评论员文章", "把民生实事办到群众心坎上", "本报评论员",
        "天气一天天冷下来，群众冷不冷、暖不暖，是检验民生工作的一把尺子。",
    ]
    issue = parse_text("\n".join(lines), "x.txt")
    assert titles(issue) == ["湘江风光带新添健身步道", "把民生实事办到群众心坎上"]
    assert issue.articles[0].reporters == ["黄蕾"] and issue.articles[0].type == "news"
    assert issue.articles[1].reporters == ["本报评论员"] and issue.articles[1].type == "commentary"
    assert_nothing_lost(issue)


def test_interview_deck_makes_a_feature_even_with_a_meta_byline():
    lines = [
        "株洲新闻网 > 数字报 > 株洲日报 > 2025-12-04 > A03版 城事",
        "“让老旧小区住得更舒心”", "——访市住建局局长邹某某",
        "发布时间：2025-12-04　来源：株洲日报　作者：株洲日报全媒体记者 赵 敏",
        "今年，我市共改造老旧小区86个。记者日前采访了市住建局局长邹某某。",
        "记者：今年有哪些新变化？", "邹某某：最大的变化是“先问需后改造”。",
    ]
    issue = parse_text("\n".join(lines), "x.txt")
    assert titles(issue) == ["“让老旧小区住得更舒心”"]
    assert issue.articles[0].reporters == ["赵敏"] and issue.articles[0].type == "feature"


_CMS = """<html><body>
<table class="meta">
<tr><th>稿件标题</th><td>石峰区老旧小区改造惠及3200户</td></tr>
<tr><th>作者</th><td>记者 周 婷　通讯员 欧阳亮</td></tr>
<tr><th>版面</th><td>A04 区县</td></tr>
<tr><th>刊发日期</th><td>2025-12-05</td></tr>
</table>
<p>　　12月4日，石峰区今年完成老旧小区改造14个。</p>
<table class="meta">
<tr><th>标题</th><td>渌口区冬修水利开工</td></tr>
<tr><th>作者</th><td>李想</td></tr>
</table>
<p>　　12月3日，渌口区冬修水利工程集中开工。</p>
</body></html>"""


def test_cms_metadata_tables_give_headline_and_byline():
    issue = parse_text(_CMS, "zzrb_20251205_A04.html")
    assert titles(issue) == ["石峰区老旧小区改造惠及3200户", "渌口区冬修水利开工"]
    first, second = issue.articles
    assert (first.reporters, first.correspondents) == (["周婷"], ["欧阳亮"])
    assert second.reporters == ["李想"]  # a bare name in the author field is the reporter
    assert first.paragraphs == ["12月4日，石峰区今年完成老旧小区改造14个。"]
    assert all(a.type == "news" for a in issue.articles)
    assert any("刊发日期" in u.text for u in issue.unassigned)  # the other fields stay visible


def test_a_data_table_is_no_cms_metadata():
    text = "<html><body><h2>上半年主要指标</h2><table><tr><td>指标</td><td>增速</td></tr><tr><td>GDP</td><td>6.1%</td></tr></table></body></html>"
    issue = parse_text(text, "x.html")
    assert titles(issue) == ["上半年主要指标"] and issue.articles[0].type == "table"


_OLD_PAGE = [
    "株 洲 日 报", "一九八五年三月二日　星期六　第1版", "",
    "市委召开全市农村工作会议",
    S * 2 + "本报讯　三月一日，中共株洲市委召开全市农村工作会议，部署今年春",
    "耕生产和农村经济体制改革工作。会议要求各县区抓紧春耕备耕，确保粮",
    "食生产稳定增长。",
    S * 2 + "会议还表彰了一九八四年度农业生产先进单位和先进个人。",
    "株洲冶炼厂超额完成二月份生产计划",
    S * 2 + "本报通讯员　李建国",
    S * 2 + "株洲冶炼厂全体职工鼓足干劲，二月份锌产量比计划超产百分之八，创",
    "历年同期最高水平。",
    S * 2 + "该厂党委号召全厂职工再接再厉，为完成全年生产任务而努力奋斗。",
    "醴陵瓷厂新产品远销东南亚",
    S * 2 + "本报记者　刘少华",
    S * 2 + "醴陵群力瓷厂今年试制成功的釉下彩餐具，已有三批共四万件销往新",
    "加坡和马来西亚，受到外商好评。", "",
]


def test_spaced_paper_name_is_the_masthead_and_old_scan_reads_as_pdf_text():
    assert ocr_spacing.unspace_name(["株 洲 日 报", "正文"]) == ["株洲日报", "正文"]
    same = ["株洲日报", "正文"]
    assert ocr_spacing.unspace_name(same) is same
    issue = parse_text("\n".join(_OLD_PAGE), "zzrb_1985-03-02.txt")
    assert issue.date == "1985-03-02" and issue.rendition == "pdf_text"
    assert titles(issue) == ["市委召开全市农村工作会议", "株洲冶炼厂超额完成二月份生产计划", "醴陵瓷厂新产品远销东南亚"]
    assert issue.articles[1].correspondents == ["李建国"] and issue.articles[2].reporters == ["刘少华"]
    assert issue.articles[0].paragraphs[0].endswith("确保粮食生产稳定增长。")
    assert_nothing_lost(issue)


def test_the_files_last_line_end_is_no_blank_line_for_pdf_detection():
    lines = _OLD_PAGE[1:-1]
    assert pdf_text.looks_like(lines) == pdf_text.looks_like([*lines, ""])
