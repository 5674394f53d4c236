"""Columns that share a table's width, so no cell is cut at the window's edge.

A table whose columns add up to more than its viewport scrolls sideways, and
the last visible column is cut mid-character with no ellipsis (the annotation
browser at 800 px). Here the columns with a fixed text (dates) keep the width
their text needs and the others share what is left by weight; Qt then elides
each cell that is still too long with '…'. The sharing is redone when the
table is resized; a column the user drags keeps its width until then.
"""

from __future__ import annotations

from zzreader.gui.qt import QEvent, QObject, QTableView

MIN_WIDTH = 48  # a flexible column never gets narrower (then the table scrolls)
PADDING = 18  # the cell's margins and the sort arrow


def shares(total: int, weights: list[float], minimum: int = MIN_WIDTH) -> list[int]:
    """`total` pixels split by `weights`, each at least `minimum`, adding up to `total` when it can."""
    if not weights:
        return []
    widths = [max(minimum, int(total * w / sum(weights))) for w in weights]
    widest = max(range(len(weights)), key=lambda i: widths[i])
    widths[widest] = max(minimum, widths[widest] + total - sum(widths))  # the rounding, or a minimum's room
    return widths


class ColumnFitter(QObject):
    """Keeps `table`'s columns inside its viewport: `fixed` columns fit a sample text (or keep a
    width in pixels), the rest share what is left by weight."""

    def __init__(self, table: QTableView, weights: dict[int, float], fixed: dict[int, str | int]) -> None:
        super().__init__(table)
        self.table, self.weights, self.fixed = table, weights, fixed
        table.viewport().installEventFilter(self)
        self.fit()

    def fixed_width(self, column: int) -> int:
        """The width the column's widest sample (or its header) needs."""
        if isinstance(self.fixed[column], int):
            return self.fixed[column]
        metrics = self.table.fontMetrics()
        header = self.table.model().headerData(column, self.table.horizontalHeader().orientation()) or ""
        return max(metrics.horizontalAdvance(str(self.fixed[column])), metrics.horizontalAdvance(str(header))) + PADDING

    def fit(self) -> None:
        """Share the viewport's width out again."""
        fixed = {c: self.fixed_width(c) for c in self.fixed}
        free = self.table.viewport().width() - sum(fixed.values())
        flexible = list(self.weights)
        for column, width in [*fixed.items(), *zip(flexible, shares(free, [self.weights[c] for c in flexible]))]:
            self.table.setColumnWidth(column, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False


class ContentsFitter(ColumnFitter):
    """Columns as wide as their contents while they fit; on a narrow table the `keep`
    columns (numbers, dates) stay whole and the others share what is left by their width."""

    def __init__(self, table: QTableView, keep: tuple[int, ...]) -> None:
        self.keep = keep
        super().__init__(table, {}, {})

    def fit(self) -> None:
        """Size to the contents again, then squeeze if the viewport is narrower."""
        table = self.table
        table.resizeColumnsToContents()
        natural = {c: table.columnWidth(c) for c in range(table.model().columnCount())}
        if sum(natural.values()) <= table.viewport().width():
            return
        self.fixed = {c: natural[c] for c in self.keep}
        self.weights = {c: float(w) for c, w in natural.items() if c not in self.keep}
        super().fit()
