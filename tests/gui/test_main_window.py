"""The reader window on a library built from the seeds (pytest-qt, offscreen)."""

from __future__ import annotations

import shutil
from dataclasses import replace

import pytest

from tests.conftest import SEEDS
from zzreader.gui.main_window import MainWindow
from zzreader.gui.preferences import Prefs
from zzreader.gui.preferences_dialog import PreferencesDialog
from zzreader.gui.qt import (
    QAction,
    QDropEvent,
    QMimeData,
    QPoint,
    Qt,
    QUrl,
    QWidget,
)
from zzreader.gui.tree_model import ARTICLE, ID_ROLE, KIND_ROLE


def _page_text(window: MainWindow) -> str:
    return window.view.plain_text()


def _article_with(window: MainWindow, predicate):
    for _issue, article in window.library.iter_articles():
        if predicate(article):
            return article
    raise AssertionError("no article matches")


def test_window_opens_populated_with_an_article_and_counts(window):
    stats = window.library.stats()
    assert window.current_id is not None
    assert window.model.rowCount() == len(window.library.years())
    assert window.library.path.name in window.windowTitle()
    assert window.status_line.counts.text().startswith(f"{stats.issues} 期 · {stats.articles} 篇")
    current = window.tree.currentIndex()
    assert current.data(KIND_ROLE) == ARTICLE and current.data(ID_ROLE) == window.current_id


def test_opening_an_article_shows_its_title_and_byline(window):
    article = _article_with(window, lambda a: a.reporters and a.photographers and a.title)
    window.open_article(article.id)
    text = _page_text(window)
    assert article.title.split()[0] in text
    for name in article.reporters + article.photographers:
        assert name in text
    assert window.tree.currentIndex().data(ID_ROLE) == article.id
    assert article.title.split()[0] in window.status_line.where.text()


def test_choosing_an_article_in_the_tree_opens_it(window):
    other = _article_with(window, lambda a: a.id != window.current_id and a.title)
    index = window.model.find_article(window.library.article_summary(other.id))
    window.tree.setCurrentIndex(index)
    assert window.current_id == other.id
    assert other.title.split()[0] in _page_text(window)


def test_previous_and_next_follow_reading_order(window):
    issue = window.library.issue_summaries()[-1]
    first, second = window.library.article_summaries(issue.id)[:2]
    window.open_article(first.id)
    window.act_next.trigger()
    assert window.current_id == second.id
    window.act_prev.trigger()
    assert window.current_id == first.id


def _search(qtbot, window, query):
    window.search.search_for(query)
    assert window.search.busy
    qtbot.waitUntil(lambda: not window.search.busy, timeout=10_000)


