"""Another program deletes, replaces, overwrites or cuts up the library file under the open window.

Before: a deleted or replaced file went unnoticed (SQLite reads the file it
has open), and the next highlight was saved where no one would find it or
made a lane create a new, empty library at the old name; a file overwritten
in place, a dropped table or a deleted issue row gave raw SQLite errors or
Python errors in the window's slots, shown to no one. Now the next poll
says in one line what happened and the window stops writing (the file is
left as the other program left it), and a library whose tables another
program dropped is told in zzreader's words while the window goes on.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from zzreader.gui import fault_line
from zzreader.gui.qt import QMessageBox, Qt

JUNK = "这不是书库，是另一个程序写的笔记。\n" * 200


def _select_and_highlight(win) -> None:
    win.view.select_span(0, 4)
    win.annotator.highlight_selection("yellow")


def _lost_window(qtbot, window, how: str) -> tuple[object, Path]:
    path = window.library.path
    window.open_article(1)
    if how == "deleted":
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    elif how == "replaced":
        other = path.with_name("notes.txt")
        other.write_text(JUNK, encoding="utf-8")
        os.replace(other, path)
    else:  # overwritten in place: the same file, its first pages spoiled
        with open(path, "r+b") as fh:
            fh.write(b"\x00overwritten by another program\x00" * 1024)
    assert window.external.poll()
    return window, path


@pytest.mark.parametrize("how", ["deleted", "replaced", "overwritten"])
def test_a_lost_file_is_told_in_one_line_and_nothing_more_is_written(qtbot, window, how: str) -> None:
    win, path = _lost_window(qtbot, window, how)
    before = path.read_bytes() if path.exists() else None
    message = win.statusBar().currentMessage()
    expected = {"deleted": "删除或移走", "replaced": "换成另一个文件", "overwritten": "改写"}[how]
    assert expected in message and "\n" not in message and "/ The library" not in message
    assert str(path) in message or path.name in message
    assert "书库文件已不在" in win.windowTitle()
    box = win.external.file.box
    assert isinstance(box, QMessageBox) and box.textFormat() == Qt.TextFormat.PlainText and expected in box.text()
    box.close()
    # The article shown stays readable; a search and a highlight end with the same line.
    assert "医保" in win.view.plain_text() or win.view.plain_text()
    win.search.query.setText("株洲")
    win.search.run()
    qtbot.waitUntil(lambda: bool(win.search.last_error), timeout=10_000)
    assert expected in win.search.last_error
    _select_and_highlight(win)
    assert expected in win.statusBar().currentMessage()
    after = path.read_bytes() if path.exists() else None
    assert after == before  # nothing created at the old name, nothing written into the other file
    assert not win.external.poll()  # told once


def test_the_window_follows_when_it_switches_to_a_good_library(qtbot, window, library_path: Path, tmp_path: Path) -> None:
    spare = tmp_path / "spare.sqlite"
    spare.write_bytes(library_path.read_bytes())
    win, _path = _lost_window(qtbot, window, "deleted")
    win.external.file.box.close()
    assert win.switch_library(spare)
    assert not win.external.poll() and win.external.file.reason is None
    win.open_article(1)
    _select_and_highlight(win)
    assert win.library.highlights.for_article(1)


DROPPED = {
    "highlights": "DROP TABLE highlight_tags; DROP TABLE highlights",
    "articles": "PRAGMA foreign_keys = OFF; DROP TABLE articles",
    "search index": "DROP TABLE articles_fts",
}


@pytest.mark.parametrize("what", list(DROPPED))
def test_a_table_dropped_by_another_program_is_one_line(qtbot, window, what: str) -> None:
    window.open_article(5)
    window.external.poll()
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    conn = sqlite3.connect(window.library.path)
    conn.executescript(DROPPED[what])
    conn.commit()
    conn.close()
    window.external.poll()  # pytest-qt fails the test on any exception raised in a slot
    window.refresh_tree()
    window.next_article()
    window.prev_article()
    window.open_from_ui(5)
    qtbot.wait(50)
    if what != "search index":  # the page and tree read no search index
        assert any("书库结构与 zzreader 写入的不同" in m for m in messages), messages
    assert not any("no such table" in m or "Traceback" in m or "\n" in m for m in messages), messages


def test_an_article_whose_issue_row_was_deleted_still_opens(qtbot, window) -> None:
    window.open_article(5)
    window.external.poll()
    conn = sqlite3.connect(window.library.path)
    conn.execute("DELETE FROM issues WHERE id = (SELECT issue_id FROM articles WHERE id = 5)")
    conn.commit()
    conn.close()
    window.external.poll()
    assert window.open_from_ui(5)
    assert window.library.article(5).title.split()[0] in window.view.plain_text()


def test_the_fault_line_shows_any_slot_error_in_one_line(qtbot, window) -> None:
    shown: list[str] = []
    excepthook = fault_line.hook(shown.append)
    try:
        raise sqlite3.OperationalError("no such table: articles")
    except sqlite3.OperationalError as exc:
        excepthook(type(exc), exc, exc.__traceback__)
    assert shown == ["读取书库失败：书库结构与 zzreader 写入的不同（可能已损坏）"]
