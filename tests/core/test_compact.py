"""Compacting a library: unused pages go back, the index is merged, nothing else changes."""

from __future__ import annotations

import sqlite3

import pytest

from zzreader.core import immediate_writes, search
from zzreader.core.compact import compact
from zzreader.core.errors import ZZReaderError
from zzreader.core.importer import import_paths
from zzreader.core.store import open_library
from tests.conftest import SEEDS


def _hits(library, query: str) -> list[int]:
    return [h.article_id for h in search.search(library, query, limit=None).hits]


def test_compact_returns_space_and_keeps_everything(tmp_path):
    path = tmp_path / "lib.sqlite"
    with open_library(path) as library:
        import_paths(library, SEEDS, workers=0)
        # Space a rebuilt table or a re-import leaves behind: rows written, then deleted.
        with library.db.atomic():
            library.db.execute("CREATE TABLE scratch (b BLOB)")
            library.db.execute("INSERT INTO scratch VALUES (zeroblob(4000000))")
        with library.db.atomic():
            library.db.execute("DROP TABLE scratch")
        stats = library.stats()
        hits = {q: _hits(library, q) for q in ("株洲", "记者", "湘江")}
        assert all(hits.values())
        report = compact(library)
        assert report.before - report.after >= 4_000_000
        after = library.stats()
        assert (after.issues, after.articles, after.first_date, after.last_date) == (
            stats.issues, stats.articles, stats.first_date, stats.last_date)
        assert {q: _hits(library, q) for q in hits} == hits
        segments = library.db.execute("SELECT count(DISTINCT segid) FROM articles_fts_idx").fetchone()[0]
        assert segments == 1
        assert library.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_compact_while_another_program_writes_says_so_in_one_line(tmp_path, monkeypatch):
    monkeypatch.setattr(immediate_writes, "BUSY_TIMEOUT_S", 0.2)  # instead of waiting 30 s for the other program
    path = tmp_path / "lib.sqlite"
    with open_library(path) as library:
        import_paths(library, SEEDS[:1], workers=0)
        other = sqlite3.connect(str(path))
        try:
            other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
            with pytest.raises(ZZReaderError) as caught:
                compact(library)
        finally:
            other.rollback()
            other.close()
        message = str(caught.value)
        assert "\n" not in message and "database" not in message.lower()
        assert "整理书库失败" in message or "另一个" in message
        assert library.stats().issues == 1
