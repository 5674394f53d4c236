"""SIGHUP (the terminal the window was started from closes) closes the window as its close button does.

Python's default ended the window at once: the layout was not saved, the closing
backup of a changed library not made and the single-instance socket left behind.
A window started under `nohup` (SIGHUP ignored) keeps running.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.gui.test_terminate_signal import wait_for

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="no SIGHUP on Windows")


def _window(tmp_path: Path, library_path: Path, ignore_hangup: bool) -> tuple[subprocess.Popen[str], Path, Path]:
    settings, log = tmp_path / "s.ini", tmp_path / "shown.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ZZREADER_SETTINGS": str(settings),
           "ZZREADER_STARTUP_LOG": str(log)}
    ignore = (lambda: signal.signal(signal.SIGHUP, signal.SIG_IGN)) if ignore_hangup else None
    window = subprocess.Popen([sys.executable, "-m", "zzreader", "--library", str(library_path)], cwd=ROOT, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=ignore)
    return window, settings, log


def test_a_hangup_closes_the_window_as_its_close_button_does(tmp_path: Path, library_path: Path) -> None:
    from zzreader.gui.qt import QDir
    from zzreader.gui.single_instance import server_name

    window, settings, log = _window(tmp_path, library_path, ignore_hangup=False)
    socket_file = Path(QDir.tempPath(), server_name(library_path))
    try:
        assert wait_for(log.exists), "the window was never shown"
        assert wait_for(socket_file.exists), "the window never listened for a second start"
        window.send_signal(signal.SIGHUP)
        _out, err = window.communicate(timeout=60)
    finally:
        if window.poll() is None:
            window.kill()
    assert window.returncode == 0, (window.returncode, err[-800:])
    assert not socket_file.exists()
    assert "geometry" in settings.read_text(encoding="utf-8")  # saved as on a close


def test_a_window_started_under_nohup_outlives_the_terminal(tmp_path: Path, library_path: Path) -> None:
    window, _settings, log = _window(tmp_path, library_path, ignore_hangup=True)
    try:
        assert wait_for(log.exists), "the window was never shown"
        time.sleep(0.5)  # past the first paint, when the window sets its handlers
        window.send_signal(signal.SIGHUP)
        time.sleep(1.0)
        assert window.poll() is None, "the window closed on a hangup it was started to ignore"
        window.send_signal(signal.SIGTERM)
        window.communicate(timeout=60)
    finally:
        if window.poll() is None:
            window.kill()
    assert window.returncode == 0
