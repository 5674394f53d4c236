"""The search dock: query, filters, result count and a paged results list.

Every search runs in the workers' read lane with its own connection, so
typing never freezes the window. Each request carries a generation number;
an answer to a query the user has already replaced is dropped. Results are
fetched a page at a time as the list scrolls (`canFetchMore`), so a query
that matches 20,000 articles costs one page up front.
"""

from __future__ import annotations

import html
import math
import time
from typing import TYPE_CHECKING, NamedTuple

from zzreader.core import shown
from zzreader.core.article_types import ARTICLE_TYPES
from zzreader.gui import plain_text, themes
from zzreader.gui.article_html import format_date
from zzreader.gui.date_edit import iso, optional_date_edit, set_iso
from zzreader.gui.icons import icon, named, type_icon
from zzreader.gui.qt import (
    QAbstractItemView,
    QAbstractListModel,
    QColor,
    QComboBox,
    QDateEdit,
    QEvent,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QModelIndex,
    QPushButton,
    QRectF,
    QSettings,
    QSize,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    Qt,
    QTextDocument,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from zzreader.gui.recent_searches import RecentSearches
from zzreader.gui.sealed_document import SealedDocument
from zzreader.gui.workers import Workers
from zzreader.i18n import language, pick, tr

if TYPE_CHECKING:  # core/search.py loads in the read lane with the first search, not at start
    from zzreader.core.changes import Changes
    from zzreader.core.search import Hit, SearchResult

PAGE = 50
TYPE_DELAY_MS = 350  # search as you type, once the typing pauses


class SearchRequest(NamedTuple):
    """One search as the panel asked it: the query, its filters and its order."""

    query: str
    date_from: str | None = None
    date_to: str | None = None
    type: str | None = None
    section: str | None = None
    sort: str = "relevance"

    def run(self, library, offset: int = 0, limit: int | None = None) -> SearchResult:
        from zzreader.core.search import (
            search,  # in the read lane, with the first search
        )

        return search(
            library,
            self.query,
            limit=limit or PAGE,
            offset=offset,
            date_from=self.date_from,
            date_to=self.date_to,
            sort=self.sort,
            types=[self.type] if self.type else None,
            section=self.section or None,
        )


class ResultsModel(QAbstractListModel):
    """Search hits, one page at a time; asks the panel for more as the list scrolls."""

    more_wanted = Signal(int)  # offset

    HIT_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.hits: list[Hit] = []
        self.total = 0
        self.loading = False

    def reset(self, result: SearchResult | None) -> None:
        self.beginResetModel()
        self.hits = list(result.hits) if result else []
        self.total = result.total if result else 0
        self.loading = False
        self.endResetModel()

    def append(self, result: SearchResult) -> None:
        self.loading = False
        if not result.hits:
            self.total = len(self.hits)
            return
        first = len(self.hits)
        self.beginInsertRows(QModelIndex(), first, first + len(result.hits) - 1)
        self.hits.extend(result.hits)
        self.endInsertRows()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.hits)

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and not self.loading and len(self.hits) < self.total

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: N802
        if self.canFetchMore(parent):
            self.loading = True
            self.more_wanted.emit(len(self.hits))

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{plain_text.item_text(hit.title) or tr('article.untitled')} — {plain_text.item_text(hit.issue_date, 40)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_text.tip(hit.snippet)
        if role == self.HIT_ROLE:
            return hit
        if role == Qt.ItemDataRole.DecorationRole:
            return type_icon(hit.type)
        return None


def snippet_html(hit: Hit, hit_bg: str) -> str:
    """The snippet, escaped, with its hit spans on a highlight."""
    out, pos = [], 0
    for start, end in hit.snippet_spans:
        out.append(html.escape(hit.snippet[pos:start]))
        out.append(f'<span style="background-color:{hit_bg}">{html.escape(hit.snippet[start:end])}</span>')
        pos = end
    out.append(html.escape(hit.snippet[pos:]))
    if hit.in_original:  # the words are only in the parsed original of a corrected article
        out.insert(0, f'<i>{html.escape(tr("search.in_original"))}</i> ')
    return "".join(out)


class ResultDelegate(QStyledItemDelegate):
    """Title, date · type · section, then the snippet with the hits marked."""

    PAD = 8

    def __init__(self, view: QListView, theme: themes.Theme) -> None:
        super().__init__(view)
        self.view = view
        self.theme = theme

    def _doc(self, option: QStyleOptionViewItem, hit: Hit, width: int, selected: bool) -> QTextDocument:
        t = self.theme
        ink = option.palette.highlightedText().color().name() if selected else t.text
        muted = ink if selected else t.muted
        fact = " · ".join(
            p for p in (format_date(hit.issue_date, language()), tr(f"type.{hit.type}"), plain_text.item_text(hit.section, 100))
            if p
        )  # a row is laid out at every paint: library values on it are bounded (plain_text.item_text)
        title = html.escape(plain_text.item_text(hit.title) or tr("article.untitled"))
        doc = SealedDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(option.font)
        doc.setHtml(
            f'<div style="color:{ink}"><p style="margin:0; font-weight:600">{title}</p>'
            f'<p style="margin:2px 0 0 0; color:{muted}; font-size:small">{html.escape(fact)}</p>'
            f'<p style="margin:4px 0 0 0; line-height:135%">{snippet_html(hit, t.hit)}</p></div>'
        )
        doc.setTextWidth(width)
        return doc

    ICON = 22  # the type icon's column, left of the text

    def text_width(self, row_width: int) -> int:
        """The snippet's layout width in a row `row_width` wide: sizeHint and paint share it."""
        return max(80, row_width - 2 * self.PAD - self.ICON)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        """The row's height for the text laid out exactly as paint() will lay it out.

        A row is as wide as the viewport (ListMode, no wrapping); the view
        re-asks on every resize (ResizeMode.Adjust), and `relayout()` after a
        font change, so a snippet never runs into the next result.
        """
        hit = index.data(ResultsModel.HIT_ROLE)
        if hit is None:
            return super().sizeHint(option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)  # the same font paint() uses
        row_width = self.view.viewport().width()
        doc = self._doc(opt, hit, self.text_width(row_width), False)
        return QSize(row_width, math.ceil(doc.size().height()) + 2 * self.PAD + 1)

    def paint(self, painter, option, index) -> None:  # noqa: D102
        hit = index.data(ResultsModel.HIT_ROLE)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        opt.text = ""
        opt.icon = type_icon("")  # drawn below, aligned with the title
        widget = opt.widget
        widget.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)
        r = opt.rect
        painter.save()
        painter.setClipRect(r)  # never into the next row, whatever happens
        type_icon(hit.type).paint(painter, r.left() + self.PAD - 2, r.top() + self.PAD + 1, 18, 18)
        painter.translate(r.left() + self.PAD + self.ICON, r.top() + self.PAD)
        doc = self._doc(opt, hit, self.text_width(r.width()), selected)
        doc.drawContents(painter, QRectF(0, 0, r.width(), r.height() - 2 * self.PAD))
        painter.restore()
        painter.save()
        painter.setPen(QColor(self.theme.rule))
        painter.drawLine(r.left() + self.PAD, r.bottom(), r.right() - self.PAD, r.bottom())
        painter.restore()


