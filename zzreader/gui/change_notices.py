"""One signal for every change to the open library.

Every write the window makes (annotations, corrections, imports) and every
change another process makes arrives here as one `Changes` record
(zzreader/core/changes.py); each view looks at the record and refreshes only
what concerns it (the page its article is on, the tag list when tags moved…).
"""

from __future__ import annotations

from zzreader.core.changes import Changes
from zzreader.gui.qt import QObject, Signal


class ChangeNotices(QObject):
    changed = Signal(object)  # Changes

    def send(self, changes: Changes) -> None:
        if not changes.empty:
            self.changed.emit(changes)
