"""Entry point of the frozen app: the same `zzreader` command as `pip install` gives.

Started without a terminal (the Windows zzreader.exe has no console, the
macOS app opened from Finder writes to /dev/null), messages, tracebacks and
crash dumps would be lost, so they go to zzreader.log in the per-user log
folder instead (README: "Where zzreader keeps its files").
"""

from __future__ import annotations

import faulthandler
import multiprocessing
import sys
import time
from pathlib import Path
from typing import TextIO

LOG_NAME = "zzreader.log"
LOG_MAX_BYTES = 1_000_000  # then it starts afresh, keeping one older file


def started_without_terminal() -> bool:
    if sys.stderr is None or sys.stdout is None:
        return True
    in_app_bundle = sys.platform == "darwin" and ".app/Contents/MacOS/" in sys.executable
    window_only = all(arg.startswith("-psn_") for arg in sys.argv[1:])  # Finder's own argument
    return in_app_bundle and window_only and not sys.stderr.isatty()


def open_log() -> TextIO | None:
    """Append to <user log folder>/zzreader.log; None if it cannot be written."""
    from platformdirs import user_log_dir

    path = Path(user_log_dir("zzreader", appauthor=False)) / LOG_NAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > LOG_MAX_BYTES:
            path.replace(path.with_name(LOG_NAME + ".1"))
        return open(path, "a", encoding="utf-8", buffering=1)
    except OSError:
        return None


def log_without_terminal() -> TextIO | None:
    """Send stdout, stderr and fatal-error dumps to the log file when nobody would see them."""
    if not started_without_terminal():
        return None
    stream = open_log()
    if stream is None:
        return None
    sys.stdout = sys.stderr = stream
    faulthandler.enable(stream)
    print(f"--- zzreader {time.strftime('%Y-%m-%d %H:%M:%S')} {sys.argv[1:]} ---", file=stream)
    return stream


def main() -> int:
    multiprocessing.freeze_support()  # a worker process must not start the app again
    log_without_terminal()
    from zzreader.__main__ import main as zzreader_main

    return zzreader_main()


if __name__ == "__main__":
    from zzreader.__main__ import exit_quietly

    exit_quietly(main())
