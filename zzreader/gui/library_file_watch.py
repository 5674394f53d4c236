"""The open library's file deleted, replaced or overwritten by another program.

SQLite keeps reading a file it has open after another program deletes it or
renames another file over it, so the window went on as if nothing happened,
and every highlight, tag or correction made after that was saved into a file
no one could open again (or, for a lane that connected later, into a new
empty library created at the old name). Overwritten in place, the file gave
raw SQLite errors. The watcher (polled with the other processes' changes,
gui/external_changes.py) compares the file with the one the window opened:
the same device and inode, and still an SQLite header. When it is not, the
window says so in one line (status bar, title, a non-modal message) and
stops writing: its lanes are closed and every later job, a search or an
edit, ends with that line; the article shown stays readable. Opening a
library (File menu, recent libraries) goes on as usual.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from zzreader import i18n
from zzreader.core import file_head, shown
from zzreader.core.errors import ZZReaderError
from zzreader.gui import plain_text
from zzreader.gui.workers import Workers
from zzreader.i18n import tr

if TYPE_CHECKING:  # QMessageBox: made when the library is lost, not at start
    from zzreader.core.store import Library
    from zzreader.gui.main_window import MainWindow
    from zzreader.gui.qt import QMessageBox

SQLITE_HEADER = b"SQLite format 3\x00"


class LibraryFileLost(ZZReaderError):
    """The library's file is no longer the one the window opened; the message says how."""


def identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of `path`, or None when it cannot be seen."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return st.st_dev, st.st_ino


def lost(path: Path, seen: tuple[int, int] | None) -> str | None:
    """Why `path` is no longer the library opened as `seen` (bilingual, one line), or None."""
    now = identity(path)
    name = shown.name(str(path))
    if now is None:
        return f"书库文件已被其他程序删除或移走 / The library file was deleted or moved by another program: {name}"
    if seen is not None and now != seen:
        return f"书库文件已被其他程序换成另一个文件 / The library file was replaced by another program: {name}"
    try:
        header = file_head.head(path, len(SQLITE_HEADER))  # never open() and close() it: that drops SQLite's locks
    except OSError:
        return None  # unreadable for a moment (a lock, a permission change): look again next time
    if header != SQLITE_HEADER:
        return f"书库文件已被其他程序改写，已不是书库 / The library file was overwritten by another program: {name}"
    return None


def refusing(reason: str):
    """A lane opener that opens nothing: every job ends with `reason` (gui/workers.py)."""

    def opener(_path: Path) -> Library:
        raise LibraryFileLost(reason)

    return opener


class LibraryFileWatch:
    """Remembers the file of the window's library and notices when it is gone or replaced."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.reason: str | None = None  # set once the file is lost
        self.box: QMessageBox | None = None
        self.draining: Workers | None = None  # the lanes left to end a long write after a loss
        self._remember()

    def _remember(self) -> None:
        self._library = self.window.library
        self._seen = identity(self._library.path)
        self.reason = None

    def gone(self) -> bool:
        """Whether the window's library file was found lost (and the window still shows it)."""
        if self.window.library is not self._library:  # another library, or the same one restored
            self._remember()
        return self.reason is not None

    def check(self) -> bool:
        """True when the file was found lost just now (the window was told)."""
        if self.gone() or self.window.closed:
            return False
        reason = lost(self._library.path, self._seen)
        if reason is None:
            return False
        self.reason = reason
        self._stop_writing(reason)
        return True

    def _stop_writing(self, reason: str) -> None:
        window = self.window
        text = i18n.pick(reason)
        # A compact cannot be stopped: closing waited for it on the GUI thread (20 s frozen in
        # tests/gui/test_hostile_switch_during_work.py). Its lanes end on their own, kept till then.
        self.draining = window.workers
        window.workers.close(wait=window.backups.busy_with() is None)
        window.workers = Workers(self._library.path, opener=refusing(reason))
        window.search.set_workers(window.workers)
        window.setWindowTitle(f"{window.windowTitle()} ({tr('library.lost')})")
        window.statusBar().showMessage(text)
        from zzreader.gui.qt import QMessageBox

        self.box = QMessageBox(QMessageBox.Icon.Warning, tr("library.lost"), text,
                               QMessageBox.StandardButton.Ok, window)  # fmt: skip
        plain_text.plain(self.box)  # the file name is whatever the other program chose
        self.box.setInformativeText(tr("library.lost_hint"))
        self.box.setModal(False)
        self.box.show()
