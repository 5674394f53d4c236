"""Drops onto the window and text pasted into its query fields, as an adversary would send them.

Before: a 32,767-character paste (a line edit's most) of many words into the
tree's title filter made an index phrase of 33,000 tokens that kept the read
lane, and every search queued behind it, busy for 6 s on the five samples; a
dropped `file://host/share/x.txt` was taken for a local file (on Windows a
UNC path: the window would have connected to that host). Now the filter asks
the index for the text's first 64 characters (`instr` still checks all of
it: the same answers), and only local file URLs are imported. FIFOs,
/dev/zero, the library itself and a folder of 10,000 files each end in the
import summary with a reason, the library intact.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from zzreader.core import title_filter
from zzreader.gui.qt import (
    QApplication,
    QDropEvent,
    QEvent,
    QMimeData,
    QPointF,
    Qt,
    QUrl,
)


def _drop(win, mime: QMimeData) -> QDropEvent:
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier, QEvent.Type.Drop)  # fmt: skip
    win.dropEvent(event)
    return event


def _urls(*urls: QUrl) -> QMimeData:
    mime = QMimeData()
    mime.setUrls(list(urls))
    return mime


def test_a_dropped_network_or_web_url_is_not_imported(qtbot, window) -> None:
    event = _drop(window, _urls(QUrl("file://fileserver/share/a.txt"), QUrl("https://example.com/a.txt")))
    assert not event.isAccepted()
    assert window.imports.dialog is None
    text = QMimeData()
    text.setText("株洲日报\n" * 1000)  # dropped text is no file
    assert not _drop(window, text).isAccepted()


@pytest.mark.parametrize("kind", ["fifo", "zero", "library", "many"])
def test_dropped_special_files_end_in_the_summary_and_change_nothing(qtbot, window, tmp_path: Path, kind: str) -> None:
    if kind == "fifo":
        target = tmp_path / "x.txt"
        os.mkfifo(target)
    elif kind == "zero":
        target = Path("/dev/zero")
    elif kind == "library":
        target = window.library.path
    else:
        target = tmp_path / "many"
        target.mkdir()
        for i in range(10_000):
            (target / f"{i}.txt").write_text("x", encoding="utf-8")
    before = window.library.stats()
    assert _drop(window, _urls(QUrl.fromLocalFile(str(target)))).isAccepted()
    dialog = window.imports.dialog
    qtbot.waitUntil(lambda: dialog.ended, timeout=120_000)
    assert dialog.table.rowCount() == (10_000 if kind == "many" else 1)
    after = window.library.stats()
    assert (after.issues, after.articles) == (before.issues, before.articles)
    conn = sqlite3.connect(window.library.path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_a_pasted_page_in_the_title_filter_asks_a_bounded_phrase(qtbot, window) -> None:
    page = " ".join(["株洲"] * 10_900)  # 32,699 characters
    assert title_filter.title_phrase(page).count(" ") < 2 * title_filter.MAX_PHRASE_TOKENS
    QApplication.clipboard().setText(page)
    window.filter.paste()
    window.titles.run()
    window.search.search_for("株洲")  # queued behind the filter in the read lane
    qtbot.waitUntil(lambda: not window.search.busy, timeout=20_000)
    assert window.search.model.rowCount() > 0
    qtbot.waitUntil(window.titles.listing, timeout=20_000)
    assert window.titles.model.rowCount() == 0  # no title holds it all: 'none', not a stuck lane


def test_the_cut_phrase_finds_what_the_whole_text_finds(library_path: Path) -> None:
    from zzreader.core import fts_index
    from zzreader.core.store import open_library

    with open_library(library_path) as library:
        db = library._db
        title = db.execute("SELECT title FROM articles WHERE length(title) > 6 LIMIT 1").fetchone()[0]
        long_title = "株洲" * 50 + title  # 100 characters before the title's own: past the phrase's 64
        last = db.execute("SELECT max(id) FROM articles").fetchone()[0]
        fts_index.unindex_article(db, last)
        db.execute("UPDATE articles SET title = ? WHERE id = ?", [long_title, last])
        fts_index.index_article(db, last)
        found = library.filter_titles(long_title, 50)
        assert [a.headline for a in found] == [long_title]
        assert library.filter_titles(long_title + "不在", 50) == []


PASTES = {
    "newlines": "株洲\n神农城\r\n广场",
    "a page": "株" * 100_000,  # a line edit keeps 32,767
    "NUL": "株\x00洲",
    "RTL marks": "\u202e株洲\u202c",
    "markup": "<img src=/etc/passwd>株洲",
    "brackets": "株洲" + "(" * 500,
    "terminal codes": "\x01\x02\x1b[31m",
}


@pytest.mark.parametrize("name", list(PASTES))
def test_a_hostile_paste_into_the_search_box_gets_one_plain_line(qtbot, window, name: str) -> None:
    QApplication.clipboard().setText(PASTES[name])
    window.focus_search()
    window.search.query.clear()
    window.search.query.paste()
    window.search.query.returnPressed.emit()
    qtbot.waitUntil(lambda: not window.search.busy, timeout=20_000)
    status = window.search.status.text()
    assert status and "\n" not in status and len(status) < 200
    assert "Traceback" not in status and "sqlite" not in status.lower() and "fts5" not in status.lower()
    if name == "RTL marks":
        assert window.search.model.rowCount() > 0  # the marks are not part of the words


def test_the_title_filter_ignores_pasted_format_marks(library_path: Path) -> None:
    """Before: '\\u202e株洲\\u202c' (a paste from a web page) matched no title while the search found 32."""
    from zzreader.core.store import open_library

    with open_library(library_path) as library:
        plain = library.filter_titles("株洲", 300)
        assert plain and library.filter_titles("\u202e株洲\u202c", 300) == plain
        assert library.filter_titles("\u200b株\u200d洲\ufeff", 300) == plain
