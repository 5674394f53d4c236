"""Every write through the library's parts returns what it changed (core/changes.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.annotation_fixtures import seeded_library
from zzreader.core import changes
from zzreader.core.changes import Changes
from zzreader.core.store import Library, open_library


@pytest.fixture
def lib(tmp_path: Path):
    library = seeded_library(tmp_path / "lib.sqlite")
    yield library
    library.close()


def _two_articles(lib: Library) -> tuple[int, int]:
    rows = lib.db.execute("SELECT id FROM articles ORDER BY id LIMIT 2").fetchall()
    return rows[0][0], rows[1][0]


def test_a_highlight_names_its_article_and_itself(lib: Library) -> None:
    a, _b = _two_articles(lib)
    done = lib.highlights.add(a, 0, 4, tags=["医疗"])
    c = done.changes
    assert c.articles == {a} and c.highlights == {done.value.id}
    assert len(c.tags) == 1 and not c.collections and not c.issues and not c.text
    assert c.journal and not c.everything and c.touches(a)


def test_tags_collections_and_notes_say_only_what_they_touched(lib: Library) -> None:
    a, b = _two_articles(lib)
    tagged = lib.tags.tag_articles("专题", [a, b]).changes
    assert tagged.articles == {a, b} and len(tagged.tags) == 1 and not tagged.highlights
    made = lib.collections.create("春运")
    assert made.changes.collections == {made.value.id} and not made.changes.articles
    added = lib.collections.add_articles(made.value.id, [b]).changes
    assert added.collections == {made.value.id} and not added.touches(a)
    h = lib.highlights.add(b, 2, 6).value
    note = lib.highlights.update(h.id, note="核实").changes
    assert note.highlights == {h.id} and note.articles == {b} and not note.tags


def test_a_write_that_changes_nothing_says_nothing(lib: Library) -> None:
    a, _b = _two_articles(lib)
    lib.tags.set_for_article(a, ["甲"])
    again = lib.tags.set_for_article(a, ["甲"])
    assert again.changes.empty and again.value == ["甲"]


def test_undo_and_redo_report_the_same_ids_as_the_edit(lib: Library) -> None:
    a, _b = _two_articles(lib)
    done = lib.highlights.add(a, 1, 5, tags=["乙"])
    undone = lib.journal.undo()
    assert undone.value is not None and undone.value.article_ids == (a,)
    assert undone.changes.highlights == done.changes.highlights
    assert undone.changes.articles == done.changes.articles and undone.changes.tags == done.changes.tags
    assert lib.journal.redo().changes.highlights == {done.value.id}
    assert lib.journal.redo().value is None and lib.journal.redo().changes.empty


def test_a_correction_marks_the_text_and_the_issue(lib: Library) -> None:
    a, _b = _two_articles(lib)
    edited = lib.corrections.edit(a, {"title": "更正后的标题"}, why="错字", user="测试")
    assert edited.value == 1 and a in edited.changes.text and a in edited.changes.articles
    assert lib.article(a).title == "更正后的标题"


def test_another_connections_entries_arrive_as_the_same_record(lib: Library, monkeypatch) -> None:
    a, b = _two_articles(lib)
    start = changes.last_entry(lib)
    with open_library(lib.path) as other:
        monkeypatch.setattr(changes, "ORIGIN", "another-process")  # entries it writes are not ours
        h = other.highlights.add(b, 0, 3).value
        other.tags.set_for_article(a, ["外来"])
        monkeypatch.undo()
    seen = changes.since(lib, start)
    assert seen.external and seen.highlights == {h.id} and seen.articles == {a, b}
    assert changes.since(lib, changes.last_entry(lib)) == Changes(journal=True)


def test_an_import_reports_the_issues_it_added(tmp_path: Path) -> None:
    from tests.conftest import SEEDS
    from zzreader.core.importer import import_paths

    with open_library(tmp_path / "new.sqlite") as library:
        first = import_paths(library, SEEDS[:2], workers=0)
        assert first.changes.issues == {f.issue_id for f in first.files} and not first.changes.everything
        again = import_paths(library, SEEDS[:2], workers=0)
        assert again.changes.empty  # unchanged files change nothing
