"""PDF text laid out as printed: two columns of a page side by side on each line.

`pdftotext -layout` and copies from some PDF viewers keep the page's
columns, so each line holds a line of the left column, a gutter of spaces
and the line of the right column beside it (`…今年     　　4月8日，2025芦淞…`).
Read in order, every line interleaves two articles. A run of lines whose
right-hand text starts at one character position (or a few places further,
where a long left line pushed it) is put back in reading order: the whole
left column, then the whole right one, band by band when a row of two
stories stands under a story set across both columns. Both halves keep
the original line number, so no line is lost and each article still points
at the lines it was printed on.
"""

from __future__ import annotations

import re
from collections import Counter

from ..bylines import parse_credit

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
    return _pushed(body, col)


UNEVEN = 12  # characters past the gutter a right column may be pushed by a long left line


def _pushed(body: str, col: int) -> tuple[str, str] | None:
    """The halves of a line whose right column `pdftotext -layout` pushed past the gutter, or None.

    Chinese characters are wider than the grid pdftotext lays the page on, so a long
    left line pushes the right column's text a few places further along, and the
    right column's place wanders from line to line; a line with nothing in the left
    column may set its text anywhere right of the gutter.
    """
    if _lead(body) > col + MAX_INDENT:
        return "", body.strip()  # the right column alone: its left column has ended or paused
    for m in _GAP.finditer(body):
        if m.start() > 0 and body[:m.start()].strip() and m.end() > col and (m.start() <= col or m.end() <= col + UNEVEN):
            return body[:m.start()].rstrip(), body[m.end():]  # a gap across the gutter, or one a long left line pushed along
    return None


def _lead(text: str) -> int:
    return len(text) - len(text.lstrip(" "))


def _prose(half: str) -> bool:
    """A line of a column of text: mostly Chinese, no second gap (a table row has several).

    A NUL after a wide character is a display cell's placeholder (renditions/page_columns.py), no text."""
    text = half.replace("\x00", "") if "\x00" in half else half
    return len(text) >= MIN_SIDE and not _GAP.search(text) and len(_HAN.findall(text)) >= len(text) * 0.6


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
    """(original line number, text) in reading order, or None when the page is not laid out in columns."""
    col = _gutter(raw_lines)
    if col is not None:
        halves = [_split(line, col) if line.strip() else ("", "") for line in raw_lines]
        if (two := order(raw_lines, halves, warnings)) is not None:
            return two
    return reorder_many(raw_lines, warnings)


def _gutters(lines: list[str]) -> list[int]:
    """Every position where enough lines resume after a gap with prose on both sides of it (three columns or more).

    Unlike `_gutter`, each side is the segment next to the gap, not the whole
    rest of the line, so a page of three columns shows both of its gutters.
    """
    counts: Counter[int] = Counter()
    for line in lines:
        body = line.rstrip()
        gaps = [m for m in _GAP.finditer(body) if m.start() > 0 and m.end() < len(body)]
        bounds = [0, *[m.end() for m in gaps]]
        ends = [*[m.start() for m in gaps], len(body)]
        for k in range(1, len(bounds)):
            if _prose(body[bounds[k - 1]:ends[k - 1]].strip()) and _prose(body[bounds[k]:ends[k]].strip()):
                counts[bounds[k]] += 1
    cols: list[int] = []
    for p in sorted(counts, key=lambda p: -sum(n for q, n in counts.items() if p - 2 <= q <= p + MAX_INDENT)):
        reach = sum(n for q, n in counts.items() if p - 2 <= q <= p + MAX_INDENT)
        if reach >= MIN_ROWS and all(abs(p - c) > MAX_INDENT + 2 for c in cols):
            cols.append(p)
    return sorted(cols)


def reorder_many(raw_lines: list[str], warnings: list[str]) -> list[tuple[int, str]] | None:
    """A page of three columns or more side by side, read column by column; None when it is not one."""
    if "\n".join(raw_lines).count("   ") < 2 * MIN_ROWS or sum(1 for line in raw_lines if line.count("   ") >= 2) < MIN_ROWS:
        return None  # a cheap look first: too few lines with two wide gaps
    cols = _gutters(raw_lines)
    if len(cols) < 2:
        return None
    rows: list[list[str] | None] = []
    for line in raw_lines:
        if not line.strip():
            rows.append([""] * (len(cols) + 1))
            continue
        row: list[str] | None = []
        rest = line.rstrip()
        for col in reversed(cols):  # split off the rightmost column first: the positions to its left stay
            half = _split(rest, col)
            if half is None:
                row = None
                break
            rest, right = half
            row.insert(0, right)
        rows.append(None if row is None else [rest, *row])
    best: tuple[int, int, int] | None = None
    start = None
    for i, row in enumerate([*rows, None]):
        if row is not None and start is None:
            start = i
        if row is None and start is not None:
            many = sum(1 for r in rows[start:i] if r and sum(1 for part in r if part.strip()) >= 2)
            if many >= MIN_ROWS and (best is None or many > best[0]):
                best = (many, start, i)
            start = None
    if best is None:
        return None
    _, first, last = best
    while first < last and sum(1 for part in rows[first] if _prose(part.strip())) < 2:
        first += 1  # a running head over the columns stays whole
    while last > first and not raw_lines[last - 1].strip():
        last -= 1  # blank lines after the columns end the page, not the left column
    out = [(n + 1, raw_lines[n]) for n in range(first)]
    # the page's left margin goes, a paragraph's indent stays ('    9月17日…' as the right columns keep theirs)
    margin = min((_lead(rows[n][0]) for n in range(first, last) if rows[n][0].strip()), default=0)
    for k in range(len(cols) + 1):
        out += [(n + 1, rows[n][k][margin:].rstrip(" ") if k == 0 else rows[n][k]) for n in range(first, last) if rows[n][k].strip() or k == 0]
    out += [(n + 1, raw_lines[n]) for n in range(last, len(raw_lines))]
    warnings.append(f"第 {first + 1}–{last} 行是 {len(cols) + 1} 栏并排的版面，已逐栏按顺序读 / "
                    f"Lines {first + 1}–{last} hold {len(cols) + 1} columns side by side; read one column after another.")
    return out


