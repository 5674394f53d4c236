"""Collections in the sidebar: named folders of articles, under the archive tree.

Each collection is a top-level row ("name  n篇"); its articles are its
children in reading order (date, then page order), read when the
collection is expanded. Double-click or Enter opens an article; the context
menu renames or deletes a collection and removes an article from it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from zzreader.core.changes import Changes
from zzreader.core.store import NotFoundError
from zzreader.gui import plain_text, prompts
from zzreader.gui.icons import icon, named, type_icon
from zzreader.gui.qt import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPoint,
    Qt,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from zzreader.gui.tree_model import article_label
from zzreader.i18n import tr

if TYPE_CHECKING:
    from zzreader.gui.annotator import Annotator

COLLECTION_ROLE = Qt.ItemDataRole.UserRole + 1  # collection id (top-level rows)
ARTICLE_ROLE = Qt.ItemDataRole.UserRole + 2  # article id (children)


class CollectionsPanel(QWidget):
    """A small tree of collections and their articles."""

    open_article = Signal(int)
    export_citations = Signal(int)  # collection id: save it as a citation file

    def __init__(self, annotator: Annotator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("collectionsPanel")
        self.annotator = annotator
        title = QLabel(tr("collection.title"))
        title.setObjectName("collectionsTitle")
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.add_button = named(QToolButton(), "plus")
        self.add_button.setObjectName("newCollection")
        self.add_button.setAutoRaise(True)
        self.add_button.setToolTip(tr("collection.new.tip"))
        self.add_button.setAccessibleName(tr("collection.new.tip"))
        self.add_button.clicked.connect(lambda: self.annotator.new_collection())
        head = QHBoxLayout()
        head.setContentsMargins(2, 0, 0, 0)
        head.addWidget(title, 1)
        head.addWidget(self.add_button)

        self.tree = QTreeWidget()
        self.tree.setObjectName("collectionsTree")
        self.tree.setAccessibleName(tr("collection.title"))
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._menu_at)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemExpanded.connect(self._fill)
        self.empty = QLabel(tr("collection.empty"))
        self.empty.setWordWrap(True)
        self.empty.setObjectName("collectionsEmpty")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(head)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty, 1)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setContentsMargins(4, 6, 4, 4)
        annotator.notices.changed.connect(self._changed)
        self.reload()

    def _changed(self, changes: Changes) -> None:
        if changes.collections or changes.everything or changes.text or changes.issues:
            self.reload()  # titles and articles of a collection follow corrections and imports

    def reload(self) -> None:
        """Rebuild from the core, keeping which collections were expanded."""
        expanded = {
            self.tree.topLevelItem(i).data(0, COLLECTION_ROLE)
            for i in range(self.tree.topLevelItemCount())
            if self.tree.topLevelItem(i).isExpanded()
        }
        self.tree.clear()
        infos = self.annotator.collections()
        for info in infos:
            item = QTreeWidgetItem([f"{plain_text.item_text(info.name)}  ·  {tr('count.articles', n=info.articles)}"])
            item.setIcon(0, icon("collection"))
            item.setData(0, COLLECTION_ROLE, info.id)
            item.setToolTip(0, plain_text.tip(info.name))
            item.setChildIndicatorPolicy(
                QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator
                if info.articles else QTreeWidgetItem.ChildIndicatorPolicy.DontShowIndicator
            )
            self.tree.addTopLevelItem(item)
            if info.id in expanded:
                item.setExpanded(True)
        self.empty.setVisible(not infos)
        self.tree.setVisible(bool(infos))

    def _fill(self, item: QTreeWidgetItem) -> None:
        cid = item.data(0, COLLECTION_ROLE)
        if cid is None or item.childCount():
            return
        library = self.annotator.library
        for article_id in library.collections.article_ids(cid):
            try:
                summary = library.article_summary(article_id)
            except NotFoundError:
                continue
            title = plain_text.item_text(article_label(summary))  # one bounded line
            child = QTreeWidgetItem([f"{title}  ·  {plain_text.item_text(summary.issue_date, 40)}"])
            child.setIcon(0, type_icon(summary.type))
            child.setData(0, ARTICLE_ROLE, article_id)
            child.setToolTip(0, plain_text.tip(f"{title}\n{summary.issue_date or ''}"))
            item.addChild(child)

    def collection_item(self, collection_id: int) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, COLLECTION_ROLE) == collection_id:
                return item
        return None

    def article_ids(self, collection_id: int) -> list[int]:
        """The article ids shown under a collection (expanding it)."""
        item = self.collection_item(collection_id)
        if item is None:
            return []
        item.setExpanded(True)
        return [item.child(i).data(0, ARTICLE_ROLE) for i in range(item.childCount())]

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        article_id = item.data(0, ARTICLE_ROLE)
        if article_id is not None:
            self.open_article.emit(article_id)

    def _menu_at(self, point: QPoint) -> None:
        item = self.tree.itemAt(point)
        menu = self.menu_for(item)
        menu.exec(self.tree.viewport().mapToGlobal(point))
        menu.deleteLater()

    def menu_for(self, item: QTreeWidgetItem | None) -> QMenu:
        menu = QMenu(self)
        if item is not None and item.data(0, ARTICLE_ROLE) is not None:
            article_id = item.data(0, ARTICLE_ROLE)
            cid = item.parent().data(0, COLLECTION_ROLE)
            menu.addAction(tr("collection.open")).triggered.connect(lambda: self.open_article.emit(article_id))
            remove = menu.addAction(tr("collection.remove"))
            remove.setObjectName("collection.remove")
            remove.triggered.connect(lambda: self.annotator.remove_from_collection(cid, [article_id]))
        elif item is not None:
            cid = item.data(0, COLLECTION_ROLE)
            rename = menu.addAction(tr("collection.rename"))
            rename.triggered.connect(lambda: self._rename(cid))
            delete = menu.addAction(tr("collection.delete"))
            delete.setObjectName("collection.delete")
            delete.triggered.connect(lambda: self.annotator.delete_collection(cid))
            cite = menu.addAction(tr("cite.export"))
            cite.setObjectName("collection.cite")
            cite.triggered.connect(lambda: self.export_citations.emit(cid))
            menu.addSeparator()
        menu.addAction(tr("collection.new")).triggered.connect(lambda: self.annotator.new_collection())
        return menu

    def _rename(self, collection_id: int) -> None:
        old = self.annotator.library.collections.get(collection_id).name
        name = prompts.ask_text(self, tr("collection.rename"), tr("collection.new.label"), old)
        if name and name != old:
            self.annotator.rename_collection(collection_id, name)
