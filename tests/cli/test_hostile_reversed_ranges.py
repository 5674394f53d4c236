"""A date range whose start is after its end is bad input, not an empty answer.

Before the fix `zzreader search 株洲 --from 2026-01-01 --to 2020-01-01`,
`trend 株洲 --from 2026 --to 2020` and the query `date:2026..2020 株洲` each
reported 0 hits with exit 0: a typo looked like a fact about the archive.
Each is now one line naming both dates and exit 2 (core/query.py
`range_bounds`); a range of one day, one month, or open on one side still
searches.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reliability.helpers import call_cli, seeded_library
from zzreader.core import query


@pytest.fixture(scope="module")
def library(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("ranges") / "lib.sqlite"
    seeded_library(path).close()
    return path


REVERSED = [
    ["search", "株洲", "--from", "2026-01-01", "--to", "2020-01-01"],
    ["search", "株洲", "--from", "2025-03-05", "--to", "2025-03-04"],
    ["search", "株洲", "--from", "2025-04", "--to", "2025-03"],
    ["trend", "株洲", "--from", "2026", "--to", "2020"],
    ["search", "date:2026..2020 株洲"],
    ["search", "株洲 date:2025-12-31..2025-01-01"],
]


@pytest.mark.parametrize("argv", REVERSED, ids=" ".join)
def test_a_reversed_range_is_one_line_and_exit_2(capsys, library: Path, argv: list[str]) -> None:
    code, out, err = call_cli(capsys, "--library", str(library), *argv)
    assert code == 2 and out == "", (code, out, err)
    assert err.count("\n") == 1 and "after the end date" in err, err


@pytest.mark.parametrize("argv", [
    ["search", "株洲", "--from", "2025-03-05", "--to", "2025-03-05"],
    ["search", "株洲", "--from", "2025-03", "--to", "2025-03"],
    ["search", "株洲", "--from", "2025-03-05", "--to", "2025-03"],
    ["search", "株洲 date:2020.."],
    ["trend", "株洲", "--from", "2020"],
], ids=" ".join)
def test_a_range_of_one_day_or_month_or_open_on_one_side_still_searches(capsys, library: Path, argv) -> None:
    code, _out, err = call_cli(capsys, "--library", str(library), *argv)
    assert code == 0, err


def test_a_one_sided_range_has_one_bound() -> None:
    assert query.range_bounds("2026", None) == ("2026-01-01", None)
    assert query.range_bounds(None, "2020") == (None, "2020-12-31")
