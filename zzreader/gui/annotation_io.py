"""File → Export annotations / Export article (HTML, PDF) / Import annotations.

Exports of annotations (Markdown and CSV from core/export.py, W3C JSON-LD from core/w3c.py)
run in the workers' read lane, so writing ten thousand highlights never
freezes the window; the file is written beside its target and renamed into
place, so a failed export leaves no half file. Importing a W3C file is one
undoable core operation (merge by annotation id, so importing twice changes
nothing) and runs in the write lane.

The article export uses the core's standalone HTML (`export.article_html`:
escaped text, highlight spans, numbered notes rendered safely). The PDF is
that same HTML laid out by QTextDocument and printed with QPdfWriter, so both
files show the same highlights and notes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from zzreader.core import atomic_file, shown
from zzreader.core.choices import ANNOTATION_FORMATS
from zzreader.core.errors import ZZReaderError
from zzreader.core.store import Library
from zzreader.gui import file_dialogs, plain_text, preferences, prompts
from zzreader.gui.qt import (
    QBuffer,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFont,
    QGroupBox,
    QIODevice,
    QLabel,
    QMarginsF,
    QMessageBox,
    QObject,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from zzreader.gui.sealed_document import SealedDocument
from zzreader.i18n import both, pick, tr

if TYPE_CHECKING:
    from zzreader.core import w3c
    from zzreader.gui.main_window import MainWindow

# core/export.py (and Markdown with it) is imported when an export runs, not
# with the window (tests/bench/bench_gui.py).
FORMATS = ANNOTATION_FORMATS
FILTERS = {
    "md": "Markdown (*.md)",
    "csv": "CSV (*.csv)",
    "json": "W3C Web Annotation JSON-LD (*.jsonld *.json)",
}
SUFFIX = {"md": ".md", "csv": ".csv", "json": ".jsonld"}
PDF_FONTS = ("Noto Serif CJK SC", "Source Han Serif SC", "Noto Sans CJK SC", "SimSun")
PDF_MARGIN_MM = 18


def write_pdf(html: str, path: str | Path, title: str = "") -> None:
    """Lay out `html` on A4 pages and print it to a PDF file (never over a library: atomic_file)."""
    atomic_file.refuse_database(path)
    doc = SealedDocument()  # an <img> in the HTML never embeds a file from the disk
    font = QFont(preferences.first_installed(PDF_FONTS))
    font.setPointSize(11)
    doc.setDefaultFont(font)
    doc.setHtml(html)
    # Into memory, then one atomic write: QPdfWriter on a path it cannot open (a missing folder, a
    # read-only one) wrote nothing and said nothing, and the window called the export done.
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(*(PDF_MARGIN_MM,) * 4), QPageLayout.Unit.Millimeter)
    writer.setTitle(plain_text.title_text(title))  # a library string: one line, no format characters
    writer.setCreator("zzreader")
    doc.print_(writer)
    del writer  # ends the file in the buffer
    atomic_file.write_bytes(path, bytes(buffer.data()))


class ExportDialog(QDialog):
    """Choose a format and whether to export everything or the browser's selection."""

    def __init__(self, selected: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(tr("export.title"))
        fmt_box = QGroupBox(tr("export.format"))
        fmt_layout = QVBoxLayout(fmt_box)
        self.formats = QButtonGroup(self)
        for n, fmt in enumerate(FORMATS):
            b = QRadioButton(tr(f"export.format.{fmt}"))
            b.setObjectName(f"exportFormat.{fmt}")
            b.setChecked(n == 0)
            self.formats.addButton(b, n)
            fmt_layout.addWidget(b)
        scope_box = QGroupBox(tr("export.scope"))
        scope_layout = QVBoxLayout(scope_box)
        self.scope_all = QRadioButton(tr("export.scope.all"))
        self.scope_selected = QRadioButton(tr("export.scope.selected", n=selected))
        self.scope_selected.setEnabled(selected > 0)
        (self.scope_selected if selected else self.scope_all).setChecked(True)
        scope_layout.addWidget(self.scope_all)
        scope_layout.addWidget(self.scope_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(fmt_box)
        layout.addWidget(scope_box)
        layout.addWidget(buttons)

    def fmt(self) -> str:
        return FORMATS[max(0, self.formats.checkedId())]

    def only_selected(self) -> bool:
        return self.scope_selected.isChecked()


MAX_REASONS_SHOWN = 20  # of each kind: a hostile file of a million bad items must not fill the screen


class AnnotationIO(QObject):
    """The window's export and import commands; results arrive as signals."""

    exported = Signal(str, int)  # path, highlights written
    imported = Signal(object)  # W3CImportReport
    failed = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.running = 0

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    def _suggest(self, suffix: str, stem: str = "zzreader-annotations") -> str:
        """In the last export folder, else home: never the hidden data folder beside the library."""
        return file_dialogs.suggest("export", f"{stem}{suffix}")

    # -- annotations out ----------------------------------------------------------------
    def export_dialog(self, ids: list[str] | None = None) -> None:
        """File → Export annotations…: format, scope, file; then export in the background."""
        if ids is None:
            ids = self.window.browser.selected_ids() if self.window.browser_dock.isVisible() else []
        dialog = ExportDialog(len(ids), self.window)
        if not dialog.exec():
            return
        fmt = dialog.fmt()
        path = prompts.ask_save_path(self.window, tr("export.title"), self._suggest(SUFFIX[fmt]), FILTERS[fmt])
        if path:
            self.start_export(fmt, path, ids if dialog.only_selected() else None)

    def start_export(self, fmt: str, path: str, ids: list[str] | None = None):
        """Write the file in the read lane; `exported` or `failed` follows."""
        self.running += 1
        self._status(tr("export.running"))

        def work(library: Library, _progress, _cancel) -> int:
            from zzreader.core import export

            return export.save_annotations(library, fmt, path, ids)

        return self.window.workers.read.submit(
            work, "export-annotations",
            done=lambda n: self._exported(path, n),
            failed=lambda exc: self._failed(tr("export.failed", error=pick(shown.error(exc)))),
        )

    def _exported(self, path: str, count: int) -> None:
        self.running -= 1
        self._status(tr("export.done", n=count, path=path))
        self.exported.emit(path, count)

    def _failed(self, message: str) -> None:
        self.running -= 1
        self._status(message)
        self.failed.emit(message)

    # -- one article ----------------------------------------------------------------------
    def article_html(self) -> str | None:
        article_id = self.window.current_id
        if article_id is None:
            self._status(tr("export.no_article"))
            return None
        from zzreader.core import export

        return export.article_html(self.window.library, article_id)

    def export_article(self, kind: str, path: str | None = None) -> str | None:
        """Save the open article with its highlights as 'html' or 'pdf'."""
        html = self.article_html()
        if html is None:
            return None
        title = self.window.library.article(self.window.current_id).title or "article"
        if path is None:
            name = file_dialogs.file_name(title, f".{kind}", "article")  # a title is never a path
            path = prompts.ask_save_path(self.window, tr(f"export.article.{kind}"),
                                         file_dialogs.suggest("export", name), f"{kind.upper()} (*.{kind})")
            if not path:
                return None
        try:
            if kind == "pdf":  # seconds for a long article (18 s for a 100,000-character one): off the GUI thread
                from zzreader.gui.busy import run_busy

                run_busy(self.window, tr("export.pdf.busy"), lambda: write_pdf(html, path, title))
            else:
                atomic_file.write_text(path, html)
        except (OSError, atomic_file.DatabaseTarget) as exc:
            self._status(tr("export.failed", error=pick(shown.error(exc))))
            return None
        self._status(tr("export.article.done", path=path))
        return path

    # -- annotations in -------------------------------------------------------------------
    def import_dialog(self) -> None:
        path = prompts.ask_open_path(self.window, tr("import.annotations.title"),
                                     f"{FILTERS['json']};;*", "annotations")
        if path:
            self.start_import(path)

    def start_import(self, path: str):
        """Merge a W3C JSON file in the write lane (one undoable operation)."""
        self.running += 1
        self._status(tr("import.annotations.running"))

        gate = self.window.workers.gate

        def work(library: Library, _progress, _cancel):
            # Size, type and depth checks before parsing (core/w3c_validate.py).
            from zzreader.core import w3c, w3c_validate

            items = w3c_validate.load_file(path)
            with gate.held(both("import.annotations.edit_waits")):  # one transaction of up to 1,000,000 items
                return w3c.import_w3c(library, items, source=path)

        return self.window.workers.write.submit(
            work, "import-annotations",
            done=self._imported,
            failed=lambda exc: self._failed(
                pick(shown.error(exc)) if isinstance(exc, ZZReaderError)
                else tr("import.annotations.failed", error=pick(shown.error(exc)))
            ),
        )

    def _imported(self, report: w3c.W3CImportReport) -> None:
        self.running -= 1
        self._status(tr("import.annotations.done", summary=import_summary(report)))
        self.window.annotator.notify()
        self._tell_reasons(report)
        self.imported.emit(report)

    def _tell_reasons(self, report: w3c.W3CImportReport) -> None:
        """Each item skipped, renamed or left unplaced, with its reason (the status bar only counts them)."""
        reasons = [
            f"{tr('import.annotations.' + kind)}: {shown.message(pick(reason))}"
            for kind, reasons in (("skipped", report.skipped), ("conflict", report.conflicts),
                                  ("unplaced", report.unplaced))
            for reason in reasons[:MAX_REASONS_SHOWN]
        ]  # fmt: skip
        if not reasons:
            return
        self.reasons_box = plain_text.plain(QMessageBox(
            QMessageBox.Icon.Information, tr("import.annotations.title"),
            tr("import.annotations.reasons", n=len(report.skipped) + len(report.conflicts) + len(report.unplaced)),
            QMessageBox.StandardButton.Ok, self.window,
        ))  # fmt: skip
        self.reasons_box.setInformativeText("\n".join(reasons))
        for label in self.reasons_box.findChildren(QLabel):  # the informative text too: ids from the file
            plain_text.plain(label)
        self.reasons_box.open()  # not modal to the work: the window stays usable


def import_summary(report: w3c.W3CImportReport) -> str:
    """The import's counts in the window's language (the core's summary is both at once)."""
    text = tr("import.annotations.summary", added=report.added, updated=report.updated, unchanged=report.unchanged,
              orphaned=report.orphaned, tags=report.article_tags, skipped=len(report.skipped))
    return text + (tr("import.annotations.conflicts", n=len(report.conflicts)) if report.conflicts else "")
