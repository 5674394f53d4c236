"""Markdown and HTML wrap a paragraph over lines with no blank between (pandoc at 72 columns): one paragraph again.

Split from renditions/markup.py, which calls `join` once its lines are plain text.
"""

from __future__ import annotations

import re

from ..bylines import CREDIT_WINDOW, parse_credit, split_trailing_credit
from .model import SourceLine

_ROLE_START = re.compile(r"^\s*(?:全媒体|见习|特约|首席)?(?:记者|通讯员|实习生|摄影)")
_PAPER_END = re.compile(r"(?:日报|晚报|本报|报社|新华社|电视台)$")
_SENTENCE_END = set("。！？!?…”’」』)）】》;；:：")
_NO_JOIN = re.compile(r"^\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月|\d{7,}|^[^，。,]{1,8}[:：]")  # dated, phone and field lines
_DIGITS = re.compile(r"\d{7,}")  # _NO_JOIN's one branch that is not held at the start
# what a paragraph's start must be while a later line could still make it a dated line ('2026年' over '3月…'):
# each beginning of _NO_JOIN's date; past that, and past 9 characters (a field's label and colon), the start is settled
_DATE_BEGUN = re.compile(r"\s*(?:[12]|(?:19|20)(?:\d|\d{2}\s*(?:年\s*(?:\d{1,2}\s*)?)?)?)?")
_MARKS = ("#", "- ", "|", ">")  # a heading, a list item, a table row, a quote: no paragraph's text
_CREDIT_CHARS = 200  # a byline over the text is a line or two (pass one reads one of 56 at most: core/lines.py)


class _Paragraph:
    """A paragraph being joined: its pieces, and what the next join asks of the whole kept up to date.

    Asking `_NO_JOIN`, `parse_credit` and `+=` of the whole paragraph after each line made a paragraph of n
    lines cost n² (round 32: 0.75 MB of one repeated line 7.8 s); each line now costs its own length.
    """

    def __init__(self, line: SourceLine) -> None:
        self.line = line
        self.pieces = [line.text]
        self.length = len(line.text)
        self.tab = "\t" in line.text
        self.no_join = bool(_NO_JOIN.search(line.text))
        self.settled = self._settled()

    def text(self) -> str:
        if len(self.pieces) > 1:
            self.pieces = ["".join(self.pieces)]
        return self.pieces[0]

    def head(self) -> str:
        """The paragraph's start, as long as `_MARKS` reads it."""
        return self.pieces[0] if len(self.pieces[0]) >= 2 else self.text()

    def tail(self, size: int) -> str:
        """The last `size` characters, read from the last pieces only."""
        taken: list[str] = []
        count = 0
        for piece in reversed(self.pieces):
            taken.append(piece)
            count += len(piece)
            if count >= size:
                break
        return "".join(reversed(taken))[-size:]

    def add(self, space: str, piece: str, end: int) -> None:
        """Join `piece` (a whole next line, stripped, with no `_NO_JOIN` of its own) after `space`."""
        before = self.tail(6)
        self.pieces.append(space + piece)
        self.length += len(space) + len(piece)
        self.tab = self.tab or "\t" in space + piece
        self.line.end = end
        if not self.settled:  # a date or a field's label not yet ruled out at the start: read the short start again
            self.no_join = bool(_NO_JOIN.search(self.text()))
            self.settled = self._settled()
        # the one branch that can newly match is a run of 7 digits across the join (neither side holds one)
        self.no_join = self.no_join or bool(_DIGITS.search(before + space + piece[:6]))

    def _settled(self) -> bool:
        return self.length >= 9 and not _DATE_BEGUN.fullmatch(self.text())

    def done(self) -> SourceLine:
        self.line.text = self.text()
        return self.line


def join(lines: list[SourceLine], hard: frozenset[int] | set[int] = frozenset()) -> list[SourceLine]:
    """Markdown and HTML wrap a paragraph over lines with no blank between (pandoc at 72 columns): one paragraph again.

    A line that ends a sentence, and date, phone or 'field:' lines, stay apart; so does a whole byline over
    the text (every line hard-broken by an exporter says nothing of where the byline ends). Lines in `hard`
    (inside <pre> or <textarea>) keep their breaks: there a line's end is where its author ended it.
    """
    out: list[_Paragraph] = []
    for line in lines:
        prev = out[-1] if out else None
        if prev is not None and _wraps(prev, line, hard):
            last = prev.tail(4)[-1]
            ascii_words = last.isascii() and line.text[0].isascii() and last.isalnum()
            role = _ROLE_START.match(line.text) and not _PAPER_END.search(prev.tail(4))  # '（株洲日报' / '通讯员 某某 摄）' is one credit
            space = " " if ascii_words or role else ""  # '汤某某' / '通讯员/王某': the wrap was a space
            prev.add(space, line.text.strip(), line.end)
            continue
        out.append(_Paragraph(line))
    return [paragraph.done() for paragraph in out]


def _wraps(prev: _Paragraph, line: SourceLine, hard: frozenset[int] | set[int]) -> bool:
    """`line` goes on `prev`'s paragraph: a soft wrap, no sentence's end, byline or field line between them."""
    return (
        line.gap == 0 and line.no not in hard and line.no == prev.line.end + 1 and not prev.line.kind and not line.kind
        and not prev.tab and not prev.head().startswith(_MARKS) and _plain(line.text) and (prev.length >= 8 or _open_bracket(prev.text()))
        and prev.tail(1) not in _SENTENCE_END and not prev.no_join and not _NO_JOIN.search(line.text)
        and not _credit_over_text(prev, line.text) and not _photo_credit_end(prev)
    )


def _photo_credit_end(prev: _Paragraph) -> bool:
    """'图为…一角。株洲日报全媒体记者/李某 摄' (an image's caption) over the text: the caption ends on its credit."""
    tail = prev.tail(CREDIT_WINDOW + 64)
    text = tail.rstrip() if len(tail) < CREDIT_WINDOW + 64 or len(tail.rstrip()) >= CREDIT_WINDOW else prev.text().rstrip()
    return text[-1:] in ("摄", "图") and split_trailing_credit(text)[1] is not None


def _open_bracket(text: str) -> bool:
    """'本报讯（记者' wrapped before its name: a bracket opened and not closed, so the line goes on."""
    return text.count("（") + text.count("(") > text.count("）") + text.count(")")


def _credit_over_text(prev: _Paragraph, text: str) -> bool:
    """'株洲日报全媒体记者 周　岚' over '8月21日，…': a byline on its own line, and a line that names no one more."""
    return not _ROLE_START.match(text) and prev.length <= _CREDIT_CHARS and parse_credit(prev.text().strip()) is not None


def _plain(text: str) -> bool:
    return not text.startswith(_MARKS) and "\t" not in text
