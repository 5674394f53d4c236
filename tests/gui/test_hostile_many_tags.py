"""A library whose article carries thousands of tags (10,000 in the attack; 3,000 here), planted.

Before: the tag manager, open while anything changed, took 94 s for 2,000
tags on the GUI thread (each cell made Qt measure the whole column again:
gui/tables.py `filling`), minutes for 10,000. The article's tag field
kept only the first 32,767 characters of "标签0, 标签1, …": the next Enter
saved that cut list, removing every tag past it and adding the cut last
one as a new tag. Now the table fills in well under a second and the
field says the tags are too many to edit there, and saves nothing.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from zzreader.gui.qt import QHeaderView, Qt
from zzreader.i18n import tr

MANY = 3_000


@pytest.fixture
def tagged(window) -> int:
    """Planted by another tool: zzreader itself puts at most 200 on one article (core/tags.py)."""
    article_id = window.current_id
    conn = sqlite3.connect(window.library.path)
    try:
        with conn:
            for k in range(MANY):
                tag = conn.execute("INSERT INTO tags (name) VALUES (?)", [f"街巷志{k:05d}号"]).lastrowid
                conn.execute("INSERT INTO article_tags (article_id, tag_id) VALUES (?, ?)", [article_id, tag])
    finally:
        conn.close()
    window.annotator.notify()
    return article_id


def _tag_count(path: Path, article_id: int) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM article_tags WHERE article_id = ?", [article_id]).fetchone()[0]
    finally:
        conn.close()


def test_the_tag_manager_lists_thousands_of_tags_and_refreshes(qtbot, window, tagged) -> None:
    manager = window.show_tag_manager()
    manager.table.selectRow(3)
    window.annotator.notify()  # a change while it is open: filled again
    assert manager.table.rowCount() >= MANY
    header = manager.table.horizontalHeader()
    assert header.sectionResizeMode(3) == QHeaderView.ResizeMode.ResizeToContents  # fitted again after the fill
    assert manager.table.isSortingEnabled()
    assert len(manager.selected_names()) == 1


def test_the_tag_field_does_not_cut_and_save_thousands_of_tags(qtbot, window, tagged) -> None:
    field = window.article_tags
    assert field.isReadOnly() and field.text() == tr("tags.too_many", n=MANY)
    field.setFocus()
    qtbot.keyClicks(field, "more")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    field.clearFocus()
    assert _tag_count(window.library.path, tagged) == MANY
    window.act_next.trigger()  # leaving the article saves tags typed and not yet saved (none here)
    assert _tag_count(window.library.path, tagged) == MANY


def test_a_few_tags_stay_editable(qtbot, window) -> None:
    window.library.tags.set_for_article(window.current_id, ["湘江", "民生"])
    window.annotator.notify()
    field = window.article_tags
    assert not field.isReadOnly() and sorted(field.tags()) == sorted(["湘江", "民生"])


def test_the_tag_field_refuses_more_tags_than_an_export_carries(qtbot, window) -> None:
    """201 tags typed into the field: refused in one line on the status bar, nothing saved (they
    were saved, and the library's own W3C export of the article then failed to import elsewhere)."""
    field = window.article_tags
    field.setFocus()
    field.setText(", ".join(f"街巷{k}" for k in range(201)))  # core/tags.py MAX_TAGS_ON_ONE + 1
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert _tag_count(window.library.path, window.current_id) == 0
    message = window.statusBar().currentMessage()
    assert "最多 200 个" in message and "\n" not in message
