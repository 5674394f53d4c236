"""Status-bar text that ends in '…' where it does not fit, instead of being cut mid-letter.

QStatusBar draws a message clipped at the first permanent widget, and a
QLabel clips its text at its edge: a backup message with a long library name
ran into the counts at 800 px ('…-1533 Issues: 5'), a long headline in the
place line stopped mid-character. The full text stays in `text()` and
`currentMessage()` (and in a cut message's tooltip); only the painting is shortened.
"""

from __future__ import annotations

from zzreader.core import shown
from zzreader.gui import plain_text
from zzreader.gui.qt import (
    QLabel,
    QMainWindow,
    QPainter,
    QRect,
    QSize,
    QStatusBar,
    QStyle,
    QStyleOption,
    Qt,
    QWidget,
)

MARGIN = 6  # QStatusBar's own margin around its message


class ElidingLabel(QLabel):
    """A one-line plain-text label painted with '…' when narrower than its text."""

    def minimumSizeHint(self) -> QSize:  # Qt's name
        return QSize(0, super().minimumSizeHint().height())  # it may shrink: the '…' says so

    def shown_text(self) -> str:
        """What is painted: the text, or its start and '…'."""
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width())

    def paintEvent(self, _event) -> None:  # Qt's name
        painter = QPainter(self)
        self.style().drawItemText(painter, self.contentsRect(), int(self.alignment()), self.palette(),
                                  self.isEnabled(), self.shown_text(), self.foregroundRole())


class ElidingStatusBar(QStatusBar):
    """A status bar that paints its message with '…' before the permanent widgets.

    The message itself stays whole (`currentMessage()`, and a tooltip while it
    is cut): a message shown before the window is laid out, or a window made
    wider later, shows as much as fits then.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.permanent: list[QWidget] = []
        self.messageChanged.connect(lambda _text: self._tip())

    def showMessage(self, text: str, timeout: int = 0) -> None:  # Qt's name
        """Every message on one line, control and format characters as escapes: messages quote
        outside names (a backup's file, a library's folder), and a U+202E in one reversed the
        rest of the message, a newline pushed it off the bar. All sixteen callers pass here."""
        super().showMessage(shown.message(" ".join(str(text).splitlines())), timeout)

    def addPermanentWidget(self, widget: QWidget, stretch: int = 0) -> None:  # Qt's name
        self.permanent.append(widget)
        super().addPermanentWidget(widget, stretch)

    def message_rect(self) -> QRect:
        """Where the message goes: from the bar's margin to the first permanent widget."""
        lefts = [w.geometry().left() for w in self.permanent if w.isVisible()]
        right = min(lefts, default=self.width() - MARGIN) - MARGIN
        return QRect(MARGIN, 0, max(0, right - MARGIN), self.height())

    def shown_message(self) -> str:
        """What is painted: the message, or its start and '…'."""
        return self.fontMetrics().elidedText(self.currentMessage(), Qt.TextElideMode.ElideRight,
                                             self.message_rect().width())

    def _tip(self) -> None:
        cut = self.shown_message() != self.currentMessage()
        self.setToolTip((plain_text.tip(self.currentMessage()) or "") if cut else "")

    def resizeEvent(self, event) -> None:  # Qt's name
        super().resizeEvent(event)
        self._tip()

    def paintEvent(self, event) -> None:  # Qt's name
        if not self.currentMessage():
            super().paintEvent(event)
            return
        painter = QPainter(self)  # as QStatusBar paints, with the message cut by '…'
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelStatusBar, option, painter, self)
        for widget in self.permanent:
            if widget.isVisible():
                option.rect = widget.geometry().adjusted(-1, -1, 1, 1)
                self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameStatusBarItem, option, painter, widget)
        painter.setPen(self.palette().windowText().color())
        painter.drawText(self.message_rect(), int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
                                                  | Qt.TextFlag.TextSingleLine), self.shown_message())


def install(window: QMainWindow) -> QStatusBar:
    """Give `window` an eliding status bar; returns it (for the status line)."""
    bar = ElidingStatusBar(window)
    window.setStatusBar(bar)
    return bar
