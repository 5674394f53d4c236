"""The title filter from the keyboard: ↑/↓ pick a match, Enter opens it.

Typing in the filter field lists matching titles (main_window.py runs the
query in the read lane after a short pause). Enter opens the match the
arrows picked, else the first one, and keeps the list in step with what was
typed even when Enter comes before the pause ends; Escape clears the field.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from zzreader.gui.qt import QEvent, QObject, Qt

if TYPE_CHECKING:
    from zzreader.gui.main_window import MainWindow

MOVES = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 10, Qt.Key.Key_PageUp: -10}


class FilterKeys(QObject):
    """Installed on the filter field; the field keeps the focus while the arrows move."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.filter.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()
        if key in MOVES:
            self._sync()
            return self.move(MOVES[key])
        if key == Qt.Key.Key_Escape and self.window.filter.text():
            self.window.filter.clear()
            return True
        return False

    def _sync(self) -> None:
        """Run a pending filter now, on the GUI thread (one indexed query), so the list matches the field."""
        w = self.window
        if w._filter_timer.isActive():
            w._filter_timer.stop()
            text = w.filter.text().strip()
            w._filter_gen += 1
            if text:
                w._show_filter(w.library.filter_titles(text, w.FILTER_LIMIT))
            else:
                w.left_stack.setCurrentWidget(w.tree)

    def move(self, step: int) -> bool:
        w = self.window
        rows = w.filter_model.rowCount()
        if w.left_stack.currentWidget() is not w.filter_list or not rows:
            return False
        current = w.filter_list.currentIndex()
        row = 0 if not current.isValid() else min(rows - 1, max(0, current.row() + step))
        w.filter_list.setCurrentIndex(w.filter_model.index(row, 0))
        return True

    def enter(self) -> bool:
        """Open the picked match, else the first; False when nothing matches."""
        self._sync()
        w = self.window
        if w.left_stack.currentWidget() is not w.filter_list or not w.filter_model.rowCount():
            return False
        index = w.filter_list.currentIndex()
        if not index.isValid():
            index = w.filter_model.index(0, 0)
            w.filter_list.setCurrentIndex(index)
        w._filter_activated(index)
        return True
