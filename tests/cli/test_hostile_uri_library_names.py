"""A library named like an SQLite URI or ':memory:' is a file of that name.

SQLite treats ':memory:' as a database in memory, and this Python's SQLite
(built with URI names on) read 'file:lib.sqlite?mode=memory' as a URI. So
`zzreader --library :memory: import FILE` said the issue was imported and
kept it nowhere, and 'file:…?mode=memory' opened an empty library in memory
instead of the file the user named. Now every library path is opened as the
file it names (core/sqlite_uri.py), and what is imported is there afterwards.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import SEEDS
from tests.reliability.helpers import call_cli


def _issues(path: Path) -> int:
    conn = sqlite3.connect(sqlite3_uri(path), uri=True)
    try:
        return conn.execute("SELECT count(*) FROM issues").fetchone()[0]
    finally:
        conn.close()


def sqlite3_uri(path: Path) -> str:
    from zzreader.core.sqlite_uri import read_only

    return read_only(path)


@pytest.mark.parametrize(
    "name",
    [":memory:", "file:lib.sqlite?mode=memory", "file:lib.sqlite?mode=ro", "file::memory:?cache=shared"],
)
def test_an_import_into_a_uri_like_name_is_kept_in_that_file(capsys, monkeypatch, tmp_path: Path, name: str) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = call_cli(capsys, "--library", name, "import", str(SEEDS[0]))
    assert code == 0, err
    stored = tmp_path / name
    assert stored.is_file() and _issues(stored) == 1
    code, out, err = call_cli(capsys, "--library", name, "stats", "--json")
    assert code == 0 and json.loads(out)["issues"] == 1, out
