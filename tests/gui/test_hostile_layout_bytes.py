"""A settings file whose saved window layout has a few bytes damaged.

Before: Qt's restoreState trusts every length and size in the dock state and splitter bytes;
a dock state with four bytes changed (a size read as 2³¹ − 1) made the window crash with a
segmentation fault at every start, until the settings file was deleted by hand (of 400 such
damaged dock states tried, the first crash came at the 13th; damaged splitter states crashed
too). Now the layout is restored only when its bytes are those the window saved, told by a
digest saved beside them (gui/window_layout.py); otherwise the window opens with its
first-run layout. A layout the window saved itself comes back as it was.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from zzreader.gui.app import SETTINGS_ENV
from zzreader.gui.main_window import MainWindow
from zzreader.gui.qt import QByteArray, QSettings
from zzreader.gui.window_layout import K_STATE

# Found by mutating a saved state (tests/gui: 4 bytes of the search dock's entry changed).
_SIZE_BYTES = bytes.fromhex("00ffffff00007fffffff")


def _saved_layout(qtbot, library_path: Path, ini: Path) -> tuple[bytes, list[int]]:
    win = MainWindow(library_path, QSettings(str(ini), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.layout_memory.splitter.setSizes([260, 900])
    win.layout_memory.sized_by_user = True
    sizes = win.layout_memory.splitter.sizes()
    win.shutdown()
    return bytes(QSettings(str(ini), QSettings.Format.IniFormat).value(K_STATE)), sizes


@pytest.mark.skipif(sys.platform != "linux", reason="a window started in a child process, offscreen")
def test_a_damaged_dock_state_no_longer_crashes_every_start(qtbot, library_path: Path, tmp_path: Path) -> None:
    ini = tmp_path / "settings.ini"
    state, sizes = _saved_layout(qtbot, library_path, ini)
    again = MainWindow(library_path, QSettings(str(ini), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    try:  # the layout the window saved comes back as it was
        assert again.layout_memory.splitter.sizes()[0] == sizes[0] and again.layout_memory.sized_by_user
    finally:
        again.shutdown()
    damaged = bytearray(state)
    at = 0x43  # inside the first dock's entry: its sizes
    damaged[at : at + len(_SIZE_BYTES)] = _SIZE_BYTES
    settings = QSettings(str(ini), QSettings.Format.IniFormat)
    settings.setValue(K_STATE, QByteArray(bytes(damaged)))  # the digest beside it now disagrees
    settings.sync()
    del settings
    picture = tmp_path / "window.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{SETTINGS_ENV: str(ini)})
    for _start in range(2):  # every start, not only the first
        run = subprocess.run(
            [sys.executable, "-m", "zzreader", "--library", str(library_path), "--screenshot", str(picture)],
            capture_output=True, text=True, env=env, timeout=120,
        )  # fmt: skip
        assert run.returncode == 0, (run.returncode, run.stderr[-500:])  # was -11 (SIGSEGV)
        assert picture.stat().st_size > 0
