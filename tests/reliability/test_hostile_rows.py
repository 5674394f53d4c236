"""Rows another tool wrote (wrong types, reversed spans, out-of-range ids) never stop a command.

A fifth look made titles, bylines and `meta` readable whatever they hold;
these are the paths it missed, each a Python error (a traceback) before:
the annotation exports (a blob title or text), `tag --search` (a blob text),
`edit`/`split`/`merge` (blocks of the wrong shape, highlight offsets stored
as text or reversed), `cite --format csl-json` (an issue date "abcd"),
`people` (an entity name stored as bytes, an article with a negative id) and
`reprints` (a boilerplate hash outside 32 bits). Each now reads the row
through `core/stored_values.py` (or a bound in its query) and finishes.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.reliability.helpers import call_cli, seeded_library

ROWS = {
    "blob title": ("UPDATE articles SET title = x'e6a0aae6b4b2ff' WHERE id < 5", ["export", "annotations", "--format", "md"]),
    "blob text": ("UPDATE articles SET text = x'e6a0aae6b4b2ff' WHERE id < 5", ["export", "annotations", "--format", "json"]),
    "blob source": ("UPDATE issues SET source = x'ff2f2e2e' WHERE id = 1", ["export", "annotations", "--format", "md"]),
    "blob text searched": ("UPDATE articles SET text = x'e6a0aae6b4b2ff' WHERE id < 5", ["tag", "--search", "株洲", "待核"]),
    "blocks of the wrong shape": (
        """UPDATE articles SET blocks = '[{"kind":5}, 3, ["p", "x", null]]' WHERE id < 5""",
        ["edit", "1", "--title", "医保参保工作推进"],
    ),
    "blocks an object": ("""UPDATE articles SET blocks = '{"a":1}' WHERE id < 5""", ["split", "1", "--at", "10"]),
    "offsets as text": ("""UPDATE highlights SET start = 'a', "end" = x'00'""", ["split", "1", "--at", "10"]),
    "offsets reversed": ("""UPDATE highlights SET start = 20, "end" = 3""", ["split", "1", "--at", "10"]),
    "offsets as text, merged": ("""UPDATE highlights SET start = 'a', "end" = 'b'""", ["merge", "1", "2"]),
    "a date that is none": ("UPDATE issues SET date = 'abcd'", ["cite", "1", "--format", "csl-json"]),
    "line numbers as text": (
        "UPDATE articles SET line_start = 'a', line_end = x'00'; "
        "INSERT INTO unassigned (issue_id, text, line_start, line_end) VALUES (1, x'e7acac33e78988', NULL, 'x')",
        ["cite", "1"],
    ),
    "entity named by bytes": ("UPDATE entities SET name = x'ff' WHERE id = 4", ["people"]),
    "negative article id": ("UPDATE articles SET id = -5 WHERE id = 2", ["people"]),
    "boilerplate beyond 32 bits": (
        "INSERT INTO reprint_boilerplate VALUES (-9223372036854775808), (9223372036854775807)",
        ["reprints"],
    ),
}


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("rows") / "base.sqlite"
    library = seeded_library(path)
    first = library.article(1)
    library.highlights.add(1, 0, min(6, len(first.text)), note="核对数字")
    library.close()
    assert call_cli_ok(path, ["people"])  # the entity index exists before a name is spoiled
    return path


def call_cli_ok(path: Path, argv: list[str]) -> bool:
    import io
    from contextlib import redirect_stderr, redirect_stdout

    from zzreader import cli

    with redirect_stdout(io.StringIO()), redirect_stderr(io.StringIO()):
        return cli.main(["--library", str(path), *argv]) == 0


@pytest.mark.parametrize("name", list(ROWS))
def test_a_command_reads_rows_another_tool_wrote(base, tmp_path, capsys, name):
    sql, argv = ROWS[name]
    lib = tmp_path / "lib.sqlite"
    lib.write_bytes(base.read_bytes())
    conn = sqlite3.connect(lib)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.executescript(sql)
    conn.commit()
    conn.close()
    code, out, err = call_cli(capsys, "--library", str(lib), *argv)
    assert code == 0, err
    assert "Traceback" not in err and err.count("\n") <= 1
    if argv[-1] == "csl-json":
        item = json.loads(out)[0]
        assert "issued" not in item and item["title"]  # no date rather than a made-up one
    if argv[:2] == ["export", "annotations"]:
        assert "核对数字" in out
