"""Sequences of writes the library state machine found wrong (tests/core/test_library_state_machine.py),
each shrunk to a plain example."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SEEDS
from tests.core.annotation_fixtures import seeded_library
from zzreader.core.importer import import_paths
from zzreader.core.parse import parse_bytes
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


def test_undo_of_an_edit_whose_issue_was_deleted_and_imported_again_is_no_crash(tmp_path: Path) -> None:
    with seeded_library(tmp_path / "two.sqlite", SEEDS[:2]) as lib:
        issue = lib.issue_by_source(SEEDS[0].name)
        aid = lib.articles_of_issue(issue.id)[0].id
        lib.corrections.edit(aid, {"text": lib.article(aid).text[1:]})
        lib.delete_issue(issue.id)  # another issue keeps the highest id: this one comes back under a new one
        lib.import_issue(parse_bytes(SEEDS[0].read_bytes(), SEEDS[0].name))
        articles = lib.db.execute("SELECT * FROM articles ORDER BY id").fetchall()
        undone = lib.journal.undo()  # was: FOREIGN KEY constraint failed, a raw SQLite traceback
        assert undone.changes.articles == frozenset() and undone.changes.text == frozenset()
        assert lib.db.execute("SELECT * FROM articles ORDER BY id").fetchall() == articles
        assert lib.db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_the_record_of_an_undo_names_only_what_the_undo_changed(lib: Library) -> None:
    issue = lib.issue_summaries()[0]
    aid = lib.articles_of_issue(issue.id)[-1].id
    lib.tags.set_for_article(aid, ["株洲"])
    lib.delete_issue(issue.id)  # the article's tag rows go with it
    lib.import_issue(parse_bytes(SEEDS[0].read_bytes(), SEEDS[0].name))
    undone = lib.journal.undo()  # takes the tag back; no article's tags or page changed
    assert not lib.tags.names()
    assert undone.changes.articles == frozenset(), "the window would redraw an article nothing changed on"


def test_undo_of_a_merge_never_takes_the_id_a_later_import_gave_another_article(lib: Library) -> None:
    """SQLite gave the highest id again once its article was gone: a merge of an issue's last
    two articles, then an import, then Ctrl+Z wrote the merged-away article over the new issue's
    first one (its text lost, the issue one article short). Since migration 15 no id is given
    again: the merged-away article comes back under its own id, beside the new issue's."""
    ids = [a.id for a in lib.articles_of_issue(lib.issue_summaries()[0].id)]
    lib.corrections.merge(ids[-2], ids[-1])
    import_paths(lib, [SEEDS[1]], workers=0)
    other = lib.issue_by_source(SEEDS[1].name).id
    theirs = [(a.id, lib.article(a.id).title, lib.article(a.id).text) for a in lib.articles_of_issue(other)]
    assert ids[-1] not in [i for i, _t, _x in theirs]  # the id is not given again
    lib.journal.undo()
    assert lib.article(ids[-1]).issue_id == lib.issue_by_source(SEEDS[0].name).id  # back in its own issue
    assert [(a.id, lib.article(a.id).title, lib.article(a.id).text) for a in lib.articles_of_issue(other)] == theirs
    assert shown_count(lib, other) == listed(lib, other) == len(theirs)
    assert lib.article(ids[-2]).text == lib.corrections.history(ids[-2])[0].state["text"]


def primary_rows(lib: Library) -> dict[str, list[tuple]]:
    tables = ("issues", "articles", "article_revisions", "unassigned", "highlights", "tags", "article_tags")
    return {t: lib.db.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}


def test_undo_then_redo_after_a_reimport_leaves_the_library_as_it_was(lib: Library, tmp_path: Path) -> None:
    """The re-import replaced the stray lines "not an article" had made: undo found them gone,
    redo wrote them back, and the issue held its lines twice."""
    issue = lib.issue_summaries()[0].id
    last = lib.articles_of_issue(issue)[-1].id
    lib.corrections.mark_not_article(last)
    raw = SEEDS[0].read_text(encoding="utf-8")
    changed = tmp_path / SEEDS[0].name
    changed.write_text(raw.replace("株洲", "洲株", 1), encoding="utf-8")
    assert lib.import_issue(parse_bytes(changed.read_bytes(), changed.name)).status == "updated"
    lib.highlights.reanchor_issue(issue)
    before = primary_rows(lib)
    if lib.journal.undo().value is not None:
        lib.journal.redo()
    assert primary_rows(lib) == before


