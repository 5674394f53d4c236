"""The archive tree: year → month → issue → section → article, loaded lazily.

Only the years are read at start; each node reads its children with one
indexed facade call the first time it is expanded (`canFetchMore` /
`fetchMore`), so a ten-year library opens as fast as the
five sample issues. Newest first at every date level, articles in page order.

An issue whose articles all share one section (often the empty one: the dump
named no page) lists its articles directly, without a one-child folder.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from zzreader.core.store import ArticleSummary, IssueSummary, Library
from zzreader.gui import dates, plain_text
from zzreader.gui.icons import type_icon
from zzreader.gui.qt import (
    QAbstractItemModel,
    QColor,
    QFontMetrics,
    QModelIndex,
    QPersistentModelIndex,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    Qt,
    QTreeView,
    Signal,
)
from zzreader.i18n import language, tr

ROOT, YEAR, MONTH, ISSUE, SECTION, ARTICLE = "root", "year", "month", "issue", "section", "article"
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # article / issue id, year, (year, month)
LABEL_ROLE = Qt.ItemDataRole.UserRole + 3  # the label without its count
COUNT_ROLE = Qt.ItemDataRole.UserRole + 4  # "15篇", painted muted on the right
DATE_ROLE = Qt.ItemDataRole.UserRole + 5  # ISO date of an issue
SHORT_LABEL_ROLE = Qt.ItemDataRole.UserRole + 6  # an issue's label without the year and month its parents show
UNDATED = 0


def lead_article(articles: list[ArticleSummary]) -> ArticleSummary | None:
    """The first titled news story, else the first titled article, else the first one."""
    titled = [a for a in articles if a.title.strip()]
    news = [a for a in titled if a.type == "news"]
    return next(iter(news or titled or articles), None)


@dataclass(eq=False)
class Node:
    """One row of the archive tree (a year, a month, an issue or an article); its children load when opened."""

    kind: str
    key: Any
    parent: Node | None
    row: int
    label: str = ""
    count: str = ""
    has_children: bool = True
    children: list[Node] | None = None  # None until fetched
    article_type: str = ""
    date: str | None = None
    tip: str = ""
    short: str = ""  # what a narrow row shows instead of `label` (issues: the day, not the whole date)
    extra: dict = field(default_factory=dict)


class ArchiveModel(QAbstractItemModel):
    """A read-only, lazily filled model over `Library` (GUI-thread connection)."""

    load_failed = Signal(object)  # the exception: a table another program dropped, a spoiled page

    def __init__(self, library: Library, ui_family: str = "", parent=None) -> None:
        super().__init__(parent)
        self.library = library
        self.ui_family = ui_family
        self.root = Node(ROOT, None, None, 0)

    # -- Qt model API ---------------------------------------------------------
    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        node = self.node(parent)
        if column != 0 or node.children is None or not 0 <= row < len(node.children):
            return QModelIndex()
        return self.createIndex(row, 0, node.children[row])

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        node: Node = index.internalPointer()
        up = node.parent
        if up is None or up is self.root:
            return QModelIndex()
        return self.createIndex(up.row, 0, up)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        if parent.column() > 0:
            return 0
        children = self.node(parent).children
        return len(children) if children is not None else 0

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 1

    def hasChildren(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: N802
        node = self.node(parent)
        if node.children is not None:
            return bool(node.children)
        return node.has_children

    def canFetchMore(self, parent: QModelIndex) -> bool:  # noqa: N802
        node = self.node(parent)
        return node.children is None and node.has_children

    def fetchMore(self, parent: QModelIndex) -> None:  # noqa: N802
        node = self.node(parent)
        if node.children is not None:
            return
        try:
            children = self._load(node)
        except Exception as exc:  # noqa: BLE001 - the library changed under the window: an empty branch
            children = []
            self.load_failed.emit(exc)
        if not children:
            node.children = []
            node.has_children = False
            return
        self.beginInsertRows(parent, 0, len(children) - 1)
        node.children = children
        self.endInsertRows()

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node: Node = index.internalPointer()
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{node.label} · {node.count}" if node.count else node.label
        if role == LABEL_ROLE:
            return node.label
        if role == SHORT_LABEL_ROLE:
            return node.short
        if role == COUNT_ROLE:
            return node.count
        if role == Qt.ItemDataRole.DecorationRole and node.kind == ARTICLE:
            return type_icon(node.article_type, self.ui_family)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_text.tip(node.tip)
        if role == KIND_ROLE:
            return node.kind
        if role == ID_ROLE:
            return node.key
        if role == DATE_ROLE:
            return node.date
        return None

    # -- helpers ----------------------------------------------------------------
    def node(self, index: QModelIndex | QPersistentModelIndex) -> Node:
        return index.internalPointer() if index.isValid() else self.root

    def index_of(self, node: Node) -> QModelIndex:
        return QModelIndex() if node is self.root else self.createIndex(node.row, 0, node)

    def reload(self) -> None:
        """Forget everything loaded (after an import or a library switch)."""
        self.beginResetModel()
        self.root = Node(ROOT, None, None, 0)
        self.endResetModel()

    def set_library(self, library: Library) -> None:
        self.library = library
        self.reload()

    def ensure_loaded(self, node: Node) -> list[Node]:
        if node.children is None:
            self.fetchMore(self.index_of(node))
        return node.children or []

    def first_article(self) -> QModelIndex:
        """The lead article of the newest issue (what a fresh window opens).

        The lead is the first titled news story: a page often starts with an
        untitled notice or a masthead caption, which makes a poor first page.
        """
        node = self.root
        while node.kind != ISSUE:
            children = self.ensure_loaded(node)
            if not children:
                return QModelIndex()
            node = children[0]
        lead = lead_article(self.library.articles_of_issue(node.key))
        return self.find_article(lead) if lead is not None else QModelIndex()

    def find_article(self, summary: ArticleSummary) -> QModelIndex:
        """Load the path down to `summary` and return its index (invalid if gone)."""
        year, month = _year_month(summary.issue_date)
        path = [
            (YEAR, year),
            (MONTH, (year, month)),
            (ISSUE, summary.issue_id),
        ]
        node = self.root
        for kind, key in path:
            node = next((c for c in self.ensure_loaded(node) if c.key == key), None)
            if node is None:
                return QModelIndex()
        children = self.ensure_loaded(node)
        folder = next(
            (c for c in children if c.kind == SECTION and c.key == (summary.issue_id, summary.section)),
            None,
        )
        if folder is not None:
            children = self.ensure_loaded(folder)
        hit = next((c for c in children if c.kind == ARTICLE and c.key == summary.id), None)
        return self.index_of(hit) if hit is not None else QModelIndex()

    def find_issue(self, issue_id: int, date: str | None) -> QModelIndex:
        year, month = _year_month(date)
        node = self.root
        for key in (year, (year, month), issue_id):
            node = next((c for c in self.ensure_loaded(node) if c.key == key), None)
            if node is None:
                return QModelIndex()
        return self.index_of(node)

    def path_text(self, index: QModelIndex) -> str:
        """'2025年 › 10月 › 2025-10-31 … › 标题' for the status bar."""
        parts = []
        while index.isValid():  # each part cut to a glance: the status bar is one line
            parts.append(plain_text.item_text(index.data(LABEL_ROLE), 60))
            index = index.parent()
        return " › ".join(reversed(parts))

    # -- loading ----------------------------------------------------------------
    def _load(self, node: Node) -> list[Node]:
        lib = self.library
        if node.kind == ROOT:
            years = sorted(lib.years(), key=lambda yc: (yc[0] == UNDATED, -yc[0]))
            return [self._year(node, i, y, n) for i, (y, n) in enumerate(years)]
        if node.kind == YEAR:
            months = sorted(lib.months(node.key), reverse=True)
            return [self._month(node, i, node.key, m, n) for i, (m, n) in enumerate(months)]
        if node.kind == MONTH:
            year, month = node.key
            issues = lib.issues_in_month(year, month)
            if year != UNDATED:
                issues = list(reversed(issues))
            # One file a page (core/same_issue.py): issues of one day and number are told apart by their pages.
            shared = Counter((s.date, s.number) for s in issues)
            return [self._issue(node, i, s, lib.sections(s.id) if shared[(s.date, s.number)] > 1 else None)
                    for i, s in enumerate(issues)]
        if node.kind == ISSUE:
            sections = lib.sections(node.key)
            if len(sections) <= 1:
                arts = lib.article_summaries(node.key)
                return [self._article(node, i, a) for i, a in enumerate(arts)]
            out: list[Node] = []
            for section, n in sections:
                if section:
                    out.append(self._section(node, len(out), node.key, section, n))
                else:  # articles the dump gave no section sit directly in the issue
                    for a in lib.article_summaries(node.key, ""):
                        out.append(self._article(node, len(out), a))
            return out
        if node.kind == SECTION:
            issue_id, section = node.key
            arts = lib.article_summaries(issue_id, section)
            return [self._article(node, i, a) for i, a in enumerate(arts)]
        return []

    def _year(self, parent: Node, row: int, year: int, issues: int) -> Node:
        label = tr("tree.undated") if year == UNDATED else tr("tree.year", year=year)
        return Node(YEAR, year, parent, row, label, tr("count.issues", n=issues),
                    has_children=issues > 0)

    def _month(self, parent: Node, row: int, year: int, month: int, issues: int) -> Node:
        if year == UNDATED:
            label = tr("tree.undated")
        else:
            label = dates.month_name(month, language())
        return Node(MONTH, (year, month), parent, row, label, tr("count.issues", n=issues),
                    has_children=issues > 0)

    def _issue(self, parent: Node, row: int, s: IssueSummary, pages: list[tuple[str, int]] | None = None) -> Node:
        """An issue's row: its day and number, and, beside another file of the same issue (`pages`
        given), the sections it holds or else its file's name."""
        rest = []
        if pages is not None:  # before the number they share, so a narrow tree still shows it
            named = [plain_text.item_text(section) for section, _n in pages if section]
            rest.append("、".join(named[:3]) + ("…" if len(named) > 3 else "") if named else plain_text.item_text(s.source))
        if s.number is not None:
            rest.append(tr("issue.number", number=s.number))
        label = " · ".join([issue_date_label(s.date) if s.date else plain_text.item_text(s.source), *rest])
        day = dates.parse(s.date)
        short = " · ".join([dates.day_in_month(day, language()), *rest]) if day is not None else ""
        tip = f"{s.source}\n{label} · {tr('count.articles', n=s.article_count)}"
        return Node(ISSUE, s.id, parent, row, label, tr("count.articles", n=s.article_count),
                    has_children=s.article_count > 0, date=s.date, tip=tip, short=short)

    def _section(self, parent: Node, row: int, issue_id: int, section: str, n: int) -> Node:
        label = plain_text.item_text(section) or tr("tree.no_section")
        return Node(SECTION, (issue_id, section), parent, row, label,
                    tr("count.articles", n=n), has_children=n > 0, date=parent.date)

    def _article(self, parent: Node, row: int, a: ArticleSummary) -> Node:
        title = plain_text.item_text(article_label(a))  # one bounded line (the page shows the whole)
        tip = f"{title}\n{tr('type.' + a.type)}" + (f" · {a.section}" if a.section else "")
        return Node(ARTICLE, a.id, parent, row, title, "", has_children=False,
                    article_type=a.type, date=a.issue_date, tip=tip)


