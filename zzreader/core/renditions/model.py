"""The one line model every rendition normalises to."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

RENDITIONS = ("plain", "pdf_text", "epaper", "single_newline", "markup")


@dataclass
class SourceLine:
    """A logical line: text that may span original lines `no`..`end`."""

    no: int  # first original (1-based) line number
    text: str
    end: int = 0  # last original line it covers (0: same as no)
    gap: int = 0  # blank lines before it; 1 marks a paragraph break the rendition knows
    kind: str = ""  # a kind the rendition already knows: section | byline | heading | furniture
    source: str = ""  # the original text when the rendition rewrote it (a page header named as its section)
    editor: str = ""  # the page's editor a page label names ('A3 城事 责任编辑：汤某')

    def __post_init__(self) -> None:
        self.end = self.end or self.no


@dataclass
class Normalised:
    """What the rendition pass hands to pass one."""

    rendition: str
    lines: list[SourceLine]
    furniture: list[SourceLine] = field(default_factory=list)  # page chrome: goes to unassigned
    warnings: list[str] = field(default_factory=list)
    date: str | None = None  # a publication date the rendition states (page header, 发布时间)


def plain_lines(raw_lines: list[str]) -> list[SourceLine]:
    """Raw lines as they are: blank lines become gaps."""
    out: list[SourceLine] = []
    gap = 0
    for no, raw in enumerate(raw_lines, start=1):
        if not raw.strip():  # Python's whitespace, as pass one reads it (a stray BOM is a character)
            gap += 1
            continue
        out.append(SourceLine(no, raw, gap=gap))
        gap = 0
    return out


def numbered_lines(numbered: list[tuple[int, str]]) -> list[SourceLine]:
    """Lines already given their original numbers (a page reordered column by column): blank ones become gaps.

    Where the next column starts, the blank rows under the shorter column
    before it are no gap of the new column's (no photo slot): one block break.
    """
    out: list[SourceLine] = []
    blanks: list[int] = []
    for no, text in numbered:
        if not text.strip():
            blanks.append(no)
            continue
        new_column = bool(out) and no < out[-1].no
        gap = max(1, sum(1 for b in blanks if b < no)) if new_column else len(blanks)
        out.append(SourceLine(no, text, gap=gap))
        blanks = []
    return out


def joined_where(
    lines: list[SourceLine], broken: Callable[[str, str], bool], glue: Callable[[str, str], str] | None = None
) -> tuple[list[SourceLine], int]:
    """`lines` with each line the rendition has no kind for joined to the one above when `broken(above, below)`
    says a line end cut them apart (a lead's bracket, a role word); and how many were joined.

    The two are glued end to end unless `glue` says how (a space the cut fell on may belong between two words)."""
    out: list[SourceLine] = []
    joined = 0
    for line in lines:
        prev = out[-1] if out else None
        if prev is not None and not line.kind and not prev.kind and broken(prev.text, line.text):
            prev.text = glue(prev.text, line.text) if glue else prev.text.rstrip() + line.text.strip()
            prev.end = max(prev.end, line.end)
            joined += 1
            continue
        out.append(line)
    return out, joined
