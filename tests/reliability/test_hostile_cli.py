"""Bad input on the command line: one clear line on stderr, exit code 2, nothing lost.

Covers the argument parser (unknown options, numbers out of range, words
that start with "-"), output paths that cannot be written (a missing folder,
a folder), ids that do not exist, and pathological searches (too long, too
deeply nested, too much work), run through `zzreader.cli.main` in-process.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.reliability.helpers import call_cli, seeded_library
from zzreader.core import query, search
from zzreader.core.store import open_library


@pytest.fixture(scope="module")
def lib_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "lib.sqlite"
    seeded_library(path).close()
    return path


def assert_one_line(code: int, err: str, *words: str) -> None:
    assert code == 2, err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    for word in words:
        assert word in err, (word, err)


BAD_COMMANDS = {
    "missing folder": (["export", "articles", "--output", "{tmp}/nope/out.jsonl"], "No such file"),
    "a folder": (["export", "articles", "--output", "{tmp}"], "folder"),
    "annotations to a folder": (["export", "annotations", "--format", "csv", "--output", "{tmp}"], "folder"),
    "missing folder (annotations)": (["export", "annotations", "--output", "{tmp}/x/y.md"], "No such file"),
    "article id too big": (["highlight", "99999999999999999999", "株洲"], "article id"),
    "article id unknown": (["highlight", "987654", "株洲"], "No such article: 987654"),
    "article id negative": (["highlight", "-5", "株洲"], "article id"),
    "occurrence zero": (["highlight", "1", "株洲", "--occurrence", "0"], "number"),
    "huge limit": (["search", "株洲", "--limit", "99999999999999999999"], "count"),
    "negative limit": (["search", "株洲", "--limit", "-1"], "count"),
    "limit not a number": (["search", "株洲", "--limit", "十"], "whole number"),
    "only an exclusion": (["search", "-广告"], "Only exclusions"),
    "unknown option": (["search", "株洲", "--limt", "3"], "unrecognized"),
    "missing input file": (["import-annotations", "{tmp}/none.json"], "Cannot read"),
    "bad date": (["search", "株洲", "--from", "2024-13-45"], "/"),
    "unreadable query": (["search", "type:paper"], "/"),
    "too long": (["search", "株" * 5000], "too long"),
    "too deep": (["search", "(" * 1000 + "株洲"], "too long"),
    "too deep, short": (["search", "(" * 100 + "株洲"], "nested too deep"),
    "too many words": (["search", " ".join(["株洲"] * 100)], "Too many"),
}


@pytest.mark.parametrize("name", list(BAD_COMMANDS))
def test_bad_input_is_one_line_and_exit_2(
    name: str, lib_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    argv, word = BAD_COMMANDS[name]
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    code, out, err = call_cli(capsys, "--library", str(lib_path), *argv)
    assert_one_line(code, err, word)
    assert not (tmp_path / "nope").exists()


def test_a_query_that_starts_with_a_dash_is_a_query(lib_path: Path, capsys: pytest.CaptureFixture) -> None:
    code, out, err = call_cli(capsys, "--library", str(lib_path), "search", "--json", "-广告")
    assert code == 2 and json.loads(out) == {
        "query": "-广告", "error": "只有排除条件，请再加一个要找的词 / Only exclusions: add something to search for"
    }  # fmt: skip
    code, out, err = call_cli(capsys, "--library", str(lib_path), "search", "-(广告)株洲", "--json")
    assert code == 0 and json.loads(out)["query"] == "-(广告)株洲" and json.loads(out)["total"] > 0, err
    code, out, _ = call_cli(capsys, "--library", str(lib_path), "search", "株洲 -广告", "--limit", "2", "--json")
    assert code == 0 and len(json.loads(out)["hits"]) == 2


def test_search_work_is_bounded(lib_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with open_library(lib_path) as library:
        assert search.search(library, "株洲").total > 0
        monkeypatch.setattr(search, "SEARCH_BUDGET_S", 0.0)
        monkeypatch.setattr(search, "PROGRESS_STEPS", 1)
        with pytest.raises(query.QueryError, match="stopped"):
            search.search(library, "株洲 OR 市民")
        monkeypatch.undo()
        # The handler is gone afterwards: the next search on the connection runs.
        assert search.search(library, "株洲").total > 0
        with pytest.raises(query.QueryError, match="whole number"):
            search.search(library, "株洲", limit=10**20)
