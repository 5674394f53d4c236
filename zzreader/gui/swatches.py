"""A highlight colour as a round sample and by name, for the annotation bar, menus and lists.

Apart from the highlight editor (gui/highlight_editor.py), whose note preview
and tag field the window does not need until a highlight is edited: the
annotation bar shows these samples at start.
"""

from __future__ import annotations

from zzreader.gui import highlight_style
from zzreader.gui.qt import QColor, QIcon, QPainter, QPixmap, Qt
from zzreader.i18n import tr


def swatch(color: str, size: int = 18, ring: bool = False) -> QIcon:
    """A round colour sample for buttons and menus."""
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QColor(highlight_style.ink(color)))
    p.setBrush(QColor(highlight_style.fill(color)))
    p.drawEllipse(1, 1, size - 3, size - 3)
    if ring:
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(4, 4, size - 9, size - 9)
    p.end()
    return QIcon(pix)


def colour_name(color: str) -> str:
    return tr(f"color.{color}")
