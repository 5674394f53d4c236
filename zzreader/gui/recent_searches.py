"""Recent searches: the queries a reader settled on, offered again in the search box.

A reporter comes back to the same names and places day after day, so the
search box offers the recent queries as a drop-down while typing (any
query containing what is typed) and all of them on the Down key in an empty
box. A query counts once the reader presses Enter, picks it from the list
or opens one of its hits: search-as-you-type would otherwise keep every
half-typed word. The box's context menu clears the list.

The list lives in the settings (one list for every library: it holds
queries, not articles), newest first, at most RECENT_MAX. A settings file
is untrusted: a hand edit may hold anything, so only strings of one line
and at most MAX_LENGTH characters are offered. The drop-down is built
after the window's first paint (gui/first_paint.py), so it costs the start
nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from zzreader.gui import settings_file
from zzreader.gui.qt import QEvent, QLineEdit, QObject, QPoint, QSettings, Qt
from zzreader.i18n import tr

if TYPE_CHECKING:  # made with the first drop-down, after the window's first paint
    from zzreader.gui.qt import QStringListModel

K_RECENT_SEARCHES = "search/recent"
RECENT_MAX = 30
MAX_LENGTH = 200  # a longer query is a pasted paragraph, not one to offer again


def usable(query: object) -> str | None:
    """`query` as a list entry: one line of text, stripped, bounded; None when it is none."""
    if not isinstance(query, str):
        return None
    text = query.strip()
    if not text or len(text) > MAX_LENGTH or any(c in text for c in "\n\r\x00\u2028\u2029"):
        return None
    return text


class RecentSearches(QObject):
    """The list in the settings and the drop-down of each search box that offers it."""

    def __init__(self, settings: QSettings | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.model: QStringListModel | None = None  # made with the first drop-down
        self.boxes: dict[QLineEdit, Callable[[], None]] = {}

    def queries(self) -> list[str]:
        """The stored list, newest first, cleaned of whatever is not a query."""
        if self.settings is None:
            return []
        value = self.settings.value(K_RECENT_SEARCHES, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            return []
        kept = (usable(v) for v in value[: RECENT_MAX * 4])
        return [*dict.fromkeys(q for q in kept if q)][:RECENT_MAX]

    def attach(self, line: QLineEdit, run: Callable[[], None]) -> None:
        """Give `line` the drop-down (after the first paint); a pick fills it and calls `run`."""
        if line in self.boxes:
            return
        from zzreader.gui.qt import QCompleter, QStringListModel

        if self.model is None:
            self.model = QStringListModel(self.queries(), self)
        completer = QCompleter(self.model, line)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(10)
        completer.activated.connect(lambda text, box=line: self._picked(box, text))
        line.setCompleter(completer)
        line.installEventFilter(self)
        line.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        line.customContextMenuRequested.connect(lambda pos, box=line: self._menu(box, pos))
        self.boxes[line] = run

    def remember(self, query: str) -> None:
        """Put `query` first (once); an unchanged list is not written again."""
        text = usable(query)
        if text is None:
            return
        old = self.queries()
        recent = [text, *(q for q in old if q != text)][:RECENT_MAX]
        if recent == old:
            return
        if self.settings is not None:
            settings_file.put(self.settings, K_RECENT_SEARCHES, recent)
        if self.model is not None:
            self.model.setStringList(recent)

    def clear(self) -> None:
        if self.settings is not None:
            self.settings.remove(K_RECENT_SEARCHES)
        if self.model is not None:
            self.model.setStringList([])

    def show_all(self, line: QLineEdit) -> None:
        """The whole list under `line` (the Down key in an empty box)."""
        completer = line.completer()
        if line not in self.boxes or completer is None or not self.model or not self.model.stringList():
            return
        completer.setCompletionPrefix("")
        completer.complete()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if (
            watched in self.boxes
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and not watched.text()
        ):  # (while its list is open, the keys go to the list)
            self.show_all(watched)
            return True
        return False

    def _picked(self, line: QLineEdit, text: str) -> None:
        line.setText(text)
        self.boxes[line]()

    def _menu(self, line: QLineEdit, pos: QPoint) -> None:
        menu = line.createStandardContextMenu()
        menu.addSeparator()
        clear = menu.addAction(tr("search.recent.clear"))
        clear.setEnabled(bool(self.queries()))
        clear.triggered.connect(self.clear)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(line.mapToGlobal(pos))
