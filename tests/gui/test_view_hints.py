"""What the window says before the user has chosen anything, in both languages:
the discovery views (no blank rows, no '?' for what an issue does not state, no
empty chart or grey button without a word of why), an empty library (its
browser and calendar say so, the commands on an article are grey), and every
dock's title-bar icons (tooltips)."""

from __future__ import annotations

import re

import pytest

from tests.gui.conftest import open_window
from tests.gui.test_discovery_views import wait_idle
from zzreader import i18n

HAN = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(params=["zh", "en"])
def lang_window(request, qtbot, library_path, settings):
    i18n.set_language(request.param)
    settings.setValue("reading/language", request.param)
    win = open_window(qtbot, library_path, settings)
    yield win, request.param
    win.shutdown(backup=False)


def test_the_calendar_names_an_untitled_piece_and_leaves_out_an_unknown_number(qtbot, lang_window) -> None:
    win, lang = lang_window
    view = win.discovery.view("calendar")
    view.go_to("2026-02-09")  # a seed issue that prints neither its number nor its pages
    rows = [view.day_articles.item(i).text() for i in range(view.day_articles.count())]
    assert rows and all(r.strip() for r in rows)
    untitled = i18n.tr("article.untitled")
    assert any(r.startswith(untitled) and len(r) > len(untitled) for r in rows)  # its first words follow
    summary = view.summary.text()
    assert "?" not in summary and summary.startswith("2026-02-09")
    assert summary.endswith("6篇" if lang == "zh" else "6 articles")


def test_the_calendar_shows_a_known_number_and_pages(qtbot, lang_window) -> None:
    win, lang = lang_window
    view = win.discovery.view("calendar")
    view.go_to("2024-12-05")
    summary = view.summary.text()
    if lang == "zh":
        assert "第23847期" in summary and "8 版" in summary
    else:
        assert "No. 23847" in summary and "8 pages" in summary and not HAN.search(summary)


def test_reprints_with_none_found_say_so_and_open_is_grey_with_a_reason(qtbot, lang_window) -> None:
    win, lang = lang_window
    view = win.discovery.view("reprints")
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: bool(view.status.text()) and view.status.text() != i18n.tr("discover.working"))
    assert view.status.text() == i18n.tr("discover.reprints.none")
    assert view.left.toPlainText() == i18n.tr("discover.reprints.pick")
    for button in view.open_buttons:
        assert not button.isEnabled() and button.toolTip()
    if lang == "en":
        assert not HAN.search(view.status.text() + view.left.toPlainText())


def test_entities_before_a_choice_explain_the_empty_side_and_grey_buttons(qtbot, lang_window) -> None:
    win, lang = lang_window
    view = win.discovery.view("entities")
    qtbot.waitUntil(lambda: bool(view.entries), timeout=20_000)
    wait_idle(qtbot, win)
    assert view.detail.text() == i18n.tr("discover.entities.pick")
    assert not view.b_search.isEnabled() and not view.b_merge.isEnabled()
    assert view.b_search.toolTip() == i18n.tr("discover.entities.pick")
    view.table.selectRow(0)
    assert view.b_search.isEnabled() and view.b_merge.isEnabled()
    assert view.detail.text() != i18n.tr("discover.entities.pick")
    if lang == "en":
        assert not HAN.search(i18n.tr("discover.entities.pick"))


def _luminance(colour) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


@pytest.mark.parametrize("theme", ["light", "dark", "sepia"])
def test_an_issue_day_is_readable_on_its_blue_in_every_theme(qtbot, window, theme) -> None:
    """The dark theme once drew the day's number white on the light blue."""
    from zzreader.gui.qt import QDate

    window.appearance.set_theme(theme)
    view = window.discovery.view("calendar")
    view.go_to("2024-12-01")  # the month of the 2024-12-05 issue, another day chosen
    fmt = view.calendar.dateTextFormat(QDate(2024, 12, 5))
    # The blue is fixed, so its ink must be too: the theme's own ink (white in the dark theme) is no match for it.
    assert fmt.foreground().style() != fmt.foreground().style().NoBrush
    fg, bg = fmt.foreground().color(), fmt.background().color()
    lighter, darker = sorted((_luminance(fg), _luminance(bg)), reverse=True)
    assert (lighter + 0.05) / (darker + 0.05) >= 4.5


def test_trends_save_buttons_wait_for_a_chart_and_say_so(qtbot, lang_window) -> None:
    """Save CSV… once did nothing at all before a chart was drawn, and Save PNG… saved an empty grid."""
    win, lang = lang_window
    view = win.discovery.view("trends")
    for button in view.save_buttons:
        assert not button.isEnabled() and button.toolTip() == i18n.tr("discover.trends.draw_first")
    if lang == "en":
        assert not HAN.search(view.save_buttons[0].toolTip())
    view.set_queries(["株洲"], "year")
    view.start()
    qtbot.waitUntil(lambda: view.result is not None, timeout=20_000)
    assert all(b.isEnabled() and not b.toolTip() for b in view.save_buttons)


def test_tab_leaves_the_trends_query_box_instead_of_typing_a_tab(qtbot, window) -> None:
    from zzreader.gui.qt import Qt

    view = window.discovery.view("trends")
    view.queries.setPlainText("株洲")
    view.queries.setFocus()
    qtbot.waitUntil(view.queries.hasFocus, timeout=2_000)
    qtbot.keyClick(view.queries, Qt.Key.Key_Tab)
    assert view.queries.toPlainText() == "株洲"
    assert not view.queries.hasFocus()


def test_every_dock_title_bar_icon_has_a_tooltip(qtbot, lang_window) -> None:
    """Close and float are icons only; Qt gives them no tooltip."""
    from zzreader.gui.qt import QAbstractButton, QDockWidget

    win, lang = lang_window
    win.search_dock.show()
    win.browser_dock.show()
    for key in ("trends", "calendar", "entities", "reprints"):
        win.discovery.show(key)
    wait_idle(qtbot, win)
    docks = win.findChildren(QDockWidget)
    assert len(docks) >= 6
    for dock in docks:
        for name in ("qt_dockwidget_closebutton", "qt_dockwidget_floatbutton"):
            button = dock.findChild(QAbstractButton, name)
            assert button is not None and button.toolTip(), (dock.objectName(), name)
            assert bool(HAN.search(button.toolTip())) == (lang == "zh")


def test_an_empty_library_says_so_in_the_calendar_and_the_annotation_browser(qtbot, tmp_path, settings) -> None:
    i18n.set_language("en")
    win = open_window(qtbot, tmp_path / "empty.sqlite", settings)
    try:
        view = win.discovery.view("calendar")
        assert view.summary.text().startswith("No issue on ")
        win.browser_dock.show()
        qtbot.waitUntil(lambda: bool(win.browser.count.text()), timeout=5_000)
        assert win.browser.count.text() == i18n.tr("browser.none")
        assert not HAN.search(win.browser.count.text())
    finally:
        win.shutdown(backup=False)


def test_an_empty_library_greys_the_commands_on_the_open_article(qtbot, tmp_path, settings, window) -> None:
    """They stayed bright in an empty library and did nothing when chosen."""
    win = open_window(qtbot, tmp_path / "empty.sqlite", settings)
    try:
        for w, shown in ((win, False), (window, True)):
            c = w.corrections
            for act in (c.act_edit, c.act_split, c.act_history, w.act_export_pdf, w.act_print, w.act_find):
                assert act.isEnabled() == shown, act.objectName()
            assert c.act_review.isEnabled()  # library-wide: always offered
    finally:
        win.shutdown(backup=False)
