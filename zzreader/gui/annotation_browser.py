"""The annotation browser: every highlight and note in the library, in a dock.

Filters (tag, colour, collection, issue date range, text in quote or note,
placed / orphaned) go straight to the core's `list_highlights`, which runs
indexed SQL and does the text test on folded strings, so what the browser
lists is what an export of the same filter writes. Columns sort in the view.
Double-click (or Enter) asks the window to open the article and flash the
highlight. Orphans, highlights whose text a re-import could not find, are
listed in grey with their quote; "Re-attach…" lets the user select the
passage by hand in an article.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from zzreader.core.changes import Changes
from zzreader.core.highlights import Highlight
from zzreader.core.notes import note_plain_text
from zzreader.core.palette import COLORS
from zzreader.gui import plain_text
from zzreader.gui.column_fit import ColumnFitter
from zzreader.gui.grey_buttons import enable
from zzreader.gui.date_edit import iso, optional_date_edit, set_iso
from zzreader.gui.swatches import colour_name, swatch
from zzreader.gui.icons import icon, named
from zzreader.gui.qt import (
    QAbstractItemView,
    QAbstractTableModel,
    QColor,
    QComboBox,
    QFont,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QModelIndex,
    QPushButton,
    Qt,
    QTableView,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from zzreader.i18n import tr

if TYPE_CHECKING:
    from zzreader.gui.annotator import Annotator

TEXT_DELAY_MS = 250
HIGHLIGHT_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("quote", "note", "colour", "tags", "article", "date", "modified")
ORPHAN_STATES = ("all", "placed", "orphans")
COLUMN_WEIGHTS = {"quote": 3.0, "note": 3.0, "colour": 1.3, "tags": 1.1, "article": 2.0}


def _one_line(text: str, limit: int = 80) -> str:
    return plain_text.item_text(text, limit)


class HighlightTable(QAbstractTableModel):
    """Highlights as rows; sorting happens here so every column sorts by its value."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Highlight] = []
        self.muted = "#888888"
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: list[Highlight]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(f"browser.col.{COLUMNS[section]}")
        return None

    @staticmethod
    def value(h: Highlight, column: str) -> Any:
        """The sort key (and plain value) of a cell."""
        return {
            "quote": h.exact,
            "note": h.note,
            "colour": COLORS.index(h.color) if h.color in COLORS else 99,
            "tags": ", ".join(h.tags),
            "article": h.article_title,
            "date": h.issue_date or "",
            "modified": h.modified,
        }[column]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        h = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role == HIGHLIGHT_ROLE:
            return h
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "quote":
                return _one_line(h.exact)
            if column == "note":
                return _one_line(note_plain_text(h.note))  # the words, not the Markdown marks
            if column == "colour":
                return f"{colour_name(h.color)}" + ("" if h.style == "highlight" else f" · {tr('style.' + h.style)}")
            if column == "tags":
                return ", ".join(map(plain_text.item_text, h.tags))
            if column == "article":  # a title of 10,000 characters was one row 10,000 characters wide
                title = plain_text.item_text(h.article_title) or tr("article.untitled")
                return f"{tr('browser.orphan')} {title if h.article_title else ''}".strip() if h.orphan else title
            if column == "date":
                return plain_text.item_text(h.issue_date or "", 40)
            return plain_text.item_text(str(h.modified)[:16].replace("T", " "))
        if role == Qt.ItemDataRole.DecorationRole and column == "colour":
            return swatch(h.color, 14)
        if role == Qt.ItemDataRole.ToolTipRole:
            note = note_plain_text(h.note)
            if column == "note" and note:
                return plain_text.tip(note)
            return plain_text.tip(h.exact + (f"\n\n{note}" if note else ""))
        if role == Qt.ItemDataRole.ForegroundRole and h.orphan:
            return QColor(self.muted)
        if role == Qt.ItemDataRole.FontRole and h.orphan and column == "article":
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._sort_rows(column, order)
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        name = COLUMNS[column]
        self.rows.sort(key=lambda h: (self.value(h, name), h.created),
                       reverse=order == Qt.SortOrder.DescendingOrder)


