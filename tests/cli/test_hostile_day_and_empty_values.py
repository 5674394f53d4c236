"""Numbers and empty values at the edges: `onthisday DAY`, `--from ""`, `--library "" search`.

`onthisday 99999999999999999999` ended in an OverflowError traceback, and
`onthisday 1_0-30` was 10-30 (Python's int() reads "1_0"); an empty
`--from`/`--to` meant "no date" and `--library "" search` searched the default
library through the quick search path, where the full command line says an
empty path is bad input. Each is now one line and exit 2.
"""

from __future__ import annotations

import pytest

from tests.reliability.helpers import call_cli, run_cli, seeded_library


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    path = tmp_path_factory.mktemp("days") / "lib.sqlite"
    seeded_library(path).close()
    return path


@pytest.mark.parametrize("day", ["99999999999999999999", "1_0-30", "٣-28", "１０-３０", "10-30-2025", "-4-28",
                                 "04-28\n05-01", "0x4-28", "4-28 12", "013-1", "2-30", "1e1-1"])
def test_a_day_that_is_no_month_and_day_is_one_line(library, capsys, day) -> None:
    code, out, err = call_cli(capsys, "--library", str(library), "onthisday", day)
    assert code == 2 and out == "" and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1 and ("MM-DD" in err or "0-9" in err)


@pytest.mark.parametrize("day, shown", [("4-28", "04-28"), ("0428", "04-28"), ("04/28", "04-28"), ("428", "04-28")])
def test_the_day_forms_still_read(library, capsys, day, shown) -> None:
    code, out, _err = call_cli(capsys, "--library", str(library), "onthisday", day)
    assert code == 0 and out.startswith(f"{shown}: 1 期")


@pytest.mark.parametrize("argv", [["search", "株洲", "--from", ""], ["search", "株洲", "--to", " "],
                                  ["trend", "株洲", "--from", ""]])
def test_an_empty_date_is_bad_input(library, capsys, argv) -> None:
    code, out, err = call_cli(capsys, "--library", str(library), *argv)
    assert code == 2 and out == "" and "a date cannot be empty" in err


def test_an_empty_library_path_is_bad_input_on_the_quick_search_path_too(library, tmp_path) -> None:
    result = run_cli("--library", "", "search", "株洲")
    assert result.returncode == 2 and result.stdout == ""
    assert "the path is empty" in result.stderr and len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("fmt", ["csv", "md", "jsonl"])
def test_corrections_in_a_format_they_do_not_have_is_bad_input(library, capsys, tmp_path, fmt) -> None:
    """`export corrections --format csv` wrote JSON and said nothing."""
    target = tmp_path / f"out.{fmt}"
    code, out, err = call_cli(capsys, "--library", str(library), "export", "corrections", "--format", fmt,
                              "--output", str(target))
    assert code == 2 and out == "" and not target.exists()
    assert err.strip() == "修订只能导出为 json / Corrections export only as json"
