"""A pyqtgraph plot that paints itself in the window's theme, and again when it changes.

pyqtgraph draws with its own colours (a white background was fixed in the
views), so in the dark theme the charts were white boxes. The colours come from
the application palette that `themes.apply` sets: Base behind the plot, Text
for tick labels, axis titles and the legend, PlaceholderText (muted) for the
axis lines, so the chart matches the lists beside it in every theme.
"""

from __future__ import annotations

import pyqtgraph as pg

from zzreader.gui.qt import QApplication, QColor, QEvent, QPalette

_RESTYLE_ON = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange, QEvent.Type.StyleChange)


def chart_colours() -> tuple[QColor, QColor, QColor]:
    """(background, text, axis) from the application palette of the current theme."""
    pal = QApplication.palette()
    role = QPalette.ColorRole
    return pal.color(role.Base), pal.color(role.Text), pal.color(role.PlaceholderText)


class ThemedPlot(pg.PlotWidget):
    """A PlotWidget in the theme's colours; follows a theme change while it is open."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.restyle()

    def changeEvent(self, event: QEvent) -> None:  # Qt's name
        super().changeEvent(event)
        if event.type() in _RESTYLE_ON:
            self.restyle()

    def restyle(self) -> None:
        """Background, axes, tick labels, axis titles and legend in the current palette."""
        item = self.getPlotItem()
        if item is None:  # a palette event while pyqtgraph is still building the widget
            return
        background, text, axis = chart_colours()
        self.setBackground(background)
        for name in ("left", "bottom", "right", "top"):
            ax = item.getAxis(name)
            ax.setPen(axis)
            ax.setTextPen(text)  # also the axis title's colour
        legend = item.legend
        if legend is not None:
            legend.setLabelTextColor(text)
            fill = QColor(background)
            fill.setAlpha(200)
            legend.setBrush(fill)
            legend.setPen(axis)
