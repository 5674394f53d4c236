"""Reprints: clusters of near-identical articles (core/discovery/reprints.py)
with their similarity, and two chosen articles side by side with their
differences marked. Hashing new articles runs in the write lane with progress."""

from __future__ import annotations

import html
from typing import Any

from zzreader.core import shown
from zzreader.core.discovery import reprints
from zzreader.gui import plain_text
from zzreader.gui.discovery import DiscoveryHost, progress_bar
from zzreader.gui.qt import (
    QComboBox, QHBoxLayout, QLabel, QPushButton, QSplitter, Qt, QTableWidgetItem,
    QVBoxLayout, QWidget,
)
from zzreader.gui.sealed_document import SealedBrowser
from zzreader.gui.tables import list_table
from zzreader.i18n import pick, tr

LEFT_MARK, RIGHT_MARK = "#ffd0d0", "#c8f0c8"


def marked_html(segments: list[reprints.Segment], colour: str) -> str:
    """Escaped text with the changed runs on a coloured background (never rich text from the library)."""
    parts = []
    for s in segments:
        text = html.escape(s.text).replace("\n", "<br>")
        parts.append(text if s.same else f'<span style="background:{colour}">{text}</span>')
    return "".join(parts)


class ReprintsView(QWidget):
    def __init__(self, host: DiscoveryHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.clusters: list[reprints.Cluster] = []
        self.lag = 0  # articles a read-only library has no signature of (none can be stored)
        self.bar = progress_bar(self)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.table = list_table("reprints.table", tr("discover.reprints"), [
            tr("discover.reprints.similarity"), tr("discover.reprints.count"), tr("discover.reprints.first")])
        self.table.itemSelectionChanged.connect(self._cluster_selected)
        self.left_pick, self.right_pick = (plain_text.names_combo(QComboBox()) for _ in range(2))  # titles
        self.left_pick.currentIndexChanged.connect(lambda _i: self.compare())
        self.right_pick.currentIndexChanged.connect(lambda _i: self.compare())
        self.left, self.right = SealedBrowser(), SealedBrowser()  # library text: no link, no file
        self.left.setObjectName("reprints.left")
        self.right.setObjectName("reprints.right")
        self.left.setPlainText(tr("discover.reprints.pick"))  # wraps, unlike a placeholder; a cluster replaces it
        open_left = QPushButton(tr("discover.reprints.open"))
        open_left.clicked.connect(lambda: self._open(self.left_pick))
        open_right = QPushButton(tr("discover.reprints.open"))
        open_right.clicked.connect(lambda: self._open(self.right_pick))
        self.open_buttons = (open_left, open_right)
        self._can_open(False)
        sides = QSplitter(Qt.Orientation.Horizontal)
        for pick, view, button in ((self.left_pick, self.left, open_left), (self.right_pick, self.right, open_right)):
            side = QWidget()
            box = QVBoxLayout(side)
            box.setContentsMargins(0, 0, 0, 0)
            row = QHBoxLayout()
            row.addWidget(pick, 1)
            row.addWidget(button)
            box.addLayout(row)
            box.addWidget(view, 1)
            sides.addWidget(side)
        rebuild = QPushButton(tr("discover.reprints.rebuild"))
        rebuild.clicked.connect(lambda: self.refresh(rebuild=True))
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(rebuild)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(sides)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.bar)
        layout.addWidget(split, 1)

    def refresh(self, rebuild: bool = False) -> None:
        """Hash what is new (or everything), then list the clusters."""
        self.status.setText(tr("discover.working"))
        fn = reprints.rebuild if rebuild else _update
        self.host.run(fn, self._updated, self._failed, self.bar, write=True)

    def _updated(self, lag: int) -> None:
        self.lag = lag if isinstance(lag, int) and self.host.library.read_only else 0
        self.load()

    def load(self) -> None:
        self.host.run(lambda lib, _p, _c: _with_titles(lib, reprints.clusters(lib)), self.show_clusters,
                      self._failed, self.bar)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(pick(shown.error(exc)))  # SQLite's wording never reaches the window

    def show_clusters(self, found: tuple[list[reprints.Cluster], dict[int, str]]) -> None:
        self.clusters, self.titles = found
        self.status.setText((tr("discover.reprints.count_n", n=len(self.clusters)) if self.clusters
                             else tr("discover.reprints.none"))
                            + ("  " + tr("discover.read_only_lag", n=self.lag) if self.lag else ""))
        self.table.setRowCount(len(self.clusters))
        for r, c in enumerate(self.clusters):
            values = (f"{c.similarity:.2f}", str(len(c.articles)), self.titles.get(c.articles[0], ""))
            for col, value in enumerate(values):
                self.table.setItem(r, col, QTableWidgetItem(plain_text.item_text(value)))
        self.table.resizeColumnsToContents()

    def _cluster_selected(self) -> None:
        rows = {i.row() for i in self.table.selectedItems()}
        if rows:
            self.show_cluster(min(rows))

    def show_cluster(self, row: int) -> None:
        cluster = self.clusters[row]
        for pick in (self.left_pick, self.right_pick):
            pick.blockSignals(True)
            pick.clear()
            for article_id in cluster.articles:
                plain_text.add_name(pick, self.titles.get(article_id, str(article_id)), article_id)
            pick.blockSignals(False)
        self.right_pick.setCurrentIndex(1 if len(cluster.articles) > 1 else 0)
        self._can_open(True)
        self.compare()

    def _can_open(self, can: bool) -> None:
        """Open works on a chosen cluster's article; before that it says why it is grey."""
        for button in self.open_buttons:
            button.setEnabled(can)
            button.setToolTip("" if can else tr("discover.reprints.pick"))

    def compare(self) -> None:
        a, b = self.left_pick.currentData(), self.right_pick.currentData()
        if a is None or b is None:
            return
        lib = self.host.library
        left, right = reprints.compare(lib.article(a).text, lib.article(b).text)
        self.left.setHtml(marked_html(left, LEFT_MARK))
        self.right.setHtml(marked_html(right, RIGHT_MARK))

    def _open(self, pick: QComboBox) -> None:
        if pick.currentData() is not None:
            self.host.open_article(int(pick.currentData()))


def _with_titles(lib, clusters: list[reprints.Cluster]) -> tuple[list[reprints.Cluster], dict[int, str]]:
    """Date and title of every clustered article, read in the worker with the clusters."""
    titles = {}
    for c in clusters:
        for article_id in c.articles:
            s = lib.article_summary(article_id)
            titles[article_id] = f"{s.issue_date or '????-??-??'}  {s.headline}"
    return clusters, titles


def _update(library: Any, progress: Any, cancel: Any) -> int:
    """Hash what is new; in a read-only library nothing can be, and what is unhashed is counted."""
    reprints.update(library, None, progress, cancel)
    return reprints.unhashed(library) if library.read_only else 0
