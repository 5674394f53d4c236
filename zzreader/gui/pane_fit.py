"""Small screens: the article pane keeps a readable width, and the rest gives way.

A page narrower than MIN_CHARS characters at the reading font is no longer
readable (Chinese set one or two characters a line). Whenever the window,
the reading font or a dock changes, `PaneFitter.fit` makes room, in this
order, stopping as soon as the page is wide enough:

1. an empty search dock (nothing searched yet) is closed: it opens by itself
   when a search starts;
2. the archive tree narrows to its minimum;
3. a search dock on the right moves below the article (tabbed with the
   annotation browser when that is open), where it takes height, not width;
4. the archive tree is folded away (View → Focus tree, Ctrl+1, brings it back).

When the window grows again, the tree comes back and the search dock returns
to the right, if the page stays readable. The first start sizes the window
to the screen it opens on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from zzreader.gui.article_page import MIN_SIDE_MARGIN
from zzreader.gui.qt import (
    QDockWidget,
    QEvent,
    QFontMetrics,
    QMainWindow,
    QObject,
    Qt,
    QTimer,
    QWidget,
)

if TYPE_CHECKING:
    from zzreader.gui.main_window import MainWindow

MIN_CHARS = 30  # the narrowest readable page, in characters of the reading font
LEFT_MIN = 170  # the archive tree's narrowest useful width
FIRST_SIZE = (1400, 880)  # the first window on a large screen
SCREEN_SHARE = 0.94  # of the available screen, on a small one
BOTTOM_SHARE = 0.42  # of the window's height, for a search dock moved below the article

RIGHT = Qt.DockWidgetArea.RightDockWidgetArea
BOTTOM = Qt.DockWidgetArea.BottomDockWidgetArea


class PaneFitter(QObject):
    """Keeps `window.view` at least MIN_CHARS characters wide."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.moved_search = False  # we moved the search dock below: move it back when there is room
        self.folded_tree = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        window.installEventFilter(self)
        window.search.searching.connect(self._search_started)
        for dock in (window.search_dock, window.browser_dock):
            dock.visibilityChanged.connect(lambda _v: self._timer.start())
            dock.dockLocationChanged.connect(lambda _a: self._timer.start())
        # Below the article the search panel is wide and short: its filters go on one row.
        window.search_dock.dockLocationChanged.connect(lambda area: window.search.set_wide(area == BOTTOM))

    # -- measures ---------------------------------------------------------------------
    def char_px(self) -> int:
        return QFontMetrics(self.window.view.page.document().defaultFont()).horizontalAdvance("中")

    def needed_px(self) -> int:
        """The article pane's width for MIN_CHARS characters, margins and scroll bar included."""
        page = self.window.view.page
        chrome = page.width() - page.viewport().width() + (self.window.view.width() - page.width())
        scroll = max(chrome, page.verticalScrollBar().sizeHint().width())
        return self.char_px() * MIN_CHARS + 2 * MIN_SIDE_MARGIN + scroll

    def chars_per_line(self) -> float:
        """What the page shows now (tests, screenshots)."""
        return (self.window.view.page.viewport().width() - 2 * MIN_SIDE_MARGIN) / max(1, self.char_px())

    def _short(self) -> int:
        """How many pixels the article pane lacks (<= 0: none)."""
        return self.needed_px() - self.window.view.width()

    # -- events -----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self.window and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._timer.start()
        return False

    def _search_started(self, running: bool) -> None:
        """The search dock opens when a search starts (it may have been closed to make room)."""
        dock = self.window.search_dock
        if running and not dock.isVisible():
            dock.show()
            self._timer.start()

    def font_changed(self) -> None:
        self._timer.start()

    # -- the work ---------------------------------------------------------------------
    def fit(self) -> None:
        w = self.window
        if not w.isVisible():
            return
        self._give_back()
        if self._short() <= 0:
            return
        search = w.search_dock
        if search.isVisible() and not search.isFloating() and not self._search_used():
            search.hide()
            self._settle()
        left = w.splitter.widget(0)
        if self._short() > 0 and left.isVisible():
            total = sum(w.splitter.sizes())
            w.splitter.setSizes([LEFT_MIN, max(0, total - LEFT_MIN)])
            self._settle()
        on_right = search.isVisible() and not search.isFloating() and w.dockWidgetArea(search) == RIGHT
        if self._short() > 0 and on_right and search.width() > search.minimumSizeHint().width():
            w.resizeDocks([search], [search.minimumSizeHint().width()], Qt.Orientation.Horizontal)
            self._settle()
        if self._short() > 0 and on_right:
            neighbour = bottom_neighbour(w, search)
            w.addDockWidget(BOTTOM, search)
            if neighbour is not None:
                w.tabifyDockWidget(neighbour, search)
            search.show()
            search.raise_()
            w.resizeDocks([search], [int(w.height() * BOTTOM_SHARE)], Qt.Orientation.Vertical)
            self.moved_search = True
            self._settle()
        if self._short() > 0 and left.isVisible():
            left.hide()
            self.folded_tree = True
            self._settle()

    def _give_back(self) -> None:
        """Undo the folds when the window has room again."""
        w = self.window
        left = w.splitter.widget(0)
        if self.folded_tree and w.view.width() - self.needed_px() >= LEFT_MIN + w.splitter.handleWidth():
            left.show()
            total = sum(w.splitter.sizes())
            w.splitter.setSizes([LEFT_MIN, max(0, total - LEFT_MIN)])
            self.folded_tree = False
            self._settle()
        search = w.search_dock
        if self.moved_search and search.isVisible():
            width = max(search.sizeHint().width(), search.minimumSizeHint().width())
            if w.view.width() - self.needed_px() >= width + 8:
                w.addDockWidget(RIGHT, search)
                w.resizeDocks([search], [width], Qt.Orientation.Horizontal)
                self.moved_search = False
                self._settle()

    def show_tree(self) -> None:
        """Ctrl+1 on a folded tree: bring it back (the fit may fold the search dock instead)."""
        left = self.window.splitter.widget(0)
        if not left.isVisible():
            left.show()
            self.folded_tree = False

    def _search_used(self) -> bool:
        panel = self.window.search
        return bool(panel.query.text().strip() or panel.model.rowCount() or panel.busy)

    def _settle(self) -> None:
        """Let the layouts apply a change before measuring again."""
        layout = self.window.layout()
        if layout is not None:
            layout.activate()
        self.window.splitter.refresh()


