"""A settings file holding hostile values, past the odd ones of test_odd_settings.py.

Before: the last-read articles saved as JSON nested 100,000 deep stopped the
window's start with RecursionError (only ValueError was caught); an article
id there beyond SQLite's integers stopped it with OverflowError; and a recent
list of 10,000 entries (the window writes at most 8) became a File menu of
10,000 items, each a file looked up as the menu opened. Now such a value is
ignored or cut to the list's length, and the window opens on an article.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from zzreader.gui.main_window import MainWindow
from zzreader.gui.qt import QMenu, QSettings
from zzreader.gui.recent_libraries import K_RECENT, RECENT_MAX
from zzreader.gui.window_layout import K_LAST_ARTICLES


def _open(qtbot, library_path: Path, settings: QSettings) -> MainWindow:
    win = MainWindow(library_path, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.mark.parametrize(
    "raw",
    [
        "[" * 100_000,
        '{"a":' * 100_000 + "1" + "}" * 100_000,
        "LIBRARY:" + str(2**70),
        "LIBRARY:" + str(-(2**70)),
        "LIBRARY:1e999",
    ],
)
def test_hostile_last_articles_do_not_stop_the_window(qtbot, library_path: Path, tmp_path: Path, raw: str) -> None:
    if raw.startswith("LIBRARY:"):
        raw = "{" + json.dumps(str(library_path)) + ": " + raw.removeprefix("LIBRARY:") + "}"
    settings = QSettings(str(tmp_path / "hostile.ini"), QSettings.Format.IniFormat)
    settings.setValue(K_LAST_ARTICLES, raw)
    settings.sync()
    win = _open(qtbot, library_path, settings)
    try:
        assert win.current_id is not None
    finally:
        win.shutdown()


def test_a_recent_list_of_ten_thousand_entries_is_cut(qtbot, library_path: Path, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "hostile.ini"), QSettings.Format.IniFormat)
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    settings.setValue(K_RECENT, [str(fifo), "/dev/zero", str(tmp_path)] + [f"/nowhere/{i}.sqlite" for i in range(10_000)])
    settings.sync()
    win = _open(qtbot, library_path, settings)
    try:
        menu = QMenu()
        win.recent.fill(menu)
        assert 1 <= len(menu.actions()) <= RECENT_MAX
        assert not any(a.isEnabled() for a in menu.actions())  # a FIFO, a device, a folder: no library
    finally:
        win.shutdown()
