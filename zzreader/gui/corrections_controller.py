"""The archivist's corrections in the window: Edit menu and the article's context menu.

Correct article… (fields and text with a reason), Split at the cursor, Merge
with the next article, Not an article, and History. Each is one write through
core/corrections.py, journalled like annotation edits, so Edit → Undo takes it
back. The controller needs the library, the article shown and the cursor in
its text, the name to sign revisions with, and `changed(article_id)` to tell
the window what to show again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from zzreader.core.changes import Changed
from zzreader.core.store import Library
from zzreader.gui import plain_text, qt
from zzreader.gui.qt import QAction, QMenu, QObject, QWidget, Signal
from zzreader.i18n import tr

if TYPE_CHECKING:  # the dialogs load when first opened, with core/corrections.py, not at start
    from zzreader.gui.correction_dialog import CorrectionDialog
    from zzreader.gui.history_panel import HistoryPanel
    from zzreader.gui.stray_lines_dialog import StrayLinesDialog


class CorrectionsController(QObject):
    changed = Signal(object)  # the article id to show after a correction (None: none left)

    def __init__(
        self,
        parent: QWidget,
        library: Callable[[], Library],
        current: Callable[[], int | None],
        cursor: Callable[[], int | None],
        offset_at: Callable[[int], int | None],
        user: Callable[[], str],
        status: Callable[[str], None],
        run_write: Callable[[Callable[[Library], Changed]], Changed | None],
    ) -> None:
        super().__init__(parent)
        self.parent_widget, self.library, self.current, self.cursor = parent, library, current, cursor
        self.offset_at = offset_at  # a page position -> an offset in the article's text
        self.user, self.status = user, status
        self.run_write = run_write  # the annotator's: the edits lane, then the change notices
        self.history: HistoryPanel | None = None
        self.clicked: int | None = None  # where the article's context menu was opened
        self.actions: list[QAction] = []
        self.act_edit = self._action("correct.action", self.edit_dialog)
        self.act_split = self._action("correct.split", self.split_at_cursor)
        self.act_merge = self._action("correct.merge", self.merge_with_next)
        self.act_lines = self._action("correct.lines", self.stray_lines_dialog)
        self.act_not_article = self._action("correct.not_article", self.not_an_article)
        self.act_history = self._action("history.action", self.show_history)
        self.act_review = self._action("correct.review", self.show_review)

    def _action(self, key: str, slot: Callable[[], Any]) -> QAction:
        act = QAction(tr(key), self.parent_widget)
        act.setObjectName(key)
        act.triggered.connect(slot)
        self.actions.append(act)
        return act

    def _write(self, name: str, *args: Any, show: int | None = None, **kw: Any) -> Any:
        """One correction (`library.corrections.<name>`); a refused one is a status message.

        `show`: the article to show after (-1: the first one)."""
        user = self.user() or None
        result = self.run_write(lambda lib: getattr(lib.corrections, name)(*args, user=user, **kw))
        if result is None:
            return None
        self.changed.emit(show if show is not None else self.current())
        if self.history is not None and self.history.isVisible():
            self.history.reload()
        return result.value

    # -- the actions --------------------------------------------------------------
    def edit_dialog(self) -> CorrectionDialog | None:
        aid = self.current()
        if aid is None:
            return None
        from zzreader.gui.correction_dialog import CorrectionDialog

        dialog = CorrectionDialog(self.library().article(aid), self.parent_widget)
        dialog.accepted.connect(lambda: self.apply_edit(aid, dialog.changes(), dialog.reason()))
        dialog.open()
        return dialog

    def apply_edit(self, article_id: int, changes: dict[str, Any], why: str = "") -> int | None:
        if not changes:
            return None
        return self._write("edit", article_id, changes, why=why, show=article_id)

    def extend_page_menu(self, menu: QMenu, position: int) -> None:
        """The article's context menu gets the corrections; Split cuts where the menu was opened."""
        self.clicked = self.offset_at(position) if position >= 0 else None
        if self.current() is None:
            return
        sub = menu.addMenu(tr("correct.menu"))
        sub.addActions(self.actions)

    def split_at_cursor(self, title: str | None = None) -> tuple[int, int] | None:
        aid, at = self.current(), self.clicked if self.clicked is not None else self.cursor()
        self.clicked = None
        if aid is None or at is None:
            self.status(tr("correct.split.no_cursor"))
            return None
        return self._write("split", aid, at, title=title, show=aid)

    def merge_with_next(self) -> int | None:
        aid = self.current()
        if aid is None:
            return None
        _prev, nxt = self.library().neighbours(aid)
        if nxt is None:
            self.status(tr("correct.merge.no_next"))
            return None
        return self._write("merge", aid, nxt, show=aid)

    def stray_lines_dialog(self) -> StrayLinesDialog | None:
        aid = self.current()
        if aid is None:
            return None
        lines = self.library().corrections.stray_lines(aid)
        if not lines:
            self.status(tr("correct.lines.none"))
            return None
        from zzreader.gui.stray_lines_dialog import StrayLinesDialog

        dialog = StrayLinesDialog(lines, self.parent_widget)
        dialog.accepted.connect(lambda: self.move_lines(aid, dialog.chosen()))
        dialog.open()
        return dialog

    def move_lines(self, article_id: int, line_ids: list[int]) -> int | None:
        if not line_ids:
            return None
        return self._write("move_unassigned", article_id, line_ids, show=article_id)

    def not_an_article(self) -> Any:
        aid = self.current()
        if aid is None:
            return None
        _prev, nxt = self.library().neighbours(aid)
        return self._write("mark_not_article", aid, show=nxt if nxt is not None else -1)

    def show_history(self) -> HistoryPanel | None:
        aid = self.current()
        if aid is None:
            return None
        if self.history is not None:
            self.history.deleteLater()
        from zzreader.gui.history_panel import HistoryPanel

        panel = HistoryPanel(aid, lambda: self.library().corrections.history(aid), self.parent_widget)
        panel.restore_requested.connect(lambda revision: self.restore(aid, revision))
        self.history = panel
        panel.show()
        return panel

    def show_review(self) -> qt.QDialog:
        """Corrections a re-import could not put back: kept in their history, listed here."""
        from zzreader.gui.tables import list_table

        items = self.library().corrections.pending_review()
        dialog = qt.QDialog(self.parent_widget)
        dialog.setObjectName("reviewDialog")
        dialog.setWindowTitle(tr("correct.review.title"))
        table = list_table("reviewTable", tr("correct.review.title"),
                           [tr("history.revision"), tr("correct.title"), tr("history.fields"), tr("correct.review.issue")],
                           len(items), parent=dialog)
        for row, item in enumerate(items):
            cells = (str(item.revision), plain_text.item_text(item.title),  # library text: one bounded line
                     tr("list.sep").join(tr(f"correct.{f}") for f in item.fields), plain_text.title_text(item.issue_source))
            for col, text in enumerate(cells):
                table.setItem(row, col, qt.QTableWidgetItem(text))
        table.cellDoubleClicked.connect(
            lambda row, _c: items[row].article_id is not None and self.changed.emit(items[row].article_id))
        table.setVisible(bool(items))  # nothing to review: the sentence alone, not an empty grid
        close = qt.QDialogButtonBox(qt.QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(dialog.reject)
        layout = qt.QVBoxLayout(dialog)
        layout.addWidget(qt.QLabel(tr("correct.review.hint") if items else tr("correct.review.none")))
        layout.addWidget(table, 1)
        layout.addWidget(close)
        hint = dialog.sizeHint()
        dialog.resize(*((720, 360) if items else (max(420, hint.width()), hint.height())))
        dialog.show()
        self.review = dialog
        return dialog

    def restore(self, article_id: int, revision: int) -> int | None:
        return self._write("revert", article_id, revision, show=article_id)
