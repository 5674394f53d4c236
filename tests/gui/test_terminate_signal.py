"""SIGTERM (a logout, `kill`) closes the window as its close button does (offscreen, Unix)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM ends a process at once on Windows")


def wait_for(check, seconds: float = 60.0) -> bool:
    end = time.time() + seconds
    while time.time() < end:
        if check():
            return True
        time.sleep(0.05)
    return False


def test_sigterm_saves_the_window_and_takes_its_socket_away(tmp_path: Path, library_path: Path) -> None:
    from zzreader.gui.qt import QDir
    from zzreader.gui.single_instance import server_name

    settings, log = tmp_path / "s.ini", tmp_path / "shown.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ZZREADER_SETTINGS": str(settings),
           "ZZREADER_STARTUP_LOG": str(log)}
    window = subprocess.Popen([sys.executable, "-m", "zzreader", "--library", str(library_path)], cwd=ROOT, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    socket_file = Path(QDir.tempPath(), server_name(library_path))
    try:
        assert wait_for(log.exists), "the window was never shown"
        assert wait_for(socket_file.exists), "the window never listened for a second start"
        assert "geometry" not in (settings.read_text(encoding="utf-8") if settings.exists() else "")
        window.send_signal(signal.SIGTERM)
        _out, err = window.communicate(timeout=60)
    finally:
        if window.poll() is None:
            window.kill()
    assert window.returncode == 0, err[-800:]
    assert not socket_file.exists()  # the next start asks no dead socket
    assert "geometry" in settings.read_text(encoding="utf-8")  # the layout was saved as on a close