def _centred(half: tuple[str, str] | None, margin: int) -> bool:
    """A line set over the page's middle under the columns ('       市民广场周末上演消夏音乐会'), short of the gutter.

    It splits as a short line of the left column, but no line of a column
    starts further in than the margin and a paragraph's indent.
    """
    return half is not None and not half[1] and _lead(half[0]) > margin + MAX_INDENT


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
    if first > 0 and _titles_over(halves[first - 1]):
        first -= 1  # '寻人启事　…　婚庆服务' right over the columns: the first item's title in each
    margin = min((_lead(h[0]) for h in halves[first:last] if opens(h)), default=0)
    while last > first and (not raw_lines[last - 1].strip() or _centred(halves[last - 1], margin)):
        last -= 1  # blank lines after the columns end the page, not the left column; so does a headline across it
    out = [(n + 1, raw_lines[n]) for n in range(first)]
    for top, bottom in _bands(halves, first, last):
        out += [(n + 1, halves[n][0][min(margin, _lead(halves[n][0])):]) for n in range(top, bottom)]  # the page's margin is no indent
        out += [(n + 1, halves[n][1]) for n in range(top, bottom) if halves[n][1].strip()]
    out += [(n + 1, raw_lines[n]) for n in range(last, len(raw_lines))]
    warnings.append(f"第 {first + 1}–{last} 行是左右两栏并排的版面，已按先左栏后右栏的顺序读 / "
                    f"Lines {first + 1}–{last} hold two columns side by side; read the left column, then the right.")
    return out


_HEAD_END = re.compile(r"[。！？!?，,；;：:]$")  # a title may close on a quote mark or a bracket
HEAD_MAX = 30  # characters: a headline line in a column, not a line of its text


def _heads_both(half: tuple[str, str] | None) -> bool:
    """Both halves of a line look like headlines: short, ending on no mark a sentence ends or pauses on, and no credit."""
    if not half:
        return False
    left, right = half[0].strip(), half[1].strip()
    return all(side and len(side) <= HEAD_MAX and not _HEAD_END.search(side) and parse_credit(side) is None for side in (left, right))


def _titles_over(half: tuple[str, str] | None) -> bool:
    """Two short titles side by side with no figure in either ('寻人启事' beside '婚庆服务'); a running head cut by its
    gaps names a date or a page ('株洲日报　2026年12月14日')."""
    return _heads_both(half) and not any(ch.isdigit() for side in half for ch in side)  # type: ignore[union-attr]


def _signed_both(half: tuple[str, str] | None) -> bool:
    """Both halves of a line are bylines ('株洲日报全媒体记者 某某' beside '株洲日报全媒体记者 某某 通讯员 某某')."""
    return bool(half and half[0].strip() and half[1].strip() and parse_credit(half[0].strip()) and parse_credit(half[1].strip()))


def _bands(halves: list[tuple[str, str] | None], first: int, last: int) -> list[tuple[int, int]]:
    """The run cut into bands read one after another, each left column first.

    A page sets a story across both columns, then a row of two stories under it; read
    column by column over the whole run, the lower row's left story would come between
    the two halves of the upper one. Only two headlines side by side over two bylines
    open a band (with or without a blank row over them): a blank row alone may fall
    inside a column's story.
    """
    cuts = [n for n in range(first + 1, last - 1) if _heads_both(halves[n]) and _signed_both(_next_row(halves, n + 1, last))]
    bounds = [first, *cuts, last]
    return list(zip(bounds, bounds[1:]))


def _next_row(halves: list[tuple[str, str] | None], start: int, last: int) -> tuple[str, str] | None:
    """The first line from `start` with text in it (the row under a headline)."""
    return next((h for h in halves[start:last] if h is None or h[0].strip() or h[1].strip()), None)
