"""Focused checks for round AR: Markdown/HTML exports, single-newline phone copies, GBK/GB18030 dumps,
runs of ads and notices, and files named only by their date.

Each test feeds a few lines of original text in a form a held-out issue of the round showed
(tests/core/renditions/data/*_400..*_403 and the four named only by their date) and asserts what a
reader sees.
"""

from __future__ import annotations

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.parse import parse_bytes

S = "\u3000"


def _read(text: str, name: str = "x.txt", encoding: str = "utf-8"):
    return parse_bytes(text.encode(encoding), name)


def _body(article) -> str:
    return "".join(article.paragraphs)


# --- 1. GBK/GB18030 dumps ----------------------------------------------------------------------------------

def test_a_typesetters_own_character_in_a_name_keeps_the_byline():
    """'通讯员　李\\ue000华': a rare name character set in the private use area (GBK's user rows) is still a name."""
    page = "\r\n".join([
        f"株洲日报{S}2026年12月9日{S}星期三{S}A05{S}经济", "",
        "精工电机株洲新厂投产",
        f"株洲日报全媒体记者{S}黄{S}磊{S}通讯员{S}李\ue000华", "",
        "12月8日，位于株洲高新区的精工电机（株洲）有限公司新厂投产，年产驱动电机30万台。", "",
    ]) + "\r\n"
    issue = _read(page, encoding="gb18030")
    [story] = issue.articles
    assert (story.reporters, story.correspondents) == (["黄磊"], ["李\ue000华"])
    assert "通讯员" not in _body(story)


def test_a_brief_that_opens_on_its_day_and_is_signed_at_its_end_is_news():
    """'12月9日，…' closed by '（谭　敏）': a reporter's brief, not a columnist's commentary."""
    page = "\n".join([
        f"株洲日报{S}2026年12月10日{S}星期四{S}A06{S}区县", "",
        "茶陵县举行冬季征兵欢送仪式",
        "12月9日，茶陵县在县人武部举行冬季新兵入伍欢送仪式，86名新兵胸戴红花，奔赴军营。",
        f"（谭{S}敏）", "",
    ])
    [brief] = _read(page).articles
    assert (brief.type, brief.reporters) == ("news", ["谭敏"])


# --- 2. Markdown/HTML exports ------------------------------------------------------------------------------

_WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>版面编辑</o:Author>
 </o:DocumentProperties>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Print</w:View>
 </w:WordDocument>
</xml><![endif]-->
</head>
<body lang=ZH-CN>
"""


def test_a_word_web_page_head_is_no_article():
    """Word's `<html xmlns:…>` over five lines and two conditional comments back to back are the page's
    machinery: neither the namespaces nor the document's settings ('Print') become an article."""
    page = _WORD_HEAD + "\n".join([
        "<p class=MsoNormal align=center><span lang=EN-US>2026</span><span style='font-family:宋体'>年12月1日 星期二 A03 城事</span></p>",
        "<h1><span style='font-family:黑体'>神农大道快速化改造全线贯通</span></h1>",
        "<p class=MsoNormal><span style='font-family:楷体'>株洲日报全媒体记者 曾 凡</span></p>",
        "<p class=MsoNormal><span style='font-family:宋体'>11月30日上午，神农大道快速化改造工程全线贯通，沿线9个路口实现“无红绿灯”通行。</span></p>",
        "</body>", "</html>",
    ]) + "\n"
    issue = _read(page, "x.html")
    assert titles(issue) == ["神农大道快速化改造全线贯通"]
    assert issue.articles[0].reporters == ["曾凡"]
    assert_nothing_lost(issue)


def test_a_brief_under_the_papers_lead_that_gives_a_hotline_is_news():
    """'本报讯 …可拨打0731-28123456咨询。': the paper reports a hotline; it is no advertiser's ad."""
    page = "\n".join([
        f"株洲日报{S}2026年12月1日{S}星期二{S}A03{S}城事", "",
        "冬季供暖咨询电话公布",
        "本报讯 今冬我市集中供暖将于12月5日启动，供暖区域内的居民如遇室温不达标等问题，可拨打0731-28123456咨询。", "",
    ])
    [brief] = _read(page).articles
    assert brief.type == "news"
