"""Every annotation command of the window, in one place, through the core.

The Annotator turns user gestures (a key on the page, a menu item, the note
popup, the tag manager, the browser) into writes through the library's parts
(`library.highlights`, `.tags`, `.collections`, `.journal`), each one named,
journalled operation (zzreader/core/journal.py), so Undo / Redo in the Edit
menu reverse any of them, and also edits made from the command line. It owns
the annotation actions (colours 1-8, underline, strike-through, note, undo,
redo...) that the window puts in menus and toolbars.

Writes run on the workers' edits lane (workers.py), not on the GUI thread.
Each returns the `Changes` it made, which goes out once on the window's
change notices (change_notices.py); each view refreshes what concerns it.
Long work (exports, imports of annotation files) goes to the other lanes
(annotation_io.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from zzreader.core.changes import EVERYTHING, Changed, Changes
from zzreader.core.collections import CollectionInfo
from zzreader.core.errors import AnnotationError
from zzreader.core.highlights import Highlight
from zzreader.core.journal import Undone
from zzreader.core.palette import COLORS
from zzreader.core.tags import TagInfo
from zzreader.gui import external_changes, plain_text, prompts
from zzreader.gui.swatches import colour_name, swatch
from zzreader.gui.icons import named
from zzreader.gui.qt import (
    QAction,
    QKeySequence,
    QMainWindow,
    QMenu,
    QObject,
    QPoint,
)
from zzreader.i18n import language, pick, tr, without_mnemonic

if TYPE_CHECKING:
    from zzreader.core.store import Library
    from zzreader.gui.highlight_editor import HighlightEditor
    from zzreader.gui.article_view import ArticleView
    from zzreader.gui.change_notices import ChangeNotices
    from zzreader.gui.edits import Edits

T = TypeVar("T")

STATUS_MS = 6000


def op_label(name: str | None) -> str:
    """The core's bilingual operation name ("划线 / Highlight") in the UI language."""
    if not name:
        return ""
    zh, sep, en = name.partition(" / ")
    return en if sep and language() == "en" else zh


