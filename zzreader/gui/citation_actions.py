"""Citing from the window: Copy with citation, the selection's context menu, and
a collection saved as a citation file a reference manager imports.

The citations themselves are written by zzreader/core/citations.py; this
module only picks what to cite (the open article, the selected words, a
collection) and where it goes (the clipboard, the search dock, a file).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from zzreader.core import shown
from zzreader.core.store import NotFoundError
from zzreader.gui import file_dialogs, plain_text, prompts
from zzreader.gui.qt import QAction, QGuiApplication, QKeySequence, QMenu, QObject
from zzreader.i18n import pick, tr

if TYPE_CHECKING:
    from zzreader.core import citations
    from zzreader.gui.main_window import MainWindow

CITATION_FILTERS = "RIS (*.ris);;CSL-JSON (*.json);;BibTeX (*.bib);;GB/T 7714 (*.txt)"
MENU_QUOTE_CHARS = 12  # the selection as the menu names it: "在书库中检索“湘江毅行报名…”"
QUERY_CHARS = 60  # a search for a selection uses at most this many characters


def selection_query(text: str) -> str:
    """A search query for selected words: one line, quoted when it holds spaces."""
    words = " ".join(text.replace('"', " ").split())[:QUERY_CHARS]
    return f'"{words}"' if " " in words else words


class CitationActions(QObject):
    """The window's citing commands (one instance per window)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.act_copy_cited = QAction(tr("cite.copy"), window)
        self.act_copy_cited.setObjectName("cite.copy")
        self.act_copy_cited.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.act_copy_cited.setToolTip(tr("cite.copy.tip"))
        self.act_copy_cited.triggered.connect(self.copy_with_citation)
        window.addAction(self.act_copy_cited)

    # -- what is selected ---------------------------------------------------------------
    def selected_text(self) -> str:
        """The page's selection as plain text (paragraph breaks as newlines)."""
        text = self.window.view.page.textCursor().selectedText()
        return text.replace("\u2029", "\n").replace("\u2028", "\n").strip()

    def current_citation(self) -> citations.Citation | None:
        from zzreader.core import citations  # bibtexparser and rispy: not before the window shows

        if self.window.current_id is None:
            return None
        try:
            return citations.citation(self.window.library, self.window.current_id)
        except NotFoundError:
            return None

    # -- commands ------------------------------------------------------------------------
    def copy_with_citation(self) -> str:
        """Selection (if any) + the article's GB/T 7714 reference, to the clipboard; returns it."""
        cited = self.current_citation()
        if cited is None:
            return ""
        selected = self.selected_text()
        from zzreader.core import citations

        text = citations.with_citation(selected, cited) if selected else citations.gbt7714(cited)
        QGuiApplication.clipboard().setText(text)
        self.window.statusBar().showMessage(tr("cite.copied"), 4000)
        return text

    def search_selection(self) -> None:
        query = selection_query(self.selected_text())
        if query:
            self.window.search_dock.show()
            self.window.search.search_for(query)

    def extend_page_menu(self, menu: QMenu, _position: int) -> None:
        """Search / cite the selection; drop Qt's "Copy link address" (the page has no web links)."""
        for act in menu.actions():
            if act.objectName() == "link-copy":
                menu.removeAction(act)
        selected = self.selected_text()
        if not selected:
            return
        first = menu.actions()[0] if menu.actions() else None
        short = " ".join(selected.split())
        short = short if len(short) <= MENU_QUOTE_CHARS else short[:MENU_QUOTE_CHARS] + "…"
        search = QAction(tr("cite.search_selection", quote=plain_text.menu_text(short)), menu)
        search.setObjectName("cite.search_selection")
        search.triggered.connect(self.search_selection)
        for act in (search, self.act_copy_cited):
            menu.insertAction(first, act) if first else menu.addAction(act)
        menu.insertSeparator(first) if first else menu.addSeparator()

    def export_collection(self, collection_id: int) -> str | None:
        """Save a collection's articles as RIS / CSL-JSON / BibTeX / GB/T 7714 (by extension)."""
        info = self.window.library.collections.get(collection_id)
        path = prompts.ask_save_path(self.window, tr("cite.export.title", name=plain_text.title_text(info.name)),
                                     file_dialogs.file_name(info.name, ".ris", "citations"),  # never a path
                                     CITATION_FILTERS, "citations")
        if not path:
            return None
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(".ris")
        ids = self.window.library.collections.article_ids(collection_id)
        from zzreader.core import atomic_file, citations

        text = citations.render(citations.citations(self.window.library, ids),
                                citations.format_for_suffix(target.suffix))
        try:
            atomic_file.write_text(target, text)
        except atomic_file.DatabaseTarget as exc:  # the library itself, chosen in the save dialog
            prompts.warn(self.window, tr("cite.export.failed"), pick(shown.error(exc)))
            return None
        except OSError as exc:
            prompts.warn(self.window, tr("cite.export.failed"), pick(shown.error(exc)))  # one line, the name escaped
            return None
        self.window.statusBar().showMessage(tr("cite.export.done", n=len(ids), path=shown.name(target)), 8000)
        return str(target)
