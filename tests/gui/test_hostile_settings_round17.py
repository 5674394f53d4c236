"""Settings another program or a hand edit broke, past test_odd_settings.py and test_hostile_settings_values.py.

Before: a font family in the settings was quoted into the page's style sheet
as it stood, so `x'; } body { color: #ffffff; } p {'` painted every article
white on white (the page fetches nothing, gui/article_page.py, so no file
was read). Now a family keeps only what font names hold. A saved geometry
larger than the screen or far off it, and a saved layout naming docks this
window does not have with huge sizes, leave the window on the screen with
room for the article.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from zzreader.gui.main_window import MainWindow
from zzreader.gui.window_layout import K_GEOMETRY, K_SPLITTER, K_STATE, write_layout
from zzreader.gui.qt import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QSettings,
    QSplitter,
    Qt,
    QWidget,
)

INJECTED = "x'; } body { color: #ffffff; } p {'"


def _open(qtbot, library_path: Path, settings: QSettings) -> MainWindow:
    win = MainWindow(library_path, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.mark.parametrize("family", [INJECTED, "</style><p style='color:#ffffff'>", "F" * 10_000 + "'"])
def test_a_font_family_from_the_settings_cannot_restyle_the_page(qtbot, library_path: Path, tmp_path: Path, family) -> None:
    settings = QSettings(str(tmp_path / "font.ini"), QSettings.Format.IniFormat)
    settings.setValue("reading/font_family", family)
    settings.sync()
    win = _open(qtbot, library_path, settings)
    try:
        assert win.current_id is not None
        html = win.view.page.toHtml()
        assert "#ffffff" not in html.lower() and "color:#ffffff" not in html.replace(" ", "").lower()
        assert len(win.prefs.font_family) <= 100 and "'" not in win.prefs.font_family
    finally:
        win.shutdown()


def _geometry(x: int, y: int, w: int, h: int):
    other = QMainWindow()
    other.setGeometry(x, y, w, h)
    saved = other.saveGeometry()
    other.deleteLater()
    return saved


def _foreign_layout():
    """A dock layout saved by a window with other docks, one 4,000 pixels wide."""
    other = QMainWindow()
    other.resize(5000, 5000)
    for name in ("ghostDock", "searchDock", "<img src=x>"):
        dock = QDockWidget(name, other)
        dock.setObjectName(name)
        dock.setWidget(QWidget())
        other.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        other.resizeDocks([dock], [4000], Qt.Orientation.Horizontal)
    state = other.saveState(1)
    other.deleteLater()
    return state


@pytest.mark.parametrize("where", [(0, 0, 20_000, 20_000), (50_000, 50_000, 900, 700), (-30_000, -30_000, 900, 700)])
def test_a_saved_geometry_off_or_beyond_the_screen_lands_on_it(qtbot, library_path: Path, tmp_path: Path, where) -> None:
    settings = QSettings(str(tmp_path / "geometry.ini"), QSettings.Format.IniFormat)
    splitter = QSplitter()
    splitter.addWidget(QWidget())
    splitter.addWidget(QWidget())
    splitter.setSizes([10**8, 10**8])
    # with the digest the window believes (gui/window_layout.py): as if it had saved them itself
    write_layout(settings, {K_GEOMETRY: _geometry(*where), K_STATE: _foreign_layout(), K_SPLITTER: splitter.saveState()})
    settings.sync()
    win = _open(qtbot, library_path, settings)
    try:
        screen = QApplication.primaryScreen().availableGeometry()
        assert screen.contains(win.geometry())
        qtbot.wait(200)  # the panes are fitted once drawn (gui/pane_fit.py)
        assert win.view.width() >= 300  # room for the article
        assert win.findChild(QDockWidget, "ghostDock") is None
    finally:
        win.shutdown()
