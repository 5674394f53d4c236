"""Numbers and dates on the command line take the ASCII digits 0-9 only (cli/args.py).

Before the fix `zzreader history ١` read Arabic-Indic ١ as article 1 (Python's
int() reads any Unicode decimal digit, full-width １, and "1_0" as 10), and
`restore ١` restored backup number 1. Each is now one line and exit code 2.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reliability.helpers import call_cli, seeded_library

NOT_ASCII = ["١", "１", "۳", "߁", "²", "1_0", "٢٠٢٠"]
COMMANDS = [
    ["history", "{n}"], ["revert", "1", "{n}"], ["split", "1", "--at", "{n}"], ["merge", "1", "{n}"],
    ["highlight", "{n}", "株洲"], ["cite", "{n}"], ["search", "株洲", "--limit", "{n}"],
    ["people", "--limit", "{n}"], ["calendar", "--year", "{n}"], ["calendar", "--year", "2020", "--month", "{n}"],
    ["reprints", "--min-chars", "{n}"], ["edit", "{n}", "--title", "株洲"],
]
DATES = [
    ["search", "株洲", "--from", "{d}"], ["search", "株洲", "--to", "{d}"], ["trend", "株洲", "--from", "{d}"],
    ["onthisday", "{d}"], ["onthisday", "--lunar", "{d}"],
]


@pytest.fixture(scope="module")
def library(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("digits") / "lib.sqlite"
    seeded_library(path).close()
    return path


def _one_line_refusal(capsys, library: Path, argv: list[str]) -> str:
    code, out, err = call_cli(capsys, "--library", str(library), *argv)
    assert code == 2, (argv, code, out, err)
    assert out == "" and err.count("\n") == 1 and "Traceback" not in err
    return err


@pytest.mark.parametrize("argv", COMMANDS, ids=lambda a: " ".join(a))
@pytest.mark.parametrize("n", NOT_ASCII)
def test_a_number_in_other_digits_is_refused(capsys, library: Path, argv: list[str], n: str) -> None:
    err = _one_line_refusal(capsys, library, [a.replace("{n}", n) for a in argv])
    assert "0-9" in err


@pytest.mark.parametrize("argv", DATES, ids=lambda a: " ".join(a))
@pytest.mark.parametrize("d", ["٢٠٢٠-٠٣-١٢", "２０２０-03-12", "03-１２"])
def test_a_date_in_other_digits_is_refused(capsys, library: Path, argv: list[str], d: str) -> None:
    err = _one_line_refusal(capsys, library, [a.replace("{d}", d) for a in argv])
    assert "0-9" in err


def test_restore_does_not_read_other_digits_as_a_backup_number(capsys, library: Path) -> None:
    call_cli(capsys, "--library", str(library), "backup")
    err = _one_line_refusal(capsys, library, ["restore", "١"])
    assert "١" in err  # taken as a name, which no backup has


def test_ascii_numbers_still_work(capsys, library: Path) -> None:
    code, out, err = call_cli(capsys, "--library", str(library), "search", "株洲", "--limit", " 2 ", "--from", "2019")
    assert code == 0, err
    assert out.strip()
    code, _, err = call_cli(capsys, "--library", str(library), "calendar", "--year", "+2020")
    assert code == 0, err


def test_the_quick_search_path_leaves_other_digits_to_the_full_parser() -> None:
    from zzreader.cli import quick_search

    assert quick_search.read_argv(["search", "株洲", "--limit", "٣"]) is None
    assert quick_search.read_argv(["search", "株洲", "--from", "２０２０"]) is None
    assert quick_search.read_argv(["search", "株洲", "--limit", "3"]).limit == 3
