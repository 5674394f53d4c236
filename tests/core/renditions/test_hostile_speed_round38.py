"""The parser modules of rounds AT, AU and AV on hostile input, and round 37's slow cases (hardening round 38).

Each pattern or function rewritten here is copied as it was; hypothesis checks the new one against it on ordinary
and crafted lines (the same spans, groups, substitutions or answers), and the hostile input is fed at a size at
which the old one ran for minutes or hours. No test asserts on time.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from zzreader.core.parse import parse_bytes

S = "\u3000"


def _same(old: re.Pattern, new: re.Pattern, text: str, method: str = "match") -> None:
    a, b = getattr(old, method)(text), getattr(new, method)(text)
    assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (method, text)


def _lines(pieces: tuple[str, ...], heads: tuple[str, ...] = ("",), max_size: int = 10):
    return st.tuples(st.sampled_from(heads), st.lists(st.sampled_from(pieces), max_size=max_size).map("".join)).map("".join)


# -- a date line: a long line measured before its numerals are read --------------------------------------------------
from zzreader.core import date_lines  # noqa: E402
from zzreader.core.renditions import cn_dates  # noqa: E402


def _old_is_date_line(text: str) -> bool:
    return bool(date_lines._STORY_DATE.match(cn_dates.to_figures(text.strip())))


_DATE_PIECES = (" ", "  ", " " * 60, S * 40, "\t", "2026年", "二〇二六年", "中華民國一百一十五年", "民国七十七年", "3月", "十二月", "5日", "三十一日",
                "星期四", "（星期四）", "周日", "电", "本报株洲", "新华社北京", "（", "）", "2026-03-05", " 08:30:00.000000+08:00", "T08:30",
                "农历二月初七", "，", "x", "株洲日报", "1", "。")


@settings(max_examples=3000, deadline=None)
@given(_lines(_DATE_PIECES, ("", "（", "2026年3月5日", "本报株洲3月6日电", "2026-03-06"), max_size=12))
def test_a_date_line_measured_first_is_the_date_line_it_was(text):
    assert date_lines.is_date_line(text) == _old_is_date_line(text)


def test_an_unclosed_founder_content_reads_each_paragraph_a_bounded_number_of_times(monkeypatch):
    # '<founder-content>' never closed over 2,000 paragraphs that never end a sentence: each joined across its line
    # asked whether the growing block (up to 4,000 characters) was a date line, reading all of it in numerals
    # (10,000 paragraphs 19 s of CPU)
    read: list[int] = []
    to_figures = date_lines.to_figures
    monkeypatch.setattr(date_lines, "to_figures", lambda text: read.append(len(text)) or to_figures(text))
    head = ['<?xml version="1.0" encoding="UTF-8"?>', '<founder-export paper="株洲日报" date="2026-11-16">',
            '<founder-page pageno="A05" pagename="民生">', "<founder-title>供暖季居民用气价格不变</founder-title>",
            "<founder-author>株洲日报全媒体记者 廖 芳</founder-author>", "<founder-content>"]
    body = [f"<p>{S}{S}11月15日，记者从市发改委获悉，今年供暖季第{k}户居民用气价格不变" for k in range(2_000)]
    text = "\n".join(head + body)
    issue = parse_bytes(text.encode(), "zzrb-2026-11-16.xml")
    assert issue.date == "2026-11-16" and "".join(issue.articles[0].paragraphs).count("居民用气价格不变") == 2_000
    assert sum(read) < 3 * len(text)
