"""`zzreader show ID…`: the articles a search names, read whole at the terminal."""

from __future__ import annotations

import json
import sqlite3

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
    path = tmp_path_factory.mktemp("show") / "lib.sqlite"
    assert cli.main(["--library", str(path), "import", str(ROOT / "seeds"), "--json"]) == 0
    return str(path)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def stored(lib: str, article_id: int) -> tuple[str, str, str]:
    with sqlite3.connect(lib) as conn:
        return conn.execute("SELECT title, issue_date, text FROM articles WHERE id = ?", [article_id]).fetchone()


def test_a_search_hit_ends_with_the_id_show_takes(lib, capsys):
    code, out, _ = run(capsys, "--library", lib, "--lang", "en", "search", "献血", "--limit", "1")
    hit_line = out.splitlines()[1]
    article_id = int(hit_line.rsplit("(#", 1)[1].rstrip(")"))  # no bm25 figure such as 2.18e-06 after it
    title, date, text = stored(lib, article_id)
    code, out, err = run(capsys, "--library", lib, "--lang", "en", "show", str(article_id))
    lines = out.splitlines()
    assert code == 0 and err == ""
    assert title in lines[:3]
    assert f"{date} · " in out and out.count(f"#{article_id}") == 1
    first_paragraph = text.split("\n")[0]
    assert first_paragraph in lines  # each paragraph on its own line, a blank line between
    assert out.count("\n\n") >= text.count("\n")


def test_several_ids_in_the_order_given_parted_by_a_rule(lib, capsys):
    code, out, _ = run(capsys, "--library", lib, "show", "7", "3")
    assert code == 0
    assert out.index(stored(lib, 7)[0]) < out.index("─" * 40) < out.index(stored(lib, 3)[0])
    assert out.count("─" * 40) == 1


def test_an_id_that_names_no_article_is_one_line_and_exit_1_after_the_others(lib, capsys):
    code, out, err = run(capsys, "--library", lib, "--lang", "en", "show", "3", "99999")
    assert code == 1
    assert stored(lib, 3)[0] in out
    assert err.strip() == "No article has the id 99999"
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--library", lib, "--lang", "en", "show", "0"])
    err = capsys.readouterr().err.strip()
    assert exit_.value.code == 2 and len(err.splitlines()) == 1 and "must be between 1 and 2147483647: 0" in err


def test_other_formats_are_the_articles_export_lines(lib, capsys):
    code, out, _ = run(capsys, "--library", lib, "show", "3", "--format", "jsonl")
    row = json.loads(out)
    assert code == 0 and row["id"] == 3 and row["text"] == stored(lib, 3)[2]
    code, out, _ = run(capsys, "--library", lib, "show", "3", "--format", "md")
    assert code == 0 and out.startswith("## ")


def test_a_title_holding_a_terminal_escape_reaches_the_terminal_without_it(lib, capsys, tmp_path):
    copy = tmp_path / "hostile.sqlite"
    with sqlite3.connect(lib) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    with sqlite3.connect(copy) as conn:
        conn.execute("UPDATE articles SET title = ?, text = ? WHERE id = 3",
                     ["标题\x1b]0;pwned\x07\x1b[2J", "第一段\x1b[31m红\n第二段"])
    code, out, _ = run(capsys, "--library", str(copy), "show", "3")
    assert code == 0 and "\x1b" not in out and "\x07" not in out
    assert out.splitlines()[0].startswith("标题") and "pwned" in out and "第二段" in out


def test_export_articles_writes_plain_text_too(lib, capsys):
    code, out, _ = run(capsys, "--library", lib, "export", "articles", "--query", "献血", "--format", "txt")
    hits = len(json.loads(run(capsys, "--library", lib, "search", "献血", "--json", "--limit", "0")[1])["hits"])
    assert code == 0 and out.count("─" * 40) == hits - 1
