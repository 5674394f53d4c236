"""Sequences of writes the library state machine found wrong (tests/core/test_library_state_machine.py),
each shrunk to a plain example."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SEEDS
from tests.core.annotation_fixtures import seeded_library
from zzreader.core.store import Library


@pytest.fixture
def lib(tmp_path: Path) -> Library:
    library = seeded_library(tmp_path / "library.sqlite", SEEDS[:1])
    yield library
    library.close()


def shown_count(lib: Library, issue_id: int) -> int:
    """The count the archive tree shows beside the issue (gui/tree_model.py)."""
    return next(s.article_count for s in lib.issue_summaries() if s.id == issue_id)


def listed(lib: Library, issue_id: int) -> int:
    return len(lib.articles_of_issue(issue_id))


def test_the_issue_count_follows_split_merge_and_not_an_article_and_their_undo(lib: Library) -> None:
    issue = lib.issue_summaries()[0].id
    first, second, third = [a.id for a in lib.articles_of_issue(issue)[:3]]
    counts = [shown_count(lib, issue)]
    steps = [
        lambda: lib.corrections.split(first, 1),
        lambda: lib.corrections.merge(second, third),
        lambda: lib.corrections.mark_not_article(second),
        lib.journal.undo, lib.journal.undo, lib.journal.undo, lib.journal.redo,
    ]
    for step in steps:
        changed = step()
        assert issue in changed.changes.issues  # the tree redraws the issue's row
        counts.append(shown_count(lib, issue))
        assert counts[-1] == listed(lib, issue), f"the tree says {counts[-1]} articles, lists {listed(lib, issue)}"
    assert counts == [14, 15, 14, 13, 14, 15, 14, 15]
