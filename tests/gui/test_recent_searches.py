"""The search box offers the reader's recent queries (gui/recent_searches.py):
what the drop-down lists, when a query counts, and a hand-edited list."""

from __future__ import annotations

import pytest

from tests.gui.conftest import open_window
from tests.gui.test_annotations import type_text
from zzreader.gui.qt import QApplication, QMenu, QSettings, Qt, QTimer
from zzreader.gui.recent_searches import K_RECENT_SEARCHES, MAX_LENGTH, RECENT_MAX


def _typed_and_entered(qtbot, window, text: str) -> None:
    box = window.search.query
    box.clear()
    type_text(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.search.busy, timeout=10_000)


def _popup_rows(window, box=None) -> list[str]:
    completer = (box or window.search.query).completer()
    model = completer.completionModel()
    return [model.index(i, 0).data() for i in range(model.rowCount())]


def test_entered_queries_are_offered_newest_first_and_survive_a_restart(qtbot, library_path, settings):
    window = open_window(qtbot, library_path, settings)
    qtbot.waitUntil(lambda: window.search.query.completer() is not None, timeout=5_000)  # after the first paint
    for query in ("二医院", "献血", "二医院"):
        _typed_and_entered(qtbot, window, query)
    assert window.search.model.rowCount() > 0
    box = window.search.query
    box.clear()
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down)  # an empty box: every recent query
    popup = box.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=2_000)
    assert _popup_rows(window) == ["二医院", "献血"]
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    window.shutdown()

    again = open_window(qtbot, library_path, QSettings(settings.fileName(), QSettings.Format.IniFormat))
    qtbot.waitUntil(lambda: again.search.query.completer() is not None, timeout=5_000)
    assert again.search.recent.queries() == ["二医院", "献血"]
    again.shutdown()


def test_typing_filters_the_list_and_a_pick_runs_the_search(qtbot, window):
    qtbot.waitUntil(lambda: window.search.query.completer() is not None, timeout=5_000)
    for query in ("株洲医保", "献血", "医保 author:周嵩"):
        window.search.recent.remember(query)
    box = window.search.query
    box.setFocus()
    box.clear()
    type_text(box, "医保")
    popup = box.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=2_000)
    assert sorted(_popup_rows(window)) == ["医保 author:周嵩", "株洲医保"]  # any query containing what is typed
    window.search.query.completer().activated.emit("医保 author:周嵩")
    assert box.text() == "医保 author:周嵩"
    qtbot.waitUntil(lambda: not window.search.busy, timeout=10_000)
    assert window.search.request.query == "医保 author:周嵩"
    assert window.search.recent.queries()[0] == "医保 author:周嵩"


def test_search_as_you_type_keeps_nothing_until_the_reader_settles(qtbot, window):
    qtbot.waitUntil(lambda: window.search.query.completer() is not None, timeout=5_000)
    box = window.search.query
    box.setFocus()
    type_text(box, "二医")  # the typing pause runs the search
    qtbot.waitUntil(lambda: window.search.request is not None and not window.search.busy, timeout=10_000)
    assert window.search.recent.queries() == []
    type_text(box, "院")
    qtbot.waitUntil(lambda: window.search.request.query == "二医院" and not window.search.busy, timeout=10_000)
    assert window.search.model.rowCount() > 0
    window.search._activated(window.search.model.index(0))  # reading a hit settles the query
    assert window.search.recent.queries() == ["二医院"]


def test_the_context_menu_clears_the_list(qtbot, window):
    qtbot.waitUntil(lambda: window.search.query.completer() is not None, timeout=5_000)
    window.search.recent.remember("献血")
    seen: list[str] = []

    def pick_clear() -> None:
        menu = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible())
        action = next(a for a in menu.actions() if a.text() == "清除最近的检索")
        seen.append(action.text())
        action.trigger()
        menu.close()

    QTimer.singleShot(200, pick_clear)
    window.search.query.customContextMenuRequested.emit(window.search.query.rect().center())
    qtbot.waitUntil(lambda: bool(seen), timeout=3_000)
    assert window.search.recent.queries() == [] and _popup_rows(window) == []
    assert _popup_rows(window, window.quick_search) == []
    assert window.settings.value(K_RECENT_SEARCHES) is None


@pytest.mark.parametrize(
    "stored",
    [
        "献血",  # one value, as QSettings reads a one-item list back from a hand edit
        ["献血", 5, None, {"a": 1}, "", "  ", "第一行\n第二行", "x\x00y", "长" * (MAX_LENGTH + 1), "献血", "<b>粗</b>"],
        [f"q{i}" for i in range(10_000)],
        42,
    ],
)
def test_a_hand_edited_list_offers_only_queries(qtbot, library_path, settings, stored):
    settings.setValue(K_RECENT_SEARCHES, stored)
    window = open_window(qtbot, library_path, settings)
    qtbot.waitUntil(lambda: window.search.query.completer() is not None, timeout=5_000)
    rows = _popup_rows(window)
    assert len(rows) <= RECENT_MAX and len(set(rows)) == len(rows)
    assert all(isinstance(r, str) and r.strip() and "\n" not in r and len(r) <= MAX_LENGTH for r in rows)
    if isinstance(stored, list) and "献血" in stored:
        assert rows == ["献血", "<b>粗</b>"]  # shown as typed: a list view draws its rows as plain text
    window.shutdown()


def test_the_toolbar_box_shares_the_list(qtbot, window):
    qtbot.waitUntil(lambda: window.quick_search.completer() is not None, timeout=5_000)
    window.quick_search.setText("献血")
    window.run_quick_search()  # Enter in the toolbar box
    qtbot.waitUntil(lambda: not window.search.busy, timeout=10_000)
    assert window.search.request.query == "献血"
    assert window.search.recent.queries() == ["献血"]
    window.quick_search.clear()
    window.quick_search.setFocus()
    qtbot.keyClick(window.quick_search, Qt.Key.Key_Down)
    assert _popup_rows(window, window.quick_search) == ["献血"] == _popup_rows(window)
    window.quick_search.completer().popup().hide()
    window.quick_search.completer().activated.emit("献血")  # a pick runs the toolbar's search
    qtbot.waitUntil(lambda: not window.search.busy, timeout=10_000)
    assert window.search.query.text() == "献血"