class Annotator(QObject):
    """Annotation commands and actions for one window."""

    def __init__(
        self,
        window: QMainWindow,
        library: Callable[[], Library],
        view: Callable[[], ArticleView],
        current: Callable[[], int | None],
        open_article: Callable[[int], Any],
        edits: Edits,
        notices: ChangeNotices,
    ) -> None:
        super().__init__(window)
        self.window = window  # the parent of its actions and dialogs, and its status bar
        self._library, self.view, self.current, self.open_article = library, view, current, open_article
        self.edits = edits  # writes: the edits lane, then the notices (edits.py)
        self.notices = notices  # one signal for every change (change_notices.py)
        self.notices.changed.connect(self._followed)
        self.last_color = COLORS[0]
        self.reattach_id: str | None = None
        self.editor: HighlightEditor | None = None
        self._build_actions()
        self.update_undo_actions()

    @property
    def library(self) -> Library:
        return self._library()

    def library_switched(self) -> None:
        """The window opened another library: forget pending state, refresh everything."""
        self.reattach_id = None
        self.act_reattach.setEnabled(False)
        if self.editor is not None:
            self.editor.close()
            self.editor = None
        self.notify(EVERYTHING)

    # -- actions ----------------------------------------------------------------
    def _action(self, key: str, slot: Callable[[], Any], text: str | None = None) -> QAction:
        act = QAction(text or tr(key), self.window)
        act.setObjectName(key)
        tip = tr(key + ".tip")
        act.setToolTip(tip if tip != key + ".tip" else act.text().replace("&", "").split("\t")[0])
        act.setStatusTip(act.toolTip())
        act.triggered.connect(lambda _c=False: slot())
        return act

    def _build_actions(self) -> None:
        self.colour_actions: dict[str, QAction] = {}
        for n, color in enumerate(COLORS, start=1):
            act = self._action(f"mark.{color}", lambda c=color: self.highlight_selection(c),
                               text=f"{colour_name(color)}\t{n}")
            act.setIcon(swatch(color))
            act.setToolTip(tr("mark.colour.tip", colour=colour_name(color), key=n))
            self.colour_actions[color] = act
        self.act_underline = self._action("mark.underline", lambda: self.highlight_selection(style="underline"),
                                          text=tr("mark.underline") + "\tU")
        named(self.act_underline, "underline")
        self.act_strike = self._action("mark.strike", lambda: self.highlight_selection(style="strike"),
                                       text=tr("mark.strike") + "\tS")
        named(self.act_strike, "strike")
        self.act_note = self._action("mark.note", lambda: self.highlight_selection(edit=True),
                                     text=tr("mark.note") + "\tN")
        named(self.act_note, "note")
        self.act_undo = self._action("action.undo", self.undo)
        self.act_undo.setShortcuts([QKeySequence("Ctrl+Z")])
        named(self.act_undo, "undo")
        self.act_redo = self._action("action.redo", self.redo)
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        named(self.act_redo, "redo")
        self.act_reattach = self._action("mark.reattach", self.reattach_here)
        self.act_reattach.setEnabled(False)
        for act in (self.act_undo, self.act_redo):
            self.window.addAction(act)  # shortcuts work with the menu bar hidden

    def update_undo_actions(self) -> None:
        """Undo / Redo labels name the operation they would act on."""
        status = self.library.journal.status()
        for act, key, name in ((self.act_undo, "action.undo", status.undo),
                               (self.act_redo, "action.redo", status.redo)):
            act.setEnabled(name is not None)
            act.setText(tr(key + "_named", what=op_label(name)) if name else tr(key))
            shortcut = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            act.setToolTip(f"{without_mnemonic(act.text())}  ({shortcut})")

    # -- plumbing ---------------------------------------------------------------
    def status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_MS)

    def _do(self, write: Callable[[Library], Changed[T]]) -> T | None:
        """Run one core write (gui/edits.py); its value, or None when it was refused."""
        result = self.edits.run(write)
        return None if result is None else result.value

    def notify(self, changes: Changes = EVERYTHING) -> None:
        """Tell every view what changed (EVERYTHING: a write made outside the parts)."""
        self.notices.send(changes)

    def _followed(self, changes: Changes) -> None:
        if changes.journal or changes.everything:
            self.update_undo_actions()

    def _current(self) -> tuple[int, ...]:
        cid = self.current()
        return (cid,) if cid is not None else ()

    # -- reading ----------------------------------------------------------------
    def tags(self) -> list[TagInfo]:
        return self.library.tags.all()

    def tag_names(self) -> list[str]:
        return self.library.tags.names()

    def collections(self) -> list[CollectionInfo]:
        return self.library.collections.all()

    def highlights_for(self, article_id: int) -> list[Highlight]:
        return self.library.highlights.for_article(article_id)

    # -- highlights -------------------------------------------------------------
    def selection(self) -> tuple[int, int, int] | None:
        """(article id, start, end) of the page's selection, or None with a hint."""
        span = self.view().selected_span()
        if span is None or self.current() is None:
            self.status(tr("mark.select_first"))
            return None
        return self.current(), span[0], span[1]

    def highlight_selection(self, color: str | None = None, style: str = "highlight",
                            edit: bool = False) -> Highlight | None:
        """Highlight the selected text (a colour, or underline / strike in the last colour)."""
        where = self.selection()
        if where is None:
            return None
        article_id, start, end = where
        color = color or self.last_color
        h = self._do(lambda lib: lib.highlights.add(article_id, start, end, color=color, style=style))
        if h is None:
            return None
        self.last_color = color
        self.view().clear_selection()
        if edit:
            self.edit_highlight(h.id)
        return h

    def on_mark_key(self, key: str) -> None:
        """A key pressed on the page: 1-8 colours, U underline, S strike-through, N note."""
        if key.isdigit():
            self.highlight_selection(COLORS[int(key) - 1])
        elif key == "u":
            self.highlight_selection(style="underline")
        elif key == "s":
            self.highlight_selection(style="strike")
        elif key == "n":
            self.highlight_selection(edit=True)

    def edit_highlight(self, highlight_id: str, near: QPoint | None = None) -> HighlightEditor | None:
        """Open the note popup for a highlight (non-modal; Save is one undoable edit)."""
        try:
            h = self.library.highlights.get(highlight_id)
        except AnnotationError as exc:
            self.status(pick(str(exc)))
            return None
        if self.editor is not None:
            self.editor.close()
        from zzreader.gui.highlight_editor import HighlightEditor  # with its note preview, when first used

        editor = HighlightEditor(h, self.tag_names(), self.window)
        editor.saved.connect(lambda hid, changes: self._save_from(editor, hid, changes))
        editor.delete_requested.connect(self.delete_highlight)
        self.editor = editor
        editor.show()
        if near is not None:
            editor.place_near(near)
        editor.note.setFocus()
        return editor

    def _save_from(self, editor: HighlightEditor, highlight_id: str, changes: dict) -> None:
        """The note editor's Save: refused, the editor stays open with the reason and the text."""
        if self.update_highlight(highlight_id, changes) is None:
            editor.refuse(self.window.statusBar().currentMessage() or tr("note.gone"))

    def update_highlight(self, highlight_id: str, changes: dict) -> Highlight | None:
        h = self._do(lambda lib: lib.highlights.update(highlight_id, **changes))
        if h is not None and "color" in changes:
            self.last_color = changes["color"]
        return h

    def recolor(self, highlight_id: str, color: str) -> Highlight | None:
        return self.update_highlight(highlight_id, {"color": color})

    def delete_highlight(self, highlight_id: str) -> None:
        self._do(lambda lib: lib.highlights.delete(highlight_id))

    # -- re-attaching orphans -----------------------------------------------------
    def begin_reattach(self, highlight_id: str) -> None:
        """Remember an orphan; the next "Re-attach here" on a selection places it."""
        self.reattach_id = highlight_id
        self.act_reattach.setEnabled(True)
        h = self.library.highlights.get(highlight_id)
        if h.article_id is not None and h.article_id != self.current():
            self.open_article(h.article_id)  # its old article, where the text likely is
        self.status(tr("mark.reattach.started", quote=h.exact[:30]))

    def reattach_here(self) -> Highlight | None:
        if self.reattach_id is None:
            return None
        where = self.selection()
        if where is None:
            return None
        article_id, start, end = where
        h = self._do(lambda lib, hid=self.reattach_id: lib.highlights.reattach(hid, article_id, start, end))
        if h is not None:
            self.reattach_id = None
            self.act_reattach.setEnabled(False)
            self.view().clear_selection()
            self.status(tr("mark.reattach.done"))
        return h

    # -- page menu ------------------------------------------------------------------
    def extend_page_menu(self, menu: QMenu, position: int) -> None:
        """Add the annotation commands that fit where the user right-clicked."""
        first = menu.actions()[0] if menu.actions() else None
        items: list[QAction | QMenu | None] = []
        if self.view().selected_span() is not None:
            items += list(self.colour_actions.values())
            items += [self.act_underline, self.act_strike, self.act_note]
            if self.reattach_id is not None:
                items.append(self.act_reattach)
            items.append(None)
        for h in self.view().highlights_at(position)[:3]:
            items.append(self.highlight_menu(h, menu))
        if self.current() is not None:
            items.append(self.collection_menu(menu, [self.current()]))
            items.append(None)
        for item in items:
            if item is None:
                menu.insertSeparator(first) if first else menu.addSeparator()
            elif isinstance(item, QMenu):
                menu.insertMenu(first, item) if first else menu.addMenu(item)
            else:
                menu.insertAction(first, item) if first else menu.addAction(item)

    def highlight_menu(self, h: Highlight, parent: QMenu) -> QMenu:
        """Edit / colour / delete for one highlight under the mouse."""
        quote = h.exact if len(h.exact) <= 14 else h.exact[:14] + "…"
        menu = QMenu(tr("mark.menu", quote=plain_text.menu_text(quote)), parent)  # `&`, a tab, U+202E literal
        menu.setIcon(swatch(h.color))
        menu.addAction(tr("mark.edit")).triggered.connect(lambda: self.edit_highlight(h.id))
        colours = menu.addMenu(tr("mark.change_colour"))
        for color in COLORS:
            act = colours.addAction(swatch(color), colour_name(color))
            act.setCheckable(True)
            act.setChecked(color == h.color)
            act.triggered.connect(lambda _c=False, c=color: self.recolor(h.id, c))
        menu.addAction(tr("mark.delete")).triggered.connect(lambda: self.delete_highlight(h.id))
        return menu

    # -- tags -------------------------------------------------------------------------
    def set_article_tags(self, tags: list[str]) -> list[str] | None:
        article_id = self.current()
        if article_id is None:
            return None
        if [t.casefold() for t in tags] == [t.casefold() for t in self.library.tags.of_article(article_id)]:
            return tags
        return self._do(lambda lib: lib.tags.set_for_article(article_id, tags))

    def rename_tag(self, old: str, new: str) -> Any:
        return self._do(lambda lib: lib.tags.rename(old, new))

    def merge_tags(self, sources: list[str], target: str) -> Any:
        return self._do(lambda lib: lib.tags.merge(sources, target))

    def recolor_tag(self, name: str, color: str | None) -> Any:
        return self._do(lambda lib: lib.tags.recolor(name, color))

    def delete_tag(self, name: str) -> Any:
        return self._do(lambda lib: lib.tags.delete(name))

    # -- collections ----------------------------------------------------------------------
    def collection_menu(self, parent: QMenu | None, article_ids: list[int]) -> QMenu:
        """"Add to collection ▸": one checkable item per collection, then "New collection…"."""
        menu = QMenu(tr("collection.add_to"), parent)
        menu.setObjectName("collectionMenu")
        named(menu.menuAction(), "collection")
        inside = (
            {c.id for c in self.library.collections.of_article(article_ids[0])}
            if len(article_ids) == 1 else set()
        )
        for info in self.collections():
            act = menu.addAction(f"{plain_text.menu_text(info.name)}  ({info.articles})")
            act.setObjectName(f"collection.{info.id}")
            act.setToolTip(plain_text.tip(info.name))  # the default tip is the text, which Qt reads as HTML
            act.setCheckable(True)
            act.setChecked(info.id in inside)
            act.triggered.connect(
                lambda checked, cid=info.id: (self.add_to_collection if checked else self.remove_from_collection)(
                    cid, article_ids)
            )
        if not menu.isEmpty():
            menu.addSeparator()
        new = menu.addAction(tr("collection.new"))
        new.setObjectName("collection.new")
        new.triggered.connect(lambda: self.new_collection(article_ids))
        return menu

    def new_collection(self, article_ids: list[int] | None = None) -> CollectionInfo | None:
        name = prompts.ask_text(self.window, tr("collection.new.title"), tr("collection.new.label"))
        if not name:
            return None
        info = self._do(lambda lib: lib.collections.create(name))
        if info is not None and article_ids:
            self.add_to_collection(info.id, article_ids)
        return info

    def add_to_collection(self, collection_id: int, article_ids: list[int]) -> int | None:
        added = self._do(lambda lib: lib.collections.add_articles(collection_id, article_ids))
        if added is not None:
            name = self.library.collections.get(collection_id).name
            self.status(tr("collection.added", n=added, name=name))
        return added

    def remove_from_collection(self, collection_id: int, article_ids: list[int]) -> int | None:
        return self._do(lambda lib: lib.collections.remove_articles(collection_id, article_ids))

    def rename_collection(self, collection_id: int, name: str) -> Any:
        return self._do(lambda lib: lib.collections.rename(collection_id, name))

    def delete_collection(self, collection_id: int) -> Any:
        return self._do(lambda lib: lib.collections.delete(collection_id))

    # -- undo / redo --------------------------------------------------------------------
    def undo(self) -> Undone | None:
        return self._step(redo=False)

    def redo(self) -> Undone | None:
        return self._step(redo=True)

    def _step(self, *, redo: bool) -> Undone | None:
        refused = external_changes.foreign_step(self.library, redo=redo)
        if refused is not None:  # another process's change: not this window's to undo
            self.status(refused)
            return None
        result = self.edits.run(lambda lib: lib.journal.redo() if redo else lib.journal.undo())
        if result is None:
            return None
        if result.value is None:
            self.status(tr("redo.nothing" if redo else "undo.nothing"))
            self.update_undo_actions()
            return None
        self.status(tr("redo.done" if redo else "undo.done", what=op_label(result.value.name)))
        return result.value
