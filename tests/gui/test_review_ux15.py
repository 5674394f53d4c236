"""A user's look at the window (ux15): what a polished desktop app would not show.

- The tree named an English issue 'Mon 2026-02-09' while its page said
  'Mon 09 Feb 2026' (and both took the weekday from the C locale).
- The trend and name charts stayed white in the dark theme.
- At 800 px the annotation browser scrolled sideways and cut its last column
  mid-character; the note column kept 200 px while the quote stretched.
- At 800 x 600 the trend chart was a strip under its own legend.
"""

from __future__ import annotations

import pytest

from tests.gui.conftest import open_window
from tests.gui.test_annotation_browser import annotated  # noqa: F401 (a fixture)
from tests.gui.test_discovery_views import wait_idle
from zzreader import i18n
from zzreader.core.store import open_library
from zzreader.gui import dates, themes
from zzreader.gui.annotation_browser import COLUMNS
from zzreader.gui.chart_style import ThemedPlot
from zzreader.gui.qt import QFontMetrics, Qt
from zzreader.gui.tree_model import DATE_ROLE, ID_ROLE, ISSUE, KIND_ROLE, LABEL_ROLE


@pytest.fixture
def english_window(qtbot, library_path, settings):
    i18n.set_language("en")
    settings.setValue("reading/language", "en")
    win = open_window(qtbot, library_path, settings)
    yield win
    win.shutdown(backup=False)


def _first_issue_index(window):
    model, index = window.model, window.model.index(0, 0)
    while index.isValid() and index.data(KIND_ROLE) != ISSUE:
        model.fetchMore(index) if model.canFetchMore(index) else None
        index = model.index(0, 0, index)
    return index


def test_the_tree_and_the_page_name_an_english_issue_alike(english_window) -> None:
    win = english_window
    issue = _first_issue_index(win)
    label = issue.data(LABEL_ROLE)
    iso = issue.data(DATE_ROLE)
    assert label == dates.long_date(dates.parse(iso), "en")  # 'Mon 9 Feb 2026'
    win.open_article(win.library.articles_of_issue(issue.data(ID_ROLE))[0].id)
    page = win.view.page.document().toPlainText()
    assert page.lstrip().startswith(label), page[:60]
    month = issue.parent().data(LABEL_ROLE)
    assert month == dates.MONTHS_EN[int(iso[5:7]) - 1]


def test_dates_never_come_from_the_c_locale() -> None:
    day = dates.parse("2025-10-31")
    assert dates.long_date(day, "en") == "Fri 31 Oct 2025"
    assert dates.long_date(day, "zh") == "2025年10月31日 星期五"
    assert dates.issue_name(day, "zh") == "2025-10-31 周五"
    assert dates.issue_name(day, "en") == "Fri 31 Oct 2025"
    assert dates.parse("2025-13-01") is None and dates.parse(None) is None


def _plot_colours(plot: ThemedPlot) -> tuple[str, str, str]:
    axis = plot.getPlotItem().getAxis("bottom")
    return plot.backgroundBrush().color().name(), axis.textPen().color().name(), axis.pen().color().name()


def _corner_lightness(plot: ThemedPlot) -> int:
    image = plot.grab().toImage()
    return image.pixelColor(image.width() - 3, 3).lightness()


@pytest.mark.parametrize("name", ["trends", "entities"])
def test_charts_follow_the_theme_and_its_changes(qtbot, window, name) -> None:
    view = window.discovery.view(name)
    wait_idle(qtbot, window)
    if name == "entities":  # its chart shows once a name is chosen
        qtbot.waitUntil(lambda: view.table.rowCount() > 0, timeout=20_000)
        view.table.selectRow(0)
    plot = view.plot if name == "trends" else view.years
    assert plot.isVisible()
    assert _plot_colours(plot) == (themes.LIGHT.base, themes.LIGHT.text, themes.LIGHT.muted)
    assert _corner_lightness(plot) > 200
    window.appearance.set_theme("dark")  # while the chart is open
    qtbot.waitUntil(lambda: _plot_colours(plot)[0] == themes.DARK.base, timeout=2_000)
    assert _plot_colours(plot) == (themes.DARK.base, themes.DARK.text, themes.DARK.muted)
    assert _corner_lightness(plot) < 60
    window.appearance.set_theme("sepia")
    qtbot.waitUntil(lambda: _plot_colours(plot)[0] == themes.SEPIA.base, timeout=2_000)


