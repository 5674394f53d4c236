"""A row another tool rewrote beside the full-text index can still be corrected, deleted and re-imported.

The index is contentless (core/fts_index.py): removing an article from it
needs the very tokens that were indexed. An `UPDATE articles SET title = …`
run in any SQLite shell changes the row but not the index, and FTS5 then
refuses the removal with "database disk image is malformed" - the window
showed that raw text for a correction of a title another tool had grown to
10,000 characters, and nothing could be corrected in that article again.
Now the index is rebuilt from the rows and the correction goes through.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import SEEDS
from zzreader.core.importer import import_paths
from zzreader.core.store import open_library

PLANTED = '<img src=/etc/passwd><a href="file:///etc/passwd">x</a>\u202e' + "长" * 10_000


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("beside") / "library.sqlite"
    with open_library(path) as lib:
        import_paths(lib, SEEDS, workers=0)
    return path


def _planted_copy(seeded: Path, tmp_path: Path, column: str, value: str) -> tuple[Path, int]:
    path = tmp_path / "library.sqlite"
    shutil.copy(seeded, path)
    conn = sqlite3.connect(path)
    article = conn.execute("SELECT min(id) FROM articles").fetchone()[0]
    conn.execute(f"UPDATE articles SET {column} = ? || coalesce({column}, '') WHERE id = ?", [value, article])
    conn.commit()
    conn.close()
    return path, article


@pytest.mark.parametrize("column", ["title", "text", "section"])
def test_a_correction_of_a_row_rewritten_beside_the_index_goes_through(seeded, tmp_path, column) -> None:
    path, article = _planted_copy(seeded, tmp_path, column, PLANTED)
    with open_library(path) as lib:
        lib.corrections.edit(article, {"title": "渌江书院修缮完工"}, why="校对")
        assert lib.db.execute("SELECT title FROM articles WHERE id = ?", [article]).fetchone()[0] == "渌江书院修缮完工"
        assert article in [h.article_id for h in lib.search("渌江书院修缮", limit=0).hits]
        assert lib.db.execute("SELECT count(*) FROM articles_fts_keys").fetchone()[0] == lib.db.execute(
            "SELECT count(*) FROM articles"
        ).fetchone()[0]
        assert lib.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_split_merge_and_revert_of_such_rows_go_through(seeded, tmp_path) -> None:
    path, article = _planted_copy(seeded, tmp_path, "text", PLANTED)
    with open_library(path) as lib:
        first, second = lib.corrections.split(article, 20, title="后半篇", why="拆开").value
        lib.corrections.merge(first, second, why="合回")
        history = lib.corrections.history(first)
        lib.corrections.revert(first, history[0].revision, why="复原")
        assert lib.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        keys = lib.db.execute("SELECT count(*) FROM articles_fts_keys").fetchone()[0]
        assert keys == lib.db.execute("SELECT count(*) FROM articles").fetchone()[0]
