"""Back and forward through the articles opened, as in a web browser.

Every article the window opens (from the tree, the title filter, search
results, a collection, a link or the next/previous buttons) is a step; Back
(Alt+←, the mouse's back button) returns to the one before with its search
terms marked again, Forward (Alt+→, the forward button) undoes a Back.
Opening a new article after going back drops the forward steps.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from zzreader.core.store import NotFoundError
from zzreader.gui import icons
from zzreader.gui.first_paint import after_first_paint
from zzreader.gui.qt import QAction, QApplication, QEvent, QKeySequence, QObject, Qt, QWidget
from zzreader.i18n import tr

if TYPE_CHECKING:
    from zzreader.gui.main_window import MainWindow

MAX_STEPS = 200  # a day's reading; older steps fall off the back

Step = tuple[int, str]  # article id, search terms marked on it


class NavigationHistory(QObject):
    """Back/forward stacks fed by the window's `article_opened` signal."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.back_steps: list[Step] = []
        self.forward_steps: list[Step] = []
        self.current: Step | None = None
        self._moving = False
        # Alt+←/→ as in every browser, plus the keyboard's own Back/Forward keys; not
        # the platform's Backspace binding, which would fire while editing a note.
        self.act_back = self._action("nav.back", self.back, ["Alt+Left", "Back"])
        self.act_forward = self._action("nav.forward", self.forward, ["Alt+Right", "Forward"])
        icons.named(self.act_back, "back")
        icons.named(self.act_forward, "forward")
        window.article_opened.connect(self._opened)
        if window.current_id is not None:  # the article opened while the window was built
            self.current = (window.current_id, window.current_query)
        # Every event of the application passes this filter: from the first paint on,
        # not through the thousands the window's start sends (gui/first_paint.py).
        self.listening = False  # to the mouse's buttons
        after_first_paint(window, self._listen)
        self._update()

    def _listen(self) -> None:
        QApplication.instance().installEventFilter(self)
        self.listening = True

    def _action(self, key: str, slot, shortcuts: list[str]) -> QAction:
        act = QAction(tr(key), self.window)
        act.setObjectName(key)
        keys = [QKeySequence(s) for s in shortcuts]
        act.setShortcuts(keys)
        act.setToolTip(f"{tr(key)} ({keys[0].toString(QKeySequence.SequenceFormat.NativeText)})")
        act.triggered.connect(slot)
        self.window.addAction(act)
        return act

    def _opened(self, article_id: int) -> None:
        step = (article_id, self.window.current_query)
        if self._moving or (self.current is not None and self.current[0] == article_id):
            self.current = step
            return
        if self.current is not None:
            self.back_steps.append(self.current)
            del self.back_steps[:-MAX_STEPS]
        self.forward_steps.clear()
        self.current = step
        self._update()

    def back(self) -> bool:
        return self._go(self.back_steps, self.forward_steps)

    def forward(self) -> bool:
        return self._go(self.forward_steps, self.back_steps)

    def _go(self, source: list[Step], other: list[Step]) -> bool:
        """Open the next step of `source` that still exists (a re-import may have removed some)."""
        while source:
            step, previous = source.pop(), self.current
            self._moving = True
            try:
                self.window.open_article(*step)
            except NotFoundError:
                continue
            finally:
                self._moving = False
            if previous is not None and previous != step:
                other.append(previous)
            self.current = step
            self._update()
            return True
        self._update()
        return False

    def clear(self) -> None:
        """Another library: its article ids mean other articles."""
        self.back_steps.clear()
        self.forward_steps.clear()
        self.current = None
        self._update()

    def _update(self) -> None:
        self.act_back.setEnabled(bool(self.back_steps))
        self.act_forward.setEnabled(bool(self.forward_steps))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        """The mouse's back/forward buttons anywhere in this window."""
        if event.type() == QEvent.Type.MouseButtonRelease and isinstance(watched, QWidget) \
                and watched.window() is self.window:
            if event.button() == Qt.MouseButton.BackButton:
                self.back()
                return True
            if event.button() == Qt.MouseButton.ForwardButton:
                self.forward()
                return True
        return False
