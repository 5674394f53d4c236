"""The annotation browser's dock, in the window from the start, its browser built when first shown.

The dock itself is cheap and has to exist at start: the View and Annotate menus
and the toolbar hold its toggle (Ctrl+Shift+A), and the saved window layout
(gui/window_layout.py, `restoreState`) finds it by its object name. The browser
inside (gui/annotation_browser.py: filters, a table of every highlight) is not
needed until the user opens it, so it is imported and built then: when the
dock is first made visible (the toggle, a restored layout that shows it, or a
caller asking for `browser`). It stays once built.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from zzreader.gui.pane_fit import bottom_neighbour
from zzreader.gui.qt import QDockWidget, Qt
from zzreader.i18n import tr

if TYPE_CHECKING:
    from zzreader.gui.annotation_browser import AnnotationBrowser
    from zzreader.gui.main_window import MainWindow


class AnnotationDock(QDockWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(tr("dock.annotations"), window)
        self.setObjectName("annotationsDock")
        self.host = window
        self.muted: str | None = None  # the theme's grey for orphans, kept until the browser exists
        self._browser: AnnotationBrowser | None = None
        self.visibilityChanged.connect(lambda visible: visible and self.browser)

    @property
    def built(self) -> bool:
        return self._browser is not None

    @property
    def browser(self) -> AnnotationBrowser:
        """The browser, built (and put in the dock) on first use."""
        if self._browser is None:
            from zzreader.gui.annotation_browser import AnnotationBrowser

            w = self.host
            browser = AnnotationBrowser(w.annotator)
            browser.jump_requested.connect(w.jump_to_highlight)
            browser.export_requested.connect(w.io.export_dialog)
            if self.muted is not None:
                browser.set_muted(self.muted)
            self._browser = browser
            self.setWidget(browser)
        return self._browser

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt's name
        if visible:
            self.browser  # noqa: B018 - built before the dock is laid out, so it gets its size
            self._tab_with_bottom_neighbour()
        super().setVisible(visible)
        if visible and self.host.tabifiedDockWidgets(self):
            self.raise_()  # its tab in front: the user asked for it

    def _tab_with_bottom_neighbour(self) -> None:
        """Tabbed with a dock already open below the article, as the discovery views are.

        Side by side with the search dock (moved below the article on a small
        screen) the window grew to 1,256 px (Chinese) and 1,434 px (English) at 800.
        """
        w = self.host
        if self.isVisible() or self.isFloating() or w.dockWidgetArea(self) != Qt.DockWidgetArea.BottomDockWidgetArea:
            return
        neighbour = bottom_neighbour(w, self)
        if neighbour is not None and neighbour not in w.tabifiedDockWidgets(self):
            w.tabifyDockWidget(neighbour, self)

    def set_muted(self, colour: str) -> None:
        self.muted = colour
        if self._browser is not None:
            self._browser.set_muted(colour)
