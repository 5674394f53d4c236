"""Changes made by another process while the window is open.

A highlight added from the command line appears in the window (the
annotation browser lists it after a poll); Ctrl+Z in the window does not
delete it: the window undoes only its own changes and says so.
"""

from __future__ import annotations

import subprocess
import sys

from tests.reliability.helpers import env


def _cli_highlight(library_path, article_id: int, quote: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "zzreader", "--library", str(library_path), "highlight",
         str(article_id), quote, "--note", "命令行加的"],
        env=env(), capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr


def test_a_highlight_from_the_command_line_appears_and_is_not_undone(qtbot, window) -> None:
    lib = window.library
    article, text = lib.db.execute("SELECT id, text FROM articles ORDER BY id LIMIT 1").fetchone()
    mine = lib.highlights.add(article, 0, 2, note="窗口里加的").value
    window.browser_dock.show()
    window.annotator.notify()
    window.external.poll()  # the window's own write is not news
    _cli_highlight(window.library.path, article, text[4:8])
    qtbot.waitUntil(window.external.poll, timeout=5000)
    notes = {h.note for h in window.browser.model.rows}
    assert "命令行加的" in notes
    assert window.annotator.undo() is None  # the latest change is the command line's
    message = window.statusBar().currentMessage()  # in the window's language only
    assert message.startswith("最近的更改「") and message.endswith("本窗口不撤销它") and "undo" not in message
    assert "命令行加的" in {h.note for h in lib.highlights.find()}
    assert mine is not None


def test_a_read_only_library_says_so_in_the_window(qtbot, library_path, settings, monkeypatch) -> None:
    from zzreader.core import safe_open
    from zzreader.gui.main_window import MainWindow

    monkeypatch.setattr(safe_open, "writable", lambda p: False)
    win = MainWindow(library_path, settings)
    qtbot.addWidget(win)
    try:
        assert win.library.read_only
        assert "只读" in win.windowTitle() and "不能保存更改" in win.statusBar().currentMessage()
        article = win.library.db.execute("SELECT id FROM articles ORDER BY id LIMIT 1").fetchone()[0]
        assert win.annotator._do(lambda lib: lib.highlights.add(article, 0, 2)) is None
        assert "只读" in win.statusBar().currentMessage()  # the interface language only
    finally:
        win.shutdown()
