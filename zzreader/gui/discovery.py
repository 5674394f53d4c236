"""The four discovery views (trends, calendar, people/places/orgs, reprints)
as docks of the main window, made on first use, toggled from the View menu.

`DiscoveryHost` is all a view may ask of the window: its GUI-thread library
for short reads, its worker lanes for long work (gui/workers.py), opening an
article and running a search. The window creates one `DiscoveryViews` and
hands it its View menu; nothing else in main_window.py knows the views.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from zzreader.i18n import tr
from zzreader.gui.pane_fit import bottom_neighbour
from zzreader.gui.qt import QAbstractButton, QAction, QDockWidget, QMainWindow, QMenu, QProgressBar, Qt, QWidget
from zzreader.gui.workers import Job

if TYPE_CHECKING:
    from zzreader.core.changes import Changes


class DiscoveryHost:
    """The window as the views see it (attributes are read at call time: the
    window swaps its library and lanes when the user switches libraries)."""

    def __init__(self, window: Any) -> None:
        self.window = window

    @property
    def library(self) -> Any:
        return self.window.library

    def run(self, fn: Callable, done: Callable, failed: Callable, bar: QProgressBar | None = None,
            write: bool = False, name: str = "discovery") -> Job:
        """Run `fn(library, progress, cancel)` in the read (or write) lane, showing progress on `bar`."""
        workers = self.window.workers
        lane = workers.write if write else workers.read
        job = lane.prepare(fn, name, owner=bar)  # a view deleted before its answer hears nothing

        def current() -> bool:  # an answer about the library the window left is not shown
            return self.window.workers is workers

        job.signals.done.connect(lambda result: current() and done(result))
        job.signals.failed.connect(lambda exc: current() and failed(exc))
        if bar is not None:
            bar.setRange(0, 0)
            bar.show()
            job.signals.progress.connect(lambda d, t, _s: (bar.setRange(0, max(t, 1)), bar.setValue(d)))
            job.signals.finished.connect(bar.hide)
        return lane.start(job)

    def write(self, fn: Callable[[Any], Any]) -> Any:
        """A view's small write (a merge in the people index): in the edits lane, as the window's
        edits are, never on the GUI thread, which froze for up to 30 s while another write held
        the library (core/immediate_writes.py) and then failed; its error is raised here."""
        result = self.window.workers.edits.call(fn, "discovery-edit")
        self.window.edits.own_write()  # the window's own commit, not another program's
        return result

    def open_article(self, article_id: int, query: str = "") -> None:
        self.window.open_from_ui(article_id, query)

    def search(self, query: str) -> None:
        self.window.search_dock.show()
        self.window.search.search_for(query)


def progress_bar(parent: QWidget | None = None) -> QProgressBar:
    bar = QProgressBar(parent)
    bar.setMaximumHeight(12)
    bar.setTextVisible(False)
    bar.hide()
    return bar


def name_dock_buttons(dock: QDockWidget) -> None:
    """Tooltips for a dock's two title-bar icons, which Qt leaves without a word."""
    for name, key in (("qt_dockwidget_closebutton", "dock.close.tip"), ("qt_dockwidget_floatbutton", "dock.float.tip")):
        button = dock.findChild(QAbstractButton, name)
        if button is not None:
            button.setToolTip(tr(key))
            button.setAccessibleName(tr(key))


def _factories() -> dict[str, Callable[[DiscoveryHost], QWidget]]:
    # Imported on first use: pyqtgraph costs start-up time the window need not pay.
    from zzreader.gui.calendar_view import CalendarView
    from zzreader.gui.entities_view import EntitiesView
    from zzreader.gui.reprints_view import ReprintsView
    from zzreader.gui.trends_view import TrendsView

    return {"trends": TrendsView, "calendar": CalendarView, "entities": EntitiesView, "reprints": ReprintsView}


VIEWS = ("trends", "calendar", "entities", "reprints")


class DiscoveryViews:
    """Adds 发现 / Discover to the View menu; each action shows (and first builds) its dock."""

    def __init__(self, window: QMainWindow, menu: QMenu) -> None:
        self.window = window
        self.host = DiscoveryHost(window)
        self.docks: dict[str, QDockWidget] = {}
        self.actions: dict[str, QAction] = {}
        sub = menu.addMenu(tr("discover.menu"))
        sub.setObjectName("menu.discover")
        for key in VIEWS:
            act = QAction(tr(f"discover.{key}"), window)
            act.setObjectName(f"action.discover.{key}")
            act.triggered.connect(lambda _checked=False, k=key: self.show(k))
            sub.addAction(act)
            self.actions[key] = act
        # The window's own writes (an import: the importer already indexed the new
        # articles, core/discovery/refresh.py; a correction, split or merge): the views
        # on screen show them at once. The calendar listed a merged article for its day.
        notices = getattr(window, "notices", None)  # gui/change_notices.py
        if notices is not None:
            notices.changed.connect(self.follow)
        # Another library (a switch, a restore): the views showed the one left, and a click
        # opened its article ids in the new one.
        switched = getattr(window, "library_changed", None)
        if switched is not None:
            switched.connect(lambda _path: self.refresh_visible())

    def follow(self, changes: Changes) -> None:
        """A write of the window that moved articles or their text: the views on screen follow.

        Another process's changes come through gui/external_changes.py's `elsewhere`;
        highlights, tags and collections change nothing these views show."""
        if not changes.external and (changes.everything or changes.text or changes.issues):
            self.refresh_visible()

    def refresh_visible(self) -> None:
        for dock in self.docks.values():
            if dock.isVisible():
                dock.widget().refresh()

    def show(self, key: str) -> QDockWidget:
        dock = self.docks.get(key)
        if dock is None:
            view = _factories()[key](self.host)
            dock = QDockWidget(tr(f"discover.{key}"), self.window)
            dock.setObjectName(f"dock.discover.{key}")
            dock.setWidget(view)
            name_dock_buttons(dock)
            neighbour = bottom_neighbour(self.window, dock) or next(iter(self.docks.values()), None)
            self.window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
            if neighbour is not None:  # tabbed, not side by side: the window stays as narrow as the screen
                self.window.tabifyDockWidget(neighbour, dock)
            self.docks[key] = dock
            # At most half the window: at 800x600 the trend view left the page one line.
            half = self.window.height() // 2
            self.window.resizeDocks([dock], [min(dock.sizeHint().height(), half)], Qt.Orientation.Vertical)
        dock.show()
        dock.raise_()
        dock.widget().refresh()
        return dock

    def view(self, key: str) -> Any:
        return self.show(key).widget()
