"""Find in article: the bar under the page with a field, the match count, previous/next and close.

It only says what the reader asks (`changed(text)`, `step(forward)`,
`closed()`); article_view.py finds and marks the matches.
"""

from __future__ import annotations

from collections.abc import Callable

from zzreader.gui.icons import icon, named
from zzreader.gui.qt import QHBoxLayout, QKeySequence, QLabel, QLineEdit, QShortcut, Qt, QToolButton, QWidget, Signal
from zzreader.i18n import tr


class FindBar(QWidget):
    """Find in article: a field, the match count, previous/next and close."""

    changed = Signal(str)
    step = Signal(bool)  # forward?
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.field = QLineEdit()
        self.field.setPlaceholderText(tr("find.placeholder"))
        self.field.setAccessibleName(tr("find.accessible"))
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self.changed)
        self.field.returnPressed.connect(lambda: self.step.emit(True))
        self.count = QLabel()
        self.count.setMinimumWidth(90)
        self.count.setObjectName("findCount")
        named(self.field.addAction(icon("find"), QLineEdit.ActionPosition.LeadingPosition), "find")
        prev_btn = _tool("up", tr("find.prev.tip"), lambda: self.step.emit(False))
        next_btn = _tool("down", tr("find.next.tip"), lambda: self.step.emit(True))
        close_btn = _tool("close", tr("find.close.tip"), self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(QLabel(tr("find.label")))
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count)
        layout.addWidget(prev_btn)
        layout.addWidget(next_btn)
        layout.addWidget(close_btn)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_bar,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Shift+Return"), self.field, lambda: self.step.emit(False),
                  context=Qt.ShortcutContext.WidgetShortcut)

    def open_bar(self, text: str = "") -> None:
        self.show()
        if text:
            self.field.setText(text)
        self.field.setFocus()
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()


def _tool(icon_name: str, tip: str, slot: Callable[[], None]) -> QToolButton:
    b = named(QToolButton(), icon_name)
    b.setToolTip(tip)
    b.setAccessibleName(tip)
    b.setAutoRaise(True)
    b.clicked.connect(slot)
    return b
