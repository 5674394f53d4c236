"""PDF text laid out as printed: two columns of a page side by side on each line.

`pdftotext -layout` and copies from some PDF viewers keep the page's
columns, so each line holds a line of the left column, a gutter of spaces
and the line of the right column beside it (`…今年     　　4月8日，2025芦淞…`).
Read in order, every line interleaves two articles. A run of lines whose
right-hand text starts at one character position is put back in reading
order: the whole left column, then the whole right one. Both halves keep
the original line number, so no line is lost and each article still points
at the lines it was printed on.
"""

from __future__ import annotations

import re
from collections import Counter

_GAP = re.compile(r" {3,}")  # the gutter: three spaces or more (a padded name has one or an ideographic space)
MIN_ROWS = 3  # lines with text on both sides of one gutter before the page counts as laid out in columns
_HAN = re.compile(r"[\u3400-\u9fff]")
MIN_SIDE = 6
MAX_INDENT = 6  # spaces before a right-hand line that still start at the gutter (an indent set with spaces)  # characters each side of the gutter on such a line: prose, not a label and its value


def _right_starts(line: str) -> list[int]:
    """Where text resumes after each inner gap of three spaces or more (a line led by a wide indent too)."""
    return [m.end() for m in _GAP.finditer(line.rstrip()) if m.end() < len(line.rstrip())]


def _split(line: str, col: int) -> tuple[str, str] | None:
    """The line's left and right halves at the gutter `col`, or None when text runs across it.

    The right half keeps an indent of a few spaces (a paragraph start set with spaces); the
    column edge may wander a character or two either way.
    """
    body = line.rstrip()
    if len(body) <= col - 2:
        return body, ""  # a short line of the left column
    edges = [c for c in (col, col - 1, col + 1, col - 2, col + 2) if 2 <= c < len(body) and body[c - 2:c] == "  "]
    for c in sorted(edges, key=lambda c: body[c] == " "):  # text starting right at the edge first
        right = body[c:]
        if len(right) - len(right.lstrip(" ")) <= MAX_INDENT:
            return body[:c].rstrip(), right
    return None


def _lead(text: str) -> int:
    return len(text) - len(text.lstrip(" "))


def _prose(half: str) -> bool:
    """A line of a column of text: mostly Chinese, no second gap (a table row has several)."""
    return len(half) >= MIN_SIDE and not _GAP.search(half) and len(_HAN.findall(half)) >= len(half) * 0.6


def _opens_columns(half: tuple[str, str] | None) -> bool:
    """A line with text on both sides of the gutter, one side at least a line of prose."""
    left, right = (half[0].strip(), half[1].strip()) if half else ("", "")
    return bool(left and right and (_prose(left) or _prose(right)))


def _gutter(lines: list[str]) -> int | None:
    """The position where most two-sided lines resume after a gap, when enough prose lines share it."""
    counts: Counter[int] = Counter()
    for line in lines:
        for start in _right_starts(line):
            left, right = line[:start].strip(), line[start:].strip()
            if _prose(left) and _prose(right):
                counts[start] += 1
    if not counts:
        return None
    # the column's edge: indented lines of the right column start a few spaces after it
    reach = {p: sum(n for q, n in counts.items() if p - 2 <= q <= p + MAX_INDENT) for p in counts}
    col = min(reach, key=lambda p: (-reach[p], p))
    return col if reach[col] >= MIN_ROWS else None


def reorder(raw_lines: list[str], warnings: list[str]) -> list[tuple[int, str]] | None:
    """(original line number, text) in reading order, or None when the page is not laid out in two columns."""
    col = _gutter(raw_lines)
    if col is None:
        return None
    halves = [_split(line, col) if line.strip() else ("", "") for line in raw_lines]
    return order(raw_lines, halves, warnings)


def order(raw_lines: list[str], halves: list[tuple[str, str] | None], warnings: list[str],
          opens=None) -> list[tuple[int, str]] | None:
    """The longest run of lines that split at the gutter, read left column first; None when no run has enough rows.

    `halves` holds each line's (left, right) halves, ("", "") for a blank line and
    None for a line whose text runs across the gutter. `opens` says whether a
    line's halves open the columns (lines above the first that does stay whole).
    """
    opens = opens or _opens_columns
    start = end = None
    best: tuple[int, int, int] | None = None  # (two-sided lines, first, last) of the longest run of lines that split
    for i, half in enumerate([*halves, None]):
        if half is not None and start is None:
            start = i
        if half is None and start is not None:
            end = i
            both = sum(1 for h in halves[start:end] if h and h[0].strip() and h[1].strip())
            if both >= MIN_ROWS and (best is None or both > best[0]):
                best = (both, start, end)
            start = None
    if best is None:
        return None
    _, first, last = best
    while first < last and not opens(halves[first]):
        first += 1  # a masthead or running head over the columns, cut by its own wide gaps, stays whole
    margin = min((_lead(h[0]) for h in halves[first:last] if opens(h)), default=0)
    out = [(n + 1, raw_lines[n]) for n in range(first)]
    out += [(n + 1, halves[n][0][min(margin, _lead(halves[n][0])):]) for n in range(first, last)]  # the page's margin is no indent
    out += [(n + 1, halves[n][1]) for n in range(first, last) if halves[n][1].strip()]
    out += [(n + 1, raw_lines[n]) for n in range(last, len(raw_lines))]
    warnings.append(f"第 {first + 1}–{last} 行是左右两栏并排的版面，已按先左栏后右栏的顺序读 / "
                    f"Lines {first + 1}–{last} hold two columns side by side; read the left column, then the right.")
    return out
