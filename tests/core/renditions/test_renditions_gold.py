"""The rendition test issues meet the targets of issue 12, class by class.

Each file in data/ is original text in one rendition with a gold file written
by reading it; scoring is the seed scorer's (tests/core/test_parse_gold.py).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.bench.bench_renditions import DATA, date_right, score_all
from tests.core.test_parse_gold import totals

BY_CLASS = score_all(DATA)


def test_every_class_has_three_issues():
    assert set(BY_CLASS) == {"pdf_text", "epaper", "single_newline", "markup", "gbk_crlf", "ads_notices"}
    assert all(len(scores) >= 3 for scores in BY_CLASS.values())


@pytest.mark.parametrize("name", sorted(BY_CLASS))
def test_class_meets_the_targets(name):
    scores = BY_CLASS[name]
    t = totals(scores)
    precision = (t.parsed - t.spurious) / t.parsed
    report = [(s.gold.source, [g.label for g in s.missed], [a.title for a in s.spurious]) for s in scores]
    assert t.found_rate >= 0.95, report
    assert precision >= 0.95, report
    assert t.byline_rate >= 0.95, report
    assert all(date_right(s) for s in scores), [(s.gold.source, s.issue.date) for s in scores]


@pytest.mark.parametrize("name", ["pdf_text", "epaper", "single_newline", "markup"])
def test_the_rendition_is_detected(name):
    assert {s.issue.rendition for s in BY_CLASS[name]} == {name}


def test_every_non_blank_line_is_kept():
    for scores in BY_CLASS.values():
        for s in scores:
            issue = s.issue
            covered = set()
            for a in issue.articles:
                covered.update(range(a.line_start, a.line_end + 1))
            for u in issue.unassigned:
                covered.update(range(u.line_start, u.line_end + 1))
            lost = [n for n, line in enumerate(issue.lines, 1) if line.strip() and n not in covered]
            assert not lost, (s.gold.source, lost)
            assert dt.date.fromisoformat(issue.date)
