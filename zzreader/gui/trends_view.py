"""Term trends: up to five queries charted per month or year (raw or share).

Drawn with pyqtgraph (about 4 MB against ~175 MB of PySide6-Addons for
QtCharts; README "Discovery views"). A period without issues is NaN, so
the line breaks there instead of dropping to zero. Clicking a point lists
that period's matching articles; the chart saves as PNG, the data as CSV.
"""

from __future__ import annotations

import math
from typing import Any

import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter

from zzreader.core import atomic_file, csv_safe, search, shown
from zzreader.core.discovery import trends
from zzreader.gui import plain_text
from zzreader.gui.chart_style import ThemedPlot
from zzreader.gui.date_edit import iso, optional_date_edit
from zzreader.gui.discovery import DiscoveryHost, progress_bar
from zzreader.gui.qt import (
    QCheckBox, QComboBox, QFileDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSplitter, Qt, QVBoxLayout, QWidget,
)
from zzreader.i18n import pick, tr

COLORS = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd")
ID_ROLE = Qt.ItemDataRole.UserRole
MAX_LISTED = 500
MIN_CHART_HEIGHT = 120  # room for the legend of two queries and the axes


class TrendsView(QWidget):
    def __init__(self, host: DiscoveryHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.result: trends.Trend | None = None
        self.selected: tuple[int, int] | None = None
        self.queries = QPlainTextEdit()
        self.queries.setObjectName("trends.queries")
        self.queries.setPlaceholderText(tr("discover.trends.placeholder"))
        # Two lines of queries in view (more scroll): at 800x600 a taller box squeezed the chart to a strip.
        self.queries.setMaximumHeight(2 * self.queries.fontMetrics().lineSpacing() + 14)
        self.queries.setTabChangesFocus(True)  # Tab goes on to the options and Draw, as in every other field
        self.by = QComboBox()
        self.by.addItem(tr("discover.trends.month"), "month")
        self.by.addItem(tr("discover.trends.year"), "year")
        self.share = QCheckBox(tr("discover.trends.share"))
        self.share.toggled.connect(self._draw)
        self.date_from = optional_date_edit(tr("discover.from"), tr("discover.any_date"))
        self.date_to = optional_date_edit(tr("discover.to"), tr("discover.any_date"))
        draw = QPushButton(tr("discover.trends.draw"))
        draw.setObjectName("trends.draw")
        draw.clicked.connect(self.start)
        png = QPushButton(tr("discover.trends.png"))
        png.clicked.connect(lambda: self.save_png())
        csv_button = QPushButton(tr("discover.trends.csv"))
        csv_button.clicked.connect(lambda: self.save_csv())
        self.save_buttons = (png, csv_button)
        self._can_save(False)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.bar = progress_bar(self)
        self.plot = ThemedPlot()
        self.plot.setObjectName("trends.plot")
        self.plot.setMinimumHeight(MIN_CHART_HEIGHT)
        self.plot.showGrid(x=True, y=True, alpha=0.3)
        self.legend = self.plot.addLegend(offset=(10, 10))
        self.legend.setVisible(False)  # until there are curves to name
        self.plot.restyle()  # the legend too
        self.articles = QListWidget()
        self.articles.setObjectName("trends.articles")
        self.articles.itemActivated.connect(self._open)
        self.articles.setWordWrap(True)  # a narrow list wraps its hint and titles instead of cutting them
        controls = QHBoxLayout()
        for w in (self.by, self.share, QLabel(tr("discover.from")), self.date_from,
                  QLabel(tr("discover.to")), self.date_to, draw, png, csv_button):
            controls.addWidget(w)
        controls.addStretch(1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.plot)
        split.addWidget(self.articles)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.queries)
        layout.addLayout(controls)
        layout.addWidget(self.bar)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)

    def refresh(self) -> None:
        if self.result is not None:
            self.start()

    def query_list(self) -> list[str]:
        return [q.strip() for q in self.queries.toPlainText().splitlines() if q.strip()]

    def start(self) -> None:
        queries, by = self.query_list(), self.by.currentData()
        lo, hi = iso(self.date_from), iso(self.date_to)
        if not queries:
            self.status.setText(tr("discover.trends.none"))
            return
        self.status.setText(tr("discover.working"))
        self.host.run(lambda lib, _p, _c: trends.trend(lib, queries, by, lo, hi),
                      self.show_result, self._failed, self.bar)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(pick(shown.error(exc)))  # SQLite's wording never reaches the window

    def show_result(self, result: trends.Trend) -> None:
        self.result = result
        self._can_save(bool(result.series))
        self.status.setText(" · ".join(tr("discover.trends.total", query=plain_text.item_text(s.query, 80), n=s.total) for s in result.series))
        self._draw()
        self.selected = None
        self.articles.clear()
        if result.series:  # an empty list beside the chart said nothing
            hint = QListWidgetItem(tr("discover.trends.pick_point"))
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
            self.articles.addItem(hint)

    def _can_save(self, can: bool) -> None:
        """Saving needs a chart: before one is drawn the buttons are grey and say so (once CSV did nothing)."""
        for button in self.save_buttons:
            button.setEnabled(can)
            button.setToolTip("" if can else tr("discover.trends.draw_first"))

    def values(self, series: trends.Series) -> list[float]:
        """Raw counts or shares; NaN for gaps, so the line breaks there."""
        share = self.share.isChecked()
        out = []
        for p in series.points:
            v = p.share if share else p.articles
            out.append(math.nan if v is None else float(v))
        return out

    def _draw(self) -> None:
        self.plot.clear()
        self.legend.clear()
        self.legend.setVisible(False)  # an empty legend is drawn as a bare square in the chart's corner
        if self.result is None or not self.result.series or not self.result.series[0].points:
            return
        periods = [p.period for p in self.result.series[0].points]
        for i, s in enumerate(self.result.series):
            curve = self.plot.plot(
                list(range(len(periods))), self.values(s), name=s.query, connect="finite",
                pen=pg.mkPen(COLORS[i % len(COLORS)], width=2), symbol="o", symbolSize=6,
                symbolBrush=COLORS[i % len(COLORS)],
            )
            curve.sigPointsClicked.connect(lambda _c, pts, _e=None, k=i: self.show_period(k, int(pts[0].pos().x())))
        for _sample, label in self.legend.items:  # pyqtgraph shows a legend's text as HTML
            label.setText(plain_text.chart_text(label.text))
        self.legend.setVisible(bool(self.legend.items))
        step = max(1, len(periods) // 12)
        self.plot.getAxis("bottom").setTicks([[(i, periods[i]) for i in range(0, len(periods), step)]])
        self.plot.setLabel("left", tr("discover.trends.share_axis" if self.share.isChecked() else "discover.trends.count_axis"))

    def show_period(self, series_index: int, point_index: int) -> None:
        """List the articles behind one point (the same search, limited to its period)."""
        assert self.result is not None
        series = self.result.series[series_index]
        point = series.points[point_index]
        self.selected = (series_index, point_index)
        self.articles.clear()
        if point.articles is None:
            self.articles.addItem(tr("discover.trends.gap", period=point.period))
            return
        lo, hi = trends.period_bounds(point.period)
        result = search.search(self.host.library, series.query, limit=MAX_LISTED, date_from=lo,
                               date_to=hi, sort="date", snippets=False)
        head = QListWidgetItem(tr("discover.trends.listed", query=series.query, period=point.period, n=result.total))
        head.setFlags(Qt.ItemFlag.NoItemFlags)
        self.articles.addItem(head)
        for hit in result.hits:
            when = plain_text.item_text(hit.issue_date, 40) or "????"
            item = QListWidgetItem(f"{when}  {plain_text.item_text(hit.title)}")  # one bounded line
            item.setData(ID_ROLE, hit.article_id)
            self.articles.addItem(item)

    def _open(self, item: QListWidgetItem) -> None:
        article_id = item.data(ID_ROLE)
        if article_id is not None and self.selected is not None and self.result is not None:
            self.host.open_article(int(article_id), self.result.series[self.selected[0]].query)

    def save_png(self, path: str | None = None) -> str | None:
        path = path or QFileDialog.getSaveFileName(self, tr("discover.trends.png"), "trend.png", "PNG (*.png)")[0]
        if path:
            ImageExporter(self.plot.getPlotItem()).export(path)
        return path or None

    def save_csv(self, path: str | None = None) -> str | None:
        if self.result is None:
            return None
        path = path or QFileDialog.getSaveFileName(self, tr("discover.trends.csv"), "trend.csv", "CSV (*.csv)")[0]
        if path:
            with atomic_file.text_file(path, "utf-8-sig", newline="") as fh:
                csv_safe.write_rows(fh, self.result.to_csv_rows())  # a query may start with "-" or "="
        return path or None

    def set_queries(self, queries: list[str], by: str = "month") -> None:
        self.queries.setPlainText("\n".join(queries))
        self.by.setCurrentIndex(max(0, self.by.findData(by)))

    def chart_data(self) -> list[tuple[str, list[Any]]]:
        """(query, y values) as drawn, for tests and the screenshot check."""
        return [(item.name(), list(item.getData()[1])) for item in self.plot.listDataItems()]
