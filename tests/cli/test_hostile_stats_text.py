"""`zzreader stats` prints the library's name and its first and last dates on one line each;
`cite` of an article another tool cut from its issue says so in words, not "No such issue: None".

A library file named with a line break or a U+202E, and issue dates another
tool set to a terminal escape or a line break, reached the terminal as they
were: a forged second line, a reversed name, a colour change. Now they are
shown escaped (`core/shown.py`), as every other file name and stored value is.
"""

from __future__ import annotations

import sqlite3

from tests.reliability.helpers import call_cli, seeded_library


def test_stats_shows_a_hostile_name_and_stored_dates_escaped(tmp_path, capsys) -> None:
    path = tmp_path / "株洲\n期数 / Issues:   9999\u202e.sqlite"
    seeded_library(path).close()
    with sqlite3.connect(path) as conn:
        # a date's shape, then an escape and a line break: the last date (bytes or "abcd" are no date at all)
        conn.execute("UPDATE issues SET date = '2030-01-01\x1b[31m\n大小' WHERE id = (SELECT min(id) FROM issues)")
    code, out, err = call_cli(capsys, "--library", str(path), "stats")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert len(lines) == 5 and [line.split(":")[0] for line in lines] == [
        "书库 / Library", "期数 / Issues", "文章 / Articles", "日期 / Dates", "大小 / Size"]
    assert "\x1b" not in out and "\u202e" not in out
    assert "株洲\\n期数" in lines[0] and "2030-01-01\\x1b[31m\\n大小" in lines[3]


def test_citing_an_article_another_tool_cut_from_its_issue_says_so(tmp_path, capsys) -> None:
    """A library whose columns another tool made nullable and emptied: "No such issue: None" was Python's word."""
    path = tmp_path / "nulls.sqlite"
    seeded_library(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = replace(sql, 'issue_id INTEGER NOT NULL', 'issue_id INTEGER') "
                     "WHERE type = 'table' AND name = 'articles'")
    with sqlite3.connect(path) as conn:
        for name, in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            conn.execute(f"DROP TRIGGER {name}")  # the dump log's triggers; zzreader writes them again on open
        conn.execute("UPDATE articles SET issue_id = NULL WHERE id = 1")
    code, out, err = call_cli(capsys, "--library", str(path), "cite", "1")
    assert code == 2 and out == "" and "None" not in err
    assert err.strip().splitlines()[-1] == "这篇文章不在任何一期中 / The article is in no issue"
