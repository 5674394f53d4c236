"""A run of 'label：value' lines is walked once, not once for each of its lines (core/lines.py `_notice_field`).

Hardening round 38 found a page of ads whose openers ('招聘：…', '出租：…') ran on for thousands of lines:
each line walked back over the whole run to find the notice title above it, 7,500 lines took 21 s and
30,000 ran past 40 s.
"""

from __future__ import annotations

import re

from zzreader.core import lines as pass_one
from zzreader.core.lines import classify


class _Counted:
    """The field pattern, counting its looks."""

    def __init__(self, pattern: re.Pattern) -> None:
        self.pattern, self.calls = pattern, 0

    def match(self, text: str):
        self.calls += 1
        return self.pattern.match(text)


_FIELDS = ["岗位：物业保安", "人数：{k}名", "要求：身体健康，能吃苦耐劳", "待遇：面议，包食宿", "时间：即日起至月底"]


def _page(n: int) -> list[str]:
    return ["株洲日报 2026年12月15日", "", "招聘启事"] + [_FIELDS[k % 5].format(k=k % 9 + 1) for k in range(n)]


def test_a_run_of_fields_costs_looks_in_proportion_to_its_length(monkeypatch) -> None:
    counted = _Counted(pass_one.FIELD)
    monkeypatch.setattr(pass_one, "FIELD", counted)
    classify(_page(4_000))
    assert counted.calls < 10 * 4_000  # a few looks for each line, the run walked once (before: 8 million)


def test_fields_under_a_notice_title_are_its_text() -> None:
    kinds = [(line.text, line.kind) for line in classify(_page(5))]
    assert ("招聘启事", "heading") in kinds
    assert all(kind == "p" for text, kind in kinds if text != "招聘启事" and "：" in text)
