"""`zzreader --self-test` from source: every step passes, and a wrong answer makes it fail."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from zzreader import selftest
from zzreader.core import search as search_module
from zzreader.core.parse import parse_file
from zzreader.resources import seeds_dir

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def issues() -> list:
    return [parse_file(p) for p in sorted(seeds_dir().glob("*.txt"))]


def test_self_test_passes_from_source() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "zzreader", "--self-test"], cwd=ROOT, capture_output=True,
        text=True, encoding="utf-8", timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    steps = [line for line in result.stdout.splitlines() if line.startswith(("[ok]", "[FAIL]"))]
    assert len(steps) == 12 and all(s.startswith("[ok]") for s in steps), result.stdout
    assert any("转载检测 / reprints" in s for s in steps)  # datasketch and numpy load and find a copy
    assert any("趋势图 / trend chart" in s and "px of line" in s for s in steps)  # pyqtgraph draws
    assert "(source," in result.stdout and "自检通过 / self-test passed" in result.stdout
    # Nothing but the report: no Qt plugin warnings or library chatter on stderr.
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines[0].startswith("zzreader 自检 / self-test") and lines[1:-1] == steps


def test_a_search_that_misses_an_article_fails_the_self_test(monkeypatch, qapp) -> None:
    real = search_module.search

    def loses_one(*args, **kwargs):
        result = real(*args, **kwargs)
        hits = result.hits[1:]
        return search_module.SearchResult(result.query, len(hits), hits)

    monkeypatch.setattr(search_module, "search", loses_one)
    out = io.StringIO()
    assert selftest.main(None, out) == 1
    text = out.getvalue()
    assert "[FAIL] 检索 / search" in text and "wrong hits" in text
    assert "[ok] 导入 / import" in text and "自检失败 / self-test FAILED" in text


def test_terms_are_chosen_from_the_seeds_and_answered_by_brute_force(issues) -> None:
    terms = dict(selftest.choose_terms(issues))
    assert {"common", "cross-issue", "rare", "absent"} <= terms.keys()
    assert len(selftest.brute_force(issues, terms["common"])) > len(selftest.brute_force(issues, terms["rare"])) == 1
    assert selftest.brute_force(issues, selftest.ABSENT_TERM) == set()
    sources = {key[0] for key in selftest.brute_force(issues, terms["cross-issue"])}
    assert len(sources) >= 2


def test_brute_force_folds_width_and_case_like_the_index(issues) -> None:
    """Full-width and lower-case Latin in a query find what the seeds print as GDP."""
    gdp = selftest.brute_force(issues, "GDP")
    assert gdp
    assert selftest.brute_force(issues, "ｇｄｐ") == selftest.brute_force(issues, "gdp") == gdp


def test_reprint_detection_that_misses_a_copy_fails_the_self_test(monkeypatch, qapp) -> None:
    from zzreader.core.discovery import reprints

    monkeypatch.setattr(reprints, "overlap", lambda a, b: 0.0)
    out = io.StringIO()
    assert selftest.main(None, out) == 1
    assert "[FAIL] 转载检测 / reprints" in out.getvalue()


def test_a_trend_chart_that_draws_nothing_fails_the_self_test(monkeypatch, qapp) -> None:
    from zzreader.gui import trends_view

    monkeypatch.setattr(trends_view.TrendsView, "_draw", lambda self: self.plot.clear())
    out = io.StringIO()
    assert selftest.main(None, out) == 1
    text = out.getvalue()
    assert "[FAIL] 趋势图 / trend chart" in text and "[ok] 窗口 / window" in text
