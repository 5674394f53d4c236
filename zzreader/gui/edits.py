"""The window's one way to write to its library.

A write is a function of the library that returns `Changed` (a call of one
of the library's parts, zzreader/core/part.py). It runs on the workers'
edits lane (workers.py), never on the GUI thread; a refused write becomes a
status message; what it changed goes out on the change notices
(change_notices.py), once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from zzreader.core.changes import Changed
from zzreader.core.errors import ZZReaderError
from zzreader.core.store import Library
from zzreader.gui.change_notices import ChangeNotices
from zzreader.gui.qt import QObject
from zzreader.gui.workers import JobCancelled, Lane
from zzreader.i18n import pick

T = TypeVar("T")


class Edits(QObject):
    def __init__(
        self,
        parent: QObject,
        lane: Callable[[], Lane],
        notices: ChangeNotices,
        status: Callable[[str], None],
        own_write: Callable[[], None],
    ) -> None:
        super().__init__(parent)
        self.lane, self.notices, self.status, self.own_write = lane, notices, status, own_write

    def run(self, write: Callable[[Library], Changed[T]]) -> Changed[T] | None:
        """Run `write` on the edits lane; None (and a status message) when it was refused."""
        try:
            result = self.lane().call(write, "edit")
        except JobCancelled:  # the window closed while the write waited: nothing to tell or refresh
            return None
        except ZZReaderError as exc:
            self.status(pick(str(exc)))
            return None
        self.own_write()  # our lane's commit is not another program's
        self.notices.send(result.changes)
        return result
