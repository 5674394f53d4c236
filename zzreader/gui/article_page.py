"""The article's page: a QTextBrowser that keeps a readable line length and loads nothing.

gui/article_view.py feeds it the escaped HTML of gui/article_html.py and
paints marks and highlights on it; here are the page's own manners: no
resource is ever fetched, links go to the window, Ctrl+wheel zooms, the
marking keys and a plain click are passed on, and the text column is
centred at its width.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from zzreader.gui.qt import (
    QEvent,
    QMenu,
    QPainter,
    QPoint,
    Qt,
    QTextBrowser,
    QTextFrameFormat,
    QWidget,
    Signal,
)
from zzreader.gui.sealed_document import no_resource
from zzreader.i18n import tr

if TYPE_CHECKING:  # only named in signatures: made when Qt first passes one (an event, a link)
    from zzreader.gui.qt import QContextMenuEvent, QHelpEvent, QUrl

MIN_SIDE_MARGIN = 28
# Keys that mark the selection: 1-8 colours, U underline, S strike-through, N with a note.
COLOUR_KEYS = "12345678"
STYLE_KEYS = {"u": "underline", "s": "strike"}
NOTE_KEY = "n"
CLICK_SLOP = 4  # pixels the mouse may move and still count as a click


class Overlay(Protocol):
    """What is drawn over the text and answers the mouse resting on it (gui/note_markers.py)."""

    def wanted(self) -> bool:
        """Anything to draw now: the page opens a painter on its viewport only then."""

    def paint(self, painter: QPainter) -> None: ...

    def tip(self, event: QHelpEvent) -> bool:
        """Show the tooltip for the point of `event`; True if this overlay answered it."""


class ArticlePage(QTextBrowser):
    """A QTextBrowser that keeps a readable line length and loads no resources."""

    zoom_requested = Signal(int)  # +1 / -1 from Ctrl+wheel
    mark_key = Signal(str)  # one of COLOUR_KEYS, STYLE_KEYS or NOTE_KEY, pressed on the page
    clicked = Signal(int, QPoint)  # document position of the character clicked, global point
    menu_requested = Signal(QMenu, int)  # the standard menu to extend, position (-1: none)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._press: QPoint | None = None
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.setObjectName("articlePage")
        self.setAccessibleName(tr("article.accessible"))
        self.text_width_px = 0
        self.overlays: list[Overlay] = []

    def loadResource(self, kind: int, url: QUrl) -> object:  # noqa: N802 (Qt name)
        """Nothing is ever loaded: not images (not even from the disk), style sheets or remote URLs."""
        return no_resource(kind)

    def paintEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        super().paintEvent(event)
        # viewport() only when something is drawn: PySide6 answers its first call by making
        # every QtWidgets class (about 10 ms), which the window's first paint need not pay
        drawn = [overlay for overlay in self.overlays if overlay.wanted()]
        if drawn:
            painter = QPainter(self.viewport())
            for overlay in drawn:
                overlay.paint(painter)
            painter.end()

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        """The viewport's events, seen here instead of by a filter on viewport() (see paintEvent)."""
        if event.type() == QEvent.Type.ToolTip and any(overlay.tip(event) for overlay in self.overlays):
            return True
        return super().viewportEvent(event)

    def resizeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit_width()

    def wheelEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_requested.emit(1 if event.angleDelta().y() > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = event.text().lower()
        if mods == Qt.KeyboardModifier.NoModifier and key and (
            key in COLOUR_KEYS or key in STYLE_KEYS or key == NOTE_KEY
        ):
            self.mark_key.emit(key)
            event.accept()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        point = event.position().toPoint()
        press, self._press = self._press, None
        if (
            event.button() != Qt.MouseButton.LeftButton
            or press is None
            or (point - press).manhattanLength() > CLICK_SLOP
            or self.textCursor().hasSelection()
            or self.anchorAt(point)
        ):
            return
        position = self.char_at(point)
        if position >= 0:
            self.clicked.emit(position, self.viewport().mapToGlobal(point))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        menu = self.createStandardContextMenu(event.pos())
        self.menu_requested.emit(menu, self.char_at(event.pos()))
        menu.exec(event.globalPos())
        menu.deleteLater()

    def char_at(self, point: QPoint) -> int:
        """Document position of the character under viewport `point` (-1 off the text)."""
        cursor = self.cursorForPosition(point)
        position = cursor.position()
        if point.x() < self.cursorRect(cursor).x() and position > 0:
            position -= 1  # the click was on the right half of the previous character
        return position

    def fit_width(self) -> None:
        """Centre a column of `text_width_px` by widening the root frame's side margins."""
        available = int(self.document().textWidth())  # the viewport's width, where lines wrap (see paintEvent)
        side = max(MIN_SIDE_MARGIN, (available - self.text_width_px) // 2)
        root = self.document().rootFrame()
        fmt: QTextFrameFormat = root.frameFormat()
        if int(fmt.leftMargin()) == side and int(fmt.rightMargin()) == side:
            return
        fmt.setLeftMargin(side)
        fmt.setRightMargin(side)
        fmt.setTopMargin(26)
        fmt.setBottomMargin(40)
        root.setFrameFormat(fmt)
