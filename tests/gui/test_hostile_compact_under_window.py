"""Another process merges, splits and compacts while the window is open: the window still reads a sound library.

The window's file watch read the library's header with open() and close()
every second; a close() drops every POSIX lock the process holds on the
file, SQLite's among them (core/file_head.py). A `zzreader compact` in a
terminal then believed it was the file's last user, reset the log under the
window, and the window read "database disk image is malformed" from a sound
file: its closing backup failed and called the library damaged.
"""

from __future__ import annotations

import subprocess
import sys

from tests.reliability.helpers import env
from zzreader.core import backup as bk


def _cli(path, *args: str) -> None:
    done = subprocess.run([sys.executable, "-m", "zzreader", "--library", str(path), *args],
                          env=env(), capture_output=True, text=True, timeout=120, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr


def _settle(qtbot, window) -> None:
    for _ in range(3):  # the watch looks at the file once a poll, as it does every second
        window.external.poll()
        qtbot.wait(200)


def test_the_window_reads_its_library_after_a_merge_split_and_compact_elsewhere(qtbot, window) -> None:
    lib = window.library
    first, second = (r[0] for r in lib.db.execute("SELECT id FROM articles ORDER BY issue_id, seq LIMIT 2"))
    window.open_article(first)
    for args in (("merge", str(first), str(second)), ("split", str(first), "--at", "30"), ("compact",)):
        _cli(lib.path, *args)
        _settle(qtbot, window)
    assert lib.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert lib.db.execute("SELECT count(*) FROM issues").fetchone()[0] > 0
    made = bk.make_backup(lib, "manual")  # said "the library file is damaged" before
    assert made.path.exists()
    window.open_article(first)
    assert window.view.article is not None and window.view.article.id == first
