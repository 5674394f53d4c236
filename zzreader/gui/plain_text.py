"""Untrusted text shown as text: the one way library strings reach a tooltip or label.

Qt shows a tooltip, a QLabel or a message box as rich text when the string
merely *looks* like HTML (Qt::mightBeRichText), and rich text loads images:
a note saying `<img src=/etc/passwd>` would make the window open that file
when its tooltip shows. Everything that comes from a library, a dump or an
imported file therefore goes through `tip()` (tooltips: escaped, wrapped in
a paragraph so Qt treats it as finished HTML with nothing to load) or
`plain()` (labels and message boxes: told to be plain text).
"""

from __future__ import annotations

import html

from zzreader.gui.qt import QLabel, QMessageBox, Qt

MAX_TIP_CHARS = 1500  # a tooltip is a glance; the note editor shows the whole text


def tip(text: str | None) -> str | None:
    """A tooltip that shows `text` literally (line breaks kept), or None for no tooltip."""
    if not text:
        return None
    if len(text) > MAX_TIP_CHARS:
        text = text[:MAX_TIP_CHARS] + "…"
    return f"<p style='white-space:pre-wrap'>{html.escape(text, quote=False)}</p>"


def plain(widget: QLabel | QMessageBox) -> QLabel | QMessageBox:
    """Make a label or message box show its text literally, whatever it looks like."""
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget
