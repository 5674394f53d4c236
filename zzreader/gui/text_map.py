"""Map between positions on the article page and offsets into `Article.text`.

Highlights are stored as code-point offsets into the canonical body
(`Article.text`, paragraphs joined by "\\n"). The page
shows more than that body (date line, title, byline, a "▲" before captions,
bullets before list items, table cells instead of tabs), and QTextDocument
counts positions in UTF-16 units, so a character outside the BMP (𠮷) takes
two positions. Neither offset can stand in for the other.

The map is built from what was actually rendered: each run of body text
without a line or cell break (a *segment*) is looked up, in reading order, in
the document's raw text after the header's rule, and remembered with both
its text offset and its document position. A segment that cannot be found
verbatim (the HTML importer changed it) is left out, so a highlight on it is
not drawn rather than drawn in the wrong place.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from zzreader.core.models import Article
from zzreader.gui.qt import QTextDocument, QTextFormat
from zzreader.gui.visible_controls import visible

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")  # two UTF-16 units each


def utf16_len(text: str) -> int:
    """How many UTF-16 units `text` takes (Qt's positions)."""
    return len(text) + len(_ASTRAL.findall(text))  # not a loop in Python: a 1 MB paragraph took 0.8 s


def cp_index(text: str, units: int) -> int:
    """The code-point index in `text` at `units` UTF-16 units (clamped to the text)."""
    if units <= 0:
        return 0
    count = 0
    for i, ch in enumerate(text):
        count += 2 if ord(ch) > 0xFFFF else 1
        if count >= units:
            return i + 1
    return len(text)


class Segment(NamedTuple):
    """One unbroken run of body text: its offset in Article.text and on the page."""

    text_start: int
    text: str
    doc_start: int = -1  # UTF-16 position in the document; -1 = not found

    @property
    def text_end(self) -> int:
        return self.text_start + len(self.text)

    @property
    def doc_end(self) -> int:
        return self.doc_start + utf16_len(self.text)

    def doc_at(self, offset: int) -> int:
        """Document position of text offset `offset` (inside or at the end of this run)."""
        return self.doc_start + utf16_len(self.text[: offset - self.text_start])

    def text_at(self, position: int) -> int:
        """Text offset of document position `position` (inside this run)."""
        return self.text_start + cp_index(self.text, position - self.doc_start)


def body_segments(article: Article) -> list[Segment]:
    """The runs of `article.text` the page shows, split at line and table-cell breaks."""
    segments: list[Segment] = []
    pos = 0
    for block in article.blocks:
        lines_start = pos
        for line in block.text.split("\n"):
            cells = line.split("\t") if block.kind == "table" else [line]
            cell_start = lines_start
            for cell in cells:
                if cell:
                    segments.append(Segment(cell_start, cell))
                cell_start += len(cell) + 1
            lines_start += len(line) + 1
        pos += len(block.text) + 1
    return segments


def body_start(document: QTextDocument) -> int:
    """Document position just after the header's horizontal rule (0 if there is none)."""
    block = document.begin()
    ruler = QTextFormat.Property.BlockTrailingHorizontalRulerWidth
    while block.isValid():
        if block.blockFormat().hasProperty(ruler):
            nxt = block.next()
            return nxt.position() if nxt.isValid() else block.position()
        block = block.next()
    return 0


class TextMap:
    """Conversions between document positions and Article.text offsets for one render."""

    def __init__(self, segments: list[Segment]) -> None:
        self.segments = [s for s in segments if s.doc_start >= 0]
        self._text_starts = [s.text_start for s in self.segments]
        self._doc_starts = [s.doc_start for s in self.segments]

    @classmethod
    def empty(cls) -> TextMap:
        return cls([])

    @classmethod
    def build(cls, document: QTextDocument, article: Article) -> TextMap:
        """Find each body segment in the rendered document, in order."""
        raw = document.toRawText()
        start16 = body_start(document)
        cursor = cp_index(raw, start16)
        units = start16  # UTF-16 position of raw[cursor]
        placed: list[Segment] = []
        for seg in body_segments(article):
            found = raw.find(visible(seg.text), cursor)  # the page shows controls as marks, same length
            if found < 0:
                continue
            units += utf16_len(raw[cursor:found])
            placed.append(Segment(seg.text_start, seg.text, units))
            units += utf16_len(seg.text)
            cursor = found + len(seg.text)
        return cls(placed)

    def __bool__(self) -> bool:
        return bool(self.segments)

    def to_doc(self, start: int, end: int) -> list[tuple[int, int]]:
        """Document ranges showing `text[start:end]`, one per segment it touches."""
        out: list[tuple[int, int]] = []
        first = max(0, bisect_right(self._text_starts, start) - 1)
        for seg in self.segments[first:]:
            if seg.text_start >= end:
                break
            lo, hi = max(start, seg.text_start), min(end, seg.text_end)
            if lo < hi:
                out.append((seg.doc_at(lo), seg.doc_at(hi)))
        return out

    def to_text(self, doc_start: int, doc_end: int) -> tuple[int, int] | None:
        """The Article.text span covered by a document selection (None if it holds no body text)."""
        lo: int | None = None
        hi: int | None = None
        first = max(0, bisect_right(self._doc_starts, doc_start) - 1)
        for seg in self.segments[first:]:
            if seg.doc_start >= doc_end:
                break
            a, b = max(doc_start, seg.doc_start), min(doc_end, seg.doc_end)
            if a < b:
                if lo is None:
                    lo = seg.text_at(a)
                hi = seg.text_at(b)
        if lo is None or hi is None or hi <= lo:
            return None
        return lo, hi

    def offset_at(self, position: int) -> int | None:
        """The text offset of the character right after document `position`, if it is body text."""
        span = self.to_text(position, position + 1)
        return span[0] if span else None
