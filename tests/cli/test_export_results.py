"""`zzreader export articles --query`: what a search finds, as JSON lines, CSV or Markdown."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.conftest import ROOT
from zzreader import cli
from zzreader.core import library_paths


@pytest.fixture(autouse=True)
def no_default_library(tmp_path, monkeypatch):
    monkeypatch.delenv(library_paths.ENV_VAR, raising=False)
    monkeypatch.setattr(library_paths, "default_library_path", lambda: tmp_path / "default" / "library.sqlite")


@pytest.fixture(scope="module")
def lib(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("results") / "lib.sqlite"
    assert cli.main(["--library", str(path), "import", str(ROOT / "seeds"), "--json"]) == 0
    return str(path)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def search_ids(capsys, lib: str, *args: str) -> list[int]:
    code, out, _ = run(capsys, "--library", lib, "search", *args, "--limit", "0", "--json")
    assert code == 0
    return [h["article_id"] for h in json.loads(out)["hits"]]


def test_each_format_holds_exactly_the_hits_in_their_order(lib, capsys):
    for search_args in ([], ["--from", "2025-01-01", "--to", "2025-12-31"]):
        code, out, _ = run(capsys, "--library", lib, "export", "articles", "--query", "株洲", *search_args)
        ids = [json.loads(line)["id"] for line in out.splitlines()]
        assert code == 0 and ids == search_ids(capsys, lib, "株洲", *search_args)
    code, out, _ = run(capsys, "--library", lib, "export", "articles", "--query", "株洲", "--sort", "date")
    dates = [json.loads(line)["issue_date"] for line in out.splitlines()]
    assert dates == sorted(dates, reverse=True) and len(dates) == len(search_ids(capsys, lib, "株洲"))
    code, out, _ = run(capsys, "--library", lib, "export", "articles", "--query", "献血", "--format", "csv")
    rows = list(csv.reader(io.StringIO(out)))
    assert code == 0 and [int(r[0]) for r in rows[1:]] == search_ids(capsys, lib, "献血")
    code, out, _ = run(capsys, "--library", lib, "--lang", "en", "export", "articles", "--query", "献血", "--format", "md")
    assert code == 0 and out.count("\n---\n") == len(search_ids(capsys, lib, "献血"))


def test_a_file_gets_it_whole_and_the_count_is_said(lib, capsys, tmp_path):
    target = tmp_path / "found.csv"
    code, _, err = run(capsys, "--library", lib, "--lang", "en", "export", "articles", "--query", "献血",
                       "--format", "csv", "--output", str(target))
    n = len(search_ids(capsys, lib, "献血"))
    assert code == 0 and f"Exported {n} articles" in err
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["export", "articles", "--query", "date:20x"], "Cannot read the date 20x"),
        (["export", "articles", "--from", "2025-01-01"], "--from, --to and --sort go with --query"),
        (["export", "annotations", "--query", "献血"], "are for exporting articles"),
        (["export", "articles", "--format", "json"], "not json"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(lib, capsys, args, said):
    code, out, err = run(capsys, "--library", lib, "--lang", "en", *args)
    assert code == 2 and out == "" and said in err and len(err.strip().splitlines()) == 1


def test_an_unknown_order_is_a_usage_error(lib, capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--library", lib, "--lang", "en", "export", "articles", "--query", "献血", "--sort", "newest"])
    assert exit_.value.code == 2 and "invalid choice" in capsys.readouterr().err
