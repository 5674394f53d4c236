"""Notes on the page: a marker after each highlight that has a note, the note on hover.

A note is otherwise invisible on the page (it opens only when the highlight
is clicked). Each noted highlight gets a small badge in its colour's ink at
the top right of its last character, like a footnote mark; resting the
mouse on the highlight or its badge shows the note as plain text (the
Markdown's words, never interpreted as markup: tooltips would render HTML).
The badge is painted over the text, so the document and its positions,
which anchors and search marks rely on, are not touched.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from zzreader.core.highlights import Highlight
from zzreader.gui import highlight_style, plain_text
from zzreader.gui.qt import (
    QColor,
    QFontMetrics,
    QObject,
    QPainter,
    QPen,
    QRect,
    QTextCursor,
    QToolTip,
)
from zzreader.i18n import tr

if TYPE_CHECKING:
    from zzreader.gui.article_view import ArticleView
    from zzreader.gui.qt import QHelpEvent

TIP_CHARS = 600  # a long note is cut in the tooltip; the editor shows all of it


class NoteMarkers(QObject):
    """Paints the note badges on an ArticleView's page and answers hover with the note."""

    def __init__(self, view: ArticleView) -> None:
        super().__init__(view)
        self.view = view
        view.page.overlays.append(self)

    def noted(self) -> list[Highlight]:
        return [h for h in self.view.highlights if h.note.strip() and not h.orphan]

    def badge_size(self) -> int:
        """A footnote-sized dot: two fifths of the reading font's height."""
        return max(8, QFontMetrics(self.view.page.document().defaultFont()).height() * 2 // 5)

    def markers(self) -> list[tuple[QRect, Highlight]]:
        """Each noted highlight's badge, in viewport coordinates."""
        out = []
        size = self.badge_size()
        page = self.view.page
        for h in self.noted():
            spans = self.view.text_map.to_doc(h.start, h.end)
            if not spans:
                continue
            cursor = QTextCursor(page.document())
            cursor.setPosition(spans[-1][1])
            caret = page.cursorRect(cursor)
            out.append((QRect(caret.left() - size // 3, caret.top() - size // 2, size, size), h))
        return out

    def wanted(self) -> bool:
        return bool(self.noted())

    def paint(self, painter: QPainter) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ring = QPen(QColor(self.view.theme.page))
        ring.setWidthF(1.5)
        for rect, h in self.markers():
            painter.setPen(ring)
            painter.setBrush(QColor(highlight_style.ink(h.color)))
            painter.drawEllipse(rect)
        painter.restore()

    def note_at(self, point) -> Highlight | None:
        """The noted highlight under viewport `point` (its text or its badge)."""
        for rect, h in self.markers():
            if rect.adjusted(-3, -3, 3, 3).contains(point):
                return h
        position = self.view.page.char_at(point)
        return next((h for h in self.view.highlights_at(position) if h.note.strip()), None)

    def tooltip_text(self, h: Highlight) -> str:
        from zzreader.core.notes import note_plain_text  # with its Markdown and HTML parsers, on first hover

        text = note_plain_text(h.note)
        if len(text) > TIP_CHARS:
            text = text[:TIP_CHARS] + "…"
        return f"{tr('note.tip.title')}\n{text}"

    def tip(self, event: QHelpEvent) -> bool:
        h = self.note_at(event.pos())
        if h is None:
            QToolTip.hideText()
            return False
        QToolTip.showText(event.globalPos(), plain_text.tip(self.tooltip_text(h)) or "", self.view.page.viewport())
        return True
