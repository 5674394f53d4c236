"""PDF text whose marks OCR or a 全角转半角 cleaner wrote half-width (',' for '，', '(' for '（').

The page printed those marks full-width, so each took a full column of its line; measured as half a column,
lines cut at the column's edge looked short, the wraps were not seen and a headline sank into the text
(renditions/line_widths.py `visual_len`). The rewrite is the variants bench's `halfwidth_forms`; the gold is
the file's own, written by reading it.
"""

from __future__ import annotations

import pytest

from tests.core.test_parse_gold import load_gold, score_seed
from zzreader.core.decode import decode
from zzreader.core.parse import parse_bytes
from zzreader.core.renditions.line_widths import visual_len

DATA = __import__("pathlib").Path(__file__).parent / "data"
_HALF = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}


def test_a_half_width_mark_in_chinese_text_takes_a_full_column() -> None:
    assert visual_len("目前,全市已调进化肥") == visual_len("目前，全市已调进化肥") == 10
    assert visual_len("本报讯(通讯员 聂欣)") == visual_len("本报讯（通讯员 聂欣）")
    assert visual_len("全年增长3.5%") == 6  # figures and their marks stay half a column each


@pytest.mark.parametrize("name", ["株洲日报_20261120_A04评论.txt", "pdf_text_373.txt"])
def test_a_page_with_half_width_marks_keeps_every_article(name: str) -> None:
    text = decode((DATA / name).read_bytes()).text.translate(_HALF)
    gold = load_gold(DATA / name.replace(".txt", ".json"))
    score = score_seed(gold, parse_bytes(text.encode("utf-8"), name))
    assert [a.title for a in score.missed] == [] and score.spurious == []
