"""How highlights look on the page, overlaps included (Qt-free: plain colours).

The eight colours are core/palette.py's `PALETTE`, which the export uses
too (a pale fill for the highlight style, a stronger ink for underline and
strike-through), so the page, the HTML/PDF export and the browser agree.

Overlapping highlights are cut into pieces at every start and end. A piece
covered by several highlight-style marks gets their fills mixed and a little
darker per extra layer, so the overlap is visible and both colours still
read; underline and strike-through take the colour of the latest mark of
their style and are drawn on top of any fill (a wavy underline when two
underlines meet).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from zzreader.core.highlights import Highlight
from zzreader.core.palette import COLORS, PALETTE

OVERLAP_DARKEN = 0.9  # each extra fill layer keeps 90 % of the brightness


def fill(color: str) -> str:
    return PALETTE.get(color, PALETTE[COLORS[0]])[0]


def ink(color: str) -> str:
    return PALETTE.get(color, PALETTE[COLORS[0]])[1]


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    h = hex_colour.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def mix(colours: Sequence[str]) -> str:
    """The average of `colours`, darkened a step for each colour beyond the first."""
    rgbs = [_rgb(c) for c in colours]
    factor = OVERLAP_DARKEN ** (len(rgbs) - 1)
    avg = [sum(c[i] for c in rgbs) / len(rgbs) * factor for i in range(3)]
    return "#" + "".join(f"{max(0, min(255, round(v))):02x}" for v in avg)


class PieceStyle(NamedTuple):
    """What one piece of text gets: a background, an underline, a strike-through."""

    background: str | None = None
    underline: str | None = None  # colour of the line
    wavy: bool = False  # two or more underlines overlap here
    strike: bool = False
    strike_colour: str | None = None
    ids: tuple[str, ...] = ()  # the highlights covering the piece, oldest first


def piece_style(covering: Iterable[Highlight]) -> PieceStyle:
    marks = sorted(covering, key=lambda h: (h.created, h.id))
    fills = [fill(h.color) for h in marks if h.style == "highlight"]
    unders = [h for h in marks if h.style == "underline"]
    strikes = [h for h in marks if h.style == "strike"]
    return PieceStyle(
        background=mix(fills) if fills else None,
        underline=ink(unders[-1].color) if unders else None,
        wavy=len(unders) > 1,
        strike=bool(strikes),
        strike_colour=ink(strikes[-1].color) if strikes else None,
        ids=tuple(h.id for h in marks),
    )


def pieces(highlights: Sequence[Highlight]) -> list[tuple[int, int, PieceStyle]]:
    """(start, end, style) for every stretch of text covered by one or more highlights."""
    cuts = sorted({p for h in highlights for p in (h.start, h.end)})
    out: list[tuple[int, int, PieceStyle]] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        covering = [h for h in highlights if h.start <= a and b <= h.end]
        if covering:
            out.append((a, b, piece_style(covering)))
    return out


def topmost(highlights: Iterable[Highlight], offset: int) -> list[Highlight]:
    """Highlights covering the character at `offset`, the most specific (shortest, newest) first."""
    found = [h for h in highlights if h.start <= offset < h.end]
    return sorted(found, key=lambda h: (h.end - h.start, _neg(h.created)))


def _neg(stamp: str) -> tuple[int, ...]:
    return tuple(-ord(c) for c in stamp)
