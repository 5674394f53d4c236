"""Articles another tool cut from their issue (NULL, a text, or an id no issue has).

`export articles` passed over them and said "Exported 0 articles" with exit 0,
`history` called them "No such article", and `export corrections` of a
corrected one ended in a TypeError. Now every command reads them sensibly:
the export writes them (with no issue source) and says how many were in no
issue, and a command that needs the article's issue says "in no issue".
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.reliability.helpers import call_cli, seeded_library

NO_ISSUE = "这篇文章不在任何一期中 / The article is in no issue"


def _cut_from_issue(path: Path, value_sql: str, where: str = "1") -> None:
    """Make `issue_id` nullable (as another tool could) and set it for some articles."""
    seeded_library(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = replace(sql, 'issue_id INTEGER NOT NULL', 'issue_id INTEGER') "
                     "WHERE type = 'table' AND name = 'articles'")
    with sqlite3.connect(path) as conn:
        for name, in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            conn.execute(f'DROP TRIGGER "{name}"')  # the dump log's; zzreader writes them again on open
        conn.execute(f"UPDATE articles SET issue_id = {value_sql} WHERE {where}")


CUTS = {"null": "NULL", "nowhere": "issue_id + 1000", "text": "'第一期'", "real": "0.5"}


@pytest.mark.parametrize("value_sql", CUTS.values(), ids=CUTS.keys())
def test_export_articles_writes_the_articles_in_no_issue_and_says_so(tmp_path, capsys, value_sql) -> None:
    path = tmp_path / "lib.sqlite"
    _cut_from_issue(path, value_sql, "id % 3 = 0")
    with sqlite3.connect(path) as conn:
        total, cut = conn.execute("SELECT count(*), sum(id % 3 = 0) FROM articles").fetchone()
    out_file = tmp_path / "articles.jsonl"
    code, out, err = call_cli(capsys, "--library", str(path), "export", "articles", "--output", str(out_file))
    assert code == 0, err
    rows = [json.loads(line) for line in out_file.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == total and sorted(r["id"] for r in rows) == list(range(1, total + 1))
    assert {r["source"] for r in rows if r["id"] % 3 == 0} == {""}
    assert all(r["source"] for r in rows if r["id"] % 3)
    assert f"Exported {total} articles" in err and f"{cut} in no issue" in err
    assert "Traceback" not in err


def test_every_article_in_no_issue_is_exported_to_stdout_too(tmp_path, capsys) -> None:
    path = tmp_path / "lib.sqlite"
    _cut_from_issue(path, "NULL")
    code, out, err = call_cli(capsys, "--library", str(path), "export", "articles")
    assert code == 0 and len(out.splitlines()) == 57, err


@pytest.mark.parametrize("value_sql", CUTS.values(), ids=CUTS.keys())
@pytest.mark.parametrize("argv", [["history", "1"], ["history", "--json", "1"], ["highlight", "1", "株洲"],
                                  ["edit", "1", "--title", "新标题"], ["cite", "1"]])
def test_a_command_on_an_article_in_no_issue_says_so_in_one_line(tmp_path, capsys, value_sql, argv) -> None:
    path = tmp_path / "lib.sqlite"
    _cut_from_issue(path, value_sql, "id = 1")
    code, out, err = call_cli(capsys, "--library", str(path), *argv)
    assert code == 2 and out == ""
    assert err.strip().splitlines()[-1] == NO_ISSUE


def test_export_corrections_of_an_article_later_cut_from_its_issue(tmp_path, capsys) -> None:
    path = tmp_path / "lib.sqlite"
    seeded_library(path).close()
    code, _out, err = call_cli(capsys, "--library", str(path), "edit", "2", "--title", "更正后的标题")
    assert code == 0, err
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = replace(sql, 'issue_id INTEGER NOT NULL', 'issue_id INTEGER') "
                     "WHERE type = 'table' AND name = 'articles'")
    with sqlite3.connect(path) as conn:
        for name, in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            conn.execute(f'DROP TRIGGER "{name}"')
        conn.execute("UPDATE articles SET issue_id = NULL WHERE id = 2")
    target = tmp_path / "corrections.json"
    code, out, err = call_cli(capsys, "--library", str(path), "export", "corrections", "--output", str(target))
    assert "Traceback" not in err and "TypeError" not in err
    assert code in (0, 2) and len(err.strip().splitlines()) <= 2, err
    if code == 2:
        assert err.strip().splitlines()[-1] == NO_ISSUE