def test_search_lists_the_right_articles_and_opening_one_marks_its_hits(qtbot, window, parsed_seeds):
    term = "二医院"
    expected = sorted(
        a.title for p in parsed_seeds for a in p.articles
        if term in a.title or term in a.subtitle or term in a.text
    )
    assert expected  # the seeds do contain the term
    _search(qtbot, window, term)
    hits = window.search.model.hits
    assert sorted(h.title for h in hits) == expected
    assert window.search.status.text().startswith(f"共 {len(expected)} 篇")

    window.search.results.setFocus()
    window.search._activated(window.search.model.index(0))
    assert window.current_id == hits[0].article_id
    marks = window.view.hits
    assert len(marks.spans) >= 1 and marks.current == 0
    raw = window.view.page.document().toRawText()
    assert all(raw[a:b] == term for a, b in marks.spans)
    assert "检索命中 第 1/" in window.status_line.where.text()
    if len(marks.spans) > 1:
        window.view.page.setFocus()
        qtbot.keyClick(window.view.page, Qt.Key.Key_F3)
        assert marks.current == 1
        qtbot.keyClick(window.view.page, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
        assert marks.current == 0


@pytest.mark.parametrize("query", ["type:xyz", "date:2024-13", "-广告"])
def test_a_malformed_query_shows_the_core_message_inline(qtbot, window, query):
    from zzreader.core.search import QueryError, search

    with pytest.raises(QueryError) as err:
        search(window.library, query)
    _search(qtbot, window, query)
    shown = window.search.status.text()
    assert shown == str(err.value).split(" / ")[0]  # the Chinese half only, in the Chinese interface
    assert shown and " / " not in shown and window.search.last_error
    assert window.search.model.rowCount() == 0


def test_author_chip_searches_by_author(qtbot, window):
    article = _article_with(window, lambda a: a.reporters)
    name = article.reporters[0]
    window.view.link_activated.emit("author", name)
    qtbot.waitUntil(lambda: bool(window.search.model.hits), timeout=10_000)
    assert window.search.query.text() == f"author:{name}"
    assert article.id in window.search.hit_ids()


def test_import_through_the_worker_adds_an_issue_and_the_tree_shows_it(qtbot, window, tmp_path):
    copy = tmp_path / "zz-2099-copy.txt"  # a new text: a renamed copy would be the same issue
    copy.write_bytes(SEEDS[0].read_bytes() + "\n\n读者来信\n\n株洲日报讯 本报今日刊登读者来信一封。\n".encode())
    before = window.library.stats().issues
    with qtbot.waitSignal(window.import_finished, timeout=30_000) as blocker:
        dialog = window.imports.start_import([copy], show_dialog=False)
    report = blocker.args[0]
    assert report.counts["imported"] == 1
    assert window.library.stats().issues == before + 1
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == "已导入"
    new_issue = window.library.issue(report.files[0].issue_id)
    assert window.model.find_issue(new_issue.id, new_issue.date).isValid()
    assert window.status_line.counts.text().startswith(f"{before + 1} 期")


def test_import_summary_reports_failures_with_their_reason(qtbot, window, tmp_path):
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    with qtbot.waitSignal(window.import_finished, timeout=30_000):
        dialog = window.imports.start_import([bad, SEEDS[1]], show_dialog=False)
    statuses = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    assert statuses == ["失败", "未变"]
    assert dialog.table.item(0, 3).text()  # the reason
    assert "失败 1" in dialog.headline.text()


def test_import_summary_names_the_stored_file_a_renamed_copy_repeats(qtbot, window, tmp_path):
    copy = tmp_path / "zzrb-renamed.txt"
    shutil.copy(SEEDS[1], copy)
    with qtbot.waitSignal(window.import_finished, timeout=30_000):
        dialog = window.imports.start_import([copy], show_dialog=False)
    assert dialog.table.item(0, 1).text() == "未变"
    assert dialog.table.item(0, 3).text() == f"与已有的 {SEEDS[1].name} 是同一期"


def test_dropping_files_on_the_window_imports_them(qtbot, window, tmp_path):
    copy = tmp_path / "dropped.txt"
    copy.write_bytes(SEEDS[2].read_bytes() + "\n\n读者来信\n\n株洲日报讯 本报今日刊登读者来信一封。\n".encode())
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(copy))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.import_finished, timeout=30_000) as blocker:
        window.dropEvent(event)
    assert blocker.args[0].counts["imported"] == 1
    window.imports.dialog.close()


def test_title_filter_lists_matching_articles(qtbot, window):
    window.filter.setText("医院")
    qtbot.waitUntil(lambda: window.left_stack.currentWidget() is window.titles.list, timeout=5_000)
    expected = window.library.filter_titles("医院")
    assert window.titles.model.rowCount() == len(expected)
    window.titles.activated(window.titles.model.index(0, 0))
    assert window.current_id == expected[0].id
    window.filter.clear()
    qtbot.waitUntil(lambda: window.left_stack.currentWidget() is window.tree, timeout=5_000)


def test_source_toggle_shows_the_imported_lines(window):
    article = window.library.article(window.current_id)
    window.act_source.trigger()
    source = window.library.article_source(article.id)
    first_line = next(line for line in source.split("\n") if line.strip())
    assert first_line.strip() in _page_text(window)
    assert str(article.line_start) in _page_text(window)
    window.act_source.trigger()
    assert not window.act_source.isChecked()


def test_reading_settings_window_state_and_last_article_persist(qtbot, library_path, settings, window):
    article = _article_with(window, lambda a: a.id != window.current_id)
    window.open_article(article.id)
    chosen = replace(window.prefs, theme="sepia", font_size=20, line_spacing=200, text_width=30)
    window.appearance.apply(chosen)
    window.act_bigger.trigger()  # Ctrl+=
    window.search_dock.hide()
    window.shutdown()

    again = MainWindow(library_path, settings)
    qtbot.addWidget(again)
    try:
        assert again.prefs == replace(chosen, font_size=21)
        assert again.current_id == article.id
        assert again.theme_actions["sepia"].isChecked()
        assert again.settings.value("window/geometry") is not None
        again.show()
        assert not again.search_dock.isVisible()
    finally:
        again.shutdown()


def test_preferences_dialog_round_trips_prefs(qtbot):
    prefs = Prefs(language="en", theme="dark", font_size=19, line_spacing=160, text_width=44)
    dialog = PreferencesDialog(prefs)
    qtbot.addWidget(dialog)
    assert dialog.prefs() == prefs


def test_new_library_switches_the_window_and_is_remembered(qtbot, window, tmp_path):
    old = str(window.library.path)
    assert window.switch_library(tmp_path / "empty.sqlite")
    assert "empty.sqlite" in window.windowTitle()
    assert window.model.rowCount() == 0 and window.current_id is None
    assert window.recent.paths()[:2] == [str(tmp_path / "empty.sqlite"), old]
    assert window.switch_library(old)
    assert window.current_id is not None


