"""The tag manager: every tag with its counts; rename, merge, recolour, delete.

Each command is one core operation through the Annotator, so Undo (Ctrl+Z,
also in this dialog) reverses it exactly, article and highlight links
included. Names are asked with `prompts`, which tests replace.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from zzreader.core.changes import Changes
from zzreader.core.palette import COLORS
from zzreader.core.tags import TagInfo
from zzreader.gui import plain_text, prompts
from zzreader.gui.grey_buttons import enable
from zzreader.gui.swatches import colour_name, swatch
from zzreader.gui.qt import (
    QAbstractItemView,
    QColor,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QIcon,
    QLabel,
    QMenu,
    QPixmap,
    QPushButton,
    Qt,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from zzreader.gui.tables import filling, list_table
from zzreader.i18n import tr

if TYPE_CHECKING:
    from zzreader.gui.annotator import Annotator

NAME_ROLE = Qt.ItemDataRole.UserRole + 1


def tag_icon(color: str | None) -> QIcon:
    if color in COLORS:
        return swatch(color, 14)
    pix = QPixmap(14, 14)
    pix.fill(QColor(color) if color else Qt.GlobalColor.transparent)
    return QIcon(pix)


class TagManager(QDialog):
    """A table of tags; buttons act on the selected rows."""

    def __init__(self, annotator: Annotator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagManager")
        self.setWindowTitle(tr("tagman.title"))
        self.annotator = annotator
        self.infos: list[TagInfo] = []

        self.table = list_table(
            "tagTable", tr("tagman.title"),
            [tr("tagman.col.tag"), tr("tagman.col.articles"), tr("tagman.col.highlights"), tr("tagman.col.total")],
            selection=QAbstractItemView.SelectionMode.ExtendedSelection,
        )
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # most used first
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.rename_selected())

        self.b_rename = QPushButton(tr("tagman.rename"))
        self.b_merge = QPushButton(tr("tagman.merge"))
        self.b_colour = QPushButton(tr("tagman.colour"))
        self.b_delete = QPushButton(tr("tagman.delete"))
        # Tags left on nothing (typed by accident, or emptied by edits): one click removes them.
        self.b_unused = QPushButton(tr("tagman.unused", n=0))
        self.b_unused.setObjectName("tagUnused")
        self.b_unused.setToolTip(tr("tagman.unused.tip"))
        colours = QMenu(self.b_colour)
        for color in COLORS:
            act = colours.addAction(swatch(color), colour_name(color))
            act.triggered.connect(lambda _c=False, c=color: self.recolor_selected(c))
        colours.addSeparator()
        colours.addAction(tr("tagman.no_colour")).triggered.connect(lambda: self.recolor_selected(None))
        self.b_colour.setMenu(colours)
        self.b_rename.clicked.connect(self.rename_selected)
        self.b_merge.clicked.connect(self.merge_selected)
        self.b_delete.clicked.connect(self.delete_selected)
        self.b_unused.clicked.connect(self.delete_unused)
        self.summary = QLabel()
        self.summary.setObjectName("tagSummary")
        self.summary.setWordWrap(True)

        side = QVBoxLayout()
        for b in (self.b_rename, self.b_merge, self.b_colour, self.b_delete):
            side.addWidget(b)
        side.addStretch(1)
        side.addWidget(self.b_unused)
        row = QHBoxLayout()
        row.addWidget(self.table, 1)
        row.addLayout(side)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.summary)
        layout.addWidget(close)
        self.resize(560, 420)
        annotator.notices.changed.connect(self._changed)
        self.reload()

    def _changed(self, changes: Changes) -> None:
        if (changes.tags or changes.everything) and self.isVisible():
            self.reload()

    def reload(self) -> None:
        selected = set(self.selected_names())
        self.infos = self.annotator.tags()
        with filling(self.table):  # sorted and fitted once, at the end (gui/tables.py)
            self.table.setRowCount(len(self.infos))
            for row, info in enumerate(self.infos):
                name = QTableWidgetItem(tag_icon(info.color), plain_text.item_text(info.name))
                name.setData(NAME_ROLE, info.name)
                self.table.setItem(row, 0, name)
                for col, value in ((1, info.articles), (2, info.highlights), (3, info.count)):
                    item = QTableWidgetItem()
                    item.setData(Qt.ItemDataRole.DisplayRole, value)
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    self.table.setItem(row, col, item)
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(NAME_ROLE) in selected:
                self.table.selectRow(row)
        self.summary.setText(tr("tagman.summary", n=len(self.infos)) if self.infos else tr("tagman.empty"))
        self._update_buttons()

    def row_of(self, name: str) -> int:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(NAME_ROLE) == name:
                return row
        return -1

    def counts(self, name: str) -> tuple[int, int] | None:
        """(articles, highlights) shown for `name`, or None if it is not listed."""
        row = self.row_of(name)
        if row < 0:
            return None
        return int(self.table.item(row, 1).text()), int(self.table.item(row, 2).text())

    def select(self, *names: str) -> None:
        self.table.clearSelection()
        mode = self.table.selectionMode()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for name in names:
            row = self.row_of(name)
            if row >= 0:
                self.table.selectRow(row)
        self.table.setSelectionMode(mode)

    def selected_names(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self.table.item(r, 0).data(NAME_ROLE) for r in rows if self.table.item(r, 0)]

    def _update_buttons(self) -> None:
        n = len(self.selected_names())
        enable(self.b_rename, n == 1, tr("tagman.rename.pick_one" if n else "tagman.pick"))
        for button in (self.b_merge, self.b_colour, self.b_delete):
            enable(button, n >= 1, tr("tagman.pick"))
        unused = self.unused_names()
        self.b_unused.setText(tr("tagman.unused", n=len(unused)))
        enable(self.b_unused, bool(unused), tr("tagman.unused.none"), tr("tagman.unused.tip"))

    # -- commands ---------------------------------------------------------------
    def rename_selected(self) -> None:
        names = self.selected_names()
        if len(names) != 1:
            return
        shown = plain_text.title_text(names[0])  # a U+202E in the field reversed what the user edits
        new = prompts.ask_text(self, tr("tagman.rename"), tr("tagman.rename.label", tag=shown), shown)
        if new and new not in (names[0], shown.strip()):
            self.annotator.rename_tag(names[0], new)

    def merge_selected(self) -> None:
        names = self.selected_names()
        if not names:
            return
        others = [i.name for i in self.infos if i.name not in names] + names
        # Listed as escaped lines (a U+202E reversed the list); the one picked maps back to its name.
        shown = {plain_text.title_text(n).strip(): n for n in reversed(others)}
        target = prompts.ask_item(self, tr("tagman.merge"), tr("tagman.merge.label", n=len(names)),
                                  [plain_text.title_text(n) for n in others])
        if target:
            self.annotator.merge_tags(names, shown.get(target, target))

    def recolor_selected(self, color: str | None) -> None:
        for name in self.selected_names():
            self.annotator.recolor_tag(name, color)

    def unused_names(self) -> list[str]:
        """Tags on no article and no highlight."""
        return [i.name for i in self.infos if i.count == 0]

    def delete_unused(self) -> int:
        """Delete every unused tag (after a yes); returns how many went."""
        names = self.unused_names()
        if not names or not prompts.confirm(
                self, tr("tagman.unused.title"), tr("tagman.unused.confirm", tags=plain_text.name_list(names), n=len(names))):
            return 0
        for name in names:
            self.annotator.delete_tag(name)
        self.reload()
        return len(names)

    def delete_selected(self) -> None:
        names = self.selected_names()
        if not names:
            return
        total = sum(i.count for i in self.infos if i.name in names)
        if prompts.confirm(self, tr("tagman.delete"), tr("tagman.delete.confirm", tags=plain_text.name_list(names), n=total)):
            for name in names:
                self.annotator.delete_tag(name)
