"""A relative $XDG_DATA_HOME, $XDG_CACHE_HOME or $XDG_CONFIG_HOME is ignored (core/user_dirs.py).

The XDG Base Directory specification calls a relative value invalid. zzreader
ignored it only where HOME was absolute; elsewhere it asked platformdirs,
which before 4.3 took the relative value as it was (a library made in the
folder a command happened to start in), and the window's settings had no
rule of zzreader's at all.
"""

from __future__ import annotations

import os
import pwd
import sys
from pathlib import Path

import platformdirs
import pytest

from zzreader.core import user_dirs

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="the XDG rule is Linux's")
VARIABLES = ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME")


def _old_platformdirs(monkeypatch) -> None:
    """platformdirs 4.0–4.2: `$XDG_…_HOME` used whenever set, relative or not."""
    def old(variable: str, default: str):
        return lambda appname=None, **_: os.path.join(os.environ.get(variable) or os.path.expanduser(default), appname)

    monkeypatch.setattr(platformdirs, "user_data_dir", old("XDG_DATA_HOME", "~/.local/share"))
    monkeypatch.setattr(platformdirs, "user_cache_dir", old("XDG_CACHE_HOME", "~/.cache"))


@pytest.mark.parametrize("home", ["absolute", "relative", "empty"])
def test_relative_xdg_folders_are_ignored(monkeypatch, tmp_path: Path, home: str) -> None:
    _old_platformdirs(monkeypatch)
    for name in VARIABLES:
        monkeypatch.setenv(name, f"rel/{name.lower()}")
    expected_home = {"absolute": str(tmp_path), "relative": pwd.getpwuid(os.getuid()).pw_dir,
                     "empty": pwd.getpwuid(os.getuid()).pw_dir}[home]
    monkeypatch.setenv("HOME", {"absolute": str(tmp_path), "relative": "somewhere", "empty": ""}[home])
    assert user_dirs.data_dir() == Path(expected_home, ".local/share/zzreader")
    assert user_dirs.cache_dir() == Path(expected_home, ".cache/zzreader")
    assert user_dirs.config_base() == Path(expected_home, ".config")
    assert user_dirs.default_library().is_absolute()


def test_absolute_xdg_folders_are_used(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", "relative-home")
    for name in VARIABLES:
        monkeypatch.setenv(name, str(tmp_path / name))
    assert user_dirs.data_dir() == tmp_path / "XDG_DATA_HOME" / "zzreader"
    assert user_dirs.cache_dir() == tmp_path / "XDG_CACHE_HOME" / "zzreader"
    assert user_dirs.config_base() == tmp_path / "XDG_CONFIG_HOME"
