"""An issue dated in year 9999 is listed under its year and month like any other.

A year's issues were read as the dates from "YYYY-" up to "(YYYY+1)-"; dates
are text, and "10000-" sorts before "9999-", so year 9999 held nothing: the
archive tree showed the year with no month, and `calendar --year 9999` and
the calendar view showed no issue on a day the library has one.
"""

from __future__ import annotations

import sqlite3

from tests.reliability.helpers import call_cli, seeded_library
from zzreader.core.discovery import issue_calendar
from zzreader.core.store import open_library


def test_an_issue_dated_9999_12_31_is_found_by_its_year_and_month(tmp_path, capsys) -> None:
    path = tmp_path / "far.sqlite"
    seeded_library(path).close()
    with sqlite3.connect(path) as conn:
        issue_id = conn.execute("SELECT max(id) FROM issues").fetchone()[0]
        conn.execute("UPDATE issues SET date = '9999-12-31' WHERE id = ?", [issue_id])
    with open_library(path) as library:
        assert (9999, 1) in library.years()
        assert library.months(9999) == [(12, 1)]
        assert [i.id for i in library.issues_in_month(9999, 12)] == [issue_id]
        by_year = issue_calendar.calendar(library, 9999)["issues"]
        by_month = issue_calendar.calendar(library, 9999, 12)["issues"]
        assert [i["issue_id"] for i in by_year] == [i["issue_id"] for i in by_month] == [issue_id]
        assert [i["date"] for i in by_month] == ["9999-12-31"]
    code, out, err = call_cli(capsys, "--library", str(path), "calendar", "--year", "9999", "--month", "12")
    assert code == 0 and err == "" and "9999-12-31" in out
