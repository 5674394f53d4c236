"""Vertical text (竖排) that OCR read across, with the marks OCR writes half-width (renditions/vertical_text.py)."""

from __future__ import annotations

import pytest

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.parse import parse_bytes

S = "\u3000"


def _across(title: str, body: str, height: int) -> list[str]:
    """The rows OCR reads from columns set right to left: the title the rightmost column."""
    cols = [title] + [body[i:i + height] for i in range(0, len(body), height)]
    cols = [c.ljust(height, S) for c in cols]
    return ["".join(col[r] for col in reversed(cols)).rstrip(S) for r in range(height)]


@pytest.mark.parametrize("body", [
    "洗菜的水可以浇花,淘米的水可以拖地,一盆一碗攒起来,一年能省下不少水。",  # OCR's ASCII commas
    "洗菜的水可以浇花;淘米的水可以拖地!一盆一碗攒起来,一年能省下不少水?",
])
def test_a_vertical_block_with_half_width_marks_is_read_column_by_column(body: str) -> None:
    page = "\n".join([
        "株洲日报", "一九八七年四月九日　星期四", "第一版",
        "短评", *_across("节水就在举手之间", body, 8),
        "我市启动节水型社区创建",
        "　　本报讯　市城管局本月起在二十个社区开展节水型社区创建,推广节水器具。",
    ])
    issue = parse_bytes(page.encode("utf-8"), "x.txt")
    assert titles(issue) == ["节水就在举手之间", "我市启动节水型社区创建"]
    assert "".join(issue.articles[0].paragraphs).startswith("洗菜的水可以浇花")
    assert_nothing_lost(issue)


@pytest.mark.parametrize("title", ["节水就在举手间", "节约用水"])
def test_a_title_shorter_than_the_text_columns_keeps_every_character_in_place(title: str) -> None:
    """The rows under the title's end are a character short (OCR wrote nothing for the empty place): they are
    still rows of the block, so the text's columns read whole."""
    body = "洗菜的水可以浇花，淘米的水可以拖地，一盆一碗攒起来，一年能省下不少水。"
    page = "\n".join([
        "株洲日报", "一九八七年四月九日　星期四", "第一版",
        "短评", *_across(title, body, 8),
        "我市启动节水型社区创建",
        "　　本报讯　市城管局本月起在二十个社区开展节水型社区创建，推广节水器具。",
    ])
    issue = parse_bytes(page.encode("utf-8"), "x.txt")
    assert titles(issue) == [title, "我市启动节水型社区创建"]
    assert "".join(issue.articles[0].paragraphs) == body
    assert_nothing_lost(issue)


def test_a_headline_a_character_shorter_than_the_rows_under_the_block_stays_a_headline() -> None:
    """A block whose title fills its column, then the next story's headline of one character fewer than a row,
    then its lead: the headline is no short row of the block."""
    body = "洗菜的水可以浇花，淘米的水可以拖地，一盆一碗攒起来，一年能省下不少水。"
    page = "\n".join([
        "株洲日报", "一九八七年四月九日　星期四", "第一版",
        "短评", *_across("节水就在举手之间", body, 8),
        "社区开新课",
        "　　本报讯　市城管局本月起在二十个社区开展节水型社区创建，推广节水器具。",
    ])
    issue = parse_bytes(page.encode("utf-8"), "x.txt")
    assert titles(issue) == ["节水就在举手之间", "社区开新课"]
    assert "".join(issue.articles[0].paragraphs) == body
