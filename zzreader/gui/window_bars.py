"""The main window's actions, menu bar, toolbar and annotation bar.

Only the table of actions and the layout live here: which action goes in
which menu or bar. What the actions do belongs to the window and its controllers
(main_window.py, annotator.py, navigation_history.py, citation_actions.py,
backup_controller.py, import_controller.py, recent_libraries.py).
"""

from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING

from zzreader.gui import icons, themes
from zzreader.gui.discovery import DiscoveryViews, name_dock_buttons
from zzreader.gui.qt import (
    QAction,
    QActionGroup,
    QKeySequence,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    Qt,
    QToolBar,
    QToolButton,
    QWidget,
)
from zzreader.gui.tag_edit import TagEdit
from zzreader.gui.window_layout import K_SHOW_SOURCE
from zzreader.i18n import tr, without_mnemonic

if TYPE_CHECKING:
    from zzreader.gui.main_window import MainWindow


def make_action(owner: QWidget, key: str, slot, shortcut=None, icon_name: str | None = None,
                checkable: bool = False) -> QAction:
    """An action named `key`, its text and tooltip from the catalogue, its shortcut shown in the tooltip."""
    act = QAction(tr(key), owner)
    act.setObjectName(key)
    if shortcut is not None:
        seqs = shortcut if isinstance(shortcut, list) else [shortcut]
        act.setShortcuts([QKeySequence(s) for s in seqs])
    set_tip(act, key)
    if icon_name:
        icons.named(act, icon_name)
    act.setCheckable(checkable)
    act.triggered.connect(slot)
    owner.addAction(act)  # shortcuts work while the menu bar is hidden too
    return act

def set_tip(act: QAction, key: str) -> None:
    """Tooltip and status tip: the catalogue's `.tip`, else the plain name, then the shortcut if any.

    The menu name's mnemonic stays in the menu: a tooltip read '缩小字号(S)', and
    an action without a platform shortcut ended in '()'.
    """
    tip = tr(key + ".tip")
    if tip == key + ".tip":
        tip = without_mnemonic(act.text())
    act.setStatusTip(tip)
    keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    act.setToolTip(f"{tip}  ({keys})" if keys else tip)


def article_shown(w: MainWindow, shown: bool) -> None:
    """The commands on the open article are grey while none is open (an empty library):
    they once stayed bright and did nothing when chosen. The corrections review is library-wide."""
    c = w.corrections
    for act in (*[a for a in c.actions if a is not c.act_review], w.act_export_html, w.act_export_pdf,
                w.act_print, w.act_print_preview, w.act_article_tags, w.act_find, w.act_source):
        act.setEnabled(shown)
    w.article_tags.setEnabled(shown)


def _printing() -> ModuleType:
    """gui/printing.py, with Qt's printing module, loads with the first print, not at start."""
    from zzreader.gui import printing

    return printing


