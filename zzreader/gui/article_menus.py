"""Context menus of an article row, in the archive tree and in the search results.

Each offers: open the article, add it to a collection. The menus need a
parent, a way to open an article (with the search that found it) and the
annotator's collection submenu; the current search query comes from a getter.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from zzreader.gui.qt import QAbstractItemView, QAction, QMenu, QModelIndex, QPoint, Qt, QWidget
from zzreader.gui.search_panel import ResultsModel
from zzreader.gui.tree_model import ARTICLE, ID_ROLE, KIND_ROLE
from zzreader.i18n import tr

if TYPE_CHECKING:
    from zzreader.gui.annotator import Annotator


class ArticleMenus:
    """Builds the menus; `attach` shows them on right-click in a view."""

    def __init__(
        self,
        parent: QWidget,
        open_article: Callable[[int, str], object],
        annotator: Annotator,
        query: Callable[[], str],
    ) -> None:
        self.parent, self.open_article, self.annotator, self.query = parent, open_article, annotator, query
        self.results_actions: list[QAction] = []  # what a search result's menu adds for the whole list

    def attach(self, view: QAbstractItemView, menu_for: Callable[[QModelIndex], QMenu | None]) -> None:
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(lambda point: self._exec(menu_for(view.indexAt(point)), view, point))

    @staticmethod
    def _exec(menu: QMenu | None, view: QAbstractItemView, point: QPoint) -> None:
        if menu is not None:
            menu.exec(view.viewport().mapToGlobal(point))
            menu.deleteLater()

    def tree_menu_for(self, index: QModelIndex) -> QMenu | None:
        """Context menu of a tree row: open, add the article to a collection."""
        if not index.isValid() or index.data(KIND_ROLE) != ARTICLE:
            return None
        return self.article_menu(index.data(ID_ROLE))

    def results_menu_for(self, index: QModelIndex) -> QMenu | None:
        """Context menu of a search result: open, add the article to a collection."""
        hit = index.data(ResultsModel.HIT_ROLE) if index.isValid() else None
        if hit is None:
            return None
        menu = self.article_menu(hit.article_id, self.query())
        if self.results_actions:  # Export search results… (gui/result_export.py)
            menu.addSeparator()
            menu.addActions(self.results_actions)
        return menu

    def article_menu(self, article_id: int, query: str = "") -> QMenu:
        menu = QMenu(self.parent)
        menu.addAction(tr("menu.open_article")).triggered.connect(lambda: self.open_article(article_id, query))
        menu.addMenu(self.annotator.collection_menu(menu, [article_id]))
        return menu
