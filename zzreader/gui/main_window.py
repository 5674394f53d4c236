"""The reader window: archive tree | article page, search dock, menus and status bar.

All data comes through the `Library` facade: the window's own connection on
the GUI thread for the short indexed reads (tree level, one article), and the
workers' lanes for imports, searches and title filters (see workers.py).

Annotations (issue 6) hang off the same window: the Annotator (annotator.py)
runs every annotation command through the core's journalled operations, the
collections sit under the tree, the annotation bar above the page, the
browser in a bottom dock, and exports / imports in annotation_io.py.

Backups (core/backup.py): the daily one is queued in the write lane whenever
a library is shown (for the one the window opens with, once the window is
drawn: gui/first_paint.py), so it runs before any import the user starts and
never delays the window; the closing one is made on the GUI thread after the lanes
have stopped, so it holds everything they wrote. File → Back up now runs in
the write lane too; File → Restore a backup… closes the lanes and the library,
restores, and shows the library again as a switch does.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from zzreader import i18n
from zzreader.core import shown
from zzreader.core.errors import ZZReaderError
from zzreader.core.store import Library, NotFoundError
from zzreader.gui import (
    fault_line,
    file_dialogs,
    icons,
    plain_text,
    preferences,
    prompts,
    settings_file,
    themes,
    window_bars,
    window_panes,
)
from zzreader.gui.annotation_dock import AnnotationDock
from zzreader.gui.annotator import Annotator
from zzreader.gui.appearance import Appearance
from zzreader.gui.article_html import ArticleMeta
from zzreader.gui.article_menus import ArticleMenus
from zzreader.gui.article_view import ArticleView
from zzreader.gui.backup_controller import BackupController
from zzreader.gui.change_follower import ChangeFollower
from zzreader.gui.change_notices import ChangeNotices
from zzreader.gui.citation_actions import CitationActions
from zzreader.gui.collections_panel import CollectionsPanel
from zzreader.gui.corrections_controller import CorrectionsController
from zzreader.gui.edits import Edits
from zzreader.gui.external_changes import ExternalChanges
from zzreader.gui.first_paint import after_first_paint, warm_up_search
from zzreader.gui.help_menu import HelpMenu
from zzreader.gui.import_controller import ImportController
from zzreader.gui.library_upgrade import open_upgrading
from zzreader.gui.navigation_history import NavigationHistory
from zzreader.gui.page_links import PageLinks
from zzreader.gui.pane_fit import PaneFitter, fit_first_window
from zzreader.gui.planted_notices import PlantedNotices
from zzreader.gui.qt import (
    QDropEvent,
    QMainWindow,
    QMenu,
    QSettings,
    Qt,
    Signal,
)
from zzreader.gui.recent_libraries import RecentLibraries
from zzreader.gui.search_panel import SearchPanel
from zzreader.gui.session_memory import SessionMemory
from zzreader.gui.status_line import StatusLine
from zzreader.gui.title_filter import TitleFilter
from zzreader.gui.tree_model import ID_ROLE, ArchiveModel
from zzreader.gui.tree_selection import TreeSelection
from zzreader.gui.window_layout import K_SHOW_SOURCE, WindowLayout
from zzreader.gui.workers import Workers
from zzreader.i18n import tr

if TYPE_CHECKING:  # the importer loads with the first import (gui/import_controller.py)
    from zzreader.core.highlights import Highlight
    from zzreader.core.importer import ImportReport
    from zzreader.gui.annotation_browser import AnnotationBrowser
    from zzreader.gui.annotation_io import AnnotationIO
    from zzreader.gui.result_export import ResultExport
    from zzreader.gui.tag_manager import TagManager  # loads when first opened

# QSettings keys (reading prefs live under reading/, see preferences.py)


class MainWindow(QMainWindow):
    """The main window on one library file; `switch_library` moves it to another."""

    article_opened = Signal(int)
    language_changed = Signal()
    library_changed = Signal(str)
    import_finished = Signal(object)  # ImportReport

    def __init__(self, library_path: str | Path | Library, settings: QSettings) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings
        file_dialogs.attach(settings)
        self.prefs = preferences.load(settings)
        self.appearance = Appearance(self)  # gui/appearance.py: theme, font size, language
        self.appearance.paint_application()
        self.ui_family = preferences.first_installed(preferences.UI_FONTS)
        self.library: Library = (  # one the start has opened already, else opened here (gui/library_upgrade.py)
            library_path if isinstance(library_path, Library) else open_upgrading(library_path)
        )
        self.closed = False  # shutdown() ran: the library is closed
        self.workers = Workers(self.library.path, planted=self.tell_planted, waiting=self.tell_waiting)
        after_first_paint(self, self._warm_up)  # gui/first_paint.py: not before the window is drawn
        self.current_id: int | None = None
        self.current_query = ""
        self.recent = RecentLibraries(  # gui/recent_libraries.py
            settings, self, lambda: self.library.path if self.library else None, self.switch_library
        )
        self.help = HelpMenu(self, lambda: self.library)  # gui/help_menu.py
        self.imports = ImportController(lambda: self.workers, self)  # gui/import_controller.py
        self.imports.finished.connect(self._import_done)
        self.tag_manager: TagManager | None = None
        self.memory = SessionMemory(  # gui/session_memory.py: written once the window is drawn
            settings, self.recent, lambda: self.library.path, lambda: self.current_id, lambda: self.closed
        )

        icons.set_ink(themes.theme(self.prefs.theme).text)
        self.setWindowIcon(icons.app_icon())
        self.setAcceptDrops(True)
        self.status_line = StatusLine.on_window(  # gui/status_line.py: its bar ends long texts in '…'
            self, lambda: self.library, lambda: self.tree_selection.place_text(), lambda: self.view.mark_summary()
        )
        self._build_panes()
        window_bars.build_actions(self)
        self.backups = BackupController(self, self, self.act_backup_now)  # gui/backup_controller.py
        self.citing = CitationActions(self)  # Copy with citation, selection menu, collection citations
        self.view.page.menu_requested.connect(self.citing.extend_page_menu)
        self.corrections = CorrectionsController(  # gui/corrections_controller.py
            self, lambda: self.library, lambda: self.current_id, self.view.cursor_offset, self.view.offset_at,
            lambda: self.prefs.user_name or preferences.default_user(), lambda text: self.statusBar().showMessage(text, 8000),
            self.edits.run,
        )
        self.corrections.changed.connect(self._corrected)
        self.view.page.menu_requested.connect(self.corrections.extend_page_menu)
        self.collections.export_citations.connect(self.citing.export_collection)
        self.history = NavigationHistory(self)  # Back / Forward through the articles opened
        window_bars.build_menus(self)
        window_bars.build_toolbar(self)
        self.appearance.apply(self.prefs, initial=True)
        self.layout_memory.restore()
        if self.layout_memory.first_start():
            fit_first_window(self)  # the first start fits the screen it opens on
        self.fitter = PaneFitter(self)  # the article keeps >= 30 characters: docks, then the tree give way
        self._library_shown()
        after_first_paint(self, self._first_drawn)
        self.external = ExternalChanges(self)  # other processes' writes (gui/external_changes.py)
        self.external.elsewhere.connect(self.discovery.refresh_visible)

    # -- construction -------------------------------------------------------------
    def _build_panes(self) -> None:
        self.notices = ChangeNotices(self)  # one signal for every change (gui/change_notices.py)
        self.planted = PlantedNotices(self)  # another program's triggers, removed (gui/planted_notices.py)
        self.edits = Edits(  # every write of the window (gui/edits.py)
            self, lambda: self.workers.edits, self.notices, lambda text: self.statusBar().showMessage(text, 6000),
            lambda: self.external is not None and self.external.own_write(),
        )
        self.follower = ChangeFollower(  # the tree and the open article follow it (gui/change_follower.py)
            self, lambda: self.current_id, self._reopen, self.refresh_tree, self.status_line.update_counts, self._redraw_marks,
            lambda exc: self.show_status(fault_line.one_line(exc), 10_000),
        )
        self.notices.changed.connect(self.follower.follow)
        self.annotator = Annotator(  # gui/annotator.py
            self, lambda: self.library, lambda: self.view, lambda: self.current_id, self.open_from_ui,
            self.edits, self.notices,
        )
        self.external: ExternalChanges | None = None  # started once the views exist

        self.model = ArchiveModel(self.library, self.ui_family, self)
        self.model.load_failed.connect(lambda exc: self.show_status(fault_line.one_line(exc), 10_000))
        self.tree = window_panes.archive_tree(self.model)  # gui/window_panes.py: the widgets
        self.tree_delegate = self.tree.itemDelegate()  # its muted colour follows the theme (gui/appearance.py)
        self.tree_selection = TreeSelection(  # gui/tree_selection.py: the tree follows the open article
            self.tree, self.model, lambda: self.current_id, self.open_from_ui, self.status_line.update_where
        )
        self.menus = ArticleMenus(  # gui/article_menus.py: right-click on an article row
            self, self.open_from_ui, self.annotator,
            lambda: self.search.request.query if self.search.request else "",
        )
        self.menus.attach(self.tree, self.menus.tree_menu_for)

        self.titles = TitleFilter(  # gui/title_filter.py: the field, its matches, the stack
            self.tree, lambda: self.workers, lambda: self.library, self.open_from_ui, self.ui_family, self,
        )
        self.titles.counted.connect(self.status_line.show_where)
        self.titles.cleared.connect(self.status_line.update_where)
        self.filter, self.left_stack = self.titles.field, self.titles.stack
        self.collections = CollectionsPanel(self.annotator)
        self.collections.open_article.connect(self.open_from_ui)
        left, self.left_split = window_panes.left_pane(self.filter, self.left_stack, self.collections)

        self.view = ArticleView(self.prefs)
        self.page_links = PageLinks(self.open_article, lambda i: self.library.has_article(i), self._search_for)
        self.view.link_activated.connect(self.page_links.follow)
        self.view.zoom_requested.connect(self.appearance.zoom)
        self.view.marks_changed.connect(self.status_line.update_where)
        self.view.page.mark_key.connect(self.annotator.on_mark_key)
        self.view.page.menu_requested.connect(self.annotator.extend_page_menu)
        self.view.highlight_clicked.connect(lambda ids, where: self.annotator.edit_highlight(ids[0], where))
        window_bars.build_annotation_bar(self)

        self.splitter = window_panes.main_splitter(left, self.view)
        self.setCentralWidget(self.splitter)

        self.search = SearchPanel(self.workers, themes.theme(self.prefs.theme), settings=self.settings)
        self.search.open_hit.connect(self.open_from_ui)
        self.menus.attach(self.search.results, self.menus.results_menu_for)
        self.search_dock = window_panes.search_dock(self, self.search)
        self.notices.changed.connect(self.search.follow)  # the results follow every write

        self.browser_dock = AnnotationDock(self)  # its browser is built when first shown
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.browser_dock)
        self.browser_dock.hide()
        self.resize(1400, 880)
        self.layout_memory = WindowLayout(self.settings, self, self.splitter, self.left_split, self.search_dock)
        self.layout_memory.proportion()

    @functools.cached_property
    def io(self) -> AnnotationIO:
        from zzreader.gui.annotation_io import (
            AnnotationIO,  # exports and imports, made on first use
        )

        return AnnotationIO(self)

    @functools.cached_property
    def results_io(self) -> ResultExport:
        from zzreader.gui.result_export import (
            ResultExport,  # Search → Export results…, made on first use
        )

        return ResultExport(self, lambda: self.workers, lambda text: self.statusBar().showMessage(text, 8000))

    @property
    def browser(self) -> AnnotationBrowser:
        return self.browser_dock.browser  # built on first use (gui/annotation_dock.py)

    def fill_collection_menu(self, menu: QMenu) -> None:
        menu.clear()
        if self.current_id is None:
            menu.addAction(tr("article.none")).setEnabled(False)
            return
        built = self.annotator.collection_menu(menu, [self.current_id])
        for act in built.actions():
            menu.addAction(act)

    def _warm_up(self) -> None:
        if self.library is not None:  # not closed before it was drawn
            warm_up_search(self.workers)

    def _first_drawn(self) -> None:
        """Once the window is drawn: remember where the reader is, queue the daily backup
        (before, its look at the backups folder would only delay the first paint)."""
        self.memory.settle_in()
        self.search.offer_recent()  # both search boxes offer the recent queries (gui/recent_searches.py)
        self.search.recent.attach(self.quick_search, self.run_quick_search)
        if not self.closed:
            self.backups.queue_daily_backup()

    # -- library --------------------------------------------------------------------
    def _library_shown(self) -> None:
        """Title, counts, recent list; then open the last (or first) article."""
        path = self.library.path
        ro = f" ({tr('library.read_only')})" if self.library.read_only else ""
        self.setWindowTitle(f"{plain_text.title_text(path.name)}{ro} — {tr('app.name')}")
        notices = [*self.library.notices] + ([tr("library.read_only_status")] if ro else [])
        if notices:  # foreign triggers removed, read-only place (core/safe_open.py)
            self.statusBar().showMessage("  ".join(map(i18n.pick, notices)))  # one language
        self.setWindowFilePath(str(path))
        self.memory.library_shown(path)
        self.status_line.update_counts()
        last = self.memory.last_article(path)
        opened = False
        if last is not None:
            try:
                self.open_article(int(last))
                opened = True
            except (NotFoundError, ValueError):
                opened = False
        if not opened:
            self.open_first_article()

    def open_first_article(self) -> bool:
        index = self.model.first_article()
        if not index.isValid():  # nothing to show: nothing to step to or tag either
            self.current_id = None
            self.view.show_placeholder(tr("article.empty_library"))
            self.act_prev.setEnabled(False)
            self.act_next.setEnabled(False)
            self._show_article_tags()
            self.status_line.update_where()
            return False
        self.open_article(index.data(ID_ROLE))
        return True

    def switch_library(self, path: str | Path) -> bool:
        """Close this library and show `path` instead (created if new); not while a long write runs."""
        if self.backups.refuse_switch():
            return False
        try:
            new = open_upgrading(path, self)
        except ZZReaderError as exc:
            prompts.warn(self, tr("library.open_failed"), i18n.pick(shown.error(exc)))  # one line, plain text
            return False
        self.memory.settle_in()  # the library left is remembered before the new one
        self.close_library(backup=True)
        self.adopt(new)
        return True

    def close_library(self, backup: bool) -> None:
        """Stop the lanes, make the closing backup (if asked), close the window's connection."""
        self.memory.save_article()
        self.workers.close(silence=self.closed)  # closed for good: no late answer is delivered
        if backup:
            self.backups.backup_on_close()
        self.library.close()

    def adopt(self, new: Library) -> None:
        """Show an opened library: fresh lanes, tree, annotations, search; the daily backup."""
        self.library = new
        self.workers = Workers(new.path, planted=self.tell_planted, waiting=self.tell_waiting)
        self._warm_up()
        self.search.set_workers(self.workers)
        self.current_id = None
        self.history.clear()
        self.filter.clear()
        self.model.set_library(new)
        self.annotator.library_switched()
        self._library_shown()
        self.backups.queue_daily_backup()
        self.library_changed.emit(str(new.path))

    # -- what the backups need (gui/backup_controller.py LibraryHost) -----------------
    def busy_importing(self) -> bool:
        return self.imports.running()

    def before_restore(self) -> bool:
        """Whether a search is shown, to run it again on the restored library."""
        return self.search.request is not None

    def after_restore(self, searched: bool) -> None:
        if searched:
            self.search.run()

    def tell_planted(self, notice: str) -> None:
        """A lane's write removed objects another program planted in the library (gui/workers.py)."""
        self.planted.tell(notice, self.library.notices)  # those were told when the window opened it

    def tell_waiting(self, text: str) -> None:
        """A lane's write waits for another zzreader's (core/immediate_writes.py): say so, not a silent 30 s."""
        self.show_status(i18n.pick(text), 30_000)

    def show_status(self, text: str, ms: int = 0) -> None:
        if text:
            self.statusBar().showMessage(text, ms)
        else:
            self.statusBar().clearMessage()

    # -- articles ---------------------------------------------------------------------
    def open_article(self, article_id: int, query: str = "") -> None:
        """Show one article (marking `query`'s hits) and select it in the tree."""
        pending = self.article_tags.take_pending()
        if pending is not None and self.current_id is not None and self.current_id != article_id:
            self.annotator.set_article_tags(pending)  # typed but not yet saved: keep them
        article = self.library.article(article_id)
        summary = self.library.article_summary(article_id)
        try:
            info = self.library.issue(summary.issue_id, of_article=True)
            meta = ArticleMeta(info.date, info.number, article.seq, info.article_count,
                               *self.library.jumps(article_id))
        except NotFoundError:  # another tool cut it from its issue (core/issueless.py): shown without one
            meta = ArticleMeta(None, None, article.seq, 0)
        source = self.library.article_source(article_id) if self.act_source.isChecked() else None
        self.current_id = article_id
        self.current_query = query
        self.view.show_article(article, meta, query=query, source=source,
                               highlights=self.annotator.highlights_for(article_id))
        self._show_article_tags()
        self.tree_selection.select(summary)
        prev_id, next_id = self.library.neighbours(article_id)
        self.act_prev.setEnabled(prev_id is not None)
        self.act_next.setEnabled(next_id is not None)
        self.memory.article_opened()
        self.status_line.update_where()
        self.article_opened.emit(article_id)

    def open_from_ui(self, article_id: int, query: str = "") -> bool:
        """Open an article picked in a list that may be stale (a re-import removed it)."""
        try:
            self.open_article(article_id, query)
        except NotFoundError as exc:
            self.statusBar().showMessage(i18n.pick(str(exc)), 8000)
            return False
        except Exception as exc:  # noqa: BLE001 - a table dropped or a page spoiled by another program
            self.statusBar().showMessage(fault_line.one_line(exc), 8000)
            return False
        return True

    def prev_article(self) -> None:
        self._step_article(0)

    def next_article(self) -> None:
        self._step_article(1)

    def _step_article(self, which: int) -> None:
        if self.current_id is None:
            return
        try:
            target = self.library.neighbours(self.current_id)[which]
        except Exception as exc:  # noqa: BLE001 - the library changed under the window (open_from_ui)
            self.statusBar().showMessage(fault_line.one_line(exc), 8000)
            return
        if target is not None:
            self.open_from_ui(target)

    def toggle_source(self, checked: bool) -> None:
        settings_file.put(self.settings, K_SHOW_SOURCE, bool(checked))
        if self.current_id is not None:
            source = self.library.article_source(self.current_id) if checked else None
            self.view.set_source(source)

    def _search_for(self, query: str) -> None:
        self.search_dock.show()
        self.search.search_for(query)

    # -- annotations ------------------------------------------------------------------
    def _corrected(self, article_id: int | None) -> None:
        """After a correction (the views already followed its changes): the article to show."""
        if article_id is None or article_id < 0 or article_id != self.current_id:
            self._reopen(article_id if article_id is not None and article_id >= 0 else None)

    def _reopen(self, article_id: int | None, near: Sequence[int] = ()) -> None:
        """Show `article_id` afresh (its text changed); when it is gone, the first of `near`
        that exists (what it was merged into), else the first article."""
        self.current_id = None
        for candidate in (article_id, *near):
            if candidate is not None and self.library.has_article(candidate):
                self.open_article(candidate)
                return
        self.open_first_article()

    def _redraw_marks(self, article_id: int) -> None:
        self.view.set_highlights(self.annotator.highlights_for(article_id))
        self._show_article_tags()

    def _show_article_tags(self) -> None:
        self.article_tags.set_names(self.annotator.tag_names())
        tags = self.library.tags.of_article(self.current_id) if self.current_id is not None else []
        self.article_tags.set_tags(tags)
        window_bars.article_shown(self, self.current_id is not None)  # no article: its commands grey

    def article_tags_committed(self, tags: list[str]) -> None:
        if self.current_id is not None:
            self.annotator.set_article_tags(tags)

    def focus_article_tags(self) -> None:
        self.article_tags.setFocus()
        self.article_tags.end(False)

    def jump_to_highlight(self, highlight: Highlight) -> bool:
        """Open a highlight's article and flash it (the browser's double-click)."""
        if highlight.article_id is None:
            return False
        if self.current_id != highlight.article_id and not self.open_from_ui(highlight.article_id):
            return False
        return self.view.flash(highlight.id)

    def show_tag_manager(self) -> TagManager:
        if self.tag_manager is None:
            from zzreader.gui.tag_manager import TagManager

            self.tag_manager = TagManager(self.annotator, self)
        self.tag_manager.reload()
        self.tag_manager.show()
        self.tag_manager.raise_()
        return self.tag_manager

    # -- search and filter ------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_dock.show()
        self.search_dock.raise_()
        self.search.query.setFocus()
        self.search.query.selectAll()

    def _focus_results(self) -> None:
        self.search_dock.show()
        self.search.results.setFocus()

    def run_quick_search(self) -> None:
        text = self.quick_search.text().strip()
        if text:
            self.search.recent.remember(text)
            self.search_dock.show()
            self.search.search_for(text)

    # -- import (gui/import_controller.py) ---------------------------------------------
    def _import_done(self, report: ImportReport) -> None:
        if self.closed:  # the window closed during the import: its answer arrives after the library closed
            return
        self.edits.own_write()  # the write lane's commits are not another program's
        self.notices.send(report.changes)  # the tree, the counts, the results and the annotation views follow
        self.status_line.update_counts()
        if self.current_id is None:
            self.open_first_article()
        self.import_finished.emit(report)

    def refresh_tree(self) -> None:
        """Reload the tree after a write, keeping what was expanded and selected."""
        self.tree_selection.reload()
        if self.current_id is not None:
            try:
                self.tree_selection.select(self.library.article_summary(self.current_id))
            except NotFoundError:
                self.current_id = None
            except Exception as exc:  # noqa: BLE001 - a table another program dropped (open_from_ui)
                self.show_status(fault_line.one_line(exc), 10_000)

    def dragEnterEvent(self, event: QDropEvent) -> None:  # noqa: N802 - files dropped are imported
        self.imports.drag(event)

    dragMoveEvent = dropEvent = dragEnterEvent  # noqa: N815

    # -- persistence (gui/window_layout.py) ------------------------------------------------
    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if hasattr(self, "layout_memory"):
            self.layout_memory.resized()

    def save_window_state(self) -> None:
        self.layout_memory.save()
        self.memory.save_article()
        settings_file.sync(self.settings)

    def shutdown(self, backup: bool = True) -> None:
        """Save state, stop the lanes, make the closing backup, close the library (idempotent).

        `backup=False` is for a window replaced by another on the same
        library (a language change), which is not a close.
        """
        if self.closed or self.library is None:  # None: a failed restore left no library open
            return
        self.closed = True
        if self.external is not None:
            self.external.stop()
        self.save_window_state()
        self.close_library(backup)

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.backups.restoring:  # the restore's thread is using the library file: close after it
            event.ignore()
            return
        self.shutdown()
        super().closeEvent(event)
