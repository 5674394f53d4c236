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

A relative `$XDG_…_HOME` is ignored, as the XDG Base Directory specification
says ("all paths set in these environment variables must be absolute; if an
implementation encounters a relative path it should consider it invalid and
ignore it"): a library would otherwise be made in whatever folder the command
was started from. The rule is applied here even where HOME is not absolute
(the home folder then comes from the password database), since platformdirs
before 4.3 and Qt before 6.10 took a relative value as it was; the window's
settings file is placed by `config_dir` for the same reason.
Every zzreader path goes through here, so the window and the command line
always agree on where the default library is.
"""

from __future__ import annotations

import os
import posixpath
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

APP_NAME = "zzreader"


def _linux_home() -> str | None:
    """The absolute home folder (HOME, else the password database), or None."""
    home = os.environ.get("HOME", "")
    if posixpath.isabs(home):
        return home
    try:
        import pwd

        home = pwd.getpwuid(os.getuid()).pw_dir
    except (ImportError, KeyError, OSError):
        return None
    return home if posixpath.isabs(home) else None


def _linux_xdg_base(variable: str, default: str) -> str | None:
    """`$variable` when absolute, else `default` under the home folder; None off Linux or homeless."""
    if sys.platform != "linux":
        return None
    base = os.environ.get(variable, "")
    if posixpath.isabs(base):
        return base
    home = _linux_home()
    return None if home is None else posixpath.join(home, default)


def _linux_xdg(variable: str, default: str) -> str | None:
    """The XDG folder for `variable`, or None where platformdirs must decide."""
    base = _linux_xdg_base(variable, default)
    return None if base is None else os.path.join(base, APP_NAME)


def _path(folder: str) -> Path:
    from pathlib import Path  # here: the command line's search asks for strings only

    return Path(folder)


def config_base() -> Path | None:
    """The folder settings files go in on Linux (`$XDG_CONFIG_HOME` when absolute, else
    `~/.config`); None elsewhere, where Qt's own place is used (gui/app.py)."""
    base = _linux_xdg_base("XDG_CONFIG_HOME", ".config")
    return None if base is None else _path(base)


def data_folder() -> str:
    """Where the default library lives (`~/.local/share/zzreader` on Linux)."""
    found = _linux_xdg("XDG_DATA_HOME", ".local/share")
    if found is not None:
        return found
    from platformdirs import user_data_dir

    return user_data_dir(APP_NAME, appauthor=False)


def cache_folder() -> str:
    """Where caches that can be rebuilt live (`~/.cache/zzreader` on Linux)."""
    found = _linux_xdg("XDG_CACHE_HOME", ".cache")
    if found is not None:
        return found
    from platformdirs import user_cache_dir

    return user_cache_dir(APP_NAME, appauthor=False)


def data_dir() -> Path:
    return _path(data_folder())


def cache_dir() -> Path:
    return _path(cache_folder())


def default_library_file() -> str:
    """The library used when none is named."""
    return os.path.join(data_folder(), "library.sqlite")


def default_library() -> Path:
    return _path(default_library_file())
