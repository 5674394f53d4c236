"""Edit → History: an article's revisions, one against the one before, and Restore.

The table lists number, time, user, reason and the fields changed; below it
the chosen revision's text stands beside the one before with the changed
characters marked (removed on the left, added on the right). Restore makes a
new revision equal to the chosen one; the original (revision 0) is always there.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from zzreader.core import shown, text_diff
from zzreader.core.revisions import Revision
from zzreader.gui import plain_text
from zzreader.gui.pane_fit import resize_on_screen
from zzreader.gui.qt import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    Qt,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from zzreader.gui.sealed_document import SealedBrowser
from zzreader.gui.tables import list_table
from zzreader.i18n import tr

COLUMNS = ("revision", "time", "user", "why", "fields")
REMOVED, ADDED = "#f8c4c4", "#c4ecc4"


def revision_text(r: Revision) -> str:
    """What the side-by-side view compares: title, subtitle, bylines and body."""
    s = r.state
    people = "、".join([*s.get("reporters", []), *s.get("correspondents", []), *s.get("photographers", [])])
    head = [s.get("title", ""), s.get("subtitle", ""), people]
    return "\n".join([*(h for h in head if h), "", s.get("text", "")])


def _visible(text: str) -> str:
    """Control and format characters as escapes, line breaks kept: a diff shows what changed.

    A U+202E planted in a revision reversed the rest of the line on the screen,
    and a NUL or a zero-width character was a change the diff marked but nobody could see.
    """
    return "\n".join(shown.line(part) for part in text.split("\n"))


def marked(old: str, new: str) -> tuple[str, str]:
    """Two HTML bodies with the characters that differ marked; all text escaped."""
    left, right = [], []
    for op, a1, a2, b1, b2 in text_diff.opcodes(old, new):  # bounded: a 1 MB article does not freeze the window
        a, b = html.escape(_visible(old[a1:a2])), html.escape(_visible(new[b1:b2]))
        if op == "equal":
            left.append(a)
            right.append(b)
            continue
        if a:
            left.append(f'<span style="background:{REMOVED}">{a}</span>')
        if b:
            right.append(f'<span style="background:{ADDED}">{b}</span>')
    wrap = '<div style="white-space:pre-wrap">{}</div>'
    return wrap.format("".join(left)), wrap.format("".join(right))


class HistoryPanel(QDialog):
    """One article's history; `restore_requested(revision)` asks the controller to restore."""

    restore_requested = Signal(int)

    def __init__(self, article_id: int, history: Callable[[], list[Revision]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPanel")
        self.article_id, self.history = article_id, history
        self.setWindowTitle(tr("history.title", id=article_id))
        # like every dialog's table: no row numbers beside the revision numbers ('1 | 0' read as a typo)
        self.table = list_table("historyTable", tr("history.title", id=article_id),
                                [tr(f"history.{c}") for c in COLUMNS])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.before, self.after = SealedBrowser(), SealedBrowser()  # library text: no link, no file
        sides = QSplitter(Qt.Orientation.Horizontal)
        sides.addWidget(self.before)
        sides.addWidget(self.after)
        self.restore = QPushButton(tr("history.restore"))
        self.restore.clicked.connect(lambda: self.restore_requested.emit(self.selected_revision()))
        self.original = QPushButton(tr("history.original"))
        self.original.clicked.connect(lambda: self.select(0))
        buttons = QHBoxLayout()
        buttons.addWidget(self.original)
        buttons.addStretch(1)
        buttons.addWidget(self.restore)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(sides)
        split.setSizes([170, 470])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        layout.addLayout(buttons)
        resize_on_screen(self, 900, 640)
        self.revisions: list[Revision] = []
        self.reload()

    def reload(self) -> None:
        self.revisions = self.history()
        self.table.setRowCount(len(self.revisions))
        for row, r in enumerate(self.revisions):
            user = r.user or (tr("history.parsed") if r.revision == 0 else "")
            cells = (str(r.revision), r.time.replace("T", " ")[:19], user, r.why,
                     tr("list.sep").join(tr(f"correct.{f}") for f in r.fields))
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(plain_text.item_text(text)))  # plain, one line
        if self.revisions:
            self.select(self.revisions[-1].revision)

    def select(self, revision: int) -> None:
        for row, r in enumerate(self.revisions):
            if r.revision == revision:
                self.table.selectRow(row)
                self._show_selected()
                return

    def selected_revision(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return self.revisions[rows[0].row()].revision if rows else self.revisions[-1].revision

    def _show_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or not self.revisions:
            return
        row = rows[0].row()
        new = revision_text(self.revisions[row])
        old = revision_text(self.revisions[row - 1]) if row > 0 else new
        left, right = marked(old, new)
        self.before.setHtml(left)
        self.after.setHtml(right)
        current = row == len(self.revisions) - 1
        self.restore.setEnabled(not current)
        self.restore.setToolTip(tr("history.restore.current") if current else "")  # why it is grey
