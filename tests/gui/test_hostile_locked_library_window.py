"""A write of the window behind another process's transaction says so in the status bar.

Before, the window's edit waited up to 30 s with nothing shown (core/immediate_writes.py);
the lanes now pass the wait notice to the window (gui/workers.py, MainWindow.tell_waiting).
"""

from __future__ import annotations

import sqlite3
import threading

import pytest

from zzreader.core import immediate_writes


@pytest.fixture
def short_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(immediate_writes, "WAIT_NOTICE_S", 0.05)
    monkeypatch.setattr(immediate_writes, "BUSY_TIMEOUT_S", 5.0)


def test_an_edit_waiting_for_another_writer_shows_it_in_the_status_bar(qtbot, window, short_waits) -> None:
    article = window.library.db.execute("SELECT id FROM articles ORDER BY id LIMIT 1").fetchone()[0]
    other = sqlite3.connect(window.library.path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")  # another zzreader mid-import
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    release = threading.Timer(0.8, lambda: other.execute("ROLLBACK"))
    release.start()
    try:
        window.workers.edits.call(lambda library: library.highlights.add(article, 0, 2))
    finally:
        release.join()
        other.close()
    waits = [m for m in messages if "正在等待" in m or "Waiting for" in m]
    assert waits, messages
    assert "zzreader" in waits[0] and " / " not in waits[0]  # one language
    assert window.library.db.execute("SELECT COUNT(*) FROM highlights WHERE article_id = ?", (article,)).fetchone()[0]
