"""The title filter above the archive tree: type, and matching titles replace the tree.

Typing lists matching titles after a short pause (one indexed query in the
read lane); ↑/↓ pick a match while the field keeps the focus; Enter opens
the picked match, else the first one, even before the pause ends; Escape
clears the field and the tree comes back. The filter needs only the read
lane, the library (for Enter before the pause), and a way to open an
article; the window places `field` and `stack` and hears `counted(text)`.
"""

from __future__ import annotations

from collections.abc import Callable

from zzreader.core.store import ArticleSummary, Library
from zzreader.gui import icons, plain_text
from zzreader.gui.qt import (
    QAbstractItemView,
    QEvent,
    QLabel,
    QLineEdit,
    QListView,
    QModelIndex,
    QObject,
    QStackedWidget,
    QStandardItem,
    QStandardItemModel,
    Qt,
    QTimer,
    QWidget,
    Signal,
)
from zzreader.gui.tree_model import ARTICLE, COUNT_ROLE, ID_ROLE, KIND_ROLE, LABEL_ROLE, CountDelegate
from zzreader.gui.workers import Workers
from zzreader.i18n import tr

LIMIT = 300  # titles listed at most
DELAY_MS = 200  # the typing pause before the query runs
MOVES = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 10, Qt.Key.Key_PageUp: -10}


class TitleFilter(QObject):
    """The field, the list of matches, the 'no match' label, and the stack that shows one of them."""

    counted = Signal(str)  # "12 titles" while matches are listed
    cleared = Signal()  # the tree is shown again

    def __init__(
        self,
        tree: QWidget,
        workers: Callable[[], Workers],
        library: Callable[[], Library],
        open_article: Callable[[int], object],
        ui_family: str,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.tree, self.workers, self.library, self.open_article = tree, workers, library, open_article
        self.ui_family = ui_family
        self._gen = 0
        self.field = self._build_field()
        self.model = QStandardItemModel(self)
        self.list = self._build_list()
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty.setContentsMargins(8, 24, 8, 8)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        for widget in (tree, self.list, self.empty):
            self.stack.addWidget(widget)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.run)
        self.field.textChanged.connect(lambda _t: self.timer.start())
        self.field.returnPressed.connect(self.enter)
        self.field.installEventFilter(self)

    def _build_field(self) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName("titleFilter")
        field.setPlaceholderText(tr("filter.placeholder"))
        field.setToolTip(tr("filter.tip"))
        field.setAccessibleName(tr("filter.accessible"))
        field.setClearButtonEnabled(True)
        icons.named(field.addAction(icons.icon("filter"), QLineEdit.ActionPosition.LeadingPosition), "filter")
        return field

    def _build_list(self) -> QListView:
        view = QListView()
        view.setObjectName("filterResults")
        view.setAccessibleName(tr("filter.results"))
        view.setModel(self.model)
        view.setUniformItemSizes(True)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.delegate = CountDelegate(parent=view)
        view.setItemDelegate(self.delegate)
        view.activated.connect(self.activated)
        view.clicked.connect(self.activated)
        return view

    def set_muted(self, colour: str) -> None:
        self.delegate.muted = colour
        self.empty.setStyleSheet(f"color: {colour};")

    def focus(self) -> None:
        self.field.setFocus()
        self.field.selectAll()

    def clear(self) -> None:
        self.field.clear()

    def listing(self) -> bool:
        """True while matches (or 'none') are shown instead of the tree."""
        return self.stack.currentWidget() is not self.tree

    # -- the query ----------------------------------------------------------------
    def run(self) -> None:
        text = self.field.text().strip()
        self._gen += 1
        if not text:
            self._show_tree()
            return
        gen = self._gen
        self.workers().read.submit(
            lambda lib, _p, _c: lib.filter_titles(text, LIMIT),
            "filter",
            done=lambda rows: gen == self._gen and self.show(rows), owner=self.stack,
        )

    def _show_tree(self) -> None:
        self.stack.setCurrentWidget(self.tree)
        self.cleared.emit()

    def show(self, rows: list[ArticleSummary]) -> None:
        self.model.clear()
        for a in rows:
            self.model.appendRow(self._item(a))
        if rows:
            self.stack.setCurrentWidget(self.list)
            more = len(rows) >= LIMIT
            self.counted.emit(tr("filter.count_more" if more else "filter.count", n=len(rows)))
        else:
            self.empty.setText(tr("filter.none"))
            self.stack.setCurrentWidget(self.empty)

    def _item(self, a: ArticleSummary) -> QStandardItem:
        title = plain_text.item_text(a.title) or tr("article.untitled")  # one bounded line (gui/plain_text.py)
        item = QStandardItem(icons.type_icon(a.type, self.ui_family), title)
        item.setData(title, LABEL_ROLE)
        item.setData(plain_text.item_text(a.issue_date, 40), COUNT_ROLE)
        item.setData(f"{title} · {a.issue_date or ''}", Qt.ItemDataRole.AccessibleTextRole)
        item.setData(a.id, ID_ROLE)
        item.setData(ARTICLE, KIND_ROLE)
        item.setToolTip(plain_text.tip(f"{title}\n{a.issue_date or ''} · {tr('type.' + a.type)}"))
        return item

    def activated(self, index: QModelIndex) -> None:
        article_id = index.data(ID_ROLE)
        if article_id is not None:
            self.open_article(article_id)

    # -- the keyboard ---------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()
        if key in MOVES:
            self._sync()
            return self.move(MOVES[key])
        if key == Qt.Key.Key_Escape and self.field.text():
            self.field.clear()
            return True
        return False

    def _sync(self) -> None:
        """Run a pending filter now, on the GUI thread (one indexed query), so the list matches the field."""
        if self.timer.isActive():
            self.timer.stop()
            text = self.field.text().strip()
            self._gen += 1
            if text:
                self.show(self.library().filter_titles(text, LIMIT))
            else:
                self._show_tree()

    def move(self, step: int) -> bool:
        rows = self.model.rowCount()
        if self.stack.currentWidget() is not self.list or not rows:
            return False
        current = self.list.currentIndex()
        row = 0 if not current.isValid() else min(rows - 1, max(0, current.row() + step))
        self.list.setCurrentIndex(self.model.index(row, 0))
        return True

    def enter(self) -> bool:
        """Open the picked match, else the first; False when nothing matches."""
        self._sync()
        if self.stack.currentWidget() is not self.list or not self.model.rowCount():
            return False
        index = self.list.currentIndex()
        if not index.isValid():
            index = self.model.index(0, 0)
            self.list.setCurrentIndex(index)
        self.activated(index)
        return True
