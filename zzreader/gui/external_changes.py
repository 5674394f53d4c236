"""The window notices what other processes change in its library.

While the window is open, `zzreader highlight …` in a terminal (or a second
window) may write to the same library. Every POLL_MS the watcher asks
SQLite's `data_version` (core/changes.py), which moves only when another
connection commits; when it moves, the watcher reads the journal entries
other processes wrote since its last look (`changes.since`) and sends what
they changed on the window's change notices (change_notices.py), like any
write of its own; a move no entry explains (an import, an undo elsewhere)
is sent as "everything may have changed".

Undo in the window acts only on the window's own changes: when the latest
journal entry was made by another process, `foreign_step` says so and the
window leaves it alone instead of deleting something the user never saw.

The discovery views (people, places, reprints, trends, calendar) show what
indexes and counts say, which a journal entry does not describe: `zzreader
alias` in a terminal writes none, and the open people list kept the merged
name. `elsewhere` is sent on such a move (one no entry explains, a correction,
an issue), never for highlights and tags, and the views on screen reload (gui/discovery.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from zzreader.core import changes
from zzreader.core.changes import Changes
from zzreader.gui import fault_line
from zzreader.gui.index_repair import IndexRepair
from zzreader.gui.library_file_watch import LibraryFileWatch
from zzreader.gui.qt import QObject, QTimer, Signal
from zzreader.i18n import pick, tr

if TYPE_CHECKING:
    from zzreader.gui.main_window import MainWindow

POLL_MS = 1000


class ExternalChanges(QObject):
    """Polls the library while idle and reports other processes' writes as `Changes`."""

    elsewhere = Signal()  # another process changed what the discovery views show

    def __init__(self, window: MainWindow, interval_ms: int = POLL_MS) -> None:
        super().__init__(window)
        self.window = window
        self.file = LibraryFileWatch(window)  # the file deleted or replaced under the window
        self.index = IndexRepair(window)  # another tool's SQL edit left search stale (gui/index_repair.py)
        self._version = self._read()
        self._entry = changes.last_entry(window.library)
        self._issues = self._issue_count()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def _read(self) -> int | None:
        library = self.window.library
        if not library.lock.acquire(blocking=False):
            return None  # a worker is busy with the library: look next time
        try:
            return changes.data_version(library)
        except Exception:  # noqa: BLE001 - closed for a restore or a switch, or unreadable: look next time
            return None
        finally:
            library.lock.release()

    def _issue_count(self) -> int:
        try:
            return self.window.library.stats().issues
        except Exception:  # noqa: BLE001 - a closed or busy library: no tree refresh
            return -1

    def own_write(self) -> None:
        """The window's own lanes committed: that move of the version is not news."""
        if self.window.closed:  # a lane's answer delivered after the window closed its library
            return
        version = self._read()
        if version is not None:
            self._version = version
        self._entry = changes.last_entry(self.window.library)
        self._issues = self._issue_count()

    def poll(self) -> bool:
        """Report what another process committed since the last look; True if it did."""
        if self.file.gone():
            return False  # the file is gone: nothing more to follow
        version = self._read()
        if version is None:
            return False  # busy, or closed while a restore or a switch runs
        if self.file.check():
            return True
        if version == self._version:
            return False
        self._version = version
        try:
            found = changes.since(self.window.library, self._entry)
            self._entry = changes.last_entry(self.window.library)
            issues = self._issue_count()
            if issues != self._issues or found == Changes(journal=True):
                self._issues = issues
                found = found | Changes(everything=True)  # an import or an undo elsewhere: no entry says what
            self.window.annotator.notify(found)
            if found.everything or found.text or found.issues:  # not for highlights, tags, collections
                self.elsewhere.emit()  # an alias or an index built (no entry: everything), a correction
        except Exception as exc:  # noqa: BLE001 - another program dropped a table or spoiled a page
            self.window.show_status(fault_line.one_line(exc), fault_line.STATUS_MS)
        return True

    def stop(self) -> None:
        self.timer.stop()


def foreign_step(library: object, *, redo: bool) -> str | None:
    """Why Undo (Redo) must not act now: the entry is another process's; None if it may."""
    top = changes.top(library, undone=redo)
    if top is None or top.mine:
        return None
    # In the window's language only, the operation named as the Undo menu names it
    # (it was both languages at once, with the core's two-language name twice).
    return tr("redo.foreign" if redo else "undo.foreign", what=pick(top.name))
