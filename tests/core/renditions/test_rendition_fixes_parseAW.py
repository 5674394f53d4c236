"""Focused checks for round AW: containers and exports no earlier round imitated.

Each test feeds a few lines of original text in a form a held-out issue of the round
showed (tests/core/renditions/data/*_440..444 and the three named only by their date:
2026年12月.mbox, ChatExport_2026-12-30 messages.html, 株洲新闻_20261231_1930.srt)
and asserts what a reader sees.
"""

from __future__ import annotations

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.parse import parse_bytes

S = "\u3000"


def _gbk_rtf(text: str) -> str:
    return "".join(ch if ord(ch) < 128 else "".join(f"\\'{b:02x}" for b in ch.encode("gbk")) for ch in text)


def _u_rtf(text: str) -> str:
    return "".join(ch if ord(ch) < 128 else f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?" for ch in text)


# --- 1. Rich text (.rtf) from WordPad and Word ------------------------------------------------------------

def test_wordpad_rich_text_in_the_code_page_is_read_story_by_story():
    """WordPad's '\\'d6\\'ea' bytes under '\\ansicpg936', bold 16pt titles: each story with its byline."""
    rows = [
        "{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 " + _gbk_rtf("宋体") + ";}}",
        "{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1 ",
        "\\pard\\qc\\f0\\fs28 " + _gbk_rtf(f"株洲日报{S}2026年3月2日{S}星期一{S}A03{S}城事") + "\\par",
        "\\pard\\fs22\\par",
        "\\b\\fs32 " + _gbk_rtf("石峰区新建两处口袋公园") + "\\b0\\fs22\\par",
        _gbk_rtf(f"株洲日报全媒体记者{S}龙雅君") + "\\par",
        _gbk_rtf("记者3月1日从石峰区城管局获悉，响石岭街道两处口袋公园建成开放。") + "\\par",
        "\\par",
        "\\b\\fs32 " + _gbk_rtf("荷塘区开展春季义诊") + "\\b0\\fs22\\par",
        _gbk_rtf(f"通讯员{S}邓佳慧") + "\\par",
        _gbk_rtf("3月1日，荷塘区卫健局组织医生走进社区，为居民免费测血压。") + "\\par",
        "}",
    ]
    issue = parse_bytes("\r\n".join(rows).encode("ascii"), "a.rtf")
    assert titles(issue) == ["石峰区新建两处口袋公园", "荷塘区开展春季义诊"]
    assert issue.articles[0].reporters == ["龙雅君"]
    assert issue.articles[0].paragraphs[0].startswith("记者3月1日")
    assert issue.articles[1].correspondents == ["邓佳慧"]
    assert issue.date == "2026-03-02"
    assert issue.articles[0].line_start == 5  # the story keeps its line in the file


def test_word_rich_text_with_unicode_escapes_and_a_heading_style_is_read():
    """Word's '\\u26666?' escapes, its font, style and summary tables, and titles in 'heading 1'."""
    rows = [
        "{\\rtf1\\ansi\\ansicpg936\\uc1\\deff0{\\fonttbl{\\f13\\fnil\\fcharset134 " + _u_rtf("宋体") + "{\\*\\falt SimSun};}}",
        "{\\stylesheet{\\s1\\outlinelevel0 \\b\\fs44 heading 1;}}",
        "{\\info{\\title " + _u_rtf("剪报") + "}{\\creatim\\yr2026\\mo3\\dy3}}",
        "\\pard\\plain\\qc {\\f13 " + _u_rtf(f"2026年3月3日{S}星期二{S}第A02版：要闻") + "}{\\par }",
        "\\pard\\plain\\s1\\outlinelevel0 \\b\\fs44 {\\f13 " + _u_rtf("株洲西站改造工程开工") + "}{\\par }",
        "\\pard\\plain\\qc {\\i\\f13 " + _u_rtf(f"株洲日报全媒体记者{S}谭一凡") + "}{\\par }",
        "\\pard\\plain\\fi420 {\\f13 " + _u_rtf("3月2日，株洲西站站房改造工程开工，计划明年建成。") + "}{\\par }",
        "{\\*\\themedata 504b0304140006000800}}",
    ]
    issue = parse_bytes("\r\n".join(rows).encode("ascii"), "b.rtf")
    assert titles(issue) == ["株洲西站改造工程开工"]
    assert issue.articles[0].reporters == ["谭一凡"]
    assert issue.articles[0].paragraphs[0].startswith("3月2日，株洲西站")
    assert issue.date == "2026-03-03"
    assert_nothing_lost(issue)
