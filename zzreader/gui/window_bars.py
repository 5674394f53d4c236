"""The main window's menu bar, toolbar and annotation bar, built from its actions.

Only layout lives here: which action goes in which menu or bar. The actions
themselves, and what they do, belong to the window and its controllers
(main_window.py, annotator.py, navigation_history.py, citation_actions.py,
backup_controller.py, import_controller.py, recent_libraries.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from zzreader.gui import icons
from zzreader.gui.discovery import DiscoveryViews
from zzreader.gui.qt import (
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
from zzreader.i18n import tr

if TYPE_CHECKING:
    from zzreader.gui.main_window import MainWindow


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
    m.addActions([w.act_backup_now, w.act_restore])
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
