"""Odd values for the numbers and names of every command: one line, exit 2, nothing changed.

The years, months, counts and ids of the discovery and citation commands
(`calendar --year 10000`, `cite 99999999999999999999`, `reprints --min-chars -5`)
are read as bounded numbers; a backup named on the command line that does not
exist or is not a backup is bad input too (exit 2), and its name is shown on
one line whatever characters it holds.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reliability.helpers import call_cli, seeded_library


@pytest.fixture(scope="module")
def lib_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("odd") / "lib.sqlite"
    seeded_library(path).close()
    return path


ODD = {
    "year 0": (["calendar", "--year", "0"], "year"),
    "year 10000": (["calendar", "--year", "10000"], "year"),
    "year negative": (["calendar", "--year", "-2025"], "year"),
    "year huge": (["calendar", "--year", "9" * 30], "year"),
    "month 13": (["calendar", "--year", "2024", "--month", "13"], "month"),
    "month 0": (["calendar", "--year", "2024", "--month", "0"], "month"),
    "month word": (["calendar", "--year", "2024", "--month", "三月"], "whole number"),
    "cite id huge": (["cite", "9" * 30], "article id"),
    "cite id zero": (["cite", "0"], "article id"),
    "cite id NaN": (["cite", "NaN"], "whole number"),
    "people limit negative": (["people", "--limit", "-1"], "count"),
    "places limit huge": (["places", "--limit", "9" * 25], "count"),
    "reprints min-chars negative": (["reprints", "--min-chars", "-5"], "number"),
    "reprints min-chars huge": (["reprints", "--min-chars", "9" * 30], "number"),
    "restore unknown name": (["restore", "不存在的备份.sqlite"], "No such backup"),
    "restore a text file": (["restore", "{tmp}/notes.txt"], "not a database"),
    "restore name with a newline": (["restore", "{tmp}/a\nb\x1b[31m.sqlite"], "a\\nb\\x1b[31m"),
    "restore number too big": (["restore", "99"], "No backup number"),
}


@pytest.mark.parametrize("name", list(ODD))
def test_odd_values_are_one_line_and_exit_2(
    name: str, lib_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    (tmp_path / "notes.txt").write_text("株洲日报 三月 水费 记账", encoding="utf-8")
    argv, word = ODD[name]
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    before = lib_path.read_bytes()
    code, out, err = call_cli(capsys, "--library", str(lib_path), *argv)
    assert code == 2, (code, err)
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert word in err, (word, err)
    assert "sqlite" not in err.lower() or "sqlite" in argv[-1], err
    assert lib_path.read_bytes() == before


def test_good_bounds_still_work(lib_path: Path, capsys: pytest.CaptureFixture) -> None:
    for argv in (["calendar", "--year", "2024", "--month", "12"], ["people", "--limit", "0"],
                 ["reprints", "--min-chars", "1"], ["cite", "1"]):  # fmt: skip
        code, out, err = call_cli(capsys, "--library", str(lib_path), *argv)
        assert code == 0, (argv, err)
        assert out.strip(), argv


QUERIES = ['"株洲', "AND OR NOT", "*", "^", "^株洲", "NEAR(", "NEAR(株洲, 5)", "foo:bar", "title:", 'title:""',
           "section:", "date:2025-02-30", "page:99999999999999999999", "()", "株洲*", "株\x00洲", "\u202e株洲", "\x1b[31m",
           "'; DROP TABLE articles; --", 'x" OR "1"="1', "%", "_", "-", "- -", "株洲 NOT", "title:(株洲 OR 记者)"]  # fmt: skip
DATES = ["2025-02-30", "2025-13-01", "0000-01-01", "9999-12-31", "-2025-01-01", "", "2025/01/01", "１９９９-０１-０１", "\x00"]


@pytest.mark.parametrize("query", QUERIES)
def test_pathological_queries_answer_or_say_why_on_one_line(
    query: str, lib_path: Path, capsys: pytest.CaptureFixture
) -> None:
    before = lib_path.read_bytes()
    for extra in ([], ["--json"], ["--limit", "0"]):
        code, out, err = call_cli(capsys, "--library", str(lib_path), "search", query, *extra)
        assert code in (0, 2), (query, extra, err)
        assert "Traceback" not in err and "sqlite" not in err.lower(), err
        if code == 2 and "--json" not in extra:
            assert len(err.strip().splitlines()) == 1 and "\x1b" not in err, err
    code, out, err = call_cli(capsys, "--library", str(lib_path), "trend", query)
    assert code in (0, 2) and "Traceback" not in err and len(err.strip().splitlines()) <= 1, err
    assert lib_path.read_bytes() == before


@pytest.mark.parametrize("day", DATES)
def test_odd_dates_answer_or_say_why_on_one_line(day: str, lib_path: Path, capsys: pytest.CaptureFixture) -> None:
    for argv in (["search", "株洲", "--from", day], ["search", "株洲", "--to", day], ["trend", "株洲", "--from", day],
                 ["onthisday", day[5:] or day], ["onthisday", "--lunar", day]):  # fmt: skip
        code, out, err = call_cli(capsys, "--library", str(lib_path), *argv)
        assert code in (0, 2), (argv, err)
        assert "Traceback" not in err and (code == 0 or len(err.strip().splitlines()) == 1), (argv, err)