def test_a_chart_opened_in_the_dark_theme_is_dark_with_a_readable_legend(qtbot, window) -> None:
    window.appearance.set_theme("dark")
    view = window.discovery.view("trends")
    view.set_queries(["株洲", "医保"], "year")
    view.start()
    qtbot.waitUntil(lambda: view.result is not None, timeout=20_000)
    assert _plot_colours(view.plot)[0] == themes.DARK.base
    labels = [label for _sample, label in view.legend.items]
    assert len(labels) == 2
    assert {label.opts["color"].name() for label in labels} == {themes.DARK.text}
    left = view.plot.getPlotItem().getAxis("left")
    assert themes.DARK.text in left.labelString()  # the axis title is light on dark too


def test_the_trend_chart_and_the_page_share_800_by_600(qtbot, window) -> None:
    window.resize(800, 600)
    view = window.discovery.view("trends")
    wait_idle(qtbot, window)
    qtbot.wait(50)
    assert view.plot.height() >= 120
    assert view.queries.height() <= 2 * view.queries.fontMetrics().lineSpacing() + 14
    assert window.view.height() >= 150  # and the page keeps a few lines above it
    assert window.width() <= 800 and window.height() <= 600


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_browser_columns_fit_800_px_and_the_note_stretches(qtbot, window, annotated, lang) -> None:  # noqa: F811
    i18n.set_language(lang)
    browser = window.browser
    window.resize(800, 600)
    qtbot.wait(50)
    table, header = browser.table, browser.table.horizontalHeader()
    viewport = table.viewport().width()
    assert sum(header.sectionSize(c) for c in range(len(COLUMNS))) <= viewport
    assert not table.horizontalScrollBar().isVisible()
    metrics = QFontMetrics(table.font())
    for name in ("date", "modified"):  # a date is never cut
        column = COLUMNS.index(name)
        text = browser.model.index(0, column).data()
        assert metrics.horizontalAdvance(text) < header.sectionSize(column), (name, text)
    note, colour = COLUMNS.index("note"), COLUMNS.index("colour")
    narrow = header.sectionSize(note)
    window.resize(1366, 768)
    qtbot.wait(50)
    assert header.sectionSize(note) > narrow  # the note column grows with the window
    assert abs(header.sectionSize(note) - header.sectionSize(COLUMNS.index("quote"))) <= len(COLUMNS)  # rounding
    assert header.sectionSize(note) > header.sectionSize(colour)
    assert table.textElideMode().name == "ElideRight"  # what is still too long ends in '…'


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_browser_opened_beside_a_search_below_keeps_the_window_on_an_800_screen(
        qtbot, library_path, settings, lang) -> None:
    i18n.set_language(lang)
    settings.setValue("reading/language", lang)
    win = open_window(qtbot, library_path, settings)
    try:
        win.resize(800, 600)
        win.search.search_for("株洲")  # the search dock moves below the article to fit
        qtbot.waitUntil(lambda: win.search.model.rowCount() > 0, timeout=10_000)
        qtbot.wait(100)
        win.act_browser.trigger()
        qtbot.waitUntil(win.browser_dock.isVisible, timeout=2_000)
        qtbot.wait(50)
        assert win.width() == 800 and win.minimumSizeHint().width() <= 800
        if win.dockWidgetArea(win.search_dock) == win.dockWidgetArea(win.browser_dock):
            assert win.search_dock in win.tabifiedDockWidgets(win.browser_dock)
        assert not win.browser.table.visibleRegion().isEmpty()  # its tab is the one in front
    finally:
        win.shutdown(backup=False)


def test_grey_buttons_say_why(qtbot, window, annotated) -> None:  # noqa: F811
    browser = window.browser
    browser.table.clearSelection()
    for button in (browser.b_jump, browser.b_reattach, browser.b_delete, browser.b_export):
        assert not button.isEnabled() and tr_any("browser.pick") in button.toolTip()
    browser.table.selectRow(0)
    assert browser.b_jump.isEnabled() and not browser.b_reattach.isEnabled()
    assert tr_any("browser.reattach.pick_orphan") in browser.b_reattach.toolTip()
    assert tr_any("browser.reattach.tip") in browser.b_reattach.toolTip()
    manager = window.show_tag_manager()
    manager.table.clearSelection()
    for button in (manager.b_rename, manager.b_merge, manager.b_colour, manager.b_delete):
        assert not button.isEnabled() and button.toolTip() == tr_any("tagman.pick")
    manager.table.selectAll()
    assert not manager.b_rename.isEnabled() and manager.b_rename.toolTip() == tr_any("tagman.rename.pick_one")
    assert manager.b_merge.isEnabled() and manager.b_merge.toolTip() == ""
    manager.close()


