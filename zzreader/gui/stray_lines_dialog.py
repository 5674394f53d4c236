"""Edit → Move stray lines into this article…: the issue's unassigned lines, ticked to move.

The lines are library text, shown as plain text in list items; the controller
(corrections_controller.py) moves the ticked ones through core/corrections.py.
"""

from __future__ import annotations

from zzreader.gui import plain_text
from zzreader.gui.qt import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    Qt,
    QVBoxLayout,
    QWidget,
)
from zzreader.i18n import tr


class StrayLinesDialog(QDialog):
    def __init__(self, lines: list[tuple[int, str, int, int]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("strayLinesDialog")
        self.setWindowTitle(tr("correct.lines.title"))
        self.list = QListWidget()
        for uid, text, first, last in lines:
            where = f"L{first}" if first == last else f"L{first}-{last}"
            item = QListWidgetItem(f"{where}  {plain_text.item_text(text, 120)}")
            item.setData(Qt.ItemDataRole.UserRole, uid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("correct.lines.hint")))
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def chosen(self) -> list[int]:
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]
