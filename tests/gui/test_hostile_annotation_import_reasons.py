"""An annotation import in the window tells each item it did not take as it was, with the reason, as text.

The status bar only counted them ("skipped 2, orphaned 1"): which item, and
why, was printed by the command line alone. The window now lists them in a
box (plain text: an item's id is whatever the file says).
"""

from __future__ import annotations

import json
from pathlib import Path

from zzreader.core import w3c
from zzreader.gui.qt import QLabel, Qt


def test_skipped_and_unplaced_items_are_listed_with_their_reasons(qtbot, window, tmp_path: Path) -> None:
    lib = window.library
    source, seq = lib.db.execute(
        "SELECT i.source, a.seq FROM articles a JOIN issues i ON i.id = a.issue_id ORDER BY a.id LIMIT 1"
    ).fetchone()
    urn = w3c.article_urn(source, seq)
    items = [
        {"id": '<img src="/etc/passwd">\u202e坏', "type": "Annotation", "target": {"source": urn}},
        {"id": "https://other.example/2", "type": "Annotation",
         "target": {"source": urn, "selector": {"type": "TextQuoteSelector", "exact": "文中从未有过的一句话"}}},
    ]  # fmt: skip
    path = tmp_path / "other.json"
    path.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    with qtbot.waitSignal(window.io.imported, timeout=10_000) as blocker:
        window.io.start_import(str(path))
    report = blocker.args[0]
    assert len(report.skipped) == 1 and len(report.unplaced) == 1
    box = window.io.reasons_box
    labels = [w for w in box.findChildren(QLabel) if w.text()]
    shown = "\n".join(w.text() for w in labels)
    assert "跳过" in shown and "未定位" in shown and "other.example/2" in shown
    assert '<img src="/etc/passwd">' in shown and "\u202e" not in shown  # the id as characters, never an image
    assert all(w.textFormat() == Qt.TextFormat.PlainText for w in labels)
    box.close()
