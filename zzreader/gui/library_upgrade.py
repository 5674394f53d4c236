"""Opening a library that must first be upgraded, with a progress dialog.

A new tokenizer version rebuilds the search index on opening (core/store.py
`open_library`): seconds for a year of the paper, minutes for decades. Done
on the GUI thread before the window shows, that looks like a start that
hangs, and a user who gives up and kills it rolls the rebuild back to start
again next time. So when `needs_upgrade` says so, the open runs in a thread
under a modal dialog whose bar follows the articles indexed (gui/busy.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from zzreader.core.store import Library, needs_upgrade, open_library
from zzreader.i18n import tr

if TYPE_CHECKING:
    from zzreader.gui.qt import QWidget


def open_upgrading(path: str | Path, parent: QWidget | None = None) -> Library:
    """`open_library(path)`, under a progress dialog when it will migrate or re-index first."""
    if not needs_upgrade(path):
        return open_library(path)
    # Its Qt classes only for an upgrade (gui/qt.py makes each class on first import).
    from zzreader.gui.busy import run_busy

    return run_busy(
        parent, tr("library.upgrading"), lambda report: open_library(path, report),
        title=tr("library.upgrading.title"), progress=True,
    )