class AnnotationBrowser(QWidget):
    """Filters, the table and the row commands (jump, re-attach, delete, export)."""

    jump_requested = Signal(object)  # Highlight
    export_requested = Signal(list)  # highlight ids

    def __init__(self, annotator: Annotator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotationBrowser")
        self.annotator = annotator
        self.stale = True

        self.text = QLineEdit()
        self.text.setObjectName("browserText")
        self.text.setPlaceholderText(tr("browser.text.placeholder"))
        self.text.setAccessibleName(tr("browser.text.placeholder"))
        self.text.setClearButtonEnabled(True)
        named(self.text.addAction(icon("filter"), QLineEdit.ActionPosition.LeadingPosition), "filter")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TEXT_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.text.textChanged.connect(lambda _t: self._timer.start())

        self.tag = plain_text.names_combo(QComboBox())  # a long name must not widen the window
        self.tag.setObjectName("browserTag")
        self.tag.setAccessibleName(tr("browser.tag"))
        self.colour = QComboBox()
        self.colour.setObjectName("browserColour")
        self.colour.setAccessibleName(tr("browser.colour"))
        self.colour.addItem(tr("browser.any_colour"), None)
        for color in COLORS:
            self.colour.addItem(swatch(color, 14), colour_name(color), color)
        self.collection = plain_text.names_combo(QComboBox())
        self.collection.setObjectName("browserCollection")
        self.collection.setAccessibleName(tr("browser.collection"))
        self.state = QComboBox()
        self.state.setObjectName("browserState")
        self.state.setAccessibleName(tr("browser.state"))
        for state in ORPHAN_STATES:
            self.state.addItem(tr(f"browser.state.{state}"), state)
        self.date_from = optional_date_edit(tr("browser.from"), tr("browser.any_date"))
        self.date_to = optional_date_edit(tr("browser.to"), tr("browser.any_date"))
        for combo in (self.tag, self.colour, self.collection, self.state):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _d: self.reload())

        self.model = HighlightTable(self)
        self.table = QTableView()
        self.table.setObjectName("browserTable")
        self.table.setAccessibleName(tr("browser.title"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COLUMNS.index("date"), Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Quote and note share most of the width; the dates keep theirs; nothing runs off the edge.
        self.columns = ColumnFitter(self.table, {COLUMNS.index(name): weight for name, weight in COLUMN_WEIGHTS.items()},
                                    {COLUMNS.index("date"): "2026-12-31", COLUMNS.index("modified"): "2026-12-31 23:59"})
        self.table.doubleClicked.connect(self._jump_index)
        self.table.activated.connect(self._jump_index)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())

        self.b_jump = QPushButton(tr("browser.jump"))
        self.b_jump.clicked.connect(lambda: self._jump_index(self.table.currentIndex()))
        self.b_reattach = QPushButton(tr("browser.reattach"))
        self.b_reattach.setObjectName("browserReattach")
        self.b_reattach.clicked.connect(self._reattach)
        self.b_delete = QPushButton(tr("browser.delete"))
        self.b_delete.clicked.connect(self._delete)
        self.b_export = QPushButton(tr("browser.export"))
        self.b_export.setObjectName("browserExport")
        self.b_export.clicked.connect(lambda: self.export_requested.emit(self.selected_ids()))
        self.count = QLabel()
        self.count.setObjectName("browserCount")

        filters = QHBoxLayout()
        filters.setSpacing(6)
        filters.addWidget(self.text, 1)
        for label, widget in ((tr("browser.tag"), self.tag), (tr("browser.colour"), self.colour),
                              (tr("browser.collection"), self.collection)):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        below = QHBoxLayout()
        below.setSpacing(6)
        below.addWidget(QLabel(tr("browser.date")))
        below.addWidget(self.date_from)
        below.addWidget(QLabel("—"))
        below.addWidget(self.date_to)
        below.addSpacing(8)
        below.addWidget(QLabel(tr("browser.state")))
        below.addWidget(self.state)
        below.addSpacing(12)
        below.addWidget(self.count, 1)
        # The count wraps and the buttons sit under the table, so the dock fits an
        # 800-pixel window (in one row they made it 994 px at its narrowest).
        self.count.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addStretch(1)
        for b in (self.b_jump, self.b_reattach, self.b_delete, self.b_export):
            actions.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(filters)
        layout.addLayout(below)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        annotator.notices.changed.connect(self._changed)
        self._fill_choices()
        self._update_buttons()

    # -- filters ------------------------------------------------------------------
    def _fill_choices(self) -> None:
        """Tag and collection choices from the core, keeping the current pick."""
        for combo, items in (
            (self.tag, [(t.name, t.name) for t in self.annotator.tags()]),
            (self.collection, [(c.name, c.id) for c in self.annotator.collections()]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(tr("browser.any"), None)
            for label, value in items:
                plain_text.add_name(combo, label, value)  # cut; whole in its tooltip
            index = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def filters(self) -> dict[str, Any]:
        state = self.state.currentData()
        return {
            "tag": self.tag.currentData(),
            "color": self.colour.currentData(),
            "collection_id": self.collection.currentData(),
            "date_from": iso(self.date_from),
            "date_to": iso(self.date_to),
            "text": self.text.text().strip() or None,
            "orphans": {"all": None, "placed": False, "orphans": True}[state],
        }

    def set_filter(self, **values: Any) -> None:
        """Set filters by value (tests, and "show orphans" after an import)."""
        for key, combo in (("tag", self.tag), ("color", self.colour),
                           ("collection_id", self.collection), ("state", self.state)):
            if key in values:
                combo.setCurrentIndex(max(0, combo.findData(values[key])))
        for key, edit in (("date_from", self.date_from), ("date_to", self.date_to)):
            if key in values:
                set_iso(edit, values[key])
        if "text" in values:
            self.text.setText(values["text"] or "")
        self.reload()

    # -- loading ----------------------------------------------------------------------
    def _changed(self, changes: Changes) -> None:
        if not (changes.annotations or changes.issues):
            return
        self.stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self.stale:
            self.reload()

    def reload(self) -> None:
        self._timer.stop()
        self._fill_choices()
        selected = set(self.selected_ids())
        rows = self.annotator.library.highlights.find(**self.filters())
        self.model.set_rows(rows)
        self.stale = False
        orphans = sum(1 for h in rows if h.orphan)
        total = self.annotator.library.highlights.count()
        # an empty library of notes says how to make one, not '0 shown of 0, 0 orphaned'
        self.count.setText(tr("browser.count", n=len(rows), total=total, orphans=orphans) if total
                           else tr("browser.none"))
        if selected:
            selection = self.table.selectionModel()
            for row, h in enumerate(self.model.rows):
                if h.id in selected:
                    selection.select(self.model.index(row, 0), selection.SelectionFlag.Select
                                     | selection.SelectionFlag.Rows)
        self._update_buttons()

    # -- rows -------------------------------------------------------------------------
    def row_of(self, highlight_id: str) -> int:
        return next((i for i, h in enumerate(self.model.rows) if h.id == highlight_id), -1)

    def selected(self) -> list[Highlight]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.rows[r] for r in rows if r < len(self.model.rows)]

    def selected_ids(self) -> list[str]:
        return [h.id for h in self.selected()]

    def _update_buttons(self) -> None:
        chosen = self.selected()
        one = len(chosen) == 1
        none = tr("browser.pick")
        enable(self.b_jump, one and not chosen[0].orphan, tr("browser.jump.pick_one") if chosen else none)
        enable(self.b_reattach, one and chosen[0].orphan, tr("browser.reattach.pick_orphan") if chosen else none,
               tr("browser.reattach.tip"))
        enable(self.b_delete, bool(chosen), none)
        enable(self.b_export, bool(chosen), none)

    def _jump_index(self, index: QModelIndex) -> None:
        h = index.data(HIGHLIGHT_ROLE) if index.isValid() else None
        if h is None:
            return
        if h.orphan:
            self.annotator.begin_reattach(h.id)
        else:
            self.jump_requested.emit(h)

    def _reattach(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1 and chosen[0].orphan:
            self.annotator.begin_reattach(chosen[0].id)

    def _delete(self) -> None:
        for h in self.selected():
            self.annotator.delete_highlight(h.id)

    def set_muted(self, colour: str) -> None:
        self.model.muted = colour
