"""`zzreader search` on its own start-up path (cli/quick_search.py): the same
answers, exit codes and messages as the full command line, and the full
command line whenever the library needs anything done or the line is not a
plain search."""

from __future__ import annotations

import io
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from zzreader import __main__ as entry
from zzreader import cli
from zzreader.cli import quick_search as qs
from zzreader.core import booster_words, library_paths, migrations


@pytest.fixture(autouse=True)
def no_default_library(tmp_path, monkeypatch):
    monkeypatch.delenv(library_paths.ENV_VAR, raising=False)
    monkeypatch.setattr(library_paths, "default_library_path", lambda: tmp_path / "default" / "library.sqlite")


@pytest.fixture(scope="module")
def library(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("quick") / "lib.sqlite"
    assert cli.main(["--library", str(path), "import", str(ROOT / "seeds"), "--json"]) == 0
    return path


def full(capsys, argv: list[str]) -> tuple[int, str, str]:
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def quick(capsys, argv: list[str]) -> tuple[int | None, str, str]:
    code = qs.try_run(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_the_schema_version_here_is_the_migrations_one() -> None:
    assert qs.SCHEMA_VERSION == migrations.SCHEMA_VERSION


@pytest.mark.parametrize(
    "args",
    [
        ["search", "献血"],
        ["search", "周嵩", "--json"],
        ["search", "株洲 -医保", "--limit", "0"],
        ["search", "医保", "--from", "2025-01-01", "--to=2025-12-31", "--limit=3"],
        ["--lang", "en", "search", "二医院"],
        ["--lang=zh", "search", "title:医保"],
        ["search", "date:20x"],
        ["search", "医保", "--from", "2025-13-01", "--json"],
    ],
)
def test_a_plain_search_answers_as_the_full_command_line_does(library, capsys, args) -> None:
    argv = ["--library", str(library), *args]
    expect = full(capsys, argv)
    got = quick(capsys, argv)
    assert got == expect and got[0] is not None


def test_a_bad_query_is_one_line_and_exit_2(library, capsys) -> None:
    code, out, err = quick(capsys, ["--library", str(library), "search", "date:20x"])
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1


def test_queries_on_standard_input_are_answered_line_by_line(library, capsys, monkeypatch) -> None:
    lines = "献血\n\n周嵩\ndate:20x\n"
    monkeypatch.setattr(sys, "stdin", io.StringIO(lines))
    expect = full(capsys, ["--library", str(library), "search", "-", "--json"])
    monkeypatch.setattr(sys, "stdin", io.StringIO(lines))
    got = quick(capsys, ["--library", str(library), "search", "-", "--json"])
    assert got == expect and got[0] == 2 and len(got[1].splitlines()) == 3


@pytest.mark.parametrize(
    "args",
    [
        ["search", "献血", "--help"],
        ["search", "献血", "--limit", "-1"],
        ["search", "献血", "--limit", "x"],
        ["search", "献血", "二医院"],
        ["search"],
        ["stats"],
        ["--lang", "fr", "search", "献血"],
        ["--screenshot", "a.png", "search", "献血"],
    ],
)
def test_anything_but_a_plain_search_goes_to_the_full_command_line(library, args) -> None:
    assert qs.try_run(["--library", str(library), *args]) is None


def test_a_library_that_needs_work_on_opening_goes_to_the_full_command_line(library, tmp_path, capsys) -> None:
    missing = tmp_path / "none.sqlite"
    assert qs.try_run(["--library", str(missing), "search", "献血"]) is None
    old = tmp_path / "v7.sqlite"
    old.write_bytes((ROOT / "tests" / "core" / "data" / "library_v7.sqlite").read_bytes())
    assert qs.try_run(["--library", str(old), "search", "献血"]) is None
    code, out, _ = full(capsys, ["--library", str(old), "search", "周嵩"])  # migrates, then answers
    assert code == 0 and "学习明理" in out
    assert quick(capsys, ["--library", str(old), "search", "周嵩"])[1] == out
    odd = tmp_path / "trigger.sqlite"
    odd.write_bytes(library.read_bytes())
    conn = sqlite3.connect(odd)
    conn.execute("CREATE TRIGGER t AFTER INSERT ON tags BEGIN SELECT 1; END")
    conn.commit()
    conn.close()
    assert qs.try_run(["--library", str(odd), "search", "献血"]) is None


def test_the_entry_point_takes_the_quick_path_without_loading_the_rest(library) -> None:
    booster_words.boosters("株洲市二医院", 2000)  # the word table exists (built on first use)
    code = (
        "import sys; from zzreader.__main__ import main; code = main(sys.argv[1:]); "
        "heavy = [m for m in ('sqlite_utils', 'jieba', 'zzreader.core.store', 'zzreader.cli.library', "
        "'argparse', 'dataclasses', 'zzreader.core.models') "
        "if m in sys.modules]; print(heavy, file=sys.stderr); sys.exit(code)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, "--library", str(library), "search", "株洲市二医院"],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )  # fmt: skip
    assert done.returncode == 0 and "株洲市二医院" in done.stdout
    assert done.stderr.strip().splitlines()[-1] == "[]"
    assert entry.main is not None


@pytest.mark.parametrize(
    ("args", "shown"),
    [
        (["search", "献血", "--library", "{lib}"], "我市发布冬春季无偿献血倡议书"),
        (["search", "周嵩", "--json", "--library={lib}", "--lang", "en"], '"total": '),
        # given twice, the one after the command counts
        (["--lang", "zh", "search", "医保", "--limit", "3", "--library", "{lib}", "--lang=en"], "hits, 2 shown"),
    ],
)
def test_library_and_language_may_follow_the_command(library, capsys, args, shown) -> None:
    argv = [a.replace("{lib}", str(library)) for a in args]
    expect = full(capsys, argv)
    got = quick(capsys, argv)
    assert got == expect and got[0] == 0 and shown in got[1]
    assert "篇" not in got[1] or "--lang" not in args


def test_a_language_after_the_command_that_is_not_one_goes_to_the_full_command_line(library) -> None:
    assert qs.try_run(["search", "献血", "--library", str(library), "--lang", "fr"]) is None


def test_the_sort_orders_here_are_the_search_s():
    from zzreader.cli import library as library_commands
    from zzreader.core import search

    assert qs.SORTS == search.SORTS == library_commands.SORTS


@pytest.mark.parametrize("order", ["relevance", "date", "oldest"])
def test_a_sorted_search_answers_as_the_full_command_line_does(library, capsys, order) -> None:
    argv = ["--library", str(library), "search", "株洲", "--sort", order, "--limit", "5", "--json"]
    expect = full(capsys, argv)
    got = quick(capsys, argv)
    assert got == expect and got[0] == 0


def test_an_unknown_order_goes_to_the_full_command_line(library) -> None:
    assert qs.try_run(["--library", str(library), "search", "株洲", "--sort", "newest"]) is None
