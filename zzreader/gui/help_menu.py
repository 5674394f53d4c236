"""Help → Search syntax (F1) and Help → About: what the window tells about itself."""

from __future__ import annotations

import html
from collections.abc import Callable

import zzreader
from zzreader.core.store import Library
from zzreader.gui import plain_text
from zzreader.gui.qt import BINDING, QWidget, qVersion
from zzreader.i18n import tr


class HelpMenu:
    """Opens the search-syntax window (one, raised again) and the About box."""

    def __init__(self, parent: QWidget, library: Callable[[], Library]) -> None:
        self.parent, self.library = parent, library
        self.search_help: QWidget | None = None

    def show_search_help(self) -> None:
        from zzreader.gui.help_dialog import SearchHelpDialog  # built on first use

        if self.search_help is None:
            self.search_help = SearchHelpDialog(self.parent)
        self.search_help.show()
        self.search_help.raise_()

    def show_about(self) -> None:
        from zzreader.gui.qt import QMessageBox  # made on first use, not at start

        library = self.library()
        s = library.stats()
        QMessageBox.about(
            self.parent,
            tr("about.title"),
            tr("about.text", version=zzreader.__version__, qt=qVersion(), binding=BINDING,
               path=html.escape(plain_text.title_text(str(library.path))), issues=s.issues, articles=s.articles),
        )
