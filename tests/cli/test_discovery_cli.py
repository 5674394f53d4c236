"""`zzreader trend / calendar / onthisday / people / places / orgs / alias / reprints` on the seeds."""

from __future__ import annotations

import json

import pytest

from zzreader import cli
from zzreader.core import search
from zzreader.core.store import open_library
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    path = tmp_path_factory.mktemp("disc") / "lib.sqlite"
    assert cli.main(["--library", str(path), "import", "--json", *map(str, SEEDS)]) == 0
    return path


def run(capsys, library, *argv):
    capsys.readouterr()
    code = cli.main(["--library", str(library), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_trend_json_counts_equal_search(capsys, library):
    code, out, _ = run(capsys, library, "trend", "株洲", "医保", "--by", "year", "--json")
    data = json.loads(out)
    assert code == 0 and data["by"] == "year"
    with open_library(library) as lib:
        for s in data["series"]:
            assert sum(p["articles"] or 0 for p in s["points"]) == search.search(lib, s["query"], limit=1).total
    years = {p["period"]: p for p in data["series"][0]["points"]}
    assert years["2021"]["articles"] is None and years["2021"]["issues"] == 0
    assert years["2020"]["all_articles"] == 15


def test_trend_csv_and_bad_input(capsys, library, tmp_path):
    out_csv = tmp_path / "t.csv"
    code, out, _ = run(capsys, library, "trend", "株洲", "--csv", str(out_csv))
    assert code == 0 and "株洲" in out
    assert out_csv.read_text(encoding="utf-8-sig").splitlines()[0] == "query,period,articles,all_articles,issues,share"
    code, _, err = run(capsys, library, "trend", "a", "b", "c", "d", "e", "f")
    assert code == 2 and "1 to 5" in err and "Traceback" not in err


def test_calendar_and_onthisday(capsys, library):
    code, out, _ = run(capsys, library, "calendar", "--json")
    data = json.loads(out)
    assert [i["date"] for i in data["issues"]][0] == "2020-04-28"
    assert set(data["issues"][0]) == {"date", "issue_id", "number", "pages", "articles"}
    assert isinstance(data["missing"], list)
    code, out, _ = run(capsys, library, "onthisday", "12-05", "--json")
    assert json.loads(out) == {"day": "12-05", "issues": [i for i in data["issues"] if i["date"].endswith("-12-05")]}
    code, _, err = run(capsys, library, "onthisday", "13-45")
    assert code == 2 and "MM-DD" in err


def test_people_places_orgs(capsys, library):
    code, out, _ = run(capsys, library, "people", "--role", "reporter", "--json")
    entries = json.loads(out)["entries"]
    assert code == 0 and entries
    assert all(e["roles"].get("reporter") for e in entries)
    assert set(entries[0]) >= {"name", "roles", "articles", "first", "last"}
    _, out, _ = run(capsys, library, "places", "--json")
    assert "株洲" in {e["name"] for e in json.loads(out)["entries"]}
    _, out, _ = run(capsys, library, "orgs", "--json")
    assert "市直机关工委" in {e["name"] for e in json.loads(out)["entries"]}


def test_alias_merges_and_unmerges(capsys, library):
    assert run(capsys, library, "alias", "places", "株洲市", "株洲")[0] == 0
    _, out, _ = run(capsys, library, "places", "--json")
    by_name = {e["name"]: e for e in json.loads(out)["entries"]}
    assert "株洲市" not in by_name and by_name["株洲"]["aliases"] == ["株洲市"]
    assert run(capsys, library, "alias", "places", "株洲市", "--remove")[0] == 0


def test_reprints_json(capsys, library):
    code, out, _ = run(capsys, library, "reprints", "--json")
    assert code == 0 and json.loads(out) == {"clusters": []}  # the five seeds repeat nothing


def test_the_command_line_loads_datasketch_only_for_reprints():
    import subprocess
    import sys

    from zzreader.cli import discovery
    from zzreader.core.discovery import reprints

    assert discovery.REPRINT_MIN_CHARS == reprints.MIN_CHARS
    code = "import sys, zzreader.cli, zzreader.core.importer; sys.exit('datasketch' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_the_people_list_is_tab_separated_in_either_language(library, capsys):
    """Its '4 篇' stayed Chinese under --lang en, and a unit in both languages was cut at its ' / '."""
    for lang in ("en", "zh"):
        code, out, _ = run(capsys, library, "--lang", lang, "people", "--limit", "3")
        assert code == 0
        rows = [line.split("\t") for line in out.splitlines()]
        assert len(rows) == 3 and all(len(r) == 4 and r[1].isdigit() and " — " in r[2] for r in rows), out
