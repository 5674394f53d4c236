"""The issue calendar: learned schedule, missing issues, on this day, the same lunar date."""

from __future__ import annotations

import datetime as dt

import pytest

from zzreader.core.discovery import issue_calendar as cal
from zzreader.core.query import QueryError
from zzreader.core.store import open_library
from tests.core.discovery_helpers import MARKET, article, issue


@pytest.fixture
def lib(tmp_path):
    """Mon-Sat issues for six weeks of 2024 (no Sunday paper), 2024-01-17 lost."""
    with open_library(tmp_path / "lib.sqlite") as library:
        day = dt.date(2024, 1, 1)  # a Monday
        n = 0
        while day < dt.date(2024, 2, 12):
            if day.weekday() != 6 and day != dt.date(2024, 1, 17):
                n += 1
                library.import_issue(issue(day.isoformat(), [article("市场", MARKET)] * 2, 30000 + n, 8))
            day += dt.timedelta(days=1)
        library.import_issue(issue("2023-01-22", [article("春节", MARKET)], 29000, 4))  # 正月初一
        yield library


def test_missing_issues_follow_the_learned_schedule(lib):
    data = cal.calendar(lib, 2024, 1)
    assert data["missing"] == ["2024-01-17"]
    assert len(data["issues"]) == 26
    first = data["issues"][0]
    assert first == {"date": "2024-01-01", "issue_id": first["issue_id"], "number": 30001, "pages": 8, "articles": 2}


def test_schedule_is_per_year(lib):
    dates = [dt.date(2024, 1, 1) + dt.timedelta(days=i) for i in range(41) if (dt.date(2024, 1, 1) + dt.timedelta(days=i)).weekday() != 6]
    assert cal.schedule(dates)[2024] == frozenset(range(6))


def test_on_this_day_lists_every_year(lib):
    data = cal.on_this_day(lib, "01-22")
    assert data["day"] == "01-22"
    assert [i["date"] for i in data["issues"]] == ["2023-01-22", "2024-01-22"]


def test_same_lunar_date(lib):
    # 2024-02-10 (a Saturday issue) and 2023-01-22 are both 正月初一.
    data = cal.same_lunar_date(lib, "2024-02-10")
    assert data["lunar"] == {"month": 1, "day": 1, "leap": False}
    assert [i["date"] for i in data["issues"]] == ["2023-01-22", "2024-02-10"]


@pytest.mark.parametrize("bad", ["13-01", "0230", "x", ""])
def test_bad_days_are_clear_errors(bad):
    with pytest.raises(QueryError):
        cal.parse_day(bad) if bad else cal.parse_day(" ")