def bottom_neighbour(window: QMainWindow, dock: QDockWidget) -> QDockWidget | None:
    """A dock already open below the article, to tab `dock` with.

    Two docks side by side below the article add up their narrowest widths:
    the search dock and a discovery view made an 800-pixel window 1,500 wide.
    """
    for other in window.findChildren(QDockWidget):
        if (other is not dock and other.isVisible() and not other.isFloating()
                and window.dockWidgetArea(other) == BOTTOM):
            return other
    return None


def resize_on_screen(widget: QWidget, width: int, height: int) -> None:
    """`widget` at `width` x `height`, or less on a screen too small for that.

    A dialog sized for its contents (every column of a table, two texts side
    by side) must still fit an 800 x 600 laptop: its tables scroll instead.
    """
    screen = widget.screen()
    if screen is not None:
        avail = screen.availableGeometry()
        width = min(width, max(widget.minimumWidth(), int(avail.width() * SCREEN_SHARE)))
        height = min(height, max(widget.minimumHeight(), int(avail.height() * SCREEN_SHARE)))
    widget.resize(width, height)


def fit_first_window(window: MainWindow) -> None:
    """The first start: FIRST_SIZE on a large screen, most of the screen on a small one."""
    screen = window.screen()
    if screen is None:
        window.resize(*FIRST_SIZE)
        return
    avail = screen.availableGeometry()
    width = min(FIRST_SIZE[0], int(avail.width() * SCREEN_SHARE))
    height = min(FIRST_SIZE[1], int(avail.height() * SCREEN_SHARE))
    window.resize(width, height)
    window.move(avail.left() + (avail.width() - width) // 2, avail.top() + (avail.height() - height) // 2)
