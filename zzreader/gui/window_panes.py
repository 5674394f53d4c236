"""The main window's panes as widgets: the archive tree, the left pane, the splitter
between it and the article page, and the search dock.

gui/main_window.py composes them with the controllers; what each widget is
(its object name for the saved layout, its sizes, what it allows) lives here.
"""

from __future__ import annotations

from zzreader.gui.qt import (
    QAbstractItemView,
    QDockWidget,
    QMainWindow,
    QSplitter,
    Qt,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from zzreader.gui.tree_model import ArchiveModel, CountDelegate
from zzreader.i18n import tr


INDENT_PX = 14


def archive_tree(model: ArchiveModel) -> QTreeView:
    """Years, months, issues, sections and articles: read-only rows with their counts."""
    tree = QTreeView()
    tree.setObjectName("archiveTree")
    tree.setAccessibleName(tr("tree.accessible"))
    tree.setHeaderHidden(True)
    tree.setUniformRowHeights(True)
    # Articles sit five levels deep; the style's 20 px a level left a 170 px tree no room for a title.
    tree.setIndentation(INDENT_PX)
    tree.setModel(model)
    tree.setItemDelegate(CountDelegate(parent=tree))
    tree.setExpandsOnDoubleClick(True)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return tree


def left_pane(title_field: QWidget, tree_stack: QWidget, collections: QWidget) -> tuple[QWidget, QSplitter]:
    """The title filter over the tree (or its matches), the collections under them."""
    left = QWidget()
    left.setObjectName("leftPane")
    box = QVBoxLayout(left)
    box.setContentsMargins(6, 6, 0, 0)
    box.setSpacing(6)
    box.addWidget(title_field)
    split = _splitter(Qt.Orientation.Vertical, "leftSplitter", (tree_stack, 1, 620), (collections, 0, 170))
    box.addWidget(split, 1)
    return left, split


def main_splitter(left: QWidget, page: QWidget) -> QSplitter:
    """The left pane and the article page; the page takes what the window gains."""
    return _splitter(Qt.Orientation.Horizontal, "mainSplitter", (left, 0, 300), (page, 1, 800))


def _splitter(orientation: Qt.Orientation, name: str, *panes: tuple[QWidget, int, int]) -> QSplitter:
    """Panes (widget, stretch, first size) that never collapse; `name` keys the saved layout."""
    split = QSplitter(orientation)
    split.setObjectName(name)
    for i, (widget, stretch, _size) in enumerate(panes):
        split.addWidget(widget)
        split.setStretchFactor(i, stretch)
    split.setChildrenCollapsible(False)
    split.setSizes([size for _w, _s, size in panes])
    return split


def search_dock(window: QMainWindow, panel: QWidget) -> QDockWidget:
    """The search panel in a dock beside the page (or under it on a narrow screen)."""
    dock = QDockWidget(tr("dock.search"), window)
    dock.setObjectName("searchDock")
    dock.setWidget(panel)
    dock.setAllowedAreas(
        Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        | Qt.DockWidgetArea.BottomDockWidgetArea
    )
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    return dock