def tr_any(key: str) -> str:
    return i18n.tr(key)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_restore_dialog_cuts_no_column_at_the_edge_of_a_narrow_screen(qtbot, window, lang) -> None:
    i18n.set_language(lang)
    window.backups.backup_now()
    qtbot.waitUntil(lambda: window.backups.restore_dialog().table.rowCount() > 0, timeout=10_000)
    dialog = window.backups.restore_dialog()
    dialog.resize(760, 420)  # what an 800-pixel screen leaves it
    qtbot.waitExposed(dialog)
    qtbot.wait(50)
    table = dialog.table
    widths = [table.columnWidth(c) for c in range(table.columnCount())]
    assert sum(widths) <= table.viewport().width(), widths
    assert not table.horizontalScrollBar().isVisible()
    assert min(widths) >= 48
    time_text = table.item(0, 0).text()  # the time tells backups apart: never cut
    assert QFontMetrics(table.font()).horizontalAdvance(time_text) < widths[0]
    dialog.resize(1300, 420)
    qtbot.wait(50)
    assert sum(table.columnWidth(c) for c in range(table.columnCount())) <= table.viewport().width()
    assert table.columnWidth(4) > widths[4]  # the file name gets the room back
    dialog.close()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_names_table_keeps_its_dates_whole_and_shows_no_empty_chart(qtbot, window, lang) -> None:
    i18n.set_language(lang)
    window.resize(1024, 768)
    view = window.discovery.view("entities")
    qtbot.waitUntil(lambda: view.table.rowCount() > 0, timeout=20_000)
    wait_idle(qtbot, window)
    qtbot.wait(50)
    assert not view.years.isVisible()  # no axes from 0 to 1 before a name is chosen
    table = view.table
    widths = [table.columnWidth(c) for c in range(table.columnCount())]
    assert sum(widths) <= table.viewport().width(), widths
    metrics = QFontMetrics(table.font())
    for column in (1, 3, 4):  # articles, first, last
        longest = max(metrics.horizontalAdvance(table.item(r, column).text()) for r in range(table.rowCount()))
        assert longest < widths[column], column
    view.table.selectRow(0)
    assert view.years.isVisible() and view.with_names.count() > 0
    view.table.clearSelection()
    assert not view.years.isVisible() and view.with_names.count() == 0  # nothing left of the name before


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_an_empty_library_says_where_tags_and_names_come_from(qtbot, tmp_path, settings, lang) -> None:
    i18n.set_language(lang)
    path = tmp_path / "empty.sqlite"
    open_library(path).close()
    win = open_window(qtbot, path, settings)
    try:
        win.resize(800, 600)
        manager = win.show_tag_manager()
        qtbot.waitExposed(manager)
        assert manager.table.rowCount() == 0 and manager.summary.text() == i18n.tr("tagman.empty")
        assert manager.summary.width() <= manager.width()  # wrapped, not cut
        manager.close()
        view = win.discovery.view("entities")
        wait_idle(qtbot, win)
        qtbot.waitUntil(lambda: view.detail.text() == i18n.tr("discover.entities.empty"), timeout=10_000)
        assert view.table.rowCount() == 0 and not view.years.isVisible()
    finally:
        win.shutdown(backup=False)


def test_one_tag_is_singular_in_english(qtbot, window) -> None:
    i18n.set_language("en")
    assert i18n.tr("tagman.summary", n=1) == "1 tag" and i18n.tr("tagman.summary", n=2) == "2 tags"


def test_every_english_count_of_things_has_its_singular() -> None:
    """'任远: 1 articles', '1 entries', '1 tags' were on screen; each such message has an en_one."""
    import re

    plural = re.compile(r"\{n\}\)?\s+[a-z]+s\b|\(\{n\} [a-z]+s\)")
    missing = [key for key, entry in i18n.catalog().items()
               if plural.search(entry.get("en", "")) and "en_one" not in entry]
    assert missing == []
    i18n.set_language("en")
    assert i18n.tr("discover.entities.detail", name="任远", n=1, first="2020-04-28", last="2020-04-28",
                   roles="reporter 1").startswith("任远: 1 article,")


LONG_NAME = "backed-up-" + "library-of-the-zhuzhou-daily-" * 4 + "20261206-153351Z-manual.sqlite"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_status_messages_and_the_place_line_end_in_an_ellipsis_at_800(qtbot, window, lang) -> None:
    i18n.set_language(lang)
    window.resize(800, 600)
    qtbot.wait(50)
    bar = window.statusBar()
    counts = window.status_line.counts
    bar.showMessage(LONG_NAME, 5000)
    shown = bar.shown_message()
    assert bar.currentMessage() == LONG_NAME and shown.endswith("…") and shown[:-1] in LONG_NAME
    assert bar.message_rect().left() + bar.fontMetrics().horizontalAdvance(shown) < counts.geometry().left()
    assert LONG_NAME in bar.toolTip()  # the whole text on hover
    image = bar.grab().toImage()  # painted: nothing drawn in the gap before the counts
    gap = range(bar.message_rect().right() + 2, counts.geometry().left() - 1)
    background = image.pixelColor(gap[-1], 2)
    assert all(image.pixelColor(x, y) == background for x in gap for y in range(image.height()))
    bar.showMessage("短消息 short", 5000)
    assert bar.shown_message() == "短消息 short" and bar.toolTip() == ""
    bar.clearMessage()
    where = window.status_line.where
    where.setText("2026 › 2月 › " + "很长的标题" * 40)
    qtbot.wait(20)
    assert where.shown_text().endswith("…")
    assert where.fontMetrics().horizontalAdvance(where.shown_text()) <= where.contentsRect().width()
    assert where.geometry().right() < counts.geometry().left() and window.width() == 800


