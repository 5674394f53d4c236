"""`cite --collection` of a collection with no article to cite.

An empty collection, or one whose entries another tool pointed at articles
that are not there (99999, a text), printed nothing and exited 0, and with
`--output` wrote an empty file. It now says so in one line, exit 1, and
writes nothing.
"""

from __future__ import annotations

import sqlite3

import pytest

from tests.reliability.helpers import call_cli, seeded_library

ENTRIES = {"empty": [], "dangling": ["INSERT INTO collection_articles VALUES (5, 99999, '2026-01-01')"],
           "text": ["INSERT INTO collection_articles VALUES (5, '第三篇', '2026-01-01')"]}


@pytest.mark.parametrize("kind", ENTRIES)
def test_citing_a_collection_with_nothing_to_cite_says_so(tmp_path, capsys, kind) -> None:
    path = tmp_path / "lib.sqlite"
    seeded_library(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO collections (id, name, created) VALUES (5, '芦淞服饰', '2026-01-01')")
        for sql in ENTRIES[kind]:
            conn.execute(sql)
    target = tmp_path / "素材.ris"
    code, out, err = call_cli(capsys, "--library", str(path), "cite", "--collection", "芦淞服饰",
                              "--format", "ris", "--output", str(target))
    assert code == 1 and out == "" and not target.exists()
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "holds no article to cite" in lines[0]
    if kind != "empty":
        assert "1 entry names no article" in lines[0]


def test_articles_given_with_an_empty_collection_are_still_cited(tmp_path, capsys) -> None:
    path = tmp_path / "lib.sqlite"
    seeded_library(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO collections (id, name, created) VALUES (5, '芦淞服饰', '2026-01-01')")
    code, out, err = call_cli(capsys, "--library", str(path), "cite", "3", "--collection", "芦淞服饰")
    assert code == 0 and out.strip() and err == ""
