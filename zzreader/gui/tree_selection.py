"""The archive tree follows the open article, and picking a row in it opens one.

The window opens articles from many places (search, links, history, the
tree itself); each time, the tree selects and reveals the article's row
without opening it a second time (`select` ignores the change it makes
itself). Picking an article row opens it through the window's
`open_from_ui`, which says in the status bar why a stale row cannot open;
activating an issue or page row folds or unfolds it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from zzreader.gui.tree_model import ARTICLE, ID_ROLE, KIND_ROLE, ArchiveModel, reload_keeping_expanded

if TYPE_CHECKING:
    from zzreader.gui.qt import QModelIndex, QTreeView


class TreeSelection:
    """Keeps the tree's current row and the window's open article in step."""

    def __init__(
        self,
        tree: QTreeView,
        model: ArchiveModel,
        current_id: Callable[[], int | None],
        open_from_ui: Callable[[int], bool],
        update_where: Callable[[], None],
    ) -> None:
        self.tree, self.model = tree, model
        self._current_id, self._open, self._update_where = current_id, open_from_ui, update_where
        self._selecting = False
        tree.selectionModel().currentChanged.connect(self._current_changed)
        tree.activated.connect(self._activated)

    def select(self, summary) -> None:
        """Reveal and select the article's row; nothing is opened again."""
        index = self.model.find_article(summary)
        if not index.isValid():
            return
        self._selecting = True
        try:
            parent = index.parent()
            while parent.isValid():
                self.tree.expand(parent)
                parent = parent.parent()
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
        finally:
            self._selecting = False

    def reload(self) -> None:
        """Read the tree again after a write, keeping what was expanded."""
        reload_keeping_expanded(self.tree, self.model)

    def place_text(self) -> str:
        """Where the current row sits (year › month › issue › page), for the status line."""
        index = self.tree.currentIndex()
        return self.model.path_text(index) if index.isValid() else ""

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._selecting or not current.isValid():
            self._update_where()
            return
        if current.data(KIND_ROLE) == ARTICLE and current.data(ID_ROLE) != self._current_id():
            self._open(current.data(ID_ROLE))
        else:
            self._update_where()

    def _activated(self, index: QModelIndex) -> None:
        if index.data(KIND_ROLE) != ARTICLE:
            self.tree.setExpanded(index, not self.tree.isExpanded(index))
