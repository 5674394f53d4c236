"""The window over a library with odd values: bytes and numbers where text belongs are shown as text.

SQLite keeps whatever a column is given; the window's tree, status line and
article view read such a library without a Python error (core/stored_values.py).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.gui.conftest import open_window
from tests.gui.test_plain_text import _walk

ODD = {
    "bytes title": "UPDATE articles SET title = x'e6a0aaff' WHERE id = 1",
    "number title": "UPDATE articles SET title = 2024, section = 3 WHERE id = 1",
    "number date and source": "UPDATE issues SET date = 20241205, source = id + 4200",
    "reporters not JSON": "UPDATE articles SET reporters = '[株洲', blocks = 'x' WHERE id = 1",
}


@pytest.mark.parametrize("name", list(ODD))
def test_the_window_reads_odd_values_as_text(qtbot, library_path: Path, settings, name: str) -> None:
    conn = sqlite3.connect(library_path)
    conn.executescript(ODD[name])
    conn.commit()
    conn.close()
    win = open_window(qtbot, library_path, settings)
    try:
        labels = [i.data() for i in _walk(win.tree.model())]
        assert labels and all(isinstance(text, str) for text in labels)
        win.open_article(1)
        assert isinstance(win.status_line.where.text(), str)  # shown (empty when the date cannot be placed)
    finally:
        win.shutdown()
