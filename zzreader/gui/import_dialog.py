"""The import dialog: progress with Cancel while the write lane works, then a summary.

The dialog only observes a job (`workers.Job`); the window starts the
import, so drag-and-drop, the File menu and tests share one path. Cancel
asks the importer to stop between files; what was imported stays imported
(one transaction per issue) and the summary says how many files were left.
"""

from __future__ import annotations

from pathlib import Path

from zzreader.core.importer import FileResult, ImportReport
from zzreader.gui import plain_text
from zzreader.gui.qt import (
    QAbstractItemView,
    QColor,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    Qt,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from zzreader.gui.workers import Job
from zzreader.gui.tables import list_table
from zzreader.i18n import tr

STATUS_COLOURS = {"imported": "#2f855a", "updated": "#2b6cb0", "unchanged": "#718096", "failed": "#c53030"}


class ImportDialog(QDialog):
    """Progress, then the per-file summary (imported / unchanged / updated / failed)."""

    finished_report = Signal(object)  # ImportReport

    def __init__(self, job: Job, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(tr("import.title"))
        self.setMinimumWidth(640)
        self.job = job
        self.report: ImportReport | None = None
        self.ended = False

        self.headline = QLabel(tr("import.preparing"))
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
        self.table.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self._cancel_or_close)
        self.buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.bar)
        layout.addWidget(self.current)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)

        job.signals.progress.connect(self._progress)
        job.signals.done.connect(self._done)
        job.signals.failed.connect(self._failed)

    def _progress(self, done: int, total: int, path: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.headline.setText(tr("import.progress.text", done=done, total=total))
        if path:
            self.current.setText(Path(path).name)

    def _cancel_or_close(self) -> None:
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
        self.bar.hide()
        self.headline.setText(tr("import.error", error=str(exc)))
        self._finish_buttons()

    def show_report(self, report: ImportReport) -> None:
        """Turn the dialog into the summary of `report`."""
        self.report = report
        counts = report.counts
        parts = [tr(f"import.status.{s}") + f" {counts[s]}" for s in counts]
        text = tr("import.done") + "  " + " · ".join(parts)
        if report.cancelled:
            text += "\n" + tr("import.cancelled", n=report.not_done)
        self.headline.setText(text)
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.bar.hide()
        self.current.hide()
        self._fill(report.files)
        self.table.show()
        self._finish_buttons()
        self.resize(max(self.width(), 760), max(self.height(), 420))

    def _fill(self, files: tuple[FileResult, ...]) -> None:
        self.table.setRowCount(len(files))
        for row, f in enumerate(files):
            note = f.error or (tr("import.warnings", n=len(f.warnings)) if f.warnings else "")
            tip = f.error or "\n".join(f.warnings)
            cells = (Path(f.path).name, tr(f"import.status.{f.status}"),
                     str(f.articles) if f.status != "failed" else "—", note)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(plain_text.tip(f.path if col == 0 else (tip or text)))
                if col == 1:
                    item.setForeground(QColor(STATUS_COLOURS.get(f.status, "#718096")))
                if col == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)

    def _finish_buttons(self) -> None:
        self.ended = True
        self.buttons.setEnabled(True)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        close.setFocus()
