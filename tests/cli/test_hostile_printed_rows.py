"""A value planted in a library prints as one field of one row: `people`, `history`.

`people`, `places` and `orgs` print one tab-separated row per entry. A name
another program wrote into the library's `entities` table with a tab and a
line break in it ("=HYPERLINK(…)<TAB>99<LF>伪造行") printed as two rows,
the second a forged entry with a made-up count. Now a name is one field:
whitespace runs are one space, other control characters shown escaped
(core/shown.py `field`). `history` printed a revision's user, reason, time
and fields as stored, so a line break in a planted reason forged a revision.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tests.reliability.helpers import call_cli, seeded_library
from zzreader.core.discovery import entities

PLANTED = '=HYPERLINK("x")\t99\n伪造行\x1b]0;T\x07'


def test_a_planted_name_is_one_field_of_one_row(capsys, tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    library = seeded_library(path)
    entities.update(library)
    library.close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE entities SET name = ? WHERE id = (SELECT MIN(id) FROM entities WHERE kind = 'person')",
                     [PLANTED])  # fmt: skip
    conn.close()

    code, out, err = call_cli(capsys, "--library", str(path), "people", "--json")
    assert code == 0, err
    count = len(json.loads(out)["entries"])
    code, out, err = call_cli(capsys, "--library", str(path), "people")
    assert code == 0, err
    rows = out.splitlines()
    assert len(rows) == count
    assert all(len(row.split("\t")) == 4 for row in rows)
    planted = next(row for row in rows if row.startswith("=HYPERLINK"))
    assert planted.split("\t")[0] == '=HYPERLINK("x") 99 伪造行\\x1b]0;T\\x07'


def test_a_planted_revision_prints_as_one_row(capsys, tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    seeded_library(path).close()
    code, _out, err = call_cli(capsys, "--library", str(path), "edit", "1", "--title", "新标题", "--why", "原因")
    assert code == 0, err
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "UPDATE article_revisions SET user = ?, why = ?, created = ?, fields = ? WHERE article_id = 1 AND revision = 1",
            ["甲\n  9  2099-01-01T00:00:00Z  mallory  title", "原因\t\n  8  forged", "2026\nx", '["title", "a\\nb"]'],
        )
    conn.close()
    code, out, err = call_cli(capsys, "--library", str(path), "history", "1")
    assert code == 0, err
    rows = out.splitlines()
    assert len(rows) == 2  # as parsed, and the one edit
    assert rows[1].split() == ["1", "2026", "x", "甲", "9", "2099-01-01T00:00:00Z", "mallory", "title", "title,a", "b",
                               "原因", "8", "forged"]  # fmt: skip


def test_a_planted_issue_number_prints_as_one_calendar_row(capsys, tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    seeded_library(path).close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE issues SET number = ? WHERE id = (SELECT MIN(id) FROM issues)", ["1\n2099-09-09  第9期"])
    conn.close()
    code, out, err = call_cli(capsys, "--library", str(path), "calendar", "--json")
    assert code == 0, err
    days = len(json.loads(out)["issues"])
    code, out, err = call_cli(capsys, "--library", str(path), "calendar")
    assert code == 0, err
    rows = out.splitlines()
    assert len(rows) == days + 1  # the days, then "缺期 / missing: 0"
    assert not any(row.startswith("2099") for row in rows)
