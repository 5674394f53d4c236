"""An issue's article count follows split, merge and "not an article", and their undo and redo.

The count the tree shows beside each issue, the page's "article k of N" and
the calendar's summary are the issue's stored `article_count`; a merge left
it one too high, a split one too low, until the issue was imported again
(found by tests/gui/test_window_action_sequences.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SEEDS
from zzreader.core.importer import import_paths
from zzreader.core.store import open_library


def counts(library) -> list[tuple[int, int]]:
    """(stored count, articles there are) of every issue."""
    return library.db.execute(
        "SELECT article_count, (SELECT count(*) FROM articles a WHERE a.issue_id = i.id) FROM issues i"
    ).fetchall()


@pytest.fixture
def library(tmp_path: Path):
    with open_library(tmp_path / "library.sqlite") as lib:
        import_paths(lib, SEEDS[:1], workers=0)
        yield lib


def test_split_merge_and_not_an_article_keep_the_count_through_undo_and_redo(library) -> None:
    ids = [a.id for _i, a in library.iter_articles()]
    before = counts(library)
    long = max(ids, key=lambda i: len(library.article(i).text))
    library.corrections.split(long, len(library.article(long).text) // 2)
    library.corrections.merge(ids[1], ids[2])
    library.corrections.mark_not_article(ids[3])
    shown = [library.issue(library.article_summary(ids[0]).issue_id).article_count]
    assert all(stored == real for stored, real in counts(library))
    assert shown == [before[0][1] - 1]
    for _ in range(3):
        library.journal.undo()
        assert all(stored == real for stored, real in counts(library))
    assert counts(library) == before
    for _ in range(3):
        library.journal.redo()
        assert all(stored == real for stored, real in counts(library))
