"""Help → Search syntax: the query language, as the README states it, in the app."""

from __future__ import annotations

from zzreader.gui.qt import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget
from zzreader.i18n import tr


class SearchHelpDialog(QDialog):
    """A non-modal window a reporter can keep open beside the search panel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchHelp")
        self.setWindowTitle(tr("help.search.title"))
        self.setAccessibleName(tr("help.search.title"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)  # static text: nothing to follow or fetch
        self.browser.setHtml(tr("help.search.html"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(640, 560)