def expanded_paths(view: QTreeView, model: ArchiveModel) -> list[list[tuple[str, Any]]]:
    """The (kind, key) trail of every expanded node, to expand them again after a reload."""
    out: list[list[tuple[str, Any]]] = []

    def walk(node: Node, trail: list[tuple[str, Any]]) -> None:
        for child in node.children or []:
            if child.children is not None and view.isExpanded(model.index_of(child)):
                path = trail + [(child.kind, child.key)]
                out.append(path)
                walk(child, path)

    walk(model.root, [])
    return out


def reload_keeping_expanded(view: QTreeView, model: ArchiveModel) -> None:
    """Reload the model after a write; what was expanded (and still exists) is expanded again."""
    expanded = expanded_paths(view, model)
    model.reload()
    for path in expanded:
        node: Node | None = model.root
        for kind, key in path:
            node = next((c for c in model.ensure_loaded(node) if c.kind == kind and c.key == key), None)
            if node is None:
                break
            view.expand(model.index_of(node))


def article_label(a: ArticleSummary) -> str:
    """The headline, or for an untitled piece (a continuation, a notice) its first words."""
    if a.headline:
        return a.headline
    lead = " ".join(a.lead.split())
    return tr("article.untitled_lead", lead=lead) if lead else tr("article.untitled")  # English: a space after it


