"""People, places and organisations: the index (core/discovery/entities.py)
as a table, and for the chosen entry its articles per year, roles and the
names it appears with. Searching opens the search dock; aliases are merged
by hand here and stored in the library. The index is brought up to date in
the write lane with progress before it is listed."""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg

from zzreader.core import shown
from zzreader.core.discovery import entities
from zzreader.gui import plain_text, prompts
from zzreader.gui.chart_style import ThemedPlot
from zzreader.gui.column_fit import ContentsFitter
from zzreader.gui.discovery import DiscoveryHost, progress_bar
from zzreader.gui.qt import (
    QComboBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QSplitter,
    Qt, QTableWidgetItem, QVBoxLayout, QWidget,
)
from zzreader.gui.tables import list_table
from zzreader.i18n import pick, tr

KINDS = ("person", "place", "org")
ROLE_KEYS = ("", *entities.ROLES)
MAX_ROWS = 2000
# A name is shown cut (the stored name stays the key): a library may hold a 1 MB one, which
# took 7 s to list and 8 s to select (laid out whole in the table and the detail label).
MAX_NAME_CHARS = 200


class EntitiesView(QWidget):
    def __init__(self, host: DiscoveryHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.entries: list[entities.Entry] = []
        self.lag = 0  # articles a read-only library's index lacks (it cannot be brought up to date)
        self.kind = QComboBox()
        for k in KINDS:
            self.kind.addItem(tr(f"discover.entities.{k}"), k)
        self.role = QComboBox()
        for r in ROLE_KEYS:
            self.role.addItem(tr(f"discover.role.{r or 'any'}"), r or None)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("discover.entities.filter"))
        self.filter.textChanged.connect(self._fill)
        self.kind.currentIndexChanged.connect(lambda _i: self.load())
        self.role.currentIndexChanged.connect(lambda _i: self.load())
        self.bar = progress_bar(self)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.table = list_table("entities.table", tr("discover.entities"), [
            tr("discover.entities.name"), tr("discover.entities.articles"), tr("discover.entities.roles"),
            tr("discover.entities.first"), tr("discover.entities.last")])
        self.table.itemSelectionChanged.connect(self._selected)
        # The counts and dates stay whole; names and roles give way ('…') on a narrow dock
        # (at 1024 px the last date was cut mid-digit under a sideways scroll bar).
        self.columns = ContentsFitter(self.table, keep=(1, 3, 4))
        self.table.itemActivated.connect(lambda _item: self.search_selected())
        self.detail = QLabel()
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setWordWrap(True)
        self.detail.setText(tr("discover.entities.pick"))  # not an empty chart with no word
        self.years = ThemedPlot()
        self.years.setObjectName("entities.years")
        self.years.setMaximumHeight(160)
        self.years.hide()  # until a name is chosen: empty axes from 0 to 1 said nothing
        self.with_names = QListWidget()
        self.with_names.setObjectName("entities.with")
        self.with_names.itemActivated.connect(lambda item: self.host.search(f'"{item.data(Qt.ItemDataRole.UserRole)}"'))
        search = self.b_search = QPushButton(tr("discover.entities.search"))
        search.clicked.connect(self.search_selected)
        merge = self.b_merge = QPushButton(tr("discover.entities.merge"))
        merge.clicked.connect(lambda: self.merge_selected())
        for button in (search, merge):  # they act on the chosen name
            button.setEnabled(False)
            button.setToolTip(tr("discover.entities.pick"))
        top = QHBoxLayout()
        for w in (self.kind, self.role, self.filter, search, merge):
            top.addWidget(w)
        right = QWidget()
        box = QVBoxLayout(right)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.detail)
        box.addWidget(self.years)
        box.addWidget(QLabel(tr("discover.entities.with")))
        box.addWidget(self.with_names, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.bar)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)

    @property
    def current_kind(self) -> str:
        return self.kind.currentData()

    def refresh(self) -> None:
        """Index what is not indexed yet (write lane), then list."""
        self.status.setText(tr("discover.working"))
        self.host.run(lambda lib, progress, cancel: _update(lib, progress, cancel),
                      self._updated, self._failed, self.bar, write=True)

    def _updated(self, lag: int) -> None:
        self.lag = lag
        self.load()

    def load(self) -> None:
        kind, role = self.current_kind, self.role.currentData()
        self.host.run(lambda lib, _p, _c: entities.entries(lib, kind, role if kind == "person" else None),
                      self.show_entries, self._failed, self.bar)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(pick(shown.error(exc)))  # SQLite's wording never reaches the window

    def show_entries(self, found: list[entities.Entry]) -> None:
        self.entries = found
        self.status.setText(tr("discover.entities.count", n=len(found))
                            + ("  " + tr("discover.read_only_lag", n=self.lag) if self.lag else ""))
        self._fill()
        if not found:  # not 'choose a name' over an empty table
            self.detail.setText(tr("discover.entities.empty"))

    def visible_entries(self) -> list[entities.Entry]:
        text = self.filter.text().strip()
        return [e for e in self.entries if text in e.name][:MAX_ROWS]

    def _fill(self) -> None:
        rows = self.visible_entries()
        self.table.setRowCount(len(rows))
        for r, e in enumerate(rows):
            name = e.name + (f"（{'、'.join(e.aliases)}）" if e.aliases else "")
            roles = tr("list.sep").join(f"{tr('discover.role.' + k)} {n}" for k, n in e.roles.items())
            for c, value in enumerate((name, str(e.articles), roles, e.first or "", e.last or "")):
                item = QTableWidgetItem(plain_text.item_text(value, MAX_NAME_CHARS))  # one line, no U+202E
                item.setData(Qt.ItemDataRole.UserRole, e.name)  # the name as stored: it is the key
                self.table.setItem(r, c, item)
        self.columns.fit()

    def selected_name(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _selected(self) -> None:
        name = self.selected_name()
        for button in (self.b_search, self.b_merge):
            button.setEnabled(name is not None)
            button.setToolTip("" if name is not None else tr("discover.entities.pick"))
        if name is None:  # no chart of empty axes, no names of the one chosen before
            self.detail.setText(tr("discover.entities.pick"))
            self.years.clear()
            self.years.hide()
            self.with_names.clear()
            return
        d = entities.detail(self.host.library, self.current_kind, name)
        roles = tr("list.sep").join(f"{tr('discover.role.' + k)} {n}" for k, n in d.entry.roles.items())
        self.detail.setText(tr("discover.entities.detail", name=plain_text.item_text(name, MAX_NAME_CHARS), n=d.entry.articles,
                               first=d.entry.first or "?", last=d.entry.last or "?", roles=roles))
        self.years.clear()
        years = list(d.by_year.items())
        self.years.setVisible(bool(years))
        if years:
            self.years.addItem(pg.BarGraphItem(x=list(range(len(years))), height=[n for _, n in years],
                                               width=0.7, brush="#4a7fc1"))
            self.years.getAxis("bottom").setTicks([[(i, y) for i, (y, _) in enumerate(years)]])
        self.with_names.clear()
        for kind, other, n in d.with_names:
            self.with_names.addItem(f"{tr('discover.entities.' + kind)}  {plain_text.item_text(other, MAX_NAME_CHARS)}  ({n})")
            self.with_names.item(self.with_names.count() - 1).setData(Qt.ItemDataRole.UserRole, other)

    def query_for(self, name: str) -> str:
        entry = next((e for e in self.entries if e.name == name), None)
        if entry is not None and "mentioned" not in entry.roles:
            return f"author:{name}"
        return f'"{name}"'

    def search_selected(self) -> None:
        name = self.selected_name()
        if name:
            self.host.search(self.query_for(name))

    def merge_selected(self, into: str | None = None) -> bool:
        """List the selected name under another one (asked for unless given)."""
        name = self.selected_name()
        if not name:
            return False
        if into is None:
            # the name comes from the library: prompts shows it as plain text
            into = prompts.ask_text(self, tr("discover.entities.merge"), tr("discover.entities.merge_into", name=plain_text.title_text(name)))
            if into is None:
                return False
        try:
            kind = self.current_kind
            self.host.write(lambda library: entities.merge_alias(library, kind, name, into))
        except Exception as exc:  # a bad merge is a message, never a crash
            self._failed(exc)
            return False
        self.load()
        return True


def _update(library: Any, progress: Any, cancel: Any) -> int:
    """Index what is new; in a read-only library nothing can be, and what the index lacks is counted."""
    entities.update(library, None, progress, cancel)
    return entities.unindexed(library) if library.read_only else 0
