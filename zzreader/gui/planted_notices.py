"""Telling the user that another program planted schema objects in the open library.

A trigger or index another program creates while the window is open is
removed by the next write of any lane (core/immediate_writes.py); the lanes
hand the notices to this object (gui/workers.py). It says so on the status
line and in one non-modal message box, reused for later notices, because a
status message is soon replaced by the next one and this one concerns the
library's safety. Object names come from the file: the box is plain text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from zzreader import i18n
from zzreader.gui import plain_text
from zzreader.gui.qt import QMainWindow
from zzreader.i18n import tr

if TYPE_CHECKING:  # made with the first notice, not at start
    from zzreader.gui.qt import QMessageBox


class PlantedNotices:
    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        self.box: QMessageBox | None = None
        self.told: list[str] = []  # in the interface language, in order

    def tell(self, notice: str, already: tuple[str, ...] = ()) -> None:
        """Show `notice` unless it is one of `already` (told when the window opened the library)."""
        if notice in already:
            return
        text = i18n.pick(notice)
        self.told.append(text)
        self.window.statusBar().showMessage(text, 60_000)
        if self.box is None:
            from zzreader.gui.qt import QMessageBox

            self.box = QMessageBox(QMessageBox.Icon.Warning, tr("library.planted"), text,
                                   QMessageBox.StandardButton.Ok, self.window)  # fmt: skip
            plain_text.plain(self.box)
            self.box.setModal(False)
        self.box.setText("\n".join(self.told[-5:]))
        self.box.show()
