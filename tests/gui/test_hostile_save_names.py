"""A save dialog's suggested file name made from library text is a file name, not a path.

A collection's name (another tool may write anything there) became the
suggested file of "Export citations": `/root/.bashrc` or `../../.config/x`
pointed the dialog outside the folder it opens in, a newline or U+202E went
into the name, and 200 characters made a name the system refuses. An
article's title (for Save as HTML/PDF) kept control characters and could be
`..`. Both now go through `file_dialogs.file_name`.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.gui.conftest import open_window
from zzreader.gui import file_dialogs
from zzreader.gui.qt import QFileDialog

NAMES = ["/root/.bashrc", "../../../.config/autostart/株洲", "株洲\n日报\u202egpj.exe", "..", "株洲日报" * 60,
         "CON", " <img src=/etc/passwd> "]


def _captured(monkeypatch) -> list[tuple[str, str]]:
    asked: list[tuple[str, str]] = []

    def fake(_parent, title, suggested, _filters):
        asked.append((title, suggested))
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return asked


def _check(suggested: str, suffix: str) -> None:
    path = Path(suggested)
    assert str(path.parent) == file_dialogs.folder("citations") or str(path.parent) == file_dialogs.folder("export")
    name = path.name
    assert name.endswith(suffix) and not name.startswith(".")
    assert not any(ch in name for ch in '\\/:*?"<>|\n\u202e')
    assert len(name.encode()) <= 200 and name.split(".")[0].upper() != "CON"


@pytest.mark.parametrize("name", NAMES, ids=range(len(NAMES)))
def test_a_collection_name_suggests_a_plain_file_name(qtbot, library_path, settings, monkeypatch, name) -> None:
    with sqlite3.connect(library_path) as conn:
        conn.execute("INSERT INTO collections (id, name, created) VALUES (7, ?, '2026-01-01')", [name])
    win = open_window(qtbot, library_path, settings)
    try:
        asked = _captured(monkeypatch)
        win.citing.export_collection(7)
        (title, suggested), = asked
        assert "\n" not in title and "\u202e" not in title
        _check(suggested, ".ris")
    finally:
        win.shutdown()


@pytest.mark.parametrize("title", NAMES, ids=range(len(NAMES)))
def test_an_article_title_suggests_a_plain_file_name(qtbot, library_path, settings, monkeypatch, title) -> None:
    with sqlite3.connect(library_path) as conn:
        conn.execute("UPDATE articles SET title = ? WHERE id = 2", [title])
    win = open_window(qtbot, library_path, settings)
    try:
        win.open_article(2)
        asked = _captured(monkeypatch)
        win.io.export_article("html")
        (_title, suggested), = asked
        _check(suggested, ".html")
    finally:
        win.shutdown()