def test_language_change_rebuilds_the_window_in_english(qtbot, qapp, library_path, settings):
    from zzreader.gui.app import Reader

    reader = Reader(qapp, library_path, settings)
    first = reader.window
    assert first.menuBar().actions()[0].text() == "文件(&F)"
    first.appearance.apply(replace(first.prefs, language="en"))
    try:
        assert reader.window is not first
        assert reader.window.menuBar().actions()[0].text() == "&File"
        assert reader.window.search.go.text() == "Search"
    finally:
        reader.window.close()  # closes the library too; a window left shown stayed a top-level for later tests


def test_main_widgets_have_accessible_names_and_actions_tooltips(window):
    for widget in (window.tree, window.filter, window.view.page, window.search.query,
                   window.search.results, window.quick_search, window.titles.list):
        assert widget.accessibleName(), widget.objectName()
    for act in window.findChildren(QAction):
        if act.text() and not act.isSeparator() and act.objectName().startswith("action."):
            assert act.toolTip(), act.objectName()
    shortcuts = {a.objectName(): a.shortcut().toString() for a in window.findChildren(QAction)}
    assert shortcuts["action.find"] == "Ctrl+F"
    assert shortcuts["action.search"] == "Ctrl+Shift+F"
    assert shortcuts["action.bigger"] == "Ctrl+="
    assert shortcuts["action.smaller"] == "Ctrl+-"
    assert isinstance(window.centralWidget(), QWidget)


def test_search_filters_and_sort_reach_the_engine(qtbot, window):
    panel = window.search
    panel.type.setCurrentIndex(panel.type.findData("notice"))
    _search(qtbot, window, "")  # filters alone list what they select
    assert panel.model.hits and all(h.type == "notice" for h in panel.model.hits)
    panel.type.setCurrentIndex(0)
    panel.sort.setCurrentIndex(panel.sort.findData("date"))
    _search(qtbot, window, "株洲")
    dates = [h.issue_date for h in panel.model.hits]
    assert len(dates) > 1 and dates == sorted(dates, reverse=True)
    panel.sort.setCurrentIndex(panel.sort.findData("oldest"))  # re-runs the search
    qtbot.waitUntil(lambda: not panel.busy and panel.request.sort == "oldest", timeout=10_000)
    assert panel.sort.currentText() == "按日期（旧→新）"
    assert [h.issue_date for h in panel.model.hits] == sorted(dates)


def test_results_are_fetched_a_page_at_a_time(qtbot, window, monkeypatch):
    from zzreader.gui import search_panel

    monkeypatch.setattr(search_panel, "PAGE", 3)
    _search(qtbot, window, "株洲")
    model = window.search.model
    assert 3 <= model.rowCount() < model.total
    while model.canFetchMore() or model.loading:
        model.fetchMore()
        qtbot.wait(5)
    ids = [h.article_id for h in model.hits]
    assert len(ids) == model.total and len(set(ids)) == len(ids)


def test_a_stale_result_says_so_instead_of_failing(window):
    assert not window.open_from_ui(10**9)
    assert "10000000" in window.statusBar().currentMessage()


def test_first_start_opens_the_lead_story_of_the_newest_issue(window, parsed_seeds):
    """Not the untitled notice that heads a page: the first titled news story."""
    newest = max((i for i in parsed_seeds if i.date), key=lambda i: i.date)
    lead = next(a for a in newest.articles if a.type == "news" and a.title.strip())
    shown = window.library.article(window.current_id)
    assert (shown.title, window.library.issue(shown.issue_id).date) == (lead.title, newest.date)
    assert lead.title in window.view.plain_text()


def test_title_filter_enter_opens_the_first_match_at_once(qtbot, window):
    expected = window.library.filter_titles("株洲")
    assert len(expected) >= 2
    window.filter.setFocus()
    window.filter.setText("株洲")  # Enter before the typing pause ends
    window.filter.returnPressed.emit()
    assert window.current_id == expected[0].id
    assert expected[0].title in window.view.plain_text()


def test_title_filter_arrows_pick_the_match_enter_opens(qtbot, window):
    from zzreader.gui.qt import QApplication, QEvent, QKeyEvent

    expected = window.library.filter_titles("株洲")
    window.filter.setText("株洲")
    down = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window.filter, down)  # the first match
    QApplication.sendEvent(window.filter, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Down,
                                                    Qt.KeyboardModifier.NoModifier))  # the second
    assert window.titles.list.currentIndex().row() == 1
    window.filter.returnPressed.emit()
    assert window.current_id == expected[1].id
