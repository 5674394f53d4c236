"""A read-only library whose discovery index lags still lists people, places, orgs and reprints.

`people`, `places`, `orgs` and `reprints` first bring their index up to date,
which is a write. On a library in a read-only place whose index lacked a few
articles (an index of an older version, articles added by a tool) each of
them said only "the library is read-only; changes cannot be saved" and listed
nothing, though listing is a read. Now the index is listed as it is, with one
line saying how many articles it lacks; the window's people list the same.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.reliability.helpers import call_cli, seeded_library
from zzreader.core import safe_open
from zzreader.core.discovery import entities, reprints

LAG_LINE = ("书库只读，索引未更新，缺 2 篇 / The library is read-only; its index was not brought up to date "
            "and lacks 2 article(s)")


@pytest.fixture
def lagging_library(tmp_path: Path) -> Path:
    """A library whose entity index and reprint signatures lack two articles each."""
    path = tmp_path / "lib.sqlite"
    library = seeded_library(path)
    entities.update(library)
    reprints.update(library)
    library.close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE entity_articles SET version = version - 1 WHERE article_id IN "
                     "(SELECT article_id FROM entity_articles ORDER BY article_id LIMIT 2)")  # fmt: skip
        conn.execute("DELETE FROM reprint_signatures WHERE article_id IN "
                     "(SELECT article_id FROM reprint_signatures ORDER BY article_id LIMIT 2)")  # fmt: skip
    conn.close()
    return path


def _bytes(path: Path) -> bytes:
    return path.read_bytes()


@pytest.mark.parametrize("command", ["people", "places", "orgs", "reprints"])
def test_a_lagging_index_is_listed_as_it_is_with_one_line(capsys, monkeypatch, lagging_library: Path,
                                                         command: str) -> None:
    monkeypatch.setattr(safe_open, "writable", lambda _p: False)
    before = _bytes(lagging_library)
    code, out, err = call_cli(capsys, "--library", str(lagging_library), command)
    assert code == 0, err
    assert err.strip().splitlines() == [LAG_LINE]
    assert out.strip()  # the entries (or the clusters' count)
    if command != "reprints":
        assert "\t" in out.splitlines()[0]
    assert _bytes(lagging_library) == before  # nothing written


def test_a_writable_library_is_brought_up_to_date_and_says_nothing(capsys, lagging_library: Path) -> None:
    code, _out, err = call_cli(capsys, "--library", str(lagging_library), "people")
    assert code == 0 and err == ""
    library_conn = sqlite3.connect(lagging_library)
    try:
        stale = library_conn.execute("SELECT COUNT(*) FROM entity_articles WHERE version != ?",
                                     [entities.EXTRACTOR_VERSION]).fetchone()[0]  # fmt: skip
    finally:
        library_conn.close()
    assert stale == 0


def test_rebuilding_reprints_in_a_read_only_library_still_says_why_not(capsys, monkeypatch,
                                                                       lagging_library: Path) -> None:
    monkeypatch.setattr(safe_open, "writable", lambda _p: False)
    code, _out, err = call_cli(capsys, "--library", str(lagging_library), "reprints", "--rebuild")
    assert code != 0
    assert "read-only" in err and len(err.strip().splitlines()) == 1
