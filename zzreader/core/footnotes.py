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


def gather(drafts: list[Draft]) -> None:
    """Move the footnote definitions closing each article to the other article that marks them."""
    for draft in drafts:
        for block in _closing_definitions(draft):
            label = _label(block)
            if _marks(draft, label):
                continue  # the article's own note
            owners = [other for other in drafts if other is not draft and _marks(other, label)]
            if len(owners) == 1:
                _move(block, draft, owners[0])


def _closing_definitions(draft: Draft) -> list[Block]:
    blocks = draft.article.blocks
    k = len(blocks)
    while k > 0 and blocks[k - 1].kind == "p" and _DEFINITION.match(blocks[k - 1].text):
        k -= 1
    return blocks[k:] if k > 0 else []  # an article of notes alone is no article's foot


def _label(block: Block) -> str:
    m = _DEFINITION.match(block.text)
    return m.group(1) if m else ""


def _marks(draft: Draft, label: str) -> bool:
    marker = f"[^{label}]"
    return any(marker in block.text and not _DEFINITION.match(block.text) for block in draft.article.blocks)


def _move(block: Block, source: Draft, target: Draft) -> None:
    source.article.blocks.remove(block)
    numbers = set(range(block.line_start, block.line_end + 1))
    source.lines = [no for no in source.lines if no not in numbers]
    target.article.blocks.append(block)
    target.lines.extend(sorted(numbers))
