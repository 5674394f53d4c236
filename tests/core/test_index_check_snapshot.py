"""The stale-index check reads the article and the index at one instant.

The window checks each article it opens in its read lane (gui/index_repair.py)
while its edits lane may commit a split or a correction of that very article.
The check read the row, then asked the index: a commit in between left it
comparing the old text with the new index, so the window's own split said
"another program changed the library" and rebuilt the whole index (found by
tests/gui/test_window_action_sequences.py).
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SEEDS
from zzreader.core import fts_index, index_check
from zzreader.core.importer import import_paths
from zzreader.core.store import open_library


def test_a_split_committed_during_the_check_is_no_false_alarm(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "library.sqlite"
    with open_library(path) as library:
        import_paths(library, SEEDS[:1], workers=0)
        article = max((a for _i, a in library.iter_articles()), key=lambda a: len(a.text))
    read_side, edit_side = open_library(path), open_library(path)
    try:
        row_then = fts_index.indexed_fields
        split: list[tuple[int, int]] = []

        def split_between(db, article_id):
            found = row_then(db, article_id)  # the row as it stood
            if not split and fts_index.connection_of(db) is fts_index.connection_of(read_side.db):  # the edits lane commits now (its own reindex reads rows too)
                split.append(edit_side.corrections.split(article_id, len(article.text) // 3).value)
            return found

        monkeypatch.setattr(fts_index, "indexed_fields", split_between)
        assert index_check.stale(read_side.db, article.id) is False
        assert split and read_side.article(article.id).text != article.text
        monkeypatch.setattr(fts_index, "indexed_fields", row_then)
        assert index_check.stale(read_side.db, article.id) is False  # and after it, as the row stands now
    finally:
        read_side.close()
        edit_side.close()
