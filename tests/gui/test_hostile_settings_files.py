"""A settings file that is no regular file: a FIFO, a device, a folder.

Before: $ZZREADER_SETTINGS (or the settings file in the config folder)
naming a FIFO made the window's start wait forever, reading a file no
program writes; naming /dev/zero, the window saved its settings over the
device (Qt writes a new file and renames it), so a window run as root left
an INI file where /dev/zero was (found so while probing this round). Now such a name is told in one line on standard error and
ignored: $ZZREADER_SETTINGS falls back to the usual file, and when that is
no regular file either, the window keeps its settings for the session only.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from zzreader.gui.app import SETTINGS_ENV, default_settings

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="FIFOs and the XDG rule are Linux's")


def _fifo(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(path)
    return path


@pytest.mark.parametrize("kind", ["fifo", "folder", "device"])
def test_a_settings_env_naming_no_regular_file_is_ignored(qapp, monkeypatch, tmp_path: Path, capsys, kind: str) -> None:
    target = {"fifo": lambda: _fifo(tmp_path / "s.ini"), "folder": lambda: tmp_path, "device": lambda: Path("/dev/zero")}[kind]()
    monkeypatch.setenv(SETTINGS_ENV, str(target))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    settings = default_settings()
    assert Path(settings.fileName()) == tmp_path / "home" / ".config" / "zzreader" / "zzreader.ini"
    settings.value("reading/font_size")  # read without waiting
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and " / " in err[0] and SETTINGS_ENV in err[0]


def test_a_settings_file_that_is_a_fifo_is_not_read(qapp, monkeypatch, tmp_path: Path, capsys) -> None:
    monkeypatch.delenv(SETTINGS_ENV, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    fifo = _fifo(tmp_path / ".config" / "zzreader" / "zzreader.ini")
    settings = default_settings()
    assert Path(settings.fileName()) != fifo
    settings.setValue("reading/font_size", 20)
    settings.sync()
    assert settings.value("reading/font_size", type=int) == 20
    assert fifo.is_fifo()
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and " / " in err[0]
