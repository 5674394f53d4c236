"""The window on a disk that fills in the middle of a highlight: the status line says the disk is full.

SQLite rolls a write back by itself on a full disk; the undo journal's stamp
passed over that error, the highlight's statements after it ran outside any
transaction, and the window said "the library's structure is not what zzreader
wrote (it may be damaged)" about a sound library (core/immediate_writes.py
still_writing). Now it says the disk is full and the library keeps nothing of
the highlight.
"""

from __future__ import annotations

from tests.reliability.helpers import full_disk_at_the_journal_stamp


def test_a_highlight_on_a_full_disk_says_so(qtbot, window, monkeypatch) -> None:
    window.open_article(1)
    before = window.library.db.execute("SELECT count(*) FROM highlights").fetchone()[0]
    full_disk_at_the_journal_stamp(monkeypatch)  # SQLite's answer on a full disk
    window.view.select_span(0, 4)
    window.annotator.highlight_selection("yellow")
    qtbot.waitUntil(lambda: any(w in window.statusBar().currentMessage() for w in ("磁盘", "损坏")), timeout=10_000)
    message = window.statusBar().currentMessage()
    assert "磁盘已满" in message and "损坏" not in message and "\n" not in message, message
    monkeypatch.undo()
    assert window.library.db.execute("SELECT count(*) FROM highlights").fetchone()[0] == before
