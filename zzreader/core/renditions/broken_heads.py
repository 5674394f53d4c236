"""A headline broken over two lines mid-phrase, in any rendition: one headline line again.

A dump copied from a page whose headline ran over two lines keeps the break
where the width ran out: inside a quoted word ('株洲高新区新增3家国家级专精特新“小'
/ '巨人”企业'), each half leaving a mark unpaired, or after a particle
('我市出台支持民营经济高质量发展的' / '二十条措施'), or before a figure
('株洲上半年GDP同比增长' / '5.8%'). Neither half stands as a
headline; pass one read the first as text and glued the two into a paragraph,
or the second as a subtitle. Two such short lines right over the story's lead
or byline are joined (renditions/pdf_text.py joins them in PDF text as it unwraps).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..bylines import opens_lead, parse_credit
from .model import SourceLine

_MAX = 24  # a headline's line
_PAIRS = ("“”", "《》", "（）", "()", "「」")
_ENDS_SENTENCE = re.compile(r"[。！？!?；;][”’」』)）]?$")
# a word no headline ends on: a particle, a conjunction or a preposition waiting for what it joins ('…发展的', '…和')
_OPEN_END = re.compile(r"(?:[的和与及、，,]|(?<![现存所实])在|(?<![方面导指志意趋倾])向|(?<![相面针反核绝])对|(?<![一])把|(?<![活])被|从|(?<![出])让)$")
# a figure the width pushed onto a line of its own ('株洲上半年GDP同比增长' / '5.8%'): no headline is a bare figure
_FIGURE_TAIL = re.compile(r"^[0-9０-９][0-9０-９.．,，]*(?:%|％|‰)?[\u4e00-\u9fff]{0,3}$")


def join(lines: list[SourceLine], warnings: list[str]) -> list[SourceLine]:
    """The lines with each broken headline's two halves made one line (the first keeps its number, spans both)."""
    out, joined = join_pairs(lines, _broken)
    if joined:
        warnings.append(f"已合并 {joined} 处断成两行的标题 / Joined {joined} headline(s) broken over two lines.")
    return out


def join_pairs(
    lines: list[SourceLine], together: Callable[[SourceLine, SourceLine, SourceLine], bool]
) -> tuple[list[SourceLine], int]:
    """`lines` with each line and the next made one where `together(line, next, the line under them)`
    says so (also renditions/block_heads.py); how many were joined."""
    out: list[SourceLine] = []
    joined = 0
    i = 0
    while i < len(lines):
        line = lines[i]
        if i + 2 < len(lines) and together(line, lines[i + 1], lines[i + 2]):
            nxt = lines[i + 1]
            out.append(SourceLine(line.no, line.text.rstrip() + nxt.text.strip(), max(line.end, nxt.end), line.gap, line.kind, line.source, line.editor))
            joined += 1
            i += 2
            continue
        out.append(line)
        i += 1
    return out, joined


def _broken(first: SourceLine, second: SourceLine, under: SourceLine) -> bool:
    a, b = first.text.strip(), second.text.strip()
    if first.kind or second.kind or second.gap > 1 or not a or not b or len(a) > _MAX or len(b) > _MAX:
        return False
    if first.text[:1] in " \u3000\t" or _ENDS_SENTENCE.search(a) or _ENDS_SENTENCE.search(b) or b.startswith("——"):
        return False
    if not (_OPEN_END.search(a) or _closes_what_opened(a, b) or _FIGURE_TAIL.match(b)):
        return False  # most pairs: the first line ends as a headline may
    return not (opens_lead(b) or parse_credit(b) is not None) and _over_story(under)


def _over_story(line: SourceLine) -> bool:
    """The story starts under the two lines: its lead, its byline."""
    text = line.text.strip()
    return line.kind == "byline" or opens_lead(text) or (len(text) <= 40 and parse_credit(text) is not None)


def _closes_what_opened(a: str, b: str) -> bool:
    return any(a.count(o) > a.count(c) and c in b and (o not in b or b.index(c) < b.index(o)) for o, c in _PAIRS)
