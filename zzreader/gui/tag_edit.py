"""A one-line tag editor: tags separated by commas, the one being typed autocompleted.

Completion offers existing tags that start with what is being typed (Latin
case and character width ignored), most used first, from the core's
`tag_names`. Choosing one replaces only the tag being typed, so a list like
"待核实, 医" becomes "待核实, 医保, ".

Only Enter saves what is typed as it stands. When the field saves by itself
(focus leaves, or another article opens), a last tag that is still only the
start of existing tags ("医" while 医保 and 医疗 exist, e.g. after moving
through the suggestions and pressing Escape) is a tag half typed: it is not
saved (the field then shows the tags that were).
"""

from __future__ import annotations


from zzreader.core.tags import SEPARATORS, split_tags  # the rule is the core's: no tag holds one
from zzreader.core.textindex import fold
from zzreader.gui.qt import QCompleter, QLineEdit, QStringListModel, Qt, QWidget, Signal
from zzreader.i18n import tr

__all__ = ["SEPARATORS", "TagEdit", "join_tags", "split_tags"]


def join_tags(tags: list[str] | tuple[str, ...]) -> str:
    return ", ".join(tags)


class TagEdit(QLineEdit):
    """Comma-separated tags with completion of the tag being typed."""

    committed = Signal(list)  # the tags, on Enter or when focus leaves after an edit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagEdit")
        self.setPlaceholderText(tr("tags.placeholder"))
        self.setToolTip(tr("tags.tip"))
        self.setAccessibleName(tr("tags.accessible"))
        self.setClearButtonEnabled(True)
        self._names: list[str] = []
        self._dirty = False
        self.too_many = False  # the article's tags do not fit the field: shown as a note, read-only
        self._given: list[str] = []
        self.model = QStringListModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setWidget(self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.setModelSorting(QCompleter.ModelSorting.UnsortedModel)
        self.completer.activated.connect(self.insert_completion)
        self.textEdited.connect(self._edited)
        self.returnPressed.connect(self._commit)

    def set_names(self, names: list[str]) -> None:
        """All tag names, most used first (the completion source)."""
        self._names = list(names)

    def tags(self) -> list[str]:
        """The tags typed; when they were too many for the field, the ones it was given (unchanged)."""
        return list(self._given) if self.too_many else split_tags(self.text(), [*self._given, *self._names])

    def set_tags(self, tags: list[str] | tuple[str, ...]) -> None:
        """Show the article's tags; more than the field holds (a library's 10,000) are not editable here.

        A QLineEdit keeps at most maxLength() characters: the rest was cut, and the
        next commit saved the cut list, removing every tag past it (and adding the
        cut last one as a new tag)."""
        text = join_tags(list(tags))
        self._given = list(tags)
        self.too_many = len(text) > self.maxLength()
        self.setReadOnly(self.too_many)
        self.setClearButtonEnabled(not self.too_many)
        self.setText(tr("tags.too_many", n=len(tags)) if self.too_many else text)
        self.setToolTip(tr("tags.too_many", n=len(tags)) if self.too_many else tr("tags.tip"))
        self._dirty = False

    def take_pending(self) -> list[str] | None:
        """The finished tags if they were edited and not yet committed (then marks them committed)."""
        if not self._dirty or self.too_many:
            return None
        self._dirty = False
        return self.finished_tags()

    def half_typed(self) -> str:
        """The last tag, if it is only the beginning of existing tags and not one itself."""
        text = self.text()
        if not text.strip() or SEPARATORS.search(text.rstrip()[-1:]):
            return ""
        word = " ".join(SEPARATORS.split(text)[-1].split()).lstrip("#").strip()
        if not word or any(n.casefold() == word.casefold() for n in self._names):
            return ""
        return word if self.suggestions(word) else ""

    def finished_tags(self) -> list[str]:
        """`tags()` without a half-typed last tag."""
        half = self.half_typed()
        tags = self.tags()
        return tags[:-1] if half and tags and tags[-1] == half else tags

    def current_word(self) -> str:
        """The tag being typed: the text after the last separator before the cursor."""
        before = self.text()[: self.cursorPosition()]
        return SEPARATORS.split(before)[-1].lstrip()

    def suggestions(self, word: str) -> list[str]:
        """Existing tags starting with `word` (folded), not already in the field."""
        needle = fold(word.strip().lstrip("#"))
        if not needle:
            return []
        taken = {t.casefold() for t in self.tags()}
        return [n for n in self._names if fold(n).startswith(needle) and (
            n.casefold() not in taken or n.casefold() == word.strip().casefold())]

    def _edited(self, _text: str) -> None:
        self._dirty = True
        word = self.current_word()
        found = self.suggestions(word)
        if not found or found == [word.strip()]:
            self.completer.popup().hide()
            return
        self.model.setStringList(found)
        self.completer.setCompletionPrefix("")
        popup = self.completer.popup()
        popup.setCurrentIndex(self.completer.completionModel().index(0, 0))
        rect = self.rect()
        rect.setWidth(max(180, popup.sizeHintForColumn(0) + 30))
        self.completer.complete(rect)

    def insert_completion(self, name: str) -> None:
        """Replace the tag being typed with `name` and start the next one."""
        pos = self.cursorPosition()
        before, after = self.text()[:pos], self.text()[pos:]
        head = before[: len(before) - len(self.current_word())]
        parts = SEPARATORS.split(after, maxsplit=1)
        rest = parts[1].lstrip() if len(parts) > 1 else ""
        text = f"{head}{name}, {rest}"
        self.setText(text)
        self.setCursorPosition(len(head) + len(name) + 2)
        self._dirty = True

    def keyPressEvent(self, event) -> None:  # noqa: N802
        popup = self.completer.popup()
        if popup.isVisible() and event.key() in (
            Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Escape
        ):
            event.ignore()  # the completer's popup handles these
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        if self._dirty and not self.completer.popup().isVisible():
            self._commit(finished_only=True)

    def _commit(self, finished_only: bool = False) -> None:
        """Enter saves everything typed; an implicit save leaves out a half-typed last tag."""
        if self.completer.popup().isVisible() or self.too_many:
            return
        self._dirty = False
        self.committed.emit(self.finished_tags() if finished_only else self.tags())
