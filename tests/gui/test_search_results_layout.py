"""Search result rows are as tall as their text at every width and font size:
no snippet runs under the next result's title, before or after scrolling."""

from __future__ import annotations

import pytest

from zzreader.gui.qt import QFont, QStyleOptionViewItem, Qt


def _search(qtbot, window, query: str) -> None:
    window.search_dock.show()
    window.search.search_for(query)
    qtbot.waitUntil(lambda: window.search.model.rowCount() > 3, timeout=10_000)


def _check_rows(panel) -> int:
    """Every visible row holds its laid-out text, and rows do not overlap."""
    view, delegate = panel.results, panel.delegate
    checked, previous = 0, None
    for row in range(panel.model.rowCount()):
        index = panel.model.index(row, 0)
        rect = view.visualRect(index)
        if previous is not None:
            assert rect.top() > previous.bottom(), (row, rect, previous)
        previous = rect
        opt = QStyleOptionViewItem()
        view.initViewItemOption(opt)  # what the view hands its delegate for sizeHint and paint
        delegate.initStyleOption(opt, index)
        doc = delegate._doc(opt, index.data(panel.model.HIT_ROLE), delegate.text_width(rect.width()), False)
        assert doc.size().height() + 2 * delegate.PAD <= rect.height() + 1, (row, rect.height(), doc.size())
        checked += 1
    return checked


@pytest.mark.parametrize("dock_width", [240, 360, 640])
@pytest.mark.parametrize("point_size", [9, 16])
def test_rows_fit_their_text(qtbot, window, dock_width: int, point_size: int) -> None:
    _search(qtbot, window, "株洲")
    panel = window.search
    font = QFont(panel.results.font())
    font.setPointSize(point_size)
    panel.results.setFont(font)
    window.resizeDocks([window.search_dock], [dock_width], Qt.Orientation.Horizontal)
    # The view lays its rows out again on its own, a moment after the change
    # (sooner or later on a busy machine); once it has, every row must fit.
    qtbot.waitUntil(lambda: _all_rows_fit(panel), timeout=5_000)
    panel.results.verticalScrollBar().setValue(panel.results.verticalScrollBar().maximum() // 2)
    qtbot.waitUntil(lambda: _all_rows_fit(panel), timeout=5_000)


def _all_rows_fit(panel) -> None:
    assert _check_rows(panel) == panel.model.rowCount()