def build_actions(w: MainWindow) -> None:
    """Every action of the window, as attributes of the window (`act_*`)."""
    SK = QKeySequence.StandardKey
    def a(*args, **kw) -> QAction:
        return make_action(w, *args, **kw)

    w.act_import_files = a("action.import_files", w.imports.import_files, SK.Open, "import")
    w.act_import_folder = a("action.import_folder", w.imports.import_folder, "Ctrl+Shift+O", "folder")
    w.act_new_library = a("action.new_library", w.recent.new_library, SK.New)
    w.act_open_library = a("action.open_library", w.recent.open_library, "Ctrl+Shift+L", "library")
    w.act_backup_now = a("action.backup_now", lambda: w.backups.backup_now())
    w.act_restore = a("action.restore_backup", lambda: w.backups.restore_dialog())
    w.act_compact = a("action.compact", lambda: w.backups.compact_now())
    w.act_quit = a("action.quit", w.close, SK.Quit)
    w.act_find = a("action.find", w.view.open_find, SK.Find, "find")
    w.act_find_next = a("action.find_next", lambda: w.view.step_marks(True), SK.FindNext)
    w.act_find_prev = a("action.find_prev", lambda: w.view.step_marks(False), SK.FindPrevious)
    w.act_prefs = a("action.preferences", w.appearance.show_dialog, SK.Preferences, "settings")
    if w.act_prefs.shortcut().isEmpty():
        w.act_prefs.setShortcut(QKeySequence("Ctrl+,"))
        set_tip(w.act_prefs, "action.preferences")
    w.act_prev = a("action.prev", w.prev_article, ["Ctrl+PgUp", "Alt+Up"], "prev")
    w.act_next = a("action.next", w.next_article, ["Ctrl+PgDown", "Alt+Down"], "next")
    w.act_bigger = a("action.bigger", lambda: w.appearance.zoom(1), ["Ctrl+=", "Ctrl++"], "zoom-in")
    w.act_smaller = a("action.smaller", lambda: w.appearance.zoom(-1), "Ctrl+-", "zoom-out")
    w.act_reset_size = a("action.reset_size", lambda: w.appearance.zoom(0), "Ctrl+0")
    w.act_source = a("action.source", w.toggle_source, "Ctrl+U", "source", checkable=True)
    w.act_source.setChecked(w.settings.value(K_SHOW_SOURCE, False, type=bool))
    w.act_search = a("action.search", w.focus_search, "Ctrl+Shift+F", "search")
    w.act_filter = a("action.filter", w.titles.focus, "Ctrl+L")
    w.act_export_results = a("action.export_results", lambda: w.results_io.ask(w.search.request), icon_name="export")
    w.act_export_results.setEnabled(False)  # until a search finds something (gui/result_export.py)
    w.search.results_changed.connect(lambda total: w.act_export_results.setEnabled(total > 0))
    w.menus.results_actions.append(w.act_export_results)
    w.act_focus_tree = a("action.focus_tree", lambda: (w.fitter.show_tree(), w.tree.setFocus()), "Ctrl+1")
    w.act_focus_article = a("action.focus_article", lambda: w.view.page.setFocus(), "Ctrl+2")
    w.act_focus_results = a("action.focus_results", w._focus_results, "Ctrl+3")
    w.act_about = a("action.about", w.help.show_about)
    w.act_search_help = a("action.search_help", w.help.show_search_help, SK.HelpContents)
    w.act_export_annotations = a("action.export_annotations", lambda: w.io.export_dialog(),
                                    "Ctrl+Shift+E", "export")
    w.act_import_annotations = a("action.import_annotations", lambda: w.io.import_dialog())
    w.act_export_html = a("action.export_html", lambda: w.io.export_article("html"))
    w.act_export_pdf = a("action.export_pdf", lambda: w.io.export_article("pdf"), "Ctrl+Shift+P")
    w.act_tag_manager = a("action.tag_manager", w.show_tag_manager, "Ctrl+Shift+T", "tag")
    w.act_article_tags = a("action.article_tags", w.focus_article_tags, "Ctrl+T")
    w.act_print = a("print.action", lambda: _printing().print_article(w), "Ctrl+P")
    w.act_print_preview = a("print.preview.action", lambda: _printing().preview_article(w))
    w.act_new_collection = a("action.new_collection", lambda: w.annotator.new_collection(
        [w.current_id] if w.current_id is not None else None))
    w.act_browser = w.browser_dock.toggleViewAction()
    w.act_browser.setText(tr("action.browser"))
    w.act_browser.setObjectName("action.browser")
    w.act_browser.setShortcut(QKeySequence("Ctrl+Shift+A"))
    set_tip(w.act_browser, "action.browser")
    icons.named(w.act_browser, "annotations")
    w.addAction(w.act_browser)
    w.theme_group = QActionGroup(w)
    w.theme_actions: dict[str, QAction] = {}
    for name in themes.THEMES:
        act = QAction(tr(f"theme.{name}"), w, checkable=True)
        act.setObjectName(f"theme.{name}")
        act.triggered.connect(lambda _c=False, n=name: w.appearance.set_theme(n))
        w.theme_group.addAction(act)
        w.theme_actions[name] = act


