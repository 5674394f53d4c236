"""Library strings in the places the earlier walks missed: title-filter tooltips, menus, charts, the title.

The title filter's list set its item tooltips from article titles as they
were (Qt reads `<img src=…>` there as rich text and loads the file); the
trend chart's legend is drawn by pyqtgraph as HTML, so a query quoting a tag
was run as markup; menus built from data (recent libraries, collections, the
"search the selection" item) took `&` as a shortcut letter and a tab as the
start of the shortcut column; the window title showed a file name's newline
and right-to-left mark as they were. Each now shows the text literally.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.gui.test_discovery_views import wait_idle
from tests.gui.test_plain_text import LOADERS, _walk
from zzreader.gui import plain_text
from zzreader.gui.qt import QMenu, Qt
from zzreader.i18n import tr

HOSTILE = '<img src="/etc/passwd">株洲<b>新闻</b>'


def test_title_filter_tooltips_show_a_hostile_title_as_text(qtbot, window) -> None:
    lib = window.library
    aid = lib.db.execute("SELECT id FROM articles ORDER BY id LIMIT 1").fetchone()[0]
    lib.corrections.edit(aid, {"title": HOSTILE + "防汛"})
    window.filter.setText("防汛")
    qtbot.waitUntil(lambda: window.left_stack.currentWidget() is window.titles.list, timeout=5_000)
    tips = [i.data(Qt.ItemDataRole.ToolTipRole) for i in _walk(window.titles.model)]
    hostile = [t for t in tips if t and "passwd" in t]
    assert hostile, tips
    for tip in hostile:
        assert not any(tag in tip for tag in LOADERS), tip
        assert "&lt;img" in tip  # the words are there, as text


def test_a_trend_legend_shows_a_query_as_written(qtbot, window) -> None:
    view = window.discovery.view("trends")
    query = '"<b>株洲</b>" <img src=/etc/passwd>'
    view.set_queries([query, "医保"], "year")
    view.start()
    qtbot.waitUntil(lambda: view.result is not None, timeout=20_000)
    wait_idle(qtbot, window)
    labels = [label for _sample, label in view.legend.items]
    assert len(labels) == 2
    shown = labels[0].item.toPlainText()
    assert shown == query  # the text, not bold and no image
    assert "<b>" not in labels[0].item.toHtml().split("<body")[1].replace("&lt;b&gt;", "")


def test_a_recent_library_with_an_ampersand_and_a_tab_is_one_literal_item(window, tmp_path: Path) -> None:
    odd = tmp_path / "R&D\tnotes"
    odd.mkdir()
    other = odd / "lib.sqlite"
    shutil.copy(window.library.path, other)
    window.recent.remember(other)
    menu = QMenu()
    window.recent.fill(menu)
    texts = [a.text() for a in menu.actions()]
    item = next(t for t in texts if "R&&D" in t)
    assert "\t" not in item and "R&&D notes" in item  # no shortcut column made of the folder name
    assert item.endswith("lib.sqlite")  # a long path loses its middle, not its file name


def test_a_collection_named_with_an_ampersand_keeps_it(window) -> None:
    window.library.collections.create("R&D 株洲")
    menu = window.annotator.collection_menu(None, [window.current_id])
    texts = [a.text() for a in menu.actions()]
    assert any(t.startswith("R&&D 株洲") for t in texts), texts  # "&&" is how a menu shows one "&"


def test_helpers_make_text_literal() -> None:
    assert plain_text.menu_text("R&D\tx\ny\x1b") == "R&&D x y\\x1b"
    assert plain_text.title_text("a\nb\u202ec") == "a\\nb\\u202ec"
    assert plain_text.chart_text("<b>x</b>") == "&lt;b&gt;x&lt;/b&gt;"
    assert len(plain_text.menu_text("株" * 500)) == plain_text.MAX_MENU_CHARS


def test_a_discovery_view_that_fails_says_so_in_our_words(window) -> None:
    import sqlite3

    exc = sqlite3.DatabaseError("database disk image is malformed")
    exc.sqlite_errorcode = sqlite3.SQLITE_CORRUPT
    for name in ("trends", "entities", "reprints"):
        view = window.discovery.view(name)
        view._failed(exc)
        assert "malformed" not in view.status.text() and "损坏" in view.status.text(), view.status.text()


def test_a_print_job_is_named_on_one_line(window) -> None:
    from zzreader.gui import printing

    lib = window.library
    with lib.lock, lib.db.atomic():  # a hostile library: the title as another program stored it
        lib.db.execute("UPDATE articles SET title = ? WHERE id = ?", ["株洲\u202e新闻\n<b>x</b>", window.current_id])
    name = printing.new_printer(window).docName()
    # The title is read without control and format characters (core/stored_values.py `line`).
    assert "\u202e" not in name and "\n" not in name and "株洲" in name and "新闻" in name


@pytest.mark.parametrize("day", ["1850-03-01", "2150-06-01"])
def test_a_calendar_day_outside_the_lunar_tables_shows_no_lunar_date(window, day: str) -> None:
    """The calendar lets one go to 1850 or 2150; the lunar tab used to name a negative day there."""
    view = window.discovery.view("calendar")
    view.go_to(day)
    assert view.summary.text().startswith(day)
    assert view.lunar.count() == 0
    assert view.tabs.tabText(2) == tr("discover.calendar.lunar")
