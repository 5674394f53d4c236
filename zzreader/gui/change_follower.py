"""The window's tree and open article follow every `Changes` record.

The tree reloads (keeping what was expanded) when issues or titles moved;
the article shown is opened again when its own text was corrected, and only
its marks and tags are redrawn when an annotation on it changed. Anything
else leaves both alone (gui/change_notices.py sends the records).
"""

from __future__ import annotations

from collections.abc import Callable

from zzreader.core.changes import Changes
from zzreader.core.store import NotFoundError
from zzreader.gui.qt import QObject, QWidget


class ChangeFollower(QObject):
    def __init__(
        self,
        parent: QWidget,
        current: Callable[[], int | None],
        reopen: Callable[[int | None, list[int]], None],
        refresh_tree: Callable[[], None],
        update_counts: Callable[[], None],
        redraw_marks: Callable[[int], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.failed = failed  # told when the library cannot be read (another program altered it)
        self.current, self.reopen = current, reopen  # reopen(None, []): the first article
        self.refresh_tree, self.update_counts, self.redraw_marks = refresh_tree, update_counts, redraw_marks

    def follow(self, changes: Changes) -> None:
        try:
            self._follow(changes)
        except Exception as exc:  # noqa: BLE001 - a table dropped or a page spoiled by another program
            if self.failed is None:
                raise
            self.failed(exc)

    def _follow(self, changes: Changes) -> None:
        # Which article is shown, asked before the tree reloads: the reload forgets an
        # article that is gone (merged away by another process), and the page must not
        # keep showing it.
        shown = self.current()
        if changes.everything or changes.issues or changes.text:
            self.refresh_tree()
            self.update_counts()
        if shown is None:
            return
        if changes.everything or shown in changes.text:
            self.reopen(shown, sorted(changes.text))  # gone: an article the same change touched
        elif changes.touches(shown):
            try:
                self.redraw_marks(shown)
            except NotFoundError:
                return
