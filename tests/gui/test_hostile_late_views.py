"""The views added late, over a library another tool filled with markup and extreme values.

Every string from a library is shown as plain text: a QLabel left on
AutoText renders `<img src=…>` (loading the file) and `<a href=file:…>`
as a link. The status bar's count label showed the first and last issue
dates that way (`gui/status_line.py`), and a date of any length widened the bar.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.gui.conftest import open_window
from zzreader.gui.qt import QLabel, Qt

MARKUP = '<b>x</b><img src=x><a href="file:///etc/passwd">y</a>'


def _rich_labels(win) -> list[tuple[str, str]]:
    """Labels that would render library markup as rich text (what a user would see as bold or a link)."""
    return [
        (label.objectName(), label.text()[:80])
        for label in win.findChildren(QLabel)
        if "<img" in label.text() and label.textFormat() != Qt.TextFormat.PlainText
    ]


def test_the_status_bar_shows_a_stored_issue_date_literally(qtbot, library_path: Path, settings) -> None:
    conn = sqlite3.connect(library_path)
    last = conn.execute("SELECT max(date) FROM issues").fetchone()[0]
    conn.execute("UPDATE issues SET date = ? WHERE date = ?", (MARKUP + "9" * 5000, last))
    conn.commit()
    conn.close()
    win = open_window(qtbot, library_path, settings)
    try:
        counts = win.findChild(QLabel, "libraryCounts")
        assert counts.textFormat() == Qt.TextFormat.PlainText
        assert "<b>x</b><img src=x>" in counts.text()  # the markup as characters, not a bold x and an image
        assert len(counts.text()) < 200  # a 5,000-character date does not widen the status bar
        assert _rich_labels(win) == []
    finally:
        win.shutdown()


def test_the_history_panel_compares_a_long_revision_in_bounded_work(monkeypatch) -> None:
    """A 1 MB body in two revisions: difflib's character diff over it would freeze the window for hours."""
    import difflib

    from tests.core.test_hostile_long_diffs import _BoundedMatcher
    from zzreader.gui.history_panel import marked

    monkeypatch.setattr(difflib, "SequenceMatcher", _BoundedMatcher)
    old = "株洲日报讯：" + "神农城广场今晚举行灯会。" * 80_000
    new = old.replace("灯会", "<b>焰火</b>", 1)
    left, right = marked(old, new)
    assert '<span style="background:#c4ecc4">&lt;b&gt;焰火&lt;/b&gt;</span>' in right
    assert '<span style="background:#f8c4c4">灯会</span>' in left and "<b>" not in right
