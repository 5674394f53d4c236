"""Fusion with tick boxes and radio buttons that show in every theme.

Fusion outlines an empty tick box in the window colour made darker, which on
the dark theme's fields is the field's own colour: the boxes of the stray-line
list and the trend view's 'Share' were invisible until ticked. This style lets
Fusion draw them, then rings each with the theme's muted text colour.
"""

from __future__ import annotations

from zzreader.gui.qt import QPalette, QPen, QProxyStyle, QStyle, Qt

_KEPT: list[QProxyStyle] = []  # Python's side of the style lives as long as the application uses it
_BOX = QStyle.PrimitiveElement.PE_IndicatorCheckBox
_RADIO = QStyle.PrimitiveElement.PE_IndicatorRadioButton


class IndicatorStyle(QProxyStyle):
    """Fusion, with a visible ring around tick boxes and radio buttons."""

    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # Qt's name
        super().drawPrimitive(element, option, painter, widget)
        if element not in (_BOX, _RADIO):
            return
        painter.save()
        painter.setRenderHint(painter.RenderHint.Antialiasing, element == _RADIO)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(option.palette.color(QPalette.ColorRole.PlaceholderText), 1))
        rect = option.rect.adjusted(0, 0, -1, -1)
        if element == _RADIO:
            painter.drawEllipse(rect.adjusted(1, 1, -1, -1))
        else:
            painter.drawRect(rect)
        painter.restore()


def fusion() -> IndicatorStyle:
    """The application style: Fusion honours palettes everywhere (gui/themes.py)."""
    style = IndicatorStyle("Fusion")
    style.setObjectName("zzreader-fusion")
    _KEPT[:] = [style]
    return style
