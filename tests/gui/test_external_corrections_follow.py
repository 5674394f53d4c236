"""Corrections made by another process show in the window at the next poll, never as stale text.

`zzreader edit` in a terminal retitles and rewrites the article the window
has open, then `zzreader split` cuts it: the page shows the new title and
text, the tree lists the new article, and Ctrl+Z in the window does not undo
the terminal's work.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.gui.test_plain_text import _walk
from tests.reliability.helpers import env
from zzreader.gui.qt import Qt


def _cli(path: Path, *args: str) -> None:
    done = subprocess.run([sys.executable, "-m", "zzreader", "--library", str(path), *args],
                          env=env(), capture_output=True, text=True, timeout=120, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr


def _tree_titles(window) -> list[str]:
    return [str(i.data(Qt.ItemDataRole.DisplayRole)) for i in _walk(window.tree.model())]


def test_an_edit_and_split_elsewhere_replace_what_the_window_shows(qtbot, window, tmp_path: Path) -> None:
    lib = window.library
    article = lib.db.execute("SELECT min(id) FROM articles").fetchone()[0]
    window.open_article(article)
    body = tmp_path / "body.txt"
    body.write_text("渌口码头今晨试航新渡船，首班载客四十二人。\n\n船长说，江面平稳，航程二十分钟。", encoding="utf-8")
    _cli(lib.path, "edit", str(article), "--title", "渌口新渡船试航", "--text-file", str(body), "--why", "终端更正")
    qtbot.waitUntil(lambda: "渌口新渡船试航" in window.view.page.toPlainText(), timeout=10_000)
    page = window.view.page.toPlainText()
    assert "首班载客四十二人" in page and "江面平稳" in page
    _cli(lib.path, "split", str(article), "--at", str(body.read_text(encoding="utf-8").index("船长")),
         "--title", "船长谈航程")  # fmt: skip
    qtbot.waitUntil(lambda: any("船长谈航程" in t for t in _tree_titles(window)), timeout=10_000)
    qtbot.waitUntil(lambda: "江面平稳" not in window.view.page.toPlainText(), timeout=10_000)
    assert window.annotator.undo() is None  # the terminal's split is not the window's to undo
    assert lib.db.execute("SELECT count(*) FROM articles WHERE title = '船长谈航程'").fetchone()[0] == 1
