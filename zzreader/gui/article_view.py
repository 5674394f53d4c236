"""The article pane: the page (gui/article_page.py), find-in-article and search-hit marks.

The page is a QTextBrowser that never fetches anything (`loadResource`
returns nothing, links are handled by the window), fed with the escaped HTML
of `article_html`. Marks (search hits, find matches) are ExtraSelections, so
they never change the document text whose positions they point into.

QTextDocument positions count UTF-16 units while Python counts code points;
`Utf16Map` converts, so a rare CJK character outside the BMP (𠮷) does not
shift every later mark (core/anchors.py).

Highlights are different: they are stored as offsets into `Article.text`,
which is not what the page shows (a header, captions, cells). `TextMap`
(text_map.py) converts between the two, and highlights are painted into the
document's character formats, overlaps cut into pieces (highlight_style.py).
"""

from __future__ import annotations

import html
import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import TYPE_CHECKING

from zzreader.core.highlights import Highlight
from zzreader.core.models import Article
from zzreader.gui import highlight_style, painted_marks, themes
from zzreader.gui.article_html import (
    ArticleMeta,
    Style,
    article_html,
    parse_link,
    stylesheet,
)
from zzreader.gui.article_page import ArticlePage
from zzreader.gui.find_bar import FindBar
from zzreader.gui.note_markers import NoteMarkers
from zzreader.gui.preferences import Prefs, first_installed, reading_family
from zzreader.gui.qt import (
    QColor,
    QFont,
    QFontInfo,
    QFontMetrics,
    QPalette,
    QPoint,
    QTextCharFormat,
    QTextCursor,
    QTextEdit,
    QTextFormat,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from zzreader.gui.text_map import TextMap
from zzreader.i18n import language, tr

if TYPE_CHECKING:  # only named in signatures: made when Qt first passes one (an event, a link)
    from zzreader.gui.qt import QUrl

# The ids of the highlights painted on a character ("id1,id2"), kept in its format.
HIGHLIGHT_IDS = QTextFormat.Property.UserProperty + 1
FLASH_TICKS = 6  # on/off steps when jumping to a highlight
FLASH_MS = 220
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")  # two UTF-16 units each in Qt
MONO_FONTS = ("Noto Sans Mono CJK SC", "Sarasa Mono SC", "DejaVu Sans Mono")


class Utf16Map:
    """Code-point offsets of a str -> UTF-16 offsets of the same text in Qt."""

    def __init__(self, text: str) -> None:
        self._wide = [m.start() for m in _ASTRAL.finditer(text)]

    def __call__(self, offset: int) -> int:
        if not self._wide:
            return offset
        return offset + bisect_left(self._wide, offset)

    def spans(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """`spans` in UTF-16 offsets (the same list when the text is all BMP: a million finds)."""
        if not self._wide:
            return spans
        return [(self(a), self(b)) for a, b in spans]


def find_all(haystack: str, needle: str) -> list[tuple[int, int]]:
    """Every non-overlapping match of `needle`, ignoring Latin case."""
    if not needle:
        return []
    folded, target = haystack.lower(), needle.lower()
    if len(folded) != len(haystack):  # a case fold changed lengths: match exactly
        folded, target = haystack, needle
    return [m.span() for m in re.finditer(re.escape(target), folded)]  # left to right, no overlaps


@dataclass
class Marks:
    """A set of marked ranges (document positions) and which one is current."""

    spans: list[tuple[int, int]]
    current: int = -1

    def step(self, forward: bool) -> int:
        if not self.spans:
            return -1
        if self.current < 0:
            self.current = 0 if forward else len(self.spans) - 1
        else:
            self.current = (self.current + (1 if forward else -1)) % len(self.spans)
        return self.current


class ArticleView(QWidget):
    """The centre pane: one article at a time, its marks, and the find bar."""

    link_activated = Signal(str, str)  # kind (author/section/date), value
    zoom_requested = Signal(int)
    marks_changed = Signal()
    highlight_clicked = Signal(list, QPoint)  # ids under the click (most specific first), where

    def __init__(self, prefs: Prefs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleView")
        self.page = ArticlePage()
        self.page.anchorClicked.connect(self._on_link)
        self.page.zoom_requested.connect(self.zoom_requested)
        self.page.clicked.connect(self._on_click)
        self.find_bar = FindBar()
        self.find_bar.hide()
        self.find_bar.changed.connect(self._on_find_text)
        self.find_bar.step.connect(self.step_marks)
        self.find_bar.closed.connect(self._on_find_closed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.page, 1)
        layout.addWidget(self.find_bar)

        self.article: Article | None = None
        self.meta = ArticleMeta()
        self.source: str | None = None  # the article's source lines when shown
        self.query = ""
        self.hits = Marks([])
        self.finds = Marks([])
        self.highlights: list[Highlight] = []
        self.text_map = TextMap.empty()
        self.note_markers = NoteMarkers(self)  # a badge after each noted highlight, the note on hover
        self.flashing: list[tuple[int, int]] = []  # document ranges of the highlight being flashed
        self._flash_ticks = 0
        self._flash_timer = QTimer(self)
        self._flash_timer.setInterval(FLASH_MS)
        self._flash_timer.timeout.connect(self._flash_tick)
        self._sight_timer = QTimer(self)  # repaints the marks in sight after a scroll (many marks)
        self._sight_timer.setSingleShot(True)
        self._sight_timer.setInterval(0)
        self._sight_timer.timeout.connect(self._paint_marks)
        self.page.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.prefs = prefs
        self.theme = themes.theme(prefs.theme)
        self.apply_prefs(prefs)
        self.show_placeholder()

    # -- content --------------------------------------------------------------
    def show_placeholder(self, text: str | None = None) -> None:
        self.article = None
        self.highlights = []
        self.text_map = TextMap.empty()
        self._stop_flash()
        self.page.setHtml(
            f'<p style="color: {self.theme.muted}; margin-top: 80px;" align="center">'
            f'{html.escape(text or tr("article.none"))}</p>'
        )
        self.hits = Marks([])
        self._on_find_text(self.find_bar.field.text())

    def show_article(
        self,
        article: Article,
        meta: ArticleMeta,
        query: str = "",
        source: str | None = None,
        highlights: list[Highlight] | None = None,
    ) -> None:
        """Render `article`; `query` marks its hits and scrolls to the first one."""
        self.article, self.meta, self.query, self.source = article, meta, query, source
        self.highlights = list(highlights or [])
        self._stop_flash()
        self._render()
        self.page.verticalScrollBar().setValue(0)
        if self.hits.spans:
            self.step_marks(True)

    def set_source(self, source: str | None) -> None:
        """Show the article's original lines (str) or its reading text (None)."""
        if self.article is None:
            return
        self.source = source
        self._render()

    def set_highlights(self, highlights: list[Highlight]) -> None:
        """Redraw the page with these highlights, keeping the scroll position."""
        self.highlights = list(highlights)
        if self.article is None:
            return
        top = self.page.verticalScrollBar().value()
        self._render()
        self.page.verticalScrollBar().setValue(top)

    def _render(self) -> None:
        assert self.article is not None
        document = self.page.document()
        document.setUndoRedoEnabled(False)
        document.setDefaultStyleSheet(stylesheet(self._style()))
        self.page.setHtml(
            article_html(self.article, self.meta, self._style(), language(), self.source)
        )
        self.page.fit_width()
        self.text_map = (
            TextMap.build(document, self.article) if self.source is None else TextMap.empty()
        )
        self._paint_highlights()
        raw = self.page.document().toRawText()
        to16 = Utf16Map(raw)
        spans = _query_spans(raw, self.query) if self.query and self.source is None else []
        self.hits = Marks(to16.spans(spans))
        # A closed find bar keeps its text for next time but marks nothing.
        self._refind(self.find_bar.field.text() if self.find_bar.isVisible() else "", keep=False)

    # -- highlights -------------------------------------------------------------
    def _paint_highlights(self) -> None:
        """Merge each highlighted piece's look into the document's character formats."""
        dark = self.theme.is_dark
        for start, end, style in highlight_style.pieces(self.highlights):
            fmt = _piece_format(style, dark)
            for a, b in self.text_map.to_doc(start, end):
                cursor = QTextCursor(self.page.document())
                cursor.setPosition(a)
                cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
                cursor.mergeCharFormat(fmt)

    def selected_span(self) -> tuple[int, int] | None:
        """The Article.text span under the page's selection (None: no body text selected)."""
        cursor = self.page.textCursor()
        if self.article is None or not cursor.hasSelection():
            return None
        return self.text_map.to_text(cursor.selectionStart(), cursor.selectionEnd())

    def cursor_offset(self) -> int | None:
        """The Article.text offset at the page's cursor (or selection start); None outside the body."""
        return self.offset_at(self.page.textCursor().selectionStart())

    def offset_at(self, position: int) -> int | None:
        """The Article.text offset of a page position; None outside the body."""
        if self.article is None:
            return None
        span = self.text_map.to_text(position, position + 1)
        return span[0] if span else None

    def select_span(self, start: int, end: int) -> bool:
        """Select `Article.text[start:end]` on the page (tests, re-attach); False if not shown."""
        ranges = self.text_map.to_doc(start, end)
        if not ranges:
            return False
        cursor = QTextCursor(self.page.document())
        cursor.setPosition(ranges[0][0])
        cursor.setPosition(ranges[-1][1], QTextCursor.MoveMode.KeepAnchor)
        self.page.setTextCursor(cursor)
        return True

    def clear_selection(self) -> None:
        cursor = self.page.textCursor()
        if cursor.hasSelection():
            cursor.clearSelection()
            self.page.setTextCursor(cursor)

    def highlights_at(self, position: int) -> list[Highlight]:
        """Highlights on the character at document `position`, most specific first."""
        offset = self.text_map.offset_at(position) if position >= 0 else None
        if offset is None:
            return []
        return highlight_style.topmost(self.highlights, offset)

    def _on_click(self, position: int, where: QPoint) -> None:
        found = self.highlights_at(position)
        if found:
            self.highlight_clicked.emit([h.id for h in found], where)

    def flash(self, highlight_id: str) -> bool:
        """Scroll to a highlight and blink it a few times (after a jump from the browser)."""
        h = next((h for h in self.highlights if h.id == highlight_id), None)
        ranges = self.text_map.to_doc(h.start, h.end) if h is not None else []
        if not ranges:
            return False
        cursor = QTextCursor(self.page.document())
        cursor.setPosition(ranges[-1][1])
        self.page.setTextCursor(cursor)
        self.page.ensureCursorVisible()
        cursor.setPosition(ranges[0][0])
        self.page.setTextCursor(cursor)
        self.page.ensureCursorVisible()
        self.flashing = ranges
        self._flash_ticks = FLASH_TICKS
        self._flash_timer.start()
        self._paint_marks()
        return True

    def _flash_tick(self) -> None:
        self._flash_ticks -= 1
        if self._flash_ticks <= 0:
            self._stop_flash()
        self._paint_marks()

    def _stop_flash(self) -> None:
        self._flash_timer.stop()
        self._flash_ticks = 0
        self.flashing = []

    # -- prefs ----------------------------------------------------------------
    def apply_prefs(self, prefs: Prefs) -> None:
        self.prefs = prefs
        self.theme = themes.theme(prefs.theme)
        family = reading_family(prefs)
        font = QFont(family)
        font.setPointSize(prefs.font_size)
        self.page.document().setDefaultFont(font)
        advance = QFontMetrics(font).horizontalAdvance("中")
        self.page.text_width_px = advance * prefs.text_width
        pal = self.page.palette()
        pal.setColor(QPalette.ColorRole.Base, QColor(self.theme.page))
        pal.setColor(QPalette.ColorRole.Text, QColor(self.theme.ink))
        self.page.setPalette(pal)  # the viewport fills itself with Base (a scroll area's viewport does)
        if self.article is not None:
            top = self.page.verticalScrollBar().value()
            self._render()
            self.page.verticalScrollBar().setValue(top)
        else:
            self.page.fit_width()

    def _style(self) -> Style:
        t = self.theme
        return Style(
            family=reading_family(self.prefs),
            size=self.prefs.font_size,
            line_spacing=self.prefs.line_spacing,
            natural=self._natural_line(),
            ink=t.ink,
            muted=t.muted,
            accent=t.accent,
            chip=t.chip,
            rule=t.rule,
            caption_bg=t.caption_bg,
            page=t.page,
            mono_family=first_installed(MONO_FONTS),
        )

    def _natural_line(self) -> float:
        """The reading font's own line spacing in em.

        Qt's proportional line height multiplies it, and CJK faces already
        have about 1.45 em; without dividing by it, "180%" would be 2.6 em.
        """
        font = self.page.document().defaultFont()
        em = max(1.0, QFontInfo(font).pixelSize() or font.pointSizeF() * 4 / 3)
        return max(1.0, QFontMetrics(font).lineSpacing() / em)

    # -- marks ----------------------------------------------------------------
    def open_find(self) -> None:
        selected = self.page.textCursor().selectedText()
        self.find_bar.open_bar(selected if selected and "\u2029" not in selected else "")

    def active_marks(self) -> Marks:
        """Find matches while the find bar has text, else the search hits."""
        if self.find_bar.isVisible() and self.find_bar.field.text():
            return self.finds
        return self.hits

    def step_marks(self, forward: bool = True) -> None:
        """Move to the next (previous) mark, wrapping around; F3 / Shift+F3."""
        marks = self.active_marks()
        if marks.step(forward) < 0:
            self._paint_marks()
            return
        start, end = marks.spans[marks.current]
        # Put the caret at the mark without selecting it, so the current-mark
        # colour shows instead of the selection colour.
        cursor = QTextCursor(self.page.document())
        cursor.setPosition(end)
        self.page.setTextCursor(cursor)
        self.page.ensureCursorVisible()
        cursor.setPosition(start)
        self.page.setTextCursor(cursor)
        self.page.ensureCursorVisible()
        self._paint_marks()

    def _on_find_text(self, text: str) -> None:
        self._refind(text, keep=False)
        if self.finds.spans:
            self.step_marks(True)

    def _refind(self, text: str, keep: bool) -> None:
        raw = self.page.document().toRawText()
        self.finds = Marks(Utf16Map(raw).spans(find_all(raw, text)))
        self._paint_marks()

    def _on_find_closed(self) -> None:
        self.finds = Marks([])
        self._paint_marks()
        self.page.setFocus()

    def _paint_marks(self) -> None:
        selections = []
        for marks, is_active in ((self.hits, self.active_marks() is self.hits),
                                 (self.finds, self.active_marks() is self.finds)):
            in_sight = self._in_sight() if painted_marks.limited(marks.spans) else None
            for i in painted_marks.painted(marks.spans, marks.current, in_sight):
                start, end = marks.spans[i]
                sel = QTextEdit.ExtraSelection()
                cursor = QTextCursor(self.page.document())
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                sel.cursor = cursor
                fmt = QTextCharFormat()
                current = is_active and i == marks.current
                fmt.setBackground(QColor(self.theme.hit_current if current else self.theme.hit))
                # A dashed underline tells a search hit from a (yellow) highlight at a glance.
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
                fmt.setUnderlineColor(QColor(self.theme.hit_rule))
                if self.theme.is_dark:
                    fmt.setForeground(QColor("#ffffff"))
                sel.format = fmt
                selections.append(sel)
        if self.flashing and self._flash_ticks % 2 == 0:
            for start, end in self.flashing:
                sel = QTextEdit.ExtraSelection()
                cursor = QTextCursor(self.page.document())
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                sel.cursor = cursor
                fmt = QTextCharFormat()
                fmt.setBackground(QColor(self.theme.hit_current))
                fmt.setForeground(QColor("#ffffff" if self.theme.is_dark else "#000000"))
                sel.format = fmt
                selections.append(sel)
        self.page.setExtraSelections(selections)
        self._update_count()
        self.marks_changed.emit()

    def _in_sight(self) -> tuple[int, int] | None:
        """The document positions at the top left and bottom right of the page's view."""
        viewport = self.page.viewport()
        top = self.page.cursorForPosition(QPoint(0, 0)).position()
        bottom = self.page.cursorForPosition(QPoint(viewport.width() - 1, viewport.height() - 1)).position()
        return top, bottom

    def _scrolled(self) -> None:
        """Marks painted only in sight (gui/painted_marks.py) follow the scroll, a paint later."""
        if painted_marks.limited(self.hits.spans) or painted_marks.limited(self.finds.spans):
            self._sight_timer.start()

    def _update_count(self) -> None:
        text = self.find_bar.field.text()
        if not text:
            self.find_bar.count.setText("")
            return
        m = self.finds
        if not m.spans:
            self.find_bar.count.setText(tr("find.none"))
        else:
            self.find_bar.count.setText(tr("find.count", n=max(m.current, 0) + 1, total=len(m.spans)))

    def mark_summary(self) -> str:
        """'第 2/5 处命中' for the status bar, or '' when nothing is marked."""
        m = self.hits
        if not m.spans:
            return ""
        return tr("hits.position", n=max(m.current, 0) + 1, total=len(m.spans))

    # -- links ----------------------------------------------------------------
    def _on_link(self, url: QUrl) -> None:
        parsed = parse_link(url.toString())
        if parsed is not None:
            self.link_activated.emit(*parsed)

    def plain_text(self) -> str:
        return self.page.document().toPlainText()


def _piece_format(style: highlight_style.PieceStyle, dark: bool) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if style.background:
        fmt.setBackground(QColor(style.background))
        if dark:  # the fills are pale: keep the text dark on them
            fmt.setForeground(QColor("#1f1f1f"))
    if style.underline:
        kind = QTextCharFormat.UnderlineStyle
        fmt.setUnderlineStyle(kind.WaveUnderline if style.wavy else kind.SingleUnderline)
        fmt.setUnderlineColor(QColor(style.underline))
    if style.strike:
        fmt.setFontStrikeOut(True)
        if not style.background and style.strike_colour:
            fmt.setForeground(QColor(style.strike_colour))  # Qt strikes in the text colour
    fmt.setProperty(HIGHLIGHT_IDS, ",".join(style.ids))
    return fmt


def _query_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Where the search query matches `text`, as the search engine sees it."""
    from zzreader.core import snippets

    try:
        return list(snippets.hit_spans(text, query))
    except Exception:  # a query the engine rejects marks nothing (the panel shows why)
        return []