def build_menus(w: MainWindow) -> None:
    """The menu bar: File, Edit, View (with Discover), Annotate, Search, Help."""
    bar = w.menuBar()
    m = bar.addMenu(tr("menu.file"))
    m.addActions([w.act_import_files, w.act_import_folder])
    m.addSeparator()
    m.addActions([w.act_import_annotations, w.act_export_annotations])
    article_menu = m.addMenu(tr("menu.export_article"))
    article_menu.addActions([w.act_export_html, w.act_export_pdf])
    m.addActions([w.act_print, w.act_print_preview])
    m.addSeparator()
    m.addActions([w.act_new_library, w.act_open_library])
    w.recent_menu = m.addMenu(tr("menu.recent"))
    w.recent_menu.aboutToShow.connect(lambda: w.recent.fill(w.recent_menu))
    m.addSeparator()
    m.addActions([w.act_backup_now, w.act_restore, w.act_compact])
    m.addSeparator()
    m.addAction(w.act_quit)

    m = bar.addMenu(tr("menu.edit"))
    m.aboutToShow.connect(w.annotator.update_undo_actions)
    m.addActions([w.annotator.act_undo, w.annotator.act_redo])
    m.addSeparator()
    m.addActions([w.act_find, w.act_find_next, w.act_find_prev])
    m.addSeparator()
    m.addAction(w.citing.act_copy_cited)
    m.addSeparator()
    m.addActions(w.corrections.actions)
    m.addSeparator()
    m.addAction(w.act_prefs)

    m = bar.addMenu(tr("menu.view"))
    m.addActions([w.history.act_back, w.history.act_forward])
    m.addActions([w.act_prev, w.act_next])
    m.addSeparator()
    m.addActions([w.act_bigger, w.act_smaller, w.act_reset_size])
    themes_menu = m.addMenu(tr("menu.theme"))
    themes_menu.addActions(list(w.theme_actions.values()))
    m.addAction(w.act_source)
    m.addSeparator()
    dock_toggle = w.search_dock.toggleViewAction()
    dock_toggle.setText(tr("action.show_search"))
    m.addAction(dock_toggle)
    m.addActions([w.act_focus_tree, w.act_focus_article, w.act_focus_results])

    m.addAction(w.act_browser)
    w.discovery = DiscoveryViews(w, m)
    for dock in (w.search_dock, w.browser_dock):
        name_dock_buttons(dock)

    m = bar.addMenu(tr("menu.annotate"))
    m.addActions(list(w.annotator.colour_actions.values()))
    m.addActions([w.annotator.act_underline, w.annotator.act_strike, w.annotator.act_note])
    m.addSeparator()
    m.addAction(w.annotator.act_reattach)
    m.addSeparator()
    m.addAction(w.act_article_tags)
    w.annot_collection_menu = m.addMenu(icons.icon("collection"), tr("collection.add_to"))
    w.annot_collection_menu.aboutToShow.connect(
        lambda: w.fill_collection_menu(w.annot_collection_menu))
    m.addAction(w.act_new_collection)
    m.addSeparator()
    m.addActions([w.act_tag_manager, w.act_browser])

    m = bar.addMenu(tr("menu.search"))
    m.addActions([w.act_search, w.act_filter])
    m.addSeparator()
    m.addAction(w.act_export_results)

    m = bar.addMenu(tr("menu.help"))
    m.addActions([w.act_search_help, w.act_about])

def build_toolbar(w: MainWindow) -> None:
    """The main toolbar, with the quick search field at its right end."""
    tb = QToolBar(tr("toolbar.main"))
    tb.setObjectName("mainToolbar")
    tb.setMovable(False)
    tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    tb.addActions([w.act_import_files, w.act_import_folder])
    tb.addSeparator()
    tb.addActions([w.history.act_back, w.history.act_forward, w.act_prev, w.act_next])
    tb.addSeparator()
    tb.addActions([w.act_smaller, w.act_bigger, w.act_source, w.act_find])
    tb.addSeparator()
    tb.addActions([w.annotator.act_undo, w.annotator.act_redo, w.act_browser])
    spacer = QWidget()
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    tb.addWidget(spacer)
    w.quick_search = QLineEdit()
    w.quick_search.setObjectName("quickSearch")
    w.quick_search.setPlaceholderText(tr("search.quick.placeholder"))
    w.quick_search.setToolTip(tr("search.syntax.tip"))
    w.quick_search.setAccessibleName(tr("search.quick.accessible"))
    w.quick_search.setClearButtonEnabled(True)
    w.quick_search.setFixedWidth(300)
    icons.named(
        w.quick_search.addAction(icons.icon("search"), QLineEdit.ActionPosition.LeadingPosition),
        "search",
    )
    w.quick_search.returnPressed.connect(w.run_quick_search)
    tb.addWidget(w.quick_search)
    tb.addAction(w.act_prefs)
    w.toolbar = tb
    w.addToolBar(tb)

def build_annotation_bar(w: MainWindow) -> None:
    """Above the page: the eight colours, underline, strike, note; tags; collections."""
    bar = QToolBar(tr("toolbar.annotate"))
    bar.setObjectName("annotationBar")
    bar.setMovable(False)
    bar.setIconSize(bar.iconSize() * 0.8)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    bar.addActions(list(w.annotator.colour_actions.values()))
    bar.addSeparator()
    bar.addActions([w.annotator.act_underline, w.annotator.act_strike, w.annotator.act_note])
    bar.addSeparator()
    label = QLabel(tr("tags.label"))
    label.setContentsMargins(6, 0, 4, 0)
    bar.addWidget(label)
    w.article_tags = TagEdit()
    w.article_tags.setObjectName("articleTags")
    w.article_tags.setMinimumWidth(160)
    w.article_tags.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    w.article_tags.committed.connect(w.article_tags_committed)
    bar.addWidget(w.article_tags)
    w.collection_button = QToolButton()
    w.collection_button.setObjectName("collectionButton")
    icons.named(w.collection_button, "collection")
    w.collection_button.setText(tr("collection.add_to"))
    w.collection_button.setToolTip(tr("collection.add_to.tip"))
    w.collection_button.setAccessibleName(tr("collection.add_to"))
    w.collection_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    w.collection_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(w.collection_button)
    menu.aboutToShow.connect(lambda: w.fill_collection_menu(menu))
    w.collection_button.setMenu(menu)
    bar.addWidget(w.collection_button)
    w.annotation_bar = bar
    w.view.layout().insertWidget(0, bar)
