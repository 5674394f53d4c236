"""The window's settings file ignores a relative $XDG_CONFIG_HOME (core/user_dirs.py config_base)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from zzreader.gui.app import SETTINGS_ENV, default_settings

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="the XDG rule is Linux's")


def test_settings_go_under_home_when_xdg_config_home_is_relative(qapp, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.delenv(SETTINGS_ENV, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", "relative/config")
    assert Path(default_settings().fileName()) == tmp_path / ".config" / "zzreader" / "zzreader.ini"


def test_settings_go_under_an_absolute_xdg_config_home(qapp, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.delenv(SETTINGS_ENV, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    assert Path(default_settings().fileName()) == tmp_path / "cfg" / "zzreader" / "zzreader.ini"


def test_a_settings_file_that_is_a_library_is_not_used(qapp, monkeypatch, tmp_path: Path, capsys) -> None:
    """$ZZREADER_SETTINGS naming the library: saving the window's settings would have replaced it."""
    from zzreader.core.store import open_library

    open_library(tmp_path / "lib.sqlite").close()
    monkeypatch.setenv(SETTINGS_ENV, str(tmp_path / "lib.sqlite"))
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    settings = default_settings()
    assert Path(settings.fileName()) == tmp_path / ".config" / "zzreader" / "zzreader.ini"
    assert "Will not write over a database file" in capsys.readouterr().err
