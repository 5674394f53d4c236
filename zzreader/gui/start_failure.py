"""Telling a user who started the window from the desktop why it did not open.

A library that cannot be opened (damaged, written by a newer zzreader, on a
read-only place that needs an upgrade) is one line on stderr, which a start
from the desktop's menu or a file manager never shows: the app would seem to
do nothing. Without a terminal, that line is also shown in a message box, as
plain text (it may quote a file name). Scripts and tests, whose stderr is
read, and machines without a display get only the line.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import TextIO

HEADLESS = {"offscreen", "minimal", "vnc"}


def wanted(env: Mapping[str, str], stderr: TextIO | None, platform: str = sys.platform) -> bool:
    """Whether a message box should show the failure: no terminal to read, a screen to show it on."""
    if stderr is not None and stderr.isatty():
        return False
    if env.get("QT_QPA_PLATFORM", "").split(":")[0] in HEADLESS:
        return False
    if platform.startswith("linux") or "bsd" in platform:
        return bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))
    return True


def tell(exc: BaseException) -> None:
    """Show `exc` in a message box when `wanted`; never raises (the line on stderr still comes)."""
    if not wanted(os.environ, sys.stderr):
        return
    try:
        show(exc)
    except Exception:  # noqa: BLE001 - no Qt or no screen after all: the stderr line is enough
        return


def show(exc: BaseException) -> None:
    """The failure in one line, plain text, in a modal box."""
    from zzreader.core import shown
    from zzreader.gui.qt import QApplication, QMessageBox, Qt

    _app = QApplication.instance() or QApplication(sys.argv[:1])  # kept while the box is up
    box = QMessageBox(QMessageBox.Icon.Critical, "zzreader", shown.message(shown.error(exc)))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