def relayout(view: QListView) -> None:
    """Re-measure every row (after a font or theme change: Qt caches the heights)."""
    view.scheduleDelayedItemsLayout()
    view.doItemsLayout()


class ResultsList(QListView):
    """The results, re-measured at once when their width or font changes.

    Qt re-lays out an Adjust list only after a delay: rows painted meanwhile
    with their old heights would run into each other. A scroll area's
    resizeEvent is its viewport's, so no filter on viewport() is needed (its
    first call makes PySide6 build every QtWidgets class, gui/article_page.py).
    """

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        model = self.model()
        if event.size().width() != event.oldSize().width() and model is not None and model.rowCount():
            QTimer.singleShot(0, self, lambda: relayout(self))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            relayout(self)


class SearchPanel(QWidget):
    """Query field, filters, count / error line and the results list."""

    open_hit = Signal(int, str)  # article id, query (to mark its hits)
    searching = Signal(bool)
    results_changed = Signal(int)  # how many articles the shown search found (0: none, or no search)

    def __init__(
        self, workers: Workers, theme: themes.Theme, parent: QWidget | None = None, settings: QSettings | None = None
    ):
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.workers = workers
        self.generation = 0
        self.request: SearchRequest | None = None
        self.started = 0.0
        self.last_error = ""
        self.busy = False  # a search for the current fields is running

        self.query = QLineEdit()
        self.query.setObjectName("searchQuery")
        self.query.setPlaceholderText(tr("search.placeholder"))
        self.query.setToolTip(tr("search.syntax.tip"))
        self.query.setAccessibleName(tr("search.accessible"))
        self.query.setClearButtonEnabled(True)
        named(self.query.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition), "search")
        self.query.returnPressed.connect(self._committed)
        self.query.textEdited.connect(lambda _t: self._typing.start())
        self.recent = RecentSearches(settings, self)  # its drop-downs: attached after the first paint (offer_recent)
        self.go = QPushButton(tr("search.go"))
        self.go.setToolTip(tr("search.go.tip"))
        self.go.clicked.connect(self._committed)

        self.date_from = optional_date_edit(tr("search.from.tip"), tr("search.any_date"))
        self.date_to = optional_date_edit(tr("search.to.tip"), tr("search.any_date"))
        self.type = QComboBox()
        self.type.setAccessibleName(tr("search.type"))
        self.type.setToolTip(tr("search.type"))
        self.type.addItem(tr("search.any_type"), None)
        for t in ARTICLE_TYPES:
            self.type.addItem(type_icon(t), tr(f"type.{t}"), t)
        self.section = QLineEdit()
        self.section.setPlaceholderText(tr("search.section.placeholder"))
        self.section.setAccessibleName(tr("search.section"))
        self.section.setToolTip(tr("search.section.tip"))
        self.section.setClearButtonEnabled(True)
        self.section.returnPressed.connect(self.run)
        self.sort = QComboBox()
        self.sort.setAccessibleName(tr("search.sort"))
        self.sort.setToolTip(tr("search.sort"))
        self.sort.addItem(tr("search.sort.relevance"), "relevance")
        self.sort.addItem(tr("search.sort.date"), "date")
        self.sort.addItem(tr("search.sort.oldest"), "oldest")
        for w in (self.date_from, self.date_to, self.type, self.sort):
            signal = w.dateChanged if isinstance(w, QDateEdit) else w.currentIndexChanged
            signal.connect(self._rerun)

        self.status = plain_text.plain(QLabel())
        self.status.setObjectName("searchStatus")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(tr("search.status"))

        self.model = ResultsModel(self)
        self.model.more_wanted.connect(self._more)
        self.results = ResultsList()
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(tr("search.results"))
        self.results.setModel(self.model)
        self.delegate = ResultDelegate(self.results, theme)
        self.results.setItemDelegate(self.delegate)
        self.results.setUniformItemSizes(False)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # rows wrap to the width
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.activated.connect(self._activated)
        self.results.clicked.connect(self._activated)

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPE_DELAY_MS)
        self._typing.timeout.connect(self.run)

        row = QHBoxLayout()
        row.addWidget(self.query, 1)
        row.addWidget(self.go)
        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        self.filter_grid = grid
        self._labels = {key: QLabel(tr(f"search.{key}")) for key in ("date", "type", "sort", "section")}
        self._dates = QWidget()
        dates = QHBoxLayout(self._dates)
        dates.setContentsMargins(0, 0, 0, 0)
        dates.addWidget(self.date_from, 1)
        dates.addWidget(QLabel("—"))
        dates.addWidget(self.date_to, 1)
        self.set_wide(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(row)
        layout.addLayout(grid)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        self.set_theme(theme)
        self.show_status(tr("search.hint"))

    # -- public -----------------------------------------------------------------
    def set_theme(self, theme: themes.Theme) -> None:
        self.theme = theme
        self.delegate.theme = theme
        relayout(self.results)
        self._status_colour(error=bool(self.last_error))

    def set_wide(self, wide: bool) -> None:
        """Filters in one row (a panel below the article: wide and short) or in three (a side panel)."""
        grid, label = self.filter_grid, self._labels
        cells = (
            [(label["date"], 0, 0, 1, 1), (self._dates, 0, 1, 1, 1), (label["type"], 0, 2, 1, 1),
             (self.type, 0, 3, 1, 1), (label["sort"], 0, 4, 1, 1), (self.sort, 0, 5, 1, 1),
             (label["section"], 0, 6, 1, 1), (self.section, 0, 7, 1, 1)]
            if wide else
            [(label["date"], 0, 0, 1, 1), (self._dates, 0, 1, 1, 3), (label["type"], 1, 0, 1, 1),
             (self.type, 1, 1, 1, 1), (label["sort"], 1, 2, 1, 1), (self.sort, 1, 3, 1, 1),
             (label["section"], 2, 0, 1, 1), (self.section, 2, 1, 1, 3)]
        )
        for widget, row, col, rows, cols in cells:
            grid.removeWidget(widget)
        for col in range(8):
            grid.setColumnStretch(col, 0)
        for widget, row, col, rows, cols in cells:
            grid.addWidget(widget, row, col, rows, cols)
        for col in ((1, 3, 5, 7) if wide else (1, 3)):
            grid.setColumnStretch(col, 1)
        self.wide = wide

    def set_workers(self, workers: Workers) -> None:
        self.workers = workers
        self.clear()

    def clear(self) -> None:
        self.generation += 1
        self.busy = False
        self.request = None
        self.model.reset(None)
        self.show_status(tr("search.hint"))
        self.results_changed.emit(0)

    def search_for(self, query: str, **filters: str | None) -> None:
        """Fill the field (and date/section filters when given) and run it."""
        self.query.setText(query)
        if "section" in filters:
            self.section.setText(filters["section"] or "")
        if "date" in filters:
            for edit in (self.date_from, self.date_to):
                edit.blockSignals(True)
                set_iso(edit, filters["date"])
                edit.blockSignals(False)
        self.run()

    def current_request(self) -> SearchRequest:
        return SearchRequest(
            query=self.query.text().strip(),
            date_from=iso(self.date_from),
            date_to=iso(self.date_to),
            type=self.type.currentData(),
            section=self.section.text().strip() or None,
            sort=self.sort.currentData(),
        )

    def run(self) -> None:
        """Start the search the fields describe; an older one still running is ignored."""
        self._typing.stop()
        request = self.current_request()
        if not request.query:
            query = filter_query(request)
            if not query:
                self.clear()
                return
            # Filters alone list everything they select, newest first.
            request = SearchRequest(query, request.date_from, request.date_to, request.type,
                                    request.section, "date")
        self._start(request)

    def follow(self, changes: Changes) -> None:
        """The library changed (gui/change_notices.py): the search shown runs again.

        A correction, split or merge, an import, a tag or a note changes what
        its query finds (`tag:` and `note:` search annotations); the list kept
        naming articles merged away and missed the new half of a split. The
        row of the article being read stays selected when it is still found.
        """
        content = changes.everything or changes.text or changes.issues or changes.tags or changes.highlights
        if self.request is not None and content:
            hit = self.results.currentIndex().data(ResultsModel.HIT_ROLE)
            self._start(self.request, keep=hit.article_id if hit is not None else None, quiet=True)

    def _start(self, request: SearchRequest, keep: int | None = None, quiet: bool = False) -> None:
        """Run `request` in the read lane; its first page replaces the list (`keep`: the row to select).

        `quiet`: the same search again after a write, so the status line and the
        dock the user closed stay as they are (gui/pane_fit.py opens it for a new search)."""
        self.generation += 1
        gen = self.generation
        self.request = request
        self.started = time.perf_counter()
        self.busy = True
        if not quiet:
            self.show_status(tr("search.running"))
            self.searching.emit(True)
        self.workers.read.submit(
            lambda lib, _p, _c: request.run(lib),
            "search",
            done=lambda result: self._done(gen, result, keep),
            failed=lambda exc: self._failed(gen, exc), owner=self,
        )

    def offer_recent(self) -> None:
        """The recent queries as this box's drop-down (gui/recent_searches.py)."""
        self.recent.attach(self.query, self._committed)

    def _committed(self) -> None:
        """Enter, the button or a pick from the recent list: the query is one to offer again."""
        self.recent.remember(self.query.text())
        self.run()

    # -- answers ------------------------------------------------------------------
    def _rerun(self, *_args) -> None:
        if self.request is not None or self.query.text().strip():
            self.run()

    def _more(self, offset: int) -> None:
        request, gen = self.request, self.generation
        if request is None:
            return
        self.workers.read.submit(
            lambda lib, _p, _c: request.run(lib, offset),
            "search-more",
            done=lambda result: gen == self.generation and self.model.append(result),
            failed=lambda exc: self._failed(gen, exc), owner=self,
        )

    def _done(self, gen: int, result: SearchResult, keep: int | None = None) -> None:
        if gen != self.generation:
            return
        self.busy = False
        self.searching.emit(False)
        self.model.reset(result)
        self.results_changed.emit(result.total)
        seconds = time.perf_counter() - self.started
        if result.total:
            self.show_status(tr("search.count", total=result.total, seconds=f"{seconds:.2f}"))
            ids = [h.article_id for h in result.hits]
            self.results.setCurrentIndex(self.model.index(ids.index(keep) if keep in ids else 0))
        else:
            self.show_status(tr("search.none"))

    def _failed(self, gen: int, exc: BaseException) -> None:
        if gen != self.generation:
            return
        self.busy = False
        self.searching.emit(False)
        self.model.reset(None)
        self.results_changed.emit(0)
        from zzreader.core.search import QueryError  # loaded by the search that failed

        message = pick(str(exc)) if isinstance(exc, QueryError) else tr("search.failed", error=pick(shown.error(exc)))
        self.show_status(message, error=True)

    def show_status(self, text: str, error: bool = False) -> None:
        self.last_error = text if error else ""
        self.status.setText(text)
        self._status_colour(error)

    def _status_colour(self, error: bool) -> None:
        colour = "#d0453a" if error else self.theme.muted
        weight = "600" if error else "normal"
        self.status.setStyleSheet(f"color: {colour}; font-weight: {weight};")

    def _activated(self, index: QModelIndex) -> None:
        hit = index.data(ResultsModel.HIT_ROLE)
        if hit is not None and self.request is not None:
            self.recent.remember(self.query.text())  # a query whose hit is read is one to offer again
            self.open_hit.emit(hit.article_id, self.request.query)

    def hit_ids(self) -> list[int]:
        return [h.article_id for h in self.model.hits]


def filter_query(request: SearchRequest) -> str:
    """The filters as query syntax, for a search with no words (the engine needs one)."""
    if request.type:
        return f"type:{request.type}"
    if request.section:
        # Loaded with the search that asks, not with the window.
        from zzreader.core.query import field_query

        return field_query("section", request.section)  # a typed quote stays in the name
    if request.date_from or request.date_to:
        return f"date:{request.date_from or ''}..{request.date_to or ''}"
    return ""
