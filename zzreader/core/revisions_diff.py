"""Character diffs between two revisions of an article's text.

Used to carry highlights across a correction (offsets in unchanged text map
exactly; see core/revisions.py) and to show a revision against the one
before it (gui/history_panel.py). Common prefix and suffix are cut first so
a one-word fix in a long article costs almost nothing, and `autojunk` is off
because in Chinese text the most frequent characters (的, 在) are not junk.
"""

from __future__ import annotations

from dataclasses import dataclass

Opcode = tuple[str, int, int, int, int]


def opcodes(old: str, new: str) -> list[Opcode]:
    """difflib opcodes (tag, i1, i2, j1, j2) turning `old` into `new`."""
    head = 0
    limit = min(len(old), len(new))
    while head < limit and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < limit - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    mid_old, mid_new = old[head : len(old) - tail], new[head : len(new) - tail]
    ops: list[Opcode] = []
    if head:
        ops.append(("equal", 0, head, 0, head))
    if mid_old or mid_new:
        # difflib is loaded with the first correction, not at start
        from difflib import SequenceMatcher

        matcher = SequenceMatcher(None, mid_old, mid_new, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            ops.append((tag, i1 + head, i2 + head, j1 + head, j2 + head))
    if tail:
        ops.append(("equal", len(old) - tail, len(old), len(new) - tail, len(new)))
    return ops


def map_span(ops: list[Opcode], start: int, end: int) -> tuple[int, int] | None:
    """Where [start, end) of the old text is in the new one, if none of it changed.

    The span must lie inside one equal run (an insertion inside it is a
    change too); otherwise None and the caller re-anchors.
    """
    for tag, i1, i2, j1, _j2 in ops:
        if tag == "equal" and i1 <= start and end <= i2 and (start < end or i1 < i2):
            return start - i1 + j1, end - i1 + j1
    return None


@dataclass(frozen=True)
class Segment:
    """One run of a side-by-side view: text and whether it changed."""

    text: str
    changed: bool


def side_by_side(old: str, new: str) -> tuple[list[Segment], list[Segment]]:
    """Both texts cut into runs, the changed characters marked on each side."""
    left: list[Segment] = []
    right: list[Segment] = []
    for tag, i1, i2, j1, j2 in opcodes(old, new):
        same = tag == "equal"
        if i2 > i1:
            left.append(Segment(old[i1:i2], not same))
        if j2 > j1:
            right.append(Segment(new[j1:j2], not same))
    return left, right
