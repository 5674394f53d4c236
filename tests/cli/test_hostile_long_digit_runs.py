"""A number of 5000 digits on the command line is one line, never Python's words.

Python refuses int() of a string longer than 4300 digits with a ValueError
("Exceeds the limit ... set_int_max_str_digits"); before the fix the quick
search (`zzreader search x --limit 999…`, cli/quick_search.py) and
`zzreader restore 999…` (core/restore.py resolve) printed that traceback.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reliability.helpers import seeded_library
from zzreader.__main__ import main

HUGE = "9" * 5000
ARGVS = [
    ["search", "株洲", "--limit", HUGE], ["search", "株洲", f"--limit={HUGE}"], ["restore", HUGE],
    ["restore", "0" * 4999 + "1"],
    ["history", HUGE], ["calendar", "--year", HUGE], ["split", "1", "--at", HUGE],
]


ZEROS_THEN_SMALL = [["search", "株洲", "--limit", "0" * 4999 + "3"], ["people", "--limit", "0" * 4999 + "3"]]


def _run(capsys: pytest.CaptureFixture, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse's own exits
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("digit-runs") / "lib.sqlite"
    seeded_library(path).close()
    return path


@pytest.mark.parametrize("argv", ARGVS, ids=lambda a: f"{a[0]}-{len(a)}-{a[-1][:3]}")
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_5000_digit_number_is_one_short_line(
    capsys: pytest.CaptureFixture, library: Path, argv: list[str], lang: str
) -> None:
    before = library.read_bytes()
    code, out, err = _run(capsys, "--lang", lang, "--library", str(library), *argv)
    assert code == 2, (code, err[-300:])
    assert out == "" and err.count("\n") == 1, err[-300:]
    assert "Traceback" not in err and "int_max_str_digits" not in err and "Exceeds" not in err
    assert len(err) < 400, err[:400]  # not the whole number echoed back
    assert library.read_bytes() == before


@pytest.mark.parametrize("argv", ZEROS_THEN_SMALL, ids=lambda a: a[0])
def test_leading_zeros_before_a_small_number_read_as_that_number(
    capsys: pytest.CaptureFixture, library: Path, argv: list[str]
) -> None:
    code, out, err = _run(capsys, "--lang", "en", "--library", str(library), *argv)
    assert code == 0 and err == "", err[-300:]
    assert 1 <= len(out.strip().splitlines()) <= 12, out  # a few hits or entries, as --limit 3
