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
    # a date's shape, then markup (core/stored_values.py: a value with no date's shape is no date at all)
    conn.execute("UPDATE issues SET date = ? WHERE date = ?", ("2030-01-01" + MARKUP + "9" * 5000, last))
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


def test_a_megabyte_entity_name_is_listed_cut_and_literal(qtbot, library_path: Path, settings) -> None:
    """A 1.2 MB person's name: laid out whole, it took 7 s to list and 8 s to select."""
    from tests.gui.test_discovery_views import wait_idle

    conn = sqlite3.connect(library_path)
    row = conn.execute("SELECT id, name FROM entities WHERE kind = 'person' AND id IN "
                       "(SELECT entity_id FROM entity_postings) ORDER BY id LIMIT 1").fetchone()
    conn.execute("UPDATE entities SET name = ? WHERE id = ?", ("<b>谭</b>" * 150_000, row[0]))
    conn.commit()
    conn.close()
    win = open_window(qtbot, library_path, settings)
    try:
        view = win.discovery.view("entities")
        qtbot.waitUntil(lambda: bool(view.entries), timeout=20_000)
        wait_idle(qtbot, win)
        cells = [view.table.item(r, 0).text() for r in range(view.table.rowCount())]
        long = next(r for r, text in enumerate(cells) if text.startswith("<b>谭</b><b>谭</b>"))
        assert len(cells[long]) <= 201 and cells[long].endswith("…")
        assert len(view.table.item(long, 0).data(Qt.ItemDataRole.UserRole)) == 1_200_000  # the key stays whole
        view.table.selectRow(long)
        assert view.detail.textFormat() == Qt.TextFormat.PlainText
        assert "<b>谭</b>" in view.detail.text() and len(view.detail.text()) < 1000
    finally:
        win.shutdown()
