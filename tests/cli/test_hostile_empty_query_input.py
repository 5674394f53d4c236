"""`search -` with no query on its input says so in one line, exit 2, as an empty query does.

`zzreader search -` answers one query a line (a search backend for other
tools). An input without a single query (an empty file, blank lines) ended
silently with exit 0, as if every search had run and found nothing, in both
the quick search (cli/quick_search.py) and the full command line. An empty
query's line also began with ": " (the query it echoes was empty).
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from tests.reliability.helpers import call_cli, seeded_library


@pytest.fixture(scope="module")
def library(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("q") / "lib.sqlite"
    seeded_library(path).close()
    return path


@pytest.mark.parametrize("given", ["", "\n", "  \n\t\n", "\r\n\r\n"])
@pytest.mark.parametrize("options", [[], ["--json"], ["--limit", "5"]])
def test_an_input_without_a_query_is_one_line_and_exit_2(
    capsys, monkeypatch: pytest.MonkeyPatch, library: Path, given: str, options: list[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(given))
    code, out, err = call_cli(capsys, "--lang", "en", "--library", str(library), "search", *options, "-")
    assert code == 2
    said = out if "--json" in options else err
    assert len(said.strip().splitlines()) == 1 and "Please enter something to search for" in said
    assert not said.startswith(":")


def test_the_quick_search_says_the_same(capsys, monkeypatch: pytest.MonkeyPatch, library: Path) -> None:
    from zzreader.cli import quick_search

    monkeypatch.setattr(sys, "stdin", io.StringIO("\n"))
    code = quick_search.try_run(["--lang", "en", "--library", str(library), "search", "-"])
    _, err = capsys.readouterr()
    assert code == 2 and err.strip() == "Please enter something to search for"


def test_queries_among_blank_lines_are_answered_as_before(capsys, monkeypatch: pytest.MonkeyPatch, library: Path) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n献血\n\n"))
    code, out, err = call_cli(capsys, "--lang", "en", "--library", str(library), "search", "--json", "-")
    assert code == 0 and len(out.strip().splitlines()) == 1 and '"total"' in out and not err


def test_an_empty_query_line_does_not_start_with_a_colon(capsys, library: Path) -> None:
    code, _, err = call_cli(capsys, "--lang", "en", "--library", str(library), "search", "  ")
    assert code == 2 and err.strip() == "Please enter something to search for"
