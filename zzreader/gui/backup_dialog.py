"""File → Restore a backup…: the library's backups in a table, one to choose.

The dialog only chooses: it emits `chosen` with the backup's path (from the
table, or any file picked with "From a file…") and the window confirms and
restores (main_window.py). Keeping the restore out of the dialog means the
window's lanes and connection are closed in one place, the same way a
library switch does it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from zzreader.core import shown
from zzreader.core.backup import BackupInfo
from zzreader.core.backup_contents import BackupContents, backup_contents
from zzreader.gui import prompts
from zzreader.gui import plain_text
from zzreader.gui.column_fit import ColumnFitter
from zzreader.gui.pane_fit import resize_on_screen
from zzreader.gui.qt import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    Qt,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from zzreader.gui.tables import list_table
from zzreader.i18n import tr

BACKUP_FILTER = "zzreader (*.sqlite *.db);;*"
PATH_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMN_GAP = 20


def size_text(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(1, round(n / 1024))} KB"


def local_time(t: dt.datetime) -> str:
    return t.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def holds_text(contents: BackupContents | None) -> str:
    """"5 期 · 60 篇 · 3 条批注 · 2020-04-28 — 2026-02-09" (or that it cannot be read)."""
    if contents is None:
        return tr("restore.holds.unreadable")
    text = tr("restore.holds", issues=contents.issues, articles=contents.articles, notes=contents.annotations)
    if contents.first_date:
        text += f" · {contents.first_date} — {contents.last_date}"
    return text


def kind_text(reason: str) -> str:
    """'pre-restore' -> '恢复前' / 'Before restore'; an unknown reason as it is."""
    key = "backup.kind." + reason.replace("-", "_")
    text = tr(key)
    return reason if text == key else text


class RestoreDialog(QDialog):
    """The backups of one library, newest first; Restore… emits the chosen path."""

    chosen = Signal(object)  # Path

    def __init__(self, backups: list[BackupInfo], folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(tr("restore.title"))
        self.setMinimumWidth(720)
        self.backups = backups

        intro = QLabel(tr("restore.intro"))
        intro.setObjectName("restoreIntro")
        intro.setWordWrap(True)
        self.table = list_table(
            "backupTable", tr("restore.title"),
            [tr("restore.col.time"), tr("restore.col.kind"), tr("restore.col.holds"), tr("restore.col.size"),
             tr("restore.col.file")],
            rows=len(backups),
        )
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self._fill()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        for col in (0, 1, 2, 3):  # room between the columns: contents-tight reads as one run
            self.table.setColumnWidth(col, self.table.columnWidth(col) + COLUMN_GAP)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self._choose_selected())

        self.empty = QLabel(tr("restore.none"))
        self.empty.setObjectName("restoreEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        self.empty.setVisible(not backups)
        self.table.setVisible(bool(backups))
        where = plain_text.plain(QLabel(tr("restore.folder", folder=shown.line(str(folder)))))  # a folder name: escapes, not a bidi flip
        where.setObjectName("restoreFolder")
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setEnabled(False)  # drawn muted: a detail, not an instruction

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.b_restore = QPushButton(tr("restore.button"))
        self.b_restore.setObjectName("restoreButton")
        self.buttons.addButton(self.b_restore, QDialogButtonBox.ButtonRole.AcceptRole)
        self.b_file = QPushButton(tr("restore.from_file"))  # apart, at the left: a different way in
        self.b_file.setObjectName("restoreFromFile")
        self.b_restore.clicked.connect(self._choose_selected)
        self.b_file.clicked.connect(self._choose_file)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(where)
        row = QHBoxLayout()
        row.addWidget(self.b_file)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout.addLayout(row)
        if backups:
            self.table.selectRow(0)
        self._update_buttons()
        # Wide enough for every column (the file name last) without a horizontal scroll bar.
        columns = sum(self.table.columnWidth(c) for c in range(self.table.columnCount()))
        resize_on_screen(self, max(self.sizeHint().expandedTo(self.minimumSize()).width(), columns + 48), 420)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """On a screen too narrow for every column, what is left is shared and cut with '…'.

        At 800 px in English the file name ran off the table's edge cut mid-letter.
        Now the contents and the file name give way, cut with '…' (the file's time
        stamp is the Time column; the tooltip has the whole path).
        """
        self.table.horizontalHeader().setStretchLastSection(False)
        widths = {c: self.table.columnWidth(c) for c in range(self.table.columnCount())}
        self.columns = ColumnFitter(self.table, {2: 2.0 * widths[2], 4: widths[4]}, {c: widths[c] for c in (0, 1, 3)})

    def _fill(self) -> None:
        for row, b in enumerate(self.backups):
            cells = (local_time(b.created), kind_text(b.reason), holds_text(backup_contents(b.path)),
                     size_text(b.size), plain_text.title_text(b.path.name))  # any file in the folder: escaped
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(PATH_ROLE, str(b.path))
                item.setToolTip(plain_text.tip(str(b.path)))
                if col == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def select(self, path: Path) -> None:
        """Select the row of `path` (tests and callers that know the file)."""
        for row, b in enumerate(self.backups):
            if b.path == path:
                self.table.selectRow(row)
                return
        raise KeyError(path)

    def _update_buttons(self) -> None:
        self.b_restore.setEnabled(self.selected() is not None)
        self.b_restore.setDefault(self.selected() is not None)

    def _choose_selected(self) -> None:
        info = self.selected()
        if info is not None:
            self.accept()
            self.chosen.emit(info.path)

    def _choose_file(self) -> None:
        path = prompts.ask_open_path(self, tr("restore.from_file.title"), BACKUP_FILTER, "restore")
        if path:
            self.accept()
            self.chosen.emit(Path(path))
