"""A headline that `pdftotext` (without -layout) printed over two lines of one block: one headline.

Extracted without -layout, a page comes out block by block with a blank line
between blocks; a kicker, a title, a byline and each paragraph are blocks of
their own, as the page sets them apart in size or space. A title that ran over
two lines on the page stays one block of two short lines (`芦淞服饰市场` /
`冬季订货会开幕`), and the first line alone read as the column's label or
the kicker. Two such lines, a block of their own right over a byline or a lead,
are joined, and so are three (`湘江株洲段` / `水质连续五年` / `保持Ⅱ类`: a narrow
column's title, not its first line over a subtitle, which a deck marks with
'——'); `renditions/broken_heads.py` already joins a break that leaves a quote
open or a particle hanging in any rendition.
"""

from __future__ import annotations

import re

from ..bylines import opens_lead, parse_credit
from .broken_heads import join_pairs
from .model import SourceLine

_MAX = 16  # a title's line in a column
_OPEN = re.compile(r"[。！？!?；;：:，,、)）]$|[。！？!?，,][”’」』]$")  # '渌口区“银发课堂”' ends a title's line; '…。”' a sentence
_PAGE_NUMBER = re.compile(r"^[-—–\s]*\d{1,3}[-—–\s]*$")


def join(lines: list[SourceLine], warnings: list[str]) -> list[SourceLine]:
    """The lines with each title block of two or three lines made one line (the first keeps its number, spans all)."""
    lines, three = _join_threes(lines)
    out, joined = join_pairs(lines, _title_block)
    joined += three
    _mark_kickers(out)
    if joined:
        warnings.append(f"已合并 {joined} 个分多行排的标题 / Joined {joined} title(s) set over two or three lines of one block.")
    return out


def _join_threes(lines: list[SourceLine]) -> tuple[list[SourceLine], int]:
    """Each block of three short title lines over a byline or a lead made one line; how many."""
    out: list[SourceLine] = []
    joined = i = 0
    while i < len(lines):
        if i + 3 < len(lines) and _title_block(lines[i], lines[i + 1], lines[i + 3], lines[i + 2]):
            first, last = lines[i], lines[i + 2]
            text = "".join(line.text.strip() for line in lines[i:i + 3])
            out.append(SourceLine(first.no, text, max(first.end, last.end), first.gap, first.kind, first.source, first.editor))
            joined += 1
            i += 3
            continue
        out.append(lines[i])
        i += 1
    return out, joined


def _title_block(first: SourceLine, second: SourceLine, under: SourceLine, third: SourceLine | None = None) -> bool:
    """Two lines (or three, `third` under the second) that make a block of their own right over a byline or a lead."""
    if third is not None and (third.kind or third.gap != 0 or not _title_line(third.text.strip()) or third.text.startswith("\f")):
        return False
    if _PAGE_NUMBER.match(first.text.strip()) or second.text.startswith("\f"):
        return False  # a page's number ('2', '— 5 —'), or a form feed: the next page opens, no block goes on across it
    return _two_line_block(first, second, under)


def _title_line(text: str) -> bool:
    return bool(text) and len(text) <= _MAX and not _OPEN.search(text) and parse_credit(text) is None and not opens_lead(text)


def _two_line_block(first: SourceLine, second: SourceLine, under: SourceLine) -> bool:
    a, b = first.text.strip(), second.text.strip()
    if first.kind or second.kind or (first.gap < 1 and first.text[:1] != "\f") or second.gap != 0 or under.gap < 1:
        return False  # a block of its own: a blank line (or a new page's form feed) above it and under it, none between its lines
    if not a or not b or len(a) > _MAX or len(b) > _MAX or _OPEN.search(a) or _OPEN.search(b) or first.text[:1] in " \u3000\t":
        return False
    if any(parse_credit(t) is not None or opens_lead(t) for t in (a, b)):
        return False
    u = under.text.strip()
    return parse_credit(u) is not None or bool(opens_lead(u))


def _mark_kickers(lines: list[SourceLine]) -> None:
    """A short line in a block of its own right over a title block that its story's byline or lead follows: the kicker (引题).

    pdftotext sets the kicker apart as it sets the title apart, both in a size
    of their own ('喜看稻菽千重浪' / '全市晚稻收获过半' / '本报讯…'); read as
    the section or as the title over a subtitle, it took the title's place.
    """
    for i in range(1, len(lines) - 2):
        line, title, under = lines[i], lines[i + 1], lines[i + 2]
        if line.kind or title.kind or lines[i - 1].kind == "section" or min(line.gap, title.gap, under.gap) < 1:
            continue  # a page's label under its page code names the section
        text, head = line.text.strip(), title.text.strip()
        if not (4 <= len(text) <= _MAX and _title_line(text)) or head.startswith("——") or not (_title_line(head) and len(head) <= 24):
            continue
        u = under.text.strip()
        if parse_credit(u) is not None or opens_lead(u):
            line.kind = "kicker"
