"""zzreader's per-user folders are platformdirs' folders (core/user_dirs.py)."""

from __future__ import annotations

import subprocess
import sys

import platformdirs
import pytest

from zzreader.core import user_dirs

CASES = [
    {"HOME": "/home/reporter"},
    {"HOME": "/home/reporter/"},
    {"HOME": "/home/reporter", "XDG_DATA_HOME": "/data/xdg", "XDG_CACHE_HOME": "/cache/xdg"},
    {"HOME": "/home/reporter", "XDG_DATA_HOME": "relative/data", "XDG_CACHE_HOME": ""},
    {"HOME": "relative-home"},
    {"HOME": ""},
]


@pytest.mark.parametrize("env", CASES, ids=[str(sorted(c.items())) for c in CASES])
def test_the_same_folders_as_platformdirs(env: dict[str, str], monkeypatch) -> None:
    for name in ("HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    try:
        data = platformdirs.user_data_dir("zzreader", appauthor=False)
        cache = platformdirs.user_cache_dir("zzreader", appauthor=False)
    except RuntimeError:  # no home folder platformdirs can find: nor do we, we ask it
        with pytest.raises(RuntimeError):
            user_dirs.data_dir()
        return
    assert str(user_dirs.data_dir()) == data
    assert str(user_dirs.cache_dir()) == cache
    assert user_dirs.default_library().parent == user_dirs.data_dir()


def test_a_plain_linux_start_does_not_import_platformdirs(tmp_path) -> None:
    code = (
        "import sys; from zzreader.core import user_dirs; "
        "user_dirs.data_dir(); user_dirs.cache_dir(); print('platformdirs' in sys.modules)"
    )
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ("False" if sys.platform == "linux" else "True")
