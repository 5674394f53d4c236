"""Every menu action and the usual keys on empty states: an empty library, no results, the ends.

Probing triggered all 69 actions of the window (dialogs answered at once)
on an empty library, on a library whose articles another program deleted,
and on the last article with a search that found nothing: nothing raised.
One wrong state was found: on a library with no article, Previous and Next
stayed enabled (and the article's tag field editable) with nothing open;
now they are disabled whenever the page shows no article.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.gui.conftest import open_window
from zzreader.core.store import open_library
from zzreader.gui import qt
from zzreader.gui.qt import QAction, Qt
from zzreader.i18n import tr

SKIPPED = ("act_quit", "act_print", "act_print_preview")  # quitting; Qt's print dialogs are native modal loops


@pytest.fixture
def no_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every dialog answers at once (Cancel / no file), as a user who closes it."""
    for cls in (qt.QDialog, qt.QMessageBox, qt.QInputDialog, qt.QMenu):
        monkeypatch.setattr(cls, "exec", lambda self, *a, **k: 0)
    monkeypatch.setattr(qt.QMessageBox, "about", staticmethod(lambda *a, **k: None))
    for name in ("getSaveFileName", "getOpenFileName"):
        monkeypatch.setattr(qt.QFileDialog, name, staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(qt.QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([], "")))
    monkeypatch.setattr(qt.QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))


def _trigger_everything(qtbot, win) -> None:
    skipped = {getattr(win, name) for name in SKIPPED}
    actions = [a for a in win.findChildren(QAction) if a.text() and a.menu() is None and a not in skipped]
    assert len(actions) > 40
    for action in actions:
        action.trigger()  # pytest-qt fails the test on any exception raised in a slot
        qtbot.wait(1)
        for top in qt.QApplication.topLevelWidgets():
            if top is not win and isinstance(top, qt.QDialog) and top.isVisible():
                top.close()


def _no_article_shown(win) -> None:
    assert win.current_id is None
    assert not win.act_prev.isEnabled() and not win.act_next.isEnabled()
    assert not win.article_tags.isEnabled()


def test_an_empty_library(qtbot, tmp_path: Path, settings, no_dialogs) -> None:
    path = tmp_path / "empty.sqlite"
    open_library(path).close()
    win = open_window(qtbot, path, settings)
    try:
        assert win.view.plain_text() == tr("article.empty_library")
        assert win.model.rowCount() == 0
        assert win.status_line.counts.text() == tr("status.counts", issues=0, articles=0)
        _no_article_shown(win)
        assert not win.annotator.act_undo.isEnabled()
        win.annotator.act_undo.trigger()
        win.next_article()
        win.prev_article()
        win.filter.setText("渌口区无此标题")
        for widget in (win.tree, win.search.results, win.filter):
            widget.setFocus()
            for key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_End, Qt.Key.Key_Return):
                qtbot.keyClick(widget, key)
        _trigger_everything(qtbot, win)
        assert win.view.plain_text() == tr("article.empty_library")
    finally:
        win.shutdown()


def test_a_search_without_results_and_the_ends_of_the_archive(qtbot, window, no_dialogs) -> None:
    last = window.library.db.execute("SELECT id FROM articles ORDER BY issue_date DESC, issue_id DESC, seq DESC").fetchone()[0]
    first = window.library.db.execute("SELECT id FROM articles ORDER BY issue_date, issue_id, seq").fetchone()[0]
    window.open_article(last)
    assert not window.act_next.isEnabled()
    window.next_article()
    assert window.current_id == last
    window.open_article(first)
    assert not window.act_prev.isEnabled()
    window.prev_article()
    assert window.current_id == first
    window.search.query.setText("渌口区无此词语")
    window.search.run()
    qtbot.waitUntil(lambda: window.search.status.text() == tr("search.none"), timeout=10_000)
    window.search.results.setFocus()
    qtbot.keyClick(window.search.results, Qt.Key.Key_Return)
    assert window.current_id == first
    window.act_find.trigger()
    window.view.find_bar.field.setText("渌口区无此词语")
    window.act_find_next.trigger()
    assert window.current_id == first
    _trigger_everything(qtbot, window)


def test_every_article_deleted_by_another_program(qtbot, window, no_dialogs) -> None:
    window.open_article(3)
    window.external.poll()
    conn = sqlite3.connect(window.library.path)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("DELETE FROM articles")
    conn.execute("DELETE FROM issues")
    conn.commit()
    conn.close()
    assert window.external.poll()
    assert window.view.plain_text() == tr("article.empty_library")
    _no_article_shown(window)
    _trigger_everything(qtbot, window)
