"""A lone surrogate (a byte that is not UTF-8 in an argument, a `\\ud800` in JSON) is bad input.

SQLite cannot store one. Before the fix `zzreader highlight 1 医保 --note
$'n\\xff'` ended in a UnicodeEncodeError traceback (exit 1), and a W3C note
holding `\\ud800` was skipped as "cannot be imported (UnicodeEncodeError)".
Now the note is refused in one line with exit 2 (`core/one_line.py`
`lone_surrogate`), the W3C item is skipped saying why, and any other path
that meets one in the command line ends the same way (`cli.guarded`).

A note typed or given with --note had no length limit (2 million characters
were saved); it is now refused past a W3C file's limit. `--output -` wrote a
file named "-"; it is now standard output.
"""

from __future__ import annotations

import argparse
import json
import sqlite3

import pytest

from tests.reliability.helpers import call_cli, seeded_library
from zzreader import cli


@pytest.fixture
def lib(tmp_path):
    path = tmp_path / "lib.sqlite"
    seeded_library(path).close()
    return path


def _highlights(path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT id, note FROM highlights ORDER BY id").fetchall()
    finally:
        conn.close()


def test_a_note_with_a_byte_that_is_not_utf8_is_refused_in_one_line(lib, capsys):
    text = sqlite3.connect(lib).execute("SELECT substr(text, 1, 6) FROM articles WHERE id = 1").fetchone()[0]
    note = "核对" + b"\xff\xfe".decode("utf-8", "surrogateescape")
    code, out, err = call_cli(capsys, "--library", str(lib), "highlight", "1", text, "--note", note)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "U+DCFF" in err and "Traceback" not in err
    assert _highlights(lib) == []


def test_a_w3c_note_with_a_lone_surrogate_is_skipped_and_the_rest_imported(lib, tmp_path, capsys):
    text = sqlite3.connect(lib).execute("SELECT substr(text, 1, 6) FROM articles WHERE id = 1").fetchone()[0]
    code, out, err = call_cli(capsys, "--library", str(lib), "highlight", "1", text, "--note", "好")
    assert code == 0, err
    code, exported, err = call_cli(capsys, "--library", str(lib), "export", "annotations", "--format", "json")
    data = json.loads(exported)
    item = data["first"]["items"][0]
    good, bad = json.loads(json.dumps(item)), json.loads(json.dumps(item))
    good["id"], bad["id"] = "urn:uuid:00000000-0000-4000-8000-000000000001", "urn:uuid:00000000-0000-4000-8000-000000000002"
    for body in bad.get("body", []):
        if body.get("purpose") == "commenting":
            body["value"] = "坏\ud800"
    data["first"]["items"] = [good, bad]
    path = tmp_path / "w3c.json"
    path.write_text(json.dumps(data, ensure_ascii=True), encoding="utf-8")
    code, out, err = call_cli(capsys, "--library", str(lib), "import-annotations", str(path))
    assert code == 0, err
    assert "added 1" in out and "skipped 1" in out
    assert "U+D800" in out + err and "000000000002" in out + err
    assert "UnicodeEncodeError" not in out + err


def test_any_other_path_meeting_one_is_one_line_and_exit_2(capsys):
    def action(_args):
        "x\udcff".encode("utf-8")
        return 0

    assert cli.guarded(action, argparse.Namespace()) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "U+DCFF" in err


def test_a_note_over_the_limit_is_refused_and_nothing_saved(lib, capsys):
    from zzreader.core.highlights import MAX_NOTE_CHARS

    text = sqlite3.connect(lib).execute("SELECT substr(text, 1, 6) FROM articles WHERE id = 1").fetchone()[0]
    note = "株" * (MAX_NOTE_CHARS + 1)
    code, out, err = call_cli(capsys, "--library", str(lib), "highlight", "1", text, "--note", note)
    assert code == 2 and err.count("\n") == 1 and str(MAX_NOTE_CHARS) in err
    assert _highlights(lib) == []


def test_output_dash_is_standard_output(lib, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out, err = call_cli(capsys, "--library", str(lib), "cite", "1", "--output", "-")
    assert code == 0 and "株洲日报" in out
    code, out, err = call_cli(capsys, "--library", str(lib), "export", "annotations", "--format", "csv", "--output", "-")
    assert code == 0 and out.startswith("id,")
    assert not (tmp_path / "-").exists()
