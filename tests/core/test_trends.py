"""Term trends: counts per period equal search totals; periods without issues are gaps."""

from __future__ import annotations

import pytest

from zzreader.core import search
from zzreader.core.discovery import trends
from zzreader.core.importer import import_paths
from zzreader.core.query import QueryError
from zzreader.core.store import open_library
from tests.conftest import SEEDS
from tests.core.discovery_helpers import FLOOD, MARKET, article, issue


@pytest.fixture
def lib(tmp_path):
    with open_library(tmp_path / "lib.sqlite") as library:
        library.import_issue(issue("2024-01-05", [article("防汛", FLOOD), article("市场", MARKET)]))
        library.import_issue(issue("2024-01-20", [article("市场开业", MARKET)]))
        library.import_issue(issue("2024-03-02", [article("大堤", FLOOD)]))
        yield library


def test_months_without_issues_are_gaps_not_zeros(lib):
    result = trends.trend(lib, ["湘江大堤", "豆腐"], "month")
    flood, tofu = result.series
    assert [(p.period, p.articles, p.all_articles, p.issues) for p in flood.points] == [
        ("2024-01", 1, 3, 2),
        ("2024-02", None, None, 0),
        ("2024-03", 1, 1, 1),
    ]
    assert [p.articles for p in tofu.points] == [2, None, 0]
    assert flood.points[0].share == pytest.approx(1 / 3)
    assert tofu.points[2].share == 0.0


def test_by_year_and_date_range(lib):
    result = trends.trend(lib, ["湘江"], "year", date_from="2024-02", date_to="2024-12")
    assert [(p.period, p.articles, p.all_articles) for p in result.series[0].points] == [("2024", 1, 1)]


def test_json_shape_and_csv(lib):
    data = trends.trend(lib, ["豆腐"], "month").to_json()
    assert data["by"] == "month"
    assert data["series"][0]["query"] == "豆腐"
    assert data["series"][0]["points"][1] == {
        "period": "2024-02", "articles": None, "all_articles": None, "issues": 0, "share": None
    }
    rows = trends.trend(lib, ["豆腐"], "month").to_csv_rows()
    assert rows[0] == ["query", "period", "articles", "all_articles", "issues", "share"]
    assert rows[2] == ["豆腐", "2024-02", "", "", 0, ""]


@pytest.mark.parametrize("query", ["株洲", "医保 OR 医疗", "title:株洲", "type:news 记者", "-株洲 记者", '"株洲日报"'])
def test_totals_equal_search_totals_on_the_seeds(tmp_path, query):
    with open_library(tmp_path / "seeds.sqlite") as library:
        import_paths(library, SEEDS, workers=0)
        for by in ("month", "year"):
            series = trends.trend(library, [query], by).series[0]
            assert series.total == search.search(library, query, limit=1).total
        ranged = trends.trend(library, [query], "month", "2024-01-01", "2025-12-31").series[0]
        assert ranged.total == search.search(library, query, limit=1, date_from="2024-01-01", date_to="2025-12-31").total


def test_bad_input_is_a_clear_error(lib):
    with pytest.raises(QueryError, match="1 to 5"):
        trends.trend(lib, ["a", "b", "c", "d", "e", "f"])
    with pytest.raises(QueryError, match="month or year"):
        trends.trend(lib, ["a"], "week")


def test_a_huge_range_lists_the_archives_span_only(lib):
    """--from 1900 --to 9999 by month: the three months that hold issues, not 97,000 empty ones."""
    result = trends.trend(lib, ["湘江大堤"], "month", date_from="1900", date_to="9999")
    assert [p.period for p in result.series[0].points] == ["2024-01", "2024-02", "2024-03"]


def test_odd_stored_dates_count_as_undated_not_as_bad_input(lib):
    """A date another tool stored ("abcd", a number, month 13) is not the user's --from: no error."""
    with lib.lock, lib.db.atomic():
        lib.db.execute("UPDATE issues SET date = 'abcd' WHERE date = '2024-01-20'")
        lib.db.execute("UPDATE issues SET date = '2024-13-45' WHERE date = '2024-03-02'")
    result = trends.trend(lib, ["湘江大堤"], "month")
    assert [(p.period, p.articles) for p in result.series[0].points] == [("2024-01", 1)]
