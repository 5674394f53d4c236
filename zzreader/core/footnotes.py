"""Markdown footnotes an Obsidian or Typora page sets at its foot, each at the end of the article that marks it.

A note app writes the marker in the text ('采摘装箱[^1]。') and the definition
('[^1]: 炎陵黄桃为国家地理标志产品。') at the foot of the whole page. A page of
several articles thus closes its last article with the notes of an earlier
one. Each definition goes to the end of the one article whose text carries its
marker; a definition no article or several articles mark stays where it is.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .article_draft import Draft
    from .models import Block

_DEFINITION = re.compile(r"^\[\^([^\]\s]{1,20})\]:\s*\S")
_MARKER = re.compile(r"\[\^([^\]\s]{1,20})\](?!:)")


def gather(drafts: list[Draft]) -> None:
    """Move the footnote definitions closing each article to the other article that marks them."""
    closing = [(draft, block) for draft in drafts for block in _closing_definitions(draft)]
    if not closing:
        return
    markers = _markers(drafts)  # read once: a page of thousands of notes is read in one pass
    moved: dict[int, tuple[Draft, list[Block]]] = {}
    for draft, block in closing:
        owners = markers.get(_label(block), [])
        if len(owners) == 1 and owners[0] is not draft:
            moved.setdefault(id(draft), (draft, []))[1].append(block)  # (an article that marks its own note keeps it)
            owners[0].article.blocks.append(block)
            owners[0].lines.extend(range(block.line_start, block.line_end + 1))
    for draft, blocks in moved.values():
        gone = {id(block) for block in blocks}
        numbers = {no for block in blocks for no in range(block.line_start, block.line_end + 1)}
        draft.article.blocks = [block for block in draft.article.blocks if id(block) not in gone]
        draft.lines = [no for no in draft.lines if no not in numbers]
    drafts[:] = [draft for draft in drafts if draft.article.blocks or draft.article.title or id(draft) not in moved]


def _markers(drafts: list[Draft]) -> dict[str, list[Draft]]:
    """For each footnote label, the articles whose text (not a definition) carries its marker, in order."""
    found: dict[str, list[Draft]] = {}
    for draft in drafts:
        for block in draft.article.blocks:
            if "[^" not in block.text or _DEFINITION.match(block.text):
                continue
            for label in dict.fromkeys(_MARKER.findall(block.text)):
                owners = found.setdefault(label, [])
                if not owners or owners[-1] is not draft:
                    owners.append(draft)
    return found


def _closing_definitions(draft: Draft) -> list[Block]:
    blocks = draft.article.blocks
    k = len(blocks)
    while k > 0 and blocks[k - 1].kind == "p" and _DEFINITION.match(blocks[k - 1].text):
        k -= 1
    if k == 0 and draft.article.title:
        return []  # a titled article of notes alone ('注释') is an article of its own
    return blocks[k:]  # untitled notes alone (after the page's editor line): the foot of the article that marks them


def _label(block: Block) -> str:
    m = _DEFINITION.match(block.text)
    return m.group(1) if m else ""
