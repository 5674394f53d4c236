"""A library indexed by another tokenizer version is re-indexed on opening, with progress."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from zzreader.core import index_version, safe_open
from zzreader.core.importer import import_paths
from zzreader.core.migrations import LibraryError
from zzreader.core.store import needs_upgrade, open_library

ROOT = Path(__file__).resolve().parents[2]
V12 = Path(__file__).resolve().parent / "data" / "library_v12.sqlite"


@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("seeded") / "lib.sqlite"
    with open_library(path) as lib:
        import_paths(lib, [ROOT / "seeds"])
    return path


def _as_version_2(src: Path, dest: Path) -> Path:
    """A copy whose index claims the previous tokenizer (what an older zzreader left)."""
    shutil.copyfile(src, dest)
    with sqlite3.connect(dest) as conn:
        conn.execute("UPDATE meta SET value = '2' WHERE key = 'tokenizer_version'")
    return dest


def test_needs_upgrade_says_when_opening_will_rebuild_or_migrate(seeded, tmp_path):
    assert not needs_upgrade(seeded)
    assert needs_upgrade(_as_version_2(seeded, tmp_path / "old.sqlite"))
    shutil.copyfile(V12, tmp_path / "v12.sqlite")
    assert needs_upgrade(tmp_path / "v12.sqlite")
    assert not needs_upgrade(tmp_path / "missing.sqlite")  # a new library: nothing to upgrade
    newer = tmp_path / "newer.sqlite"
    shutil.copyfile(seeded, newer)
    with sqlite3.connect(newer) as conn:
        conn.execute("PRAGMA user_version = 999")
    assert not needs_upgrade(newer)  # a newer zzreader's: refused on opening, nothing to upgrade
    (tmp_path / "notes.txt").write_text("不是书库", encoding="utf-8")
    assert not needs_upgrade(tmp_path / "notes.txt")  # open_library says what is wrong with it


def test_opening_reindexes_with_progress_and_searches_alike(seeded, tmp_path):
    old = _as_version_2(seeded, tmp_path / "old.sqlite")
    seen: list[tuple[int, int]] = []
    with open_library(old, lambda done, total: seen.append((done, total))) as lib:
        total = lib.stats().articles
        assert seen[0] == (0, total) and seen[-1] == (total, total)
        assert index_version.index_is_current(lib.db)
        with open_library(seeded) as ref:
            for query in ("株洲", "市", "株洲，", "二医院", "gdp*", "献血 -株洲"):
                assert [h.article_id for h in lib.search(query).hits] == [
                    h.article_id for h in ref.search(query).hits
                ], query
    assert not needs_upgrade(old)


def test_a_read_only_library_of_another_index_version_is_refused_in_one_line(seeded, tmp_path, monkeypatch):
    """Its old index would miss what some searches ask, and it cannot be rebuilt in place."""
    old = _as_version_2(seeded, tmp_path / "old.sqlite")
    monkeypatch.setattr(safe_open, "writable", lambda _path: False)  # as on a read-only mount
    with pytest.raises(LibraryError) as err:
        open_library(old)
    assert "只读" in str(err.value) and "read-only" in str(err.value) and "\n" not in str(err.value)
