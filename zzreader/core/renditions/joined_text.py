"""A paragraph joined from many wrapped lines, kept as pieces until it is done.

Gluing each wrapped line onto the whole paragraph copied the paragraph every
time: a file of 100,000 lines that all carry on one paragraph (one-line ads
one under another, read as PDF text) took minutes. The tests that decide
whether the next line carries on read only the paragraph's start (its first
characters, whether it is short) or its end (renditions/pdf_text.py reads at
most its last `_END_WINDOW` characters), so they are given `view()`: the whole
text while it is short, else its first and last `EDGE` characters.
"""

from __future__ import annotations

EDGE = 1000  # characters of each end a long paragraph shows: more than any test reads


class JoinedText:
    """The pieces of one paragraph, its first and last characters, and its length."""

    def __init__(self, text: str) -> None:
        self._pieces = [text]
        self._head = text[:EDGE]
        self._tail = text[-EDGE:]
        self._size = len(text)

    def add(self, piece: str) -> None:
        if not piece:
            return
        self._pieces.append(piece)
        self._size += len(piece)
        if len(self._head) < EDGE:
            self._head = (self._head + piece)[:EDGE]
        self._tail = (self._tail[-EDGE:] + piece[-EDGE:])[-EDGE:]

    def view(self) -> str:
        """The whole text while it is short; else its first and last EDGE characters, which is all the tests read."""
        if self._size > 2 * EDGE:
            return self._head + self._tail
        self._pieces = ["".join(self._pieces)]
        return self._pieces[0]

    def text(self) -> str:
        return "".join(self._pieces)
