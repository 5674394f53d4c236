"""Markdown export of hostile article text: a line inside a paragraph opens no block (core/article_export.py).

Before: a paragraph holding '\\n===' made its first line a heading, '\\n- ' or
'\\n1. ' opened a list, '\\n~~~' a code fence, and a section holding '\\n==='
turned the line of particulars into a heading.
"""

from __future__ import annotations

from zzreader.core import article_export as ax
from zzreader.core.models import Article, Block
from zzreader.core.summaries import IssueSummary

_ISSUE = IssueSummary(1, "2025-06-01", 3, "zzrb-2025-06-01.txt", 1)


def _md(paragraphs: list[str], section: str = "") -> str:
    blocks = [Block("paragraph", p, 1, 1) for p in paragraphs]
    return ax._markdown(_ISSUE, Article(title="湘江夜游", section=section, blocks=blocks))


def test_no_line_inside_a_paragraph_opens_a_block():
    out = _md(["神农城灯会开幕\n===", "市民\n- 排队入园", "名单\n1. 张某", "  2) 李某", "代码\n~~~", "标题\n---", "引\n   + 加号"])
    lines = out.split("\n")
    for opener in ("===", "- 排队入园", "1. 张某", "2) 李某", "~~~", "+ 加号"):  # a lone "---" ends each article
        assert opener not in lines and opener.strip() not in [line.strip() for line in lines]
    assert "\\===" in lines and "\\- 排队入园" in lines and "1\\. 张某" in lines and "   \\+ 加号" in lines
    assert "神农城灯会开幕" in lines and "市民" in lines and "\\---" in lines and lines.count("---") == 1


def test_a_section_with_a_line_break_stays_on_the_line_of_particulars():
    out = _md(["正文一句。"], section="要闻\n===")
    assert "2025-06-01 · 第3期 · 要闻 ===" in out.split("\n") or "2025-06-01 · No. 3 · 要闻 ===" in out.split("\n")
    assert "===" not in out.split("\n")


def test_ordinary_paragraphs_are_unchanged():
    out = _md(["株洲日报讯 今年一季度，我市新增城镇就业1.2万人。", "2026年，全市将再建10个口袋公园。"])
    assert "株洲日报讯 今年一季度，我市新增城镇就业1.2万人。" in out and "2026年，全市将再建10个口袋公园。" in out
