"""Print the open article with its highlights and notes, and preview the pages.

The printed page is the same HTML as File → Export article → HTML
(zzreader/core/export.py `article_html`): the highlights in their colours and
the notes numbered after the text, laid out by a QTextDocument on the
printer's pages. Qt's own print dialog chooses the printer, pages and copies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from zzreader.gui import plain_text, preferences
from zzreader.gui.annotation_io import PDF_FONTS
from zzreader.gui.pane_fit import resize_on_screen
from zzreader.gui.qt import QDialog, QFont, QPrintDialog, QPrinter, QPrintPreviewDialog, QTextDocument
from zzreader.gui.sealed_document import SealedDocument
from zzreader.i18n import tr

if TYPE_CHECKING:
    from zzreader.gui.main_window import MainWindow

PRINT_POINT_SIZE = 11
PREVIEW_SIZE = (820, 900)  # a readable A4 page; less on a small screen


def printable(window: MainWindow) -> QTextDocument | None:
    """The open article laid out for paper (None when no article is open)."""
    if window.current_id is None:
        window.statusBar().showMessage(tr("export.no_article"), 4000)
        return None
    doc = SealedDocument(window)  # library text: nothing it names is read from the disk
    font = QFont(preferences.first_installed(PDF_FONTS))
    font.setPointSize(PRINT_POINT_SIZE)
    doc.setDefaultFont(font)
    from zzreader.core import export  # with its Markdown, only when printing (gui/annotation_io.py)

    doc.setHtml(export.article_html(window.library, window.current_id))
    return doc


def new_printer(window: MainWindow) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    title = window.library.article(window.current_id).title if window.current_id is not None else ""
    printer.setDocName(plain_text.title_text(title) or tr("app.name"))  # the print queue's job name: one line
    return printer


def print_article(window: MainWindow, dialog_factory=QPrintDialog) -> bool:
    """File → Print (Ctrl+P): Qt's print dialog, then the article; True when printed."""
    doc = printable(window)
    if doc is None:
        return False
    printer = new_printer(window)
    dialog = dialog_factory(printer, window)
    dialog.setWindowTitle(tr("print.title"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    html, font = doc.toHtml(), doc.defaultFont()

    def lay_out_and_print() -> None:  # its own document: the window's belongs to the GUI thread
        pages = SealedDocument()
        pages.setDefaultFont(font)
        pages.setHtml(html)
        pages.print_(printer)

    from zzreader.gui.busy import run_busy

    # Seconds for a long article (18 s for a 100,000-character headline and note): off the GUI thread.
    run_busy(window, tr("print.busy"), lay_out_and_print, tr("print.title"))
    window.statusBar().showMessage(tr("print.sent"), 4000)
    return True


def preview_dialog(window: MainWindow) -> QPrintPreviewDialog | None:
    """File → Print preview: the pages as they will print (the caller shows it)."""
    doc = printable(window)
    if doc is None:
        return None
    printer = new_printer(window)
    dialog = QPrintPreviewDialog(printer, window)
    dialog.kept_printer = printer  # the dialog does not own it: freed with this frame, showing the dialog crashed
    dialog.setWindowTitle(tr("print.preview"))
    dialog.paintRequested.connect(doc.print_)
    dialog.finished.connect(dialog.deleteLater)
    resize_on_screen(dialog, *PREVIEW_SIZE)  # Qt's own 533 x 400 showed the page as a thumbnail
    return dialog


def preview_article(window: MainWindow) -> None:
    dialog = preview_dialog(window)
    if dialog is not None:
        dialog.exec()
