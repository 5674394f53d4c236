"""The import dialog: progress with Cancel while the write lane works, then a summary.

The dialog only observes a job (`workers.Job`); the window starts the
import, so drag-and-drop, the File menu and tests share one path. Cancel
asks the importer to stop between files; what was imported stays imported
(one transaction per issue) and the summary says how many files were left.

The summary's Note column names the first warning or the error; the pane
under the table shows every warning of the selected files in full (as plain
text, in the interface language), and a filter narrows the table to the
files with warnings or to the failures.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from zzreader.core import folder_walk, shown
from zzreader.gui import plain_text
from zzreader.gui.qt import (
    QAbstractItemView,
    QColor,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPoint,
    QProgressBar,
    Qt,
    QTableWidgetItem,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from zzreader.gui.workers import Job, JobCancelled
from zzreader.gui.tables import filling, list_table
from zzreader.i18n import pick, pick_lines, tr

if TYPE_CHECKING:  # loaded with the first import (gui/import_controller.py)
    from zzreader.core.importer import FileResult, ImportReport

FILTERS = ("all", "warnings", "failed")  # what the summary's filter box offers
DETAIL_LINES = 4  # the detail pane's height, in lines
# A dropped folder of 100,000 files: the summary took 30 s to fill on the GUI thread and selecting
# every row 14.6 s (its details, 2 MB of text). Rows now fill a chunk per turn of the event loop,
# the window answering meanwhile (0.09 s a turn), and the pane shows the first DETAIL_FILES selected files.
FILL_CHUNK = 500  # rows filled at once (the first chunk before the summary shows)
FILL_SECONDS = 0.05  # beyond FILL_CHUNK, rows are filled FILL_STEP at a time for about this long a turn
FILL_STEP = 100
DETAIL_FILES = 200
STATUS_COLOURS = {
    "imported": "#2f855a", "updated": "#2b6cb0", "unchanged": "#718096", "duplicate": "#b7791f", "failed": "#c53030",
    "skipped": "#718096",
}


class ImportDialog(QDialog):
    """Progress, then the per-file summary (imported / unchanged / updated / failed)."""

    finished_report = Signal(object)  # ImportReport
    replace_wanted = Signal(list)  # the duplicates' paths, to import again in place of the stored issues

    def __init__(self, job: Job, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(tr("import.title"))
        self.setMinimumWidth(640)
        self.job = job
        self.report: ImportReport | None = None
        self.ended = False

        self.headline = plain_text.plain(QLabel(tr("import.preparing")))  # an error may quote a file name
        self.headline.setObjectName("importHeadline")
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.headline.setFont(font)
        self.current = plain_text.plain(QLabel())  # a file name from the folder
        self.current.setObjectName("importCurrent")
        self.current.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setAccessibleName(tr("import.progress"))
        self.table = list_table(
            "importSummary", tr("import.summary"),
            [tr("import.col.file"), tr("import.col.status"), tr("import.col.articles"), tr("import.col.note")],
            selection=QAbstractItemView.SelectionMode.ExtendedSelection,
        )
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._show_detail)
        self.filter = QComboBox()
        self.filter.setObjectName("importFilter")
        self.filter.setAccessibleName(tr("import.filter"))
        for key in FILTERS:
            self.filter.addItem(tr(f"import.filter.{key}"), key)
        self.filter.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.filter_row = QWidget()
        row = QHBoxLayout(self.filter_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(tr("import.filter")))
        row.addWidget(self.filter)
        row.addStretch(1)
        self.detail = QPlainTextEdit()  # plain text: a warning quoting "<b>" shows as written
        self.detail.setObjectName("importDetail")
        self.detail.setAccessibleName(tr("import.detail"))
        self.detail.setReadOnly(True)
        self.detail.setPlaceholderText(tr("import.detail.placeholder"))
        self.detail.setFixedHeight(self.fontMetrics().lineSpacing() * DETAIL_LINES + 12)
        for widget in (self.table, self.filter_row, self.detail):
            widget.hide()
        self.filled = True  # every row of the summary is in the table (False while a long one fills)
        self._filling: tuple[FileResult, ...] = ()
        self._fill_timer = QTimer(self)  # dies with the dialog: a closed summary fills no further
        self._fill_timer.setSingleShot(True)
        self._fill_timer.setInterval(0)
        self._fill_timer.timeout.connect(lambda: None)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self._cancel_or_close)
        self.buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.bar)
        layout.addWidget(self.current)
        layout.addWidget(self.filter_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.buttons)

        job.signals.progress.connect(self._progress)
        job.signals.done.connect(self._done)
        job.signals.failed.connect(self._failed)

    def wait_in_line(self, beside: QWidget | None) -> None:
        """Queued behind another write: say so (its Cancel ends it at once), beside that import's dialog."""
        self.headline.setText(tr("import.waiting"))
        if beside is not None:
            step = self.fontMetrics().height() * 3
            self.move(beside.pos() + QPoint(step, step))

    def _progress(self, done: int, total: int, path: str) -> None:
        if self.ended:  # cancelled while it waited in line: nothing more to show
            return
        if total == 0 and not path:  # begun (or found nothing): the files are being counted
            self.headline.setText(tr("import.preparing"))
            return
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.headline.setText(tr("import.progress.text", done=done, total=total))
        if path:
            self.current.setText(shown.name(Path(path).name))

    def _cancel_or_close(self) -> None:
        if not self.ended and self.job.cancel_unstarted():  # waiting in line: ends now, nothing imported
            self.bar.hide()
            self.headline.setText(tr("import.cancelled_waiting"))
            self._finish_buttons()
            return
        if not self.ended and not self.job.cancelled:
            self.job.cancel()
            self.headline.setText(tr("import.cancelling"))
            self.buttons.setEnabled(False)
            return
        self.reject()

    def _done(self, report: ImportReport) -> None:
        self.show_report(report)
        self.finished_report.emit(report)

    def _failed(self, exc: BaseException) -> None:
        if self.ended:  # cancelled while it waited: its JobCancelled comes when the lane gets to it
            return
        self.bar.hide()
        if isinstance(exc, JobCancelled):  # queued behind another import when the library closed (a switch)
            self.headline.setText(tr("import.cancelled_unstarted"))
        else:
            self.headline.setText(tr("import.error", error=pick(shown.error(exc))))
        self._finish_buttons()

    def show_report(self, report: ImportReport) -> None:
        """Turn the dialog into the summary of `report`."""
        self.report = report
        counts = report.counts
        parts = [tr(f"import.status.{s}") + f" {counts[s]}" for s in counts]
        text = tr("import.done") + "  " + " · ".join(parts)
        if report.cancelled:
            text += "\n" + tr("import.cancelled", n=report.not_done)
        if report.found_nothing:
            text += "\n" + pick(folder_walk.NOTHING_FOUND)
        self.headline.setText(text)
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.bar.hide()
        self.current.hide()
        self._fill(report.files)
        for widget in (self.table, self.filter_row, self.detail):
            widget.show()
        if report.files:  # the first file with something to say, so the pane shows it at once
            self.table.selectRow(next((r for r, f in enumerate(report.files) if f.error or f.warnings), 0))
        self._finish_buttons()
        self.resize(max(self.width(), 760), max(self.height(), 420))

    def _fill(self, files: tuple[FileResult, ...]) -> None:
        """All rows at once, or the first FILL_CHUNK and the rest a few per turn of the event loop."""
        self.filled = False
        self._filling = files
        self.table.setRowCount(len(files))
        self._fill_next(0)

    def _fill_next(self, start: int) -> None:
        files, end = self._filling, start
        until = time.monotonic() + FILL_SECONDS
        with filling(self.table):  # a folder of 10,000 files: the columns fit once a chunk (gui/tables.py)
            while end < len(files) and ((start == 0 and end < FILL_CHUNK) or time.monotonic() < until):
                self._fill_rows(files, end, min(end + FILL_STEP, len(files)))
                end = min(end + FILL_STEP, len(files))
        if self.report is not None and self.filter.currentData() != "all":
            self._apply_filter(start, end)
        if end < len(files):
            self._fill_timer.timeout.disconnect()
            self._fill_timer.timeout.connect(lambda: self._fill_next(end))
            self._fill_timer.start()
        else:
            self.filled = True

    def _fill_rows(self, files: tuple[FileResult, ...], start: int, end: int) -> None:
        for row in range(start, end):
            f = files[row]
            # a file name may hold a newline, an escape or bytes that are not UTF-8: one line, escaped
            cells = (shown.name(Path(f.path).name), tr(f"import.status.{f.status}"),
                     str(f.articles) if f.status != "failed" else "—", note_text(f))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 0:  # a file name is untrusted and tooltips detect rich text
                    item.setToolTip(plain_text.tip(shown.line(str(f.path))))
                if col == 1:
                    item.setForeground(QColor(STATUS_COLOURS.get(f.status, "#718096")))
                if col == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)

    def _apply_filter(self, start: int = 0, end: int | None = None) -> None:
        """Hide the rows the filter leaves out (all / with warnings / failed), of rows start..end."""
        if self.report is None:
            return
        wanted = self.filter.currentData()
        files = self.report.files
        for row in range(start, len(files) if end is None else end):
            f = files[row]
            shown = wanted == "all" or (wanted == "failed" and f.status == "failed") or (
                wanted == "warnings" and (bool(f.warnings) or f.status == "failed"))
            self.table.setRowHidden(row, not shown)
        self._show_detail()

    def visible_files(self) -> list[str]:
        """The file names the table shows now (tests, and the filter's effect)."""
        files = self.report.files if self.report is not None else ()
        return [shown.name(Path(files[r].path).name) for r in range(self.table.rowCount()) if not self.table.isRowHidden(r)]

    def _show_detail(self) -> None:
        """Every warning (or the error) of the selected, visible files, one per line."""
        if self.report is None:
            return
        rows = sorted({r.row() for r in self.table.selectionModel().selectedRows() if not self.table.isRowHidden(r.row())})
        parts = []
        for row in rows[:DETAIL_FILES]:
            f = self.report.files[row]
            lines = [pick_lines(f.error)] if f.error else [pick(w) for w in f.warnings]
            if lines:
                parts.append("\n".join([f"{Path(f.path).name}:", *(f"  · {line}" for line in lines)]))
        if rows and not parts:
            parts = [tr("import.detail.none")]
        elif len(rows) > DETAIL_FILES:
            parts.append(tr("import.detail.more", n=len(rows) - DETAIL_FILES))
        self.detail.setPlainText("\n\n".join(parts))

    def _finish_buttons(self) -> None:
        self.ended = True
        self.buttons.setEnabled(True)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        close.setFocus()
        duplicates = [f.path for f in (self.report.files if self.report else ()) if f.status == "duplicate"]
        if duplicates:  # `import --replace` in the window: the user chooses, as the summary told why
            self.replace = self.buttons.addButton(tr("import.replace", n=len(duplicates)),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
            self.replace.setObjectName("importReplace")
            self.replace.setToolTip(tr("import.replace.tip"))
            self.replace.clicked.connect(lambda: self._replace(duplicates))

    def _replace(self, paths: list[str]) -> None:
        """Ask once, then hand the duplicates back for an import that replaces the stored issues."""
        from zzreader.gui import prompts

        if prompts.confirm_action(self, tr("import.replace.title"), tr("import.replace.confirm", n=len(paths)),
                                  tr("import.replace.action")):
            self.replace_wanted.emit(paths)
            self.accept()


def note_text(f: FileResult) -> str:
    """The Note column: the error, or the first warning and how many there are."""
    if f.error:
        return pick(f.error.split("\n", 1)[0])
    if f.duplicate_of:
        return tr("import.duplicate_of", name=f.duplicate_of)
    if not f.warnings:
        return ""
    first = pick(f.warnings[0])
    if len(f.warnings) == 1:
        return first
    return f"{first}  (" + tr("import.warnings", n=len(f.warnings)) + ")"
