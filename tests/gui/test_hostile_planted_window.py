"""Schema objects another program plants while the window is open are told in the window.

Before: the window's next write removed a planted trigger or index (core/immediate_writes.py)
and kept the notice on the writer's connection, where nothing read it: the window said
nothing, so the user never learned that another program had tampered with the library.
Now each lane hands what its writes removed to the window, which says so on one line in the
status bar and in a non-modal plain-text message box (a status message is soon replaced).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from zzreader.gui.qt import Qt

PLANT = ("CREATE TRIGGER \"evil\u202e\nname\" AFTER INSERT ON highlights "
         "BEGIN UPDATE articles SET title = 'defaced'; END")  # fmt: skip


def _plant(path: Path, sql: str) -> None:
    other = sqlite3.connect(path)
    other.execute(sql)
    other.commit()
    other.close()


def test_a_trigger_planted_while_open_is_told_on_one_line(qtbot, window) -> None:
    window.open_article(1)
    window.view.select_span(0, 4)
    assert window.annotator.highlight_selection("yellow") is not None
    titles = window.library.db.execute("SELECT id, title FROM articles ORDER BY id").fetchall()
    _plant(window.library.path, PLANT)
    window.view.select_span(5, 9)
    assert window.annotator.highlight_selection("yellow") is not None
    qtbot.waitUntil(lambda: window.planted.box is not None and window.planted.box.isVisible())
    box = window.planted.box
    assert box.textFormat() == Qt.TextFormat.PlainText
    (message,) = window.planted.told
    assert "已删除" in message and "evil" in message and message in box.text()
    assert "\n" not in message and "\u202e" not in message
    assert "/ The library" not in message  # one language at a time, as every status line
    assert window.library.db.execute("SELECT id, title FROM articles ORDER BY id").fetchall() == titles
    left = window.library.db.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                                     "AND name LIKE 'evil%'").fetchone()[0]
    assert left == 0


def test_an_index_planted_before_a_write_lane_job_is_told(qtbot, window) -> None:
    """The write lane (imports, backups) drops it too, and the window says so."""
    window.open_article(1)
    _plant(window.library.path, "CREATE UNIQUE INDEX planted_one ON highlights(color)")
    window.workers.write.call(lambda lib: lib.highlights.add(1, 0, 2, color="yellow"))
    qtbot.waitUntil(lambda: any("planted_one" in m for m in window.planted.told))
    assert "planted_one" in window.planted.box.text() and window.planted.box.isVisible()
