"""Which find matches and search hits the page paints: all, or those in sight.

Each mark is an ExtraSelection, and Qt walks every one of them on each paint
and each change: finding 啊 in a body of 1,000,000 啊 painted a million marks
and froze the window for 11 minutes (1.9 s now); 15,000 commas took 2.3 s a
keystroke and 0.9 s a press of F3 (0.24 s and 0.03 s now). Beyond `LIMIT`
marks only those on the visible part of the page (at most `LIMIT`) and the
current one are painted; the find bar and the status bar still count every
mark, F3 still visits each, and scrolling paints the marks that come into
sight (gui/article_view.py).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

LIMIT = 2_000  # marks of one kind painted at once (a screen of one-character matches at a small font)


def painted(spans: Sequence[tuple[int, int]], current: int, visible: tuple[int, int] | None) -> list[int]:
    """Indexes of `spans` (sorted by start) to paint; `visible`: the page range in sight,
    asked for only when there are more than LIMIT marks (None: none in sight)."""
    if len(spans) <= LIMIT:
        return list(range(len(spans)))
    chosen: set[int] = set()
    if visible is not None:
        top, bottom = visible
        starts = [s for s, _ in spans]
        first = max(0, bisect_left(starts, top) - 1)  # a mark that starts above and runs into sight
        last = bisect_right(starts, bottom)
        chosen.update(range(first, min(last, first + LIMIT)))
    if 0 <= current < len(spans):
        chosen.add(current)
    return sorted(chosen)


def limited(spans: Sequence[tuple[int, int]]) -> bool:
    """Whether only some of `spans` are painted, so scrolling must paint again."""
    return len(spans) > LIMIT
