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
