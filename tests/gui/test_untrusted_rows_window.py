"""The window over rows another tool wrote: a collection named by bytes, counts stored as text.

Before the fix each of these kept the window from opening at all (a Python
TypeError in the collections panel's tooltip or the tree's issue rows). The
GUI's plain-text helpers now take any stored value (`gui/plain_text.py`),
and the core reads collections and issue counts through `core/stored_values.py`.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.gui.conftest import open_window
from tests.gui.test_plain_text import _walk
from zzreader.gui import plain_text

ODD = {
    "collection named by bytes": "INSERT INTO collections (id, name, created) VALUES (-3, x'e6a0aae6b4b2ff', 5); "
    "INSERT INTO collection_articles VALUES (-3, 1, NULL)",
    "issue counts as text": "UPDATE issues SET article_count = 'x', number = 'abc'",
    "an article with a negative id": "UPDATE articles SET id = -5 WHERE id = 2",
}


@pytest.mark.parametrize("name", list(ODD))
def test_the_window_opens_over_rows_another_tool_wrote(qtbot, library_path: Path, settings, name: str) -> None:
    conn = sqlite3.connect(library_path)
    conn.executescript(ODD[name])
    conn.commit()
    conn.close()
    win = open_window(qtbot, library_path, settings)
    try:
        labels = [i.data() for i in _walk(win.tree.model())]
        assert labels and all(isinstance(text, str) for text in labels)
        if "collection" in name:
            tree = win.collections.tree
            shown = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
            assert any(text.startswith("株洲") for text in shown), shown
        assert win.open_from_ui(1)
    finally:
        win.shutdown()


def test_the_plain_text_helpers_take_any_stored_value():
    assert "株洲" in plain_text.tip(b"\xe6\xa0\xaa\xe6\xb4\xb2<img src=x>")
    assert "&lt;img" in plain_text.tip(b"<img src=x>")
    assert plain_text.tip(2024) is not None and "2024" in plain_text.tip(2024)
    assert plain_text.menu_text(b"A&B") == "A&&B"
    assert plain_text.title_text(42) == "42"
    assert plain_text.chart_text(b"<b>") == "&lt;b&gt;"
