"""A settings file holding odd values never keeps the window from opening.

The settings (an INI file) may be edited by hand, damaged, or written by
another version or program. A window geometry, dock state or splitter
saved as text or a list instead of bytes made the window's start fail with
a TypeError from Qt; every value is now read as what it must be or ignored.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from zzreader.gui.main_window import MainWindow
from zzreader.gui.qt import QMenu, QSettings

ODD = {
    "window/geometry": "garbage",
    "window/state": 12345,
    "window/splitter": "<img src=/etc/passwd>",
    "window/left_splitter": [1, 2],
    "library/recent": ["<img src=/etc/passwd>", "a\nb", 5],
    "reader/last_articles": "{{{",
    "reader/show_source": "maybe",
    "dialogs/import": "/dev/zero",
    "reading/font_size": "huge",
    "reading/theme": "<b>dark</b>",
    "reading/user_name": "名" * 10_000,
    "reading/language": "klingon",
}


@pytest.mark.parametrize("key", sorted(ODD))
def test_the_window_opens_whatever_a_setting_holds(qtbot, library_path: Path, tmp_path: Path, key: str) -> None:
    settings = QSettings(str(tmp_path / "odd.ini"), QSettings.Format.IniFormat)
    settings.setValue(key, ODD[key])
    settings.sync()
    win = MainWindow(library_path, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    try:
        assert win.current_id is not None  # an article is shown
        menu = QMenu()
        win.recent.fill(menu)  # the recent list reads back as text
        assert all("\n" not in a.text() for a in menu.actions())
    finally:
        win.shutdown()
