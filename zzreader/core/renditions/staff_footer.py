"""A PDF page's staff credits printed between the lines of an article.

A page's foot names who made it (`责任编辑：刘　琳　美术编辑：王　萌　校对：张　敏`);
a PDF extraction sets that line wherever the page broke, often inside an
article that goes on below it. Pass two (`zzreader/core/parse.py`) reads an
editor line after a body as the article's sign-off and closes it, so the
rest of the article would become a piece of its own. Between two lines of
text, the credits are the page's furniture: kept visible as unassigned lines,
out of the way of the paragraph they interrupt.
"""

from __future__ import annotations

import re

from .model import SourceLine

_ROLE = r"(?:责任编辑|本版编辑|美术编辑|美编|校对|版式设计|版式|组版|编辑)"
# two roles or more, one of them a page role (校对, 美术编辑): a page's staff, not an article's editor
_STAFF = re.compile(rf"^\s*(?:{_ROLE}\s*[:：]?\s*[\u3400-\u9fff·][\u3400-\u9fff·\s\u3000]{{0,6}}?\s*){{2,4}}$")
_PAGE_ROLE = re.compile(r"校对|美术编辑|美编|版式|组版")
_INDENT = re.compile(r"^(?:\u3000{2}|\s{2,4}\u3000|\u3000\s| {2,4}(?=\S))")
_ENDS = set("。！？!?…”’」』)）")


def _staff_line(text: str) -> bool:
    return len(text) <= 60 and bool(_PAGE_ROLE.search(text)) and bool(_STAFF.match(text))


def _text_line(line: SourceLine) -> bool:
    return not line.kind and len(line.text.strip()) >= 8


def drop(lines: list[SourceLine], furniture: list[SourceLine], warnings: list[str]) -> list[SourceLine]:
    """The lines without the staff credits set between an article's lines; those join `furniture`."""
    out: list[SourceLine] = []
    moved = 0
    for k, line in enumerate(lines):
        prev = out[-1] if out else None
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        inside = (
            prev is not None and nxt is not None and _text_line(prev) and _text_line(nxt)
            and (prev.text.rstrip()[-1:] not in _ENDS or bool(_INDENT.match(nxt.text)))
        )
        if inside and not line.kind and _staff_line(line.text):
            furniture.append(line)
            moved += 1
            continue
        out.append(line)
    if moved:
        furniture.sort(key=lambda line: line.no)
        warnings.append(f"已将 {moved} 行版面署名（编辑、校对）移出正文 / Moved {moved} page staff credit line(s) out of the text.")
    return out
