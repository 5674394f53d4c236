"""Dates at the ends of what the calendar commands accept: an answer or one line, never a traceback or nonsense.

`zzreader calendar --year 9999` (a year `--year` accepts) stepped into year
10000 and printed a traceback; `onthisday --lunar 1800-01-01` answered "农历
1月-36553日" (lunardate's tables start in 1900 and end in 2100, and outside
them it returns nonsense instead of an error). Now the last year is
listed like any other, and a lunar date outside the tables is bad input
with the range it can convert.
"""

from __future__ import annotations

import pytest

from tests.reliability.helpers import call_cli, seeded_library


@pytest.fixture(scope="module")
def lib(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("calendar") / "lib.sqlite"
    seeded_library(path).close()
    return str(path)


@pytest.mark.parametrize("argv", [("--year", "9999"), ("--year", "9999", "--month", "12"), ("--year", "1")])
def test_the_ends_of_the_years_list_nothing_missing(lib: str, argv: tuple[str, ...], capsys) -> None:
    code, out, err = call_cli(capsys, "--library", lib, "calendar", *argv)
    assert code == 0 and err == "" and "missing: 0" in out, err


@pytest.mark.parametrize("day", ["1800-01-01", "9999-12-31", "0001-01-01", "2100-02-09", "1900-01-30"])
def test_a_lunar_date_outside_the_tables_is_bad_input(lib: str, day: str, capsys) -> None:
    code, out, err = call_cli(capsys, "--library", lib, "onthisday", "--lunar", day)
    assert code == 2 and out == "" and "1900-01-31" in err and len(err.strip().splitlines()) == 1, err


@pytest.mark.parametrize("day", ["1900-01-31", "2100-02-08", "2025-10-31"])
def test_a_lunar_date_inside_the_tables_is_answered(lib: str, day: str, capsys) -> None:
    code, out, _err = call_cli(capsys, "--library", lib, "onthisday", "--lunar", day)
    assert code == 0 and "-" not in out.split("/")[0].split("农历")[1].split("日")[0]  # no negative day


def test_a_library_with_an_issue_dated_9999_12_31_lists_its_calendar(tmp_path, capsys) -> None:
    """A hostile library's last issue on the last day a date can hold: the walk over the days overflowed."""
    import sqlite3

    path = tmp_path / "odd.sqlite"
    seeded_library(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE issues SET date = '9999-12-31' WHERE id = (SELECT min(id) FROM issues)")
    code, out, err = call_cli(capsys, "--library", str(path), "calendar")
    assert code == 0 and "9999-12-31" in out and "Traceback" not in err, err