def test_print_preview_shows_without_crashing(qtbot, window) -> None:
    """File → Print preview crashed the window: the dialog's printer was freed when the function returned."""
    import gc

    from zzreader.gui import printing

    dialog = printing.preview_dialog(window)
    gc.collect()
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.printer().docName()  # the printer is still there
    avail = dialog.screen().availableGeometry()
    assert dialog.width() <= avail.width() and dialog.height() <= avail.height()
    assert dialog.height() >= min(600, int(avail.height() * 0.8))  # not Qt's thumbnail of 533 x 400
    dialog.close()


@pytest.mark.parametrize("theme", ["dark", "light", "sepia"])
def test_empty_tick_boxes_show_in_every_theme(qtbot, window, theme) -> None:
    """In the dark theme the stray-line list's boxes (and 'Share') were invisible until ticked."""
    from zzreader.gui.indicator_style import IndicatorStyle
    from zzreader.gui.qt import QApplication, QColor
    from zzreader.gui.stray_lines_dialog import StrayLinesDialog

    window.appearance.set_theme(theme)
    window.appearance.set_theme(theme)
    assert isinstance(QApplication.instance().style(), IndicatorStyle)
    dialog = StrayLinesDialog([(1, "广告接待热线 28835396", 155, 157)], window)
    dialog.show()
    qtbot.waitExposed(dialog)
    row = dialog.list.visualItemRect(dialog.list.item(0))
    image = dialog.list.viewport().grab(row).toImage()
    box = image.copy(0, 0, row.height() + 4, row.height())  # the tick box at the row's start
    base = QColor(themes.theme(theme).base)
    contrast = max(abs(box.pixelColor(x, y).lightness() - base.lightness())
                   for x in range(box.width()) for y in range(box.height()))
    assert contrast >= 50, contrast
    dialog.close()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_notice_on_opening_is_in_the_window_language_only(qtbot, library_path, settings, lang) -> None:
    """A trigger another program left in the library is removed on opening and told: it was told in both languages."""
    import re
    import sqlite3

    other = sqlite3.connect(library_path)
    other.execute("CREATE TRIGGER planted AFTER INSERT ON highlights BEGIN SELECT 1; END")
    other.commit()
    other.close()
    i18n.set_language(lang)
    win = open_window(qtbot, library_path, settings)
    try:
        assert win.library.notices  # the core said so
        message = win.statusBar().currentMessage()
        assert "planted" in message
        has_han = bool(re.search(r"[\u4e00-\u9fff]", message.replace("planted", "")))
        assert has_han == (lang == "zh")
        assert ("The library" in message) == (lang == "en")
    finally:
        win.shutdown(backup=False)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_annotation_import_summary_is_in_one_language(qtbot, window, annotated, tmp_path, lang) -> None:  # noqa: F811
    """'批注导入完成：新增 0，… / added 0, …' was both languages at once."""
    import re

    i18n.set_language(lang)
    path = tmp_path / "all.json"
    with qtbot.waitSignal(window.io.exported, timeout=10_000):
        window.io.start_export("json", str(path))
    with qtbot.waitSignal(window.io.imported, timeout=10_000):
        window.io.start_import(str(path))
    message = window.statusBar().currentMessage()
    assert ("unchanged 3" if lang == "en" else "未变 3") in message  # all three were there already
    assert bool(re.search(r"[\u4e00-\u9fff]", message)) == (lang == "zh")
    assert (" / " in message) is False


def test_the_trend_list_says_how_to_fill_it(qtbot, window) -> None:
    view = window.discovery.view("trends")
    view.set_queries(["株洲"], "year")
    view.start()
    qtbot.waitUntil(lambda: view.result is not None, timeout=20_000)
    assert [view.articles.item(i).text() for i in range(view.articles.count())] == [i18n.tr("discover.trends.pick_point")]
    assert not view.articles.item(0).flags() & Qt.ItemFlag.ItemIsSelectable
    years = [p.period for p in view.result.series[0].points]
    view.show_period(0, years.index("2020"))
    assert view.articles.count() > 1 and i18n.tr("discover.trends.pick_point") not in view.articles.item(0).text()
