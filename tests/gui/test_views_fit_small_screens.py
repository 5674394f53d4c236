"""An 800-pixel laptop: the discovery views, the restore dialog and the history
window stay on the screen in both languages.

Each once pushed past it: a discovery view opened beside the search dock made
the window 1,291 px (Chinese) to 1,573 px (English) wide, the calendar's
legend was one 660-px English line, the restore dialog was 957 px and the
history window 900 x 640.
"""

from __future__ import annotations

import pytest

from tests.gui.conftest import open_window
from tests.gui.test_discovery_views import wait_idle
from zzreader import i18n
from zzreader.gui.discovery import VIEWS

SCREEN_WIDTH = 800


@pytest.fixture(params=["zh", "en"])
def small_window(request, qtbot, library_path, settings):
    i18n.set_language(request.param)
    settings.setValue("reading/language", request.param)
    win = open_window(qtbot, library_path, settings)
    win.resize(SCREEN_WIDTH, 600)
    qtbot.wait(30)
    yield win
    win.shutdown(backup=False)


def test_every_discovery_view_leaves_the_window_as_wide_as_the_screen(qtbot, small_window) -> None:
    win = small_window
    win.search.search_for("株洲")  # the search dock open below the article, as after a search
    qtbot.waitUntil(lambda: win.search.model.rowCount() > 0, timeout=10_000)
    for key in VIEWS:
        dock = win.discovery.show(key)
        wait_idle(qtbot, win)
        qtbot.wait(30)
        assert dock.isVisible()
        assert win.minimumSizeHint().width() <= SCREEN_WIDTH, key
        assert win.width() == SCREEN_WIDTH, key


def test_the_calendar_legend_wraps_instead_of_widening_the_view(qtbot, small_window) -> None:
    view = small_window.discovery.view("calendar")
    assert view.minimumSizeHint().width() < SCREEN_WIDTH - 40


def test_the_restore_dialog_and_the_history_window_fit_the_screen(qtbot, small_window) -> None:
    win = small_window
    win.backups.backup_now()
    qtbot.waitUntil(lambda: win.backups.restore_dialog().table.rowCount() > 0, timeout=10_000)
    avail = win.screen().availableGeometry()
    dialog = win.backups.restore_dialog()
    assert dialog.width() <= avail.width() and dialog.height() <= avail.height()
    panel = win.corrections.show_history()
    assert panel.width() <= avail.width() and panel.height() <= avail.height()
