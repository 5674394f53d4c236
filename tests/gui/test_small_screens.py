"""Small screens: the article keeps >= 30 characters a line; docks, then the tree give way;
the search dock opens when a search starts; the first start fits the screen."""

from __future__ import annotations

import pytest

from zzreader.gui.pane_fit import MIN_CHARS, fit_first_window


def _settle(qtbot, window) -> None:
    qtbot.wait(30)
    window.fitter.fit()
    qtbot.wait(10)


@pytest.mark.parametrize("size", [(800, 600), (1024, 768), (1366, 768), (1920, 1080)])
def test_the_page_stays_readable_at_every_size_with_and_without_a_search(qtbot, window, size) -> None:
    window.resize(*size)
    _settle(qtbot, window)
    assert window.fitter.chars_per_line() >= MIN_CHARS
    window.search.search_for("株洲")
    qtbot.waitUntil(lambda: window.search.model.rowCount() > 0, timeout=10_000)
    _settle(qtbot, window)
    assert window.search_dock.isVisible()  # a search opens it
    assert window.fitter.chars_per_line() >= MIN_CHARS
    if size[0] >= 1366:
        assert window.splitter.widget(0).isVisible()  # room for the tree too


def test_an_empty_search_dock_gives_way_and_opens_when_a_search_starts(qtbot, window) -> None:
    window.resize(1024, 768)
    _settle(qtbot, window)
    assert not window.search_dock.isVisible()
    window.quick_search.setText("医院")
    window.run_quick_search()
    _settle(qtbot, window)
    assert window.search_dock.isVisible() and window.fitter.chars_per_line() >= MIN_CHARS


def test_the_tree_folds_on_a_narrow_window_and_comes_back_when_it_widens(qtbot, window) -> None:
    window.resize(800, 600)
    _settle(qtbot, window)
    left = window.splitter.widget(0)
    assert not left.isVisible()
    window.act_focus_tree.trigger()  # Ctrl+1 brings it back on demand
    assert left.isVisible()
    window.resize(1600, 900)
    _settle(qtbot, window)
    assert left.isVisible() and window.fitter.chars_per_line() >= MIN_CHARS


def test_a_bigger_font_makes_room_too(qtbot, window) -> None:
    window.resize(1024, 768)
    _settle(qtbot, window)
    for _ in range(4):
        window.appearance.zoom(1)
    _settle(qtbot, window)
    assert window.fitter.chars_per_line() >= MIN_CHARS


def test_first_start_fits_the_screen(qtbot, window) -> None:
    avail = window.screen().availableGeometry()
    fit_first_window(window)
    assert window.width() <= avail.width() and window.height() <= avail.height()
    assert window.width() <= 1400 and window.height() <= 880


def test_the_annotation_browser_fits_an_800_pixel_window(qtbot, window) -> None:
    """Its filters and buttons once made the window 994 px at its narrowest."""
    window.browser_dock.setVisible(True)
    window.resize(800, 600)
    _settle(qtbot, window)
    assert window.minimumSizeHint().width() <= 800 and window.width() == 800
    browser = window.browser_dock.browser
    assert browser.b_export.isVisible() and browser.b_export.geometry().right() <= browser.width()
    assert browser.count.text()  # "显示 … 条" still shown, wrapped if it must
