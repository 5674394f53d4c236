"""After Markdown/HTML conversion: quote and list lines end their block, then lose their kind.

A paragraph right after a quote or a list item is a new block, not the item's
continuation; pass one reads '- ' and '> ' itself, so the kinds set while
converting (zzreader/core/renditions/markup.py) are cleared here.
"""

from __future__ import annotations

from itertools import pairwise

from .model import SourceLine


def separate(lines: list[SourceLine]) -> None:
    """A paragraph after a quote or list item starts a block of its own."""
    for prev, line in pairwise(lines):
        if prev.kind in ("quote", "item") and line.kind not in ("quote", "item"):
            line.gap = max(line.gap, 1)
    for line in lines:
        if line.kind == "quote":
            line.kind = ""
        elif line.kind == "item":
            line.kind = ""  # pass one reads '- ' as a list item
