"""What the window writes at start: nothing before its first paint, nothing unchanged (gui/main_window.py)."""

from __future__ import annotations

from pathlib import Path

from zzreader.gui.main_window import MainWindow
from zzreader.gui.qt import QSettings
from zzreader.gui.window_layout import LastArticles


def test_settings_and_the_daily_backup_wait_for_the_first_paint(qtbot, library_path: Path, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(library_path, settings)
    qtbot.addWidget(win)
    try:
        assert win.current_id is not None  # the first article is open before the paint
        assert win.recent.paths() == [] and LastArticles(settings).get(str(library_path)) is None
        assert win.backups.daily_backup is None
        win.show()
        qtbot.waitUntil(lambda: win.memory.drawn, timeout=5000)
        assert win.recent.paths() == [str(library_path)]
        assert LastArticles(settings).get(str(library_path)) == win.current_id
        assert win.backups.daily_backup is not None
        assert not settings.contains("reading/theme")  # the default prefs just loaded: not written back
    finally:
        win.shutdown()


def test_a_window_never_shown_still_remembers_its_article_on_close(qtbot, library_path: Path, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(library_path, settings)
    qtbot.addWidget(win)
    opened = win.current_id
    win.shutdown()
    assert LastArticles(settings).get(str(library_path)) == opened
