"""Untrusted text in tooltips and labels is shown literally, never as rich text.

A hostile library (titles, article text, notes, tag and collection names,
import file names holding `<img src=/etc/passwd>`) is walked view by view:
the reading tree, the search results, the annotation browser, the
collections panel. Every tooltip is escaped text (Qt would otherwise load
the image), and every display string shows the words as they are.
"""

from __future__ import annotations

from typing import Any

import pytest

from zzreader.gui import plain_text
from zzreader.gui.qt import QLabel, QMessageBox, QModelIndex, Qt

HOSTILE = '<img src="/etc/passwd"><b>株洲</b>'
LOADERS = ("<img", "<b>", "<a ")


def _walk(model: Any, parent: QModelIndex = QModelIndex()) -> list[QModelIndex]:
    if model.canFetchMore(parent):
        model.fetchMore(parent)
    out = []
    try:
        columns = max(model.columnCount(parent), 1)
    except TypeError:  # a list model: one column
        columns = 1
    for row in range(model.rowCount(parent)):
        for col in range(columns):
            index = model.index(row, col, parent)
            out.append(index)
            if col == 0 and columns == 1 and model is not None and _has_rows(model, index):
                out.extend(_walk(model, index))
    return out


def _has_rows(model: Any, index: QModelIndex) -> bool:
    try:
        return model.canFetchMore(index) or model.rowCount(index) > 0
    except TypeError:
        return False


def _check(indexes: list[QModelIndex]) -> int:
    shown = 0
    for index in indexes:
        tip = index.data(Qt.ItemDataRole.ToolTipRole)
        if isinstance(tip, str):
            assert not any(tag in tip for tag in LOADERS), tip
            shown += "&lt;img" in tip
    return shown


@pytest.fixture
def hostile(window):
    lib = window.library
    with lib.lock, lib.db.atomic():
        lib.db.execute("UPDATE articles SET title = ? || title, text = ? || text", [HOSTILE, HOSTILE])
        lib.db.execute("UPDATE issues SET source = ? || source", [HOSTILE])
    article = lib.db.execute("SELECT id FROM articles ORDER BY id LIMIT 1").fetchone()[0]
    lib.highlights.add(article, 0, len(HOSTILE), note=HOSTILE, tags=["<b>标签</b>"])
    c = lib.collections.create("<img src=/dev/zero>专题").value
    lib.collections.add_articles(c.id, [article])
    window.tree.model().reload()
    window.annotator.notify()
    window.collections.reload()
    window.browser_dock.show()
    return article


def test_every_views_tooltips_are_escaped(qtbot, window, hostile) -> None:
    shown = _check(_walk(window.tree.model()))
    shown += _check(_walk(window.browser.model))
    window.search.query.setText("株洲")
    window.search.query.returnPressed.emit()
    qtbot.waitUntil(lambda: bool(window.search.model.hits), timeout=10_000)
    shown += _check(_walk(window.search.model))
    tree = window.collections.tree
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    items += [it.child(j) for it in list(items) for j in range(it.childCount())]
    for item in items:
        tip = item.toolTip(0)
        assert not any(tag in tip for tag in LOADERS), tip
        shown += "&lt;img" in tip
    assert shown > 3  # the hostile words are there, as text


def test_display_data_shows_the_words_as_they_are(window, hostile) -> None:
    model = window.browser.model
    cells = [model.index(0, c).data() for c in range(model.columnCount())]
    assert HOSTILE in cells  # the note column, literally


def test_the_helpers_make_rich_looking_text_plain(qtbot) -> None:
    assert plain_text.tip(None) is None and plain_text.tip("") is None
    t = plain_text.tip(HOSTILE + "\n第二行")
    assert "<img" not in t and "&lt;img" in t and "\n第二行" in t
    assert len(plain_text.tip("株" * 10_000)) < 2000
    label = plain_text.plain(QLabel(HOSTILE))
    box = plain_text.plain(QMessageBox(QMessageBox.Icon.Warning, "t", HOSTILE))
    assert label.textFormat() == Qt.TextFormat.PlainText == box.textFormat()