def _year_month(date: object) -> tuple[int, int]:
    """The year and month the library files `date` under (core/store.py DATED): another tool's
    date ('<img…', 42, bytes) is undated there, and no longer stops the window here."""
    if not isinstance(date, str) or not re.match(r"[0-9]{4}-[0-9]{2}", date) or date.startswith("0000"):
        return UNDATED, 0
    return int(date[:4]), int(date[5:7])


def issue_date_label(iso: str) -> str:
    """'2025-10-31 周五' (or 'Fri 2025-10-31'): the date is the issue's name."""
    day = dates.parse(iso)
    if day is None:  # another tool's date: shown as it is, on one bounded line
        return plain_text.item_text(iso, 40)
    return dates.issue_name(day, language())


def fit_row(label: str, count: str, width: int, metrics: QFontMetrics, short: str = "") -> tuple[str, str]:
    """The label and count a row of `width` pixels shows.

    On a narrow tree the count gives way first ('6 articles' -> '6'), then a
    `short` label takes the place of the full one (an issue's day without the
    year and month its parent rows show), then the label is elided: a row once
    read '… 6 articles', and later '2024-1… 18', hiding which issue it was.
    """
    def room(c: str) -> int:
        return max(10, width - (metrics.horizontalAdvance(c) + 10 if c else 0) - 4)

    if count and metrics.horizontalAdvance(label) > room(count):
        number = re.match(r"\d+", count)
        count = number.group(0) if number else count
    if short and metrics.horizontalAdvance(label) > room(count):
        label = short
    return metrics.elidedText(label, Qt.TextElideMode.ElideRight, room(count)), count


class CountDelegate(QStyledItemDelegate):
    """Draws a row's label, and its count (COUNT_ROLE) muted and right-aligned."""

    def __init__(self, muted: str = "#777777", parent=None) -> None:
        super().__init__(parent)
        self.muted = muted

    def paint(self, painter, option, index) -> None:  # noqa: D102
        count = index.data(COUNT_ROLE) or ""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        label = index.data(LABEL_ROLE) or ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is None:
            super().paint(painter, option, index)
            return
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        short = index.data(SHORT_LABEL_ROLE) or ""
        opt.text, count = fit_row(label, count, text_rect.width(), opt.fontMetrics, short)
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        if count:
            painter.save()
            selected = bool(opt.state & QStyle.StateFlag.State_Selected)
            colour = opt.palette.highlightedText().color() if selected else QColor(self.muted)
            painter.setPen(colour)
            painter.setFont(opt.font)
            r = text_rect.adjusted(0, 0, -6, 0)
            painter.drawText(r, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, count)
            painter.restore()
