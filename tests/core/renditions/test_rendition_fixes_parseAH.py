"""Focused checks for round AH: held-out pages an outside examiner writes.

Each test feeds a few lines of original text in one class of issue 12 (PDF
text, e-paper scrapes, single-newline dumps, markup exports, GBK and CRLF
files, files named by date) and asserts what a reader sees.
"""

from __future__ import annotations

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.parse import parse_text
from zzreader.core.renditions import pdf_glyphs

# --- 1. glyphs a PDF's text layer gives without a character ----------------------------------------

PDF_PAGE = [
    "株洲日报 2026年10月14日 星期三 A03 城事",
    "车站路口将改造为(cid:1)“口袋公园”",
    "株洲日报全媒体记者 何(cid:27)璐 通讯员 曾凡林",
    "10月13日，芦淞区车站路与建设路交会处的围挡拆除，一座占地约",
    "1800平方米的口袋公园初具雏形。(cid:3)",
    "县域快讯",
    "\uf06c炎陵：黄桃深加工项目投产",
    "11月2日，炎陵县黄桃罐头和果汁深加工项目投产，年可消化黄",
    "桃1.5万吨，带动周边800余户果农增收。（记者 唐 颖）",
    "\uf06c 茶陵：茶祖文化节开幕",
    "11月1日，第七届茶祖文化节在茶陵县开幕，30余家茶企带来新",
    "品，现场签约金额达2.3亿元。（记者 谭琳琳 通讯员 陈 凯）",
]


def test_cid_residue_in_a_headline_and_a_byline_is_no_text():
    issue = parse_text("\n".join(PDF_PAGE), "x.txt")
    first = issue.articles[0]
    assert first.title == "车站路口将改造为“口袋公园”"
    assert (first.reporters, first.correspondents) == (["何璐"], ["曾凡林"])
    assert "(cid:" not in "".join(first.paragraphs)
    assert_nothing_lost(issue)


def test_a_symbol_font_bullet_over_each_brief_is_its_box_mark():
    issue = parse_text("\n".join(PDF_PAGE), "x.txt")
    assert titles(issue)[1:] == ["炎陵：黄桃深加工项目投产", "茶陵：茶祖文化节开幕"]
    assert issue.articles[2].correspondents == ["陈凯"]


def test_other_private_use_characters_and_the_line_count_stay():
    text = "\ue816某某\n记者 \uf06c\n\uf06c\n" + "\n".join(PDF_PAGE)
    folded, count = pdf_glyphs.fold(text)
    assert folded.count("\n") == text.count("\n")
    assert folded.startswith("\ue816某某\n记者 \uf06c\n\uf06c\n")  # not at a line's start before text: left alone
    assert count == 5
