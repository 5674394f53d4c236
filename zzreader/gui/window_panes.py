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


def archive_tree(model: ArchiveModel) -> QTreeView:
    """Years, months, issues, sections and articles: read-only rows with their counts."""
    tree = QTreeView()
    tree.setObjectName("archiveTree")
    tree.setAccessibleName(tr("tree.accessible"))
    tree.setHeaderHidden(True)
    tree.setUniformRowHeights(True)
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
    split = QSplitter(Qt.Orientation.Vertical)
    split.setObjectName("leftSplitter")
    split.addWidget(tree_stack)
    split.addWidget(collections)
    split.setStretchFactor(0, 1)
    split.setStretchFactor(1, 0)
    split.setChildrenCollapsible(False)
    split.setSizes([620, 170])
    box.addWidget(split, 1)
    return left, split


def main_splitter(left: QWidget, page: QWidget) -> QSplitter:
    """The left pane and the article page; the page takes what the window gains."""
    split = QSplitter(Qt.Orientation.Horizontal)
    split.setObjectName("mainSplitter")
    split.addWidget(left)
    split.addWidget(page)
    split.setStretchFactor(0, 0)
    split.setStretchFactor(1, 1)
    split.setChildrenCollapsible(False)
    split.setSizes([300, 800])
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
