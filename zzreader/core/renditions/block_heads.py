"""A headline that `pdftotext` (without -layout) printed over two lines of one block: one headline.

Extracted without -layout, a page comes out block by block with a blank line
between blocks; a kicker, a title, a byline and each paragraph are blocks of
their own, as the page sets them apart in size or space. A title that ran over
two lines on the page stays one block of two short lines (`芦淞服饰市场` /
`冬季订货会开幕`), and the first line alone read as the column's label or
the kicker. Two such lines, a block of their own right over a byline or a lead,
are joined; `renditions/broken_heads.py` already joins a break that leaves a
quote open or a particle hanging in any rendition.
"""

from __future__ import annotations

import re

from ..bylines import opens_lead, parse_credit
from .broken_heads import join_pairs
from .model import SourceLine

_MAX = 16  # a title's line in a column
_OPEN = re.compile(r"[。！？!?；;：:，,、”’」』)）]$")


def join(lines: list[SourceLine], warnings: list[str]) -> list[SourceLine]:
    """The lines with each two-line title block made one line (the first keeps its number, spans both)."""
    out, joined = join_pairs(lines, _title_block)
    if joined:
        warnings.append(f"已合并 {joined} 个分两行排的标题 / Joined {joined} title(s) set over two lines of one block.")
    return out


def _title_block(first: SourceLine, second: SourceLine, under: SourceLine) -> bool:
    a, b = first.text.strip(), second.text.strip()
    if first.kind or second.kind or first.gap < 1 or second.gap != 0 or under.gap < 1:
        return False  # a block of its own: a blank line above it and under it, none between its lines
    if not a or not b or len(a) > _MAX or len(b) > _MAX or _OPEN.search(a) or _OPEN.search(b) or first.text[:1] in " \u3000\t":
        return False
    if any(parse_credit(t) is not None or opens_lead(t) for t in (a, b)):
        return False
    u = under.text.strip()
    return parse_credit(u) is not None or bool(opens_lead(u))