def test_undo_of_moved_stray_lines_whose_issue_was_deleted_is_no_crash(tmp_path: Path) -> None:
    with seeded_library(tmp_path / "two.sqlite", SEEDS[:2]) as lib:
        issue = lib.issue_by_source(SEEDS[0].name)
        aid = lib.articles_of_issue(issue.id)[0].id
        lines = [r[0] for r in lib.corrections.stray_lines(aid)]
        lib.corrections.move_unassigned(aid, lines[:1])
        lib.delete_issue(issue.id)
        lib.import_issue(parse_bytes(SEEDS[0].read_bytes(), SEEDS[0].name))
        stray = lib.db.execute("SELECT * FROM unassigned ORDER BY id").fetchall()
        lib.journal.undo()  # was: FOREIGN KEY constraint failed (the line's issue is gone)
        assert lib.db.execute("SELECT * FROM unassigned ORDER BY id").fetchall() == stray
        assert lib.db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_undo_then_redo_keeps_the_history_of_an_article_whose_issue_was_deleted(tmp_path: Path) -> None:
    """Found with --hypothesis-seed=41092621655526892465421984369074370035: the issue's deletion
    kept its correction history detached (article_id NULL); undo of the lines moved into the
    article took that history away and redo, finding the article gone, never put it back."""
    with seeded_library(tmp_path / "two.sqlite", SEEDS[:2]) as lib:
        issue = lib.issue_by_source(SEEDS[0].name)
        aid = lib.articles_of_issue(issue.id)[0].id
        lib.corrections.move_unassigned(aid, [r[0] for r in lib.corrections.stray_lines(aid)][:1])
        lib.delete_issue(issue.id)
        lib.import_issue(parse_bytes(SEEDS[0].read_bytes(), SEEDS[0].name))
        before = primary_rows(lib)
        kept = lib.db.execute("SELECT uid FROM article_revisions WHERE issue_source = ?", [SEEDS[0].name]).fetchall()
        assert kept, "the deletion keeps the issue's correction history"
        assert lib.journal.undo().value is not None
        assert lib.journal.redo().value is not None
        assert primary_rows(lib) == before


def test_undo_and_redo_never_write_a_deleted_issues_article_over_another_issues(tmp_path: Path) -> None:
    """SQLite gave the deleted issue's id and its articles' ids to the next issue imported, so the
    journal took that issue's articles for the deleted ones: undo of a title corrected before the
    deletion wrote the old title and text over another issue's article, and redo put the old
    revision rows on it. Since migration 15 no id is given again."""
    with seeded_library(tmp_path / "two.sqlite", SEEDS[:2]) as lib:
        gone = lib.issue_by_source(SEEDS[1].name)
        aid = lib.articles_of_issue(gone.id)[-1].id
        lib.corrections.edit(aid, {"title": "更正后的标题"})
        lib.delete_issue(gone.id)
        lib.import_issue(parse_bytes(SEEDS[2].read_bytes(), SEEDS[2].name))
        other = lib.issue_by_source(SEEDS[2].name).id

        def theirs() -> list[tuple]:
            return [(a.id, lib.article(a.id).title, lib.article(a.id).text, len(lib.corrections.history(a.id)))
                    for a in lib.articles_of_issue(other)]

        shown = theirs()
        lib.journal.undo()
        assert theirs() == shown, "undo changed an article of an issue imported after the deletion"
        lib.journal.redo()
        assert theirs() == shown, "redo changed an article of an issue imported after the deletion"


def test_undo_then_redo_of_a_new_collection_after_a_reimport_keeps_its_articles(lib: Library, tmp_path: Path) -> None:
    """Found with --hypothesis-seed=41092621655526892465421984369074370035 (and seed 1): the
    re-import dropped the undo entry that put an article of the issue in a new collection but
    kept the one that made the collection; undo of the collection took its member with it
    (ON DELETE CASCADE) and redo, the member's entry gone, brought back an empty collection."""
    issue = lib.issue_summaries()[0].id
    aid = lib.articles_of_issue(issue)[0].id
    made = lib.collections.create("湘江夜跑").value
    lib.collections.add_articles(made.id, [aid])
    changed = tmp_path / SEEDS[0].name
    changed.write_text(SEEDS[0].read_text(encoding="utf-8").replace("株洲", "洲株", 1), encoding="utf-8")
    assert lib.import_issue(parse_bytes(changed.read_bytes(), changed.name)).status == "updated"
    before = primary_rows(lib) | {"collection_articles": lib.db.execute(
        "SELECT collection_id, article_id FROM collection_articles").fetchall()}
    if lib.journal.undo().value is not None:
        lib.journal.redo()
    after = primary_rows(lib) | {"collection_articles": lib.db.execute(
        "SELECT collection_id, article_id FROM collection_articles").fetchall()}
    assert after == before
