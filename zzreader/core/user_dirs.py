"""The per-user folders zzreader keeps its files in: platformdirs' answer, found
without importing platformdirs on Linux.

platformdirs imports tempfile, shutil and random on every platform (about 6 ms),
which a one-shot `zzreader search` paid each time it looked for the default
library or jieba's word table: 7 ms of a 50 ms process whose goal is twice
ripgrep's 27 ms (issue 18, tests/bench/bench_cli_search.py). On Linux with an
absolute HOME the answer is the XDG rule, computed here the way platformdirs
computes it (`$XDG_DATA_HOME` or `$XDG_CACHE_HOME` when absolute, else
`~/.local/share` or `~/.cache`, then the app's name); tests/core/test_user_dirs.py
checks that both give the same folder. Everywhere else platformdirs answers.
Every zzreader path goes through here, so the window and the command line
always agree on where the default library is.
"""

from __future__ import annotations

import os
import posixpath
import sys
from pathlib import Path

APP_NAME = "zzreader"


def _linux_xdg(variable: str, default: str) -> Path | None:
    """The XDG folder for `variable`, or None where platformdirs must decide."""
    if sys.platform != "linux" or not posixpath.isabs(os.environ.get("HOME", "")):
        return None
    base = os.environ.get(variable, "")
    if not posixpath.isabs(base):
        base = os.path.expanduser(default)
    return Path(os.path.join(base, APP_NAME))


def data_dir() -> Path:
    """Where the default library lives (`~/.local/share/zzreader` on Linux)."""
    found = _linux_xdg("XDG_DATA_HOME", "~/.local/share")
    if found is not None:
        return found
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """Where caches that can be rebuilt live (`~/.cache/zzreader` on Linux)."""
    found = _linux_xdg("XDG_CACHE_HOME", "~/.cache")
    if found is not None:
        return found
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP_NAME, appauthor=False))


def default_library() -> Path:
    """The library used when none is named."""
    return data_dir() / "library.sqlite"
