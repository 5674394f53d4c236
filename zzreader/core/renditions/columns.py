"""Text set in columns with spaces: tables, and notices printed side by side.

A run of lines cut into three or more cells by wide runs of spaces is a
table (written with tabs, which pass one reads as table rows). A run of
lines cut in two where the halves read as notices (two 遗失声明 side by
side) is put back in reading order: the whole left column, then the right.
"""

from __future__ import annotations

import re

from ..text_width import width
from .model import SourceLine

_WIDE = re.compile(r"(?:[ \t]{2,}|\u3000{2,}|[ \u3000]{3,})")
_NOTICE = re.compile(r"遗失|声明|作废|公告|启事|注销|招聘|诚聘|招租|出租|出售|转让")  # notices and small ads


# A ruled gutter between two columns ('…食品　　│　　株洲某某…'): as wide a gap as spaces make. Tried only where
# a run of spaces begins, and the run is never given back: from each space of a run with no rule after it, a
# million spaces took hours (tests/core/renditions/test_hostile_speed_round24.py).
_GUTTER = re.compile(r"(?<![ \u3000])[ \u3000]++[│┃｜][ \u3000]+")
_GUTTER_CHARS = frozenset("│┃｜")


def _ungutter(text: str) -> str:
    return _GUTTER.sub("\u3000" * 4, text) if not _GUTTER_CHARS.isdisjoint(text) else text


def cells(text: str) -> list[str]:
    return [c for c in _WIDE.split(_ungutter(text).strip(" \u3000")) if c]


def _columns(text: str) -> list[str]:
    """Cells, except that a line split by one wide gutter is two columns even when a title in it is spaced out.

    '遗 失 声 明          招     租': the gutter is far wider than any other gap.
    """
    parts = cells(text)
    if len(parts) < 3:
        return parts
    body = _ungutter(text).strip(" \u3000")
    gaps = [m.span() for m in _WIDE.finditer(body)]  # spans, not the gaps' text: 200,000 cells made 600,000 copies
    widest = max(gaps, key=lambda span: span[1] - span[0])
    wide = widest[1] - widest[0]
    others = [end - start for start, end in gaps if (start, end) != widest]
    left, right = body[:widest[0]], body[widest[1]:]
    spaced_out = any(len(side) >= 2 and all(len(c) <= 2 for c in side) for side in (cells(left), cells(right)))
    if wide >= 8 and all(n * 3 <= wide for n in others) and spaced_out:
        return [left, right]
    return parts


def repair(lines: list[SourceLine], warnings: list[str]) -> list[SourceLine]:
    out: list[SourceLine] = []
    i = 0
    while i < len(lines):
        run = _run(lines, i)
        if len(run) >= 2 and _is_notice_pair(run):
            run = _with_tail(lines, i, run)
            out.extend(_unzip(run))
            warnings.append(f"第 {run[0].no}–{run[-1].end} 行的两栏启事已拆开 / Lines {run[0].no}–{run[-1].end}: two notice columns split apart.")
        elif (len(run) >= 2 and len(cells(run[0].text)) >= 3) or (len(run) >= 3 and _is_two_column_table(run)):
            starts = _starts(run[0].text)
            for line in run:
                line.text = "\t".join(_aligned(line.text, starts))
            out.extend(run)
            warnings.append(f"第 {run[0].no}–{run[-1].end} 行按空格对齐的表格已识别 / Lines {run[0].no}–{run[-1].end}: a space-aligned table.")
        else:
            out.extend(run or [lines[i]])
        i += max(len(run), 1)
    return out


def _run(lines: list[SourceLine], i: int) -> list[SourceLine]:
    """Consecutive lines (no blank between) that are cut into cells by wide spaces."""
    run: list[SourceLine] = []
    for k in range(i, len(lines)):  # no `lines[i:]`: a copy per start made 100,000 lines quadratic
        line = lines[k]
        n = len(_columns(line.text))
        if not run and n == 1 and line.text[:1] in " \u3000" and _indented(line.text) and not line.kind and k + 1 < len(lines):
            below = lines[k + 1]
            if not below.kind and below.gap <= min(line.gap, 1) and len(cells(below.text)) == 2:
                run.append(line)  # the right column's title set a line above the left one's
                continue
        if n == 1 and run and not line.kind and _row_gap(lines, k, run) and (wide := _filled_left(line.text, run)) is not None:
            line.text, n = wide, 2  # '…面积80平方米， 株洲某某…': a left line that fills its column, one space before the gutter
        if line.kind or "\t" in line.text or n < 2 or (run and line.gap > 1):
            break
        if run and (n >= 3) != (len(_columns(run[0].text)) >= 3) and not (n == 2 and line.gap == 0 and len(run) >= 2 and _all_wide(run)):
            break  # a table and a pair of notice columns are separate runs (a table row may leave a cell empty)
        run.append(line)
    return run


def _row_gap(lines: list[SourceLine], k: int, run: list[SourceLine]) -> bool:
    """No blank line over line k, or one over every line of the run and the line below (a dump that parts each line)."""
    line = lines[k]
    if line.gap == 0:
        return True
    below = lines[k + 1] if k + 1 < len(lines) else None
    return line.gap == 1 and all(r.gap == 1 for r in run[1:]) and below is not None and below.gap == 1 and (
        len(run) > 1 or run[0].gap >= 1)


def _filled_left(text: str, run: list[SourceLine]) -> str | None:
    """The line with its gutter widened, when a single space in it sits where the run's right column starts (display cells).

    Full-width figures are also counted one cell each: a cleaner that made them full-width ('８０平方米') after
    the gutter was set for ASCII ones did not widen the gutter.
    """
    for fold in (lambda t: t, _narrow_figures):
        starts = [_starts(fold(line.text))[1] for line in run if len(cells(line.text)) == 2]
        if not starts or max(starts) - min(starts) > 2:
            continue
        body = text.rstrip()
        seen = fold(body)
        for k in range(1, len(body) - 1):
            if body[k] == " " and body[k - 1] != " " and body[k + 1] != " " and min(starts) - 1 <= width(seen[: k + 1]) <= max(starts) + 1:
                return body[:k] + " " * 4 + body[k + 1:]
    return None


_NARROW = {cp: cp - 0xFEE0 for cp in range(0xFF10, 0xFF1A)}


def _narrow_figures(text: str) -> str:
    return text.translate(_NARROW)


_FIGURE = re.compile(r"^(?:[-+－—]*\d[\d.,，%％万亿元人次个户吨]*|[-—－]{1,4})$")


def _all_wide(run: list[SourceLine]) -> bool:
    return all(len(cells(line.text)) >= 3 for line in run[:2])




def _starts(text: str) -> list[int]:
    """The display column where each cell of a row starts."""
    out, pos = [], 0
    for cell in cells(text):
        pos = text.index(cell, pos)
        out.append(width(text[:pos]))
        pos += len(cell)
    return out


def _aligned(text: str, header: list[int]) -> list[str]:
    """A row's cells under the header's columns: a row short of cells leaves the unmatched columns empty."""
    row = cells(text)
    if len(row) >= len(header):
        return row
    slots = [""] * len(header)
    col = 0
    for k, (cell, start) in enumerate(zip(row, _starts(text))):
        nearest = min(range(col, len(header)), key=lambda j: abs(header[j] - start))
        nearest = min(nearest, len(header) - (len(row) - k))  # leave room for the cells still to come
        slots[max(nearest, col)] = cell
        col = max(nearest, col) + 1
    return slots


def _is_two_column_table(run: list[SourceLine]) -> bool:
    """Three or more lines of a label and a figure ('天元区        2136'): a two-column table.

    The first line may be the header; every other right-hand cell is a number.
    """
    if len(run) < 3 or any(len(cells(line.text)) != 2 for line in run):
        return False
    return all(_FIGURE.match(cells(line.text)[1]) for line in run[1:]) or _short_plain_cells(run)


_PROSE_MARK = re.compile(r"[。，；！？、,;!?]")
CELL_MAX_CHARS = 16


def _short_plain_cells(run: list[SourceLine]) -> bool:
    """Rows of short cells with no sentence punctuation ('芦淞区建设南路沿线    8:00—18:00'): a table's, not prose columns'.

    Two notices set side by side hold prose, which a column of short labels never does.
    """
    texts = [cell for line in run for cell in cells(line.text)]
    return all(len(cell) <= CELL_MAX_CHARS and not _PROSE_MARK.search(cell) for cell in texts)


def _is_notice_pair(run: list[SourceLine]) -> bool:
    """Two columns of notices or small ads: notice words on both sides, or two short titles over prose."""
    rows = [line for line in run if not (_indented(line.text) and len(cells(line.text)) == 1)]
    if not rows or any(len(_columns(line.text)) != 2 for line in rows):
        return False
    halves = [_halves(line.text) for line in run]
    lefts = "".join(left for left, _ in halves)
    rights = "".join(right for _, right in halves)
    if _NOTICE.search(lefts) and _NOTICE.search(rights):
        return True
    titles, body = halves[0], halves[1:]
    return (
        not _short_plain_cells(run) and len(body) >= 1 and all(2 <= len(t) <= 10 and not _FIGURE.match(t) for t in titles)
        and all(sum(len(h[side]) for h in body) >= 8 * len(body) for side in (0, 1))
    )


def _with_tail(lines: list[SourceLine], i: int, run: list[SourceLine]) -> list[SourceLine]:
    """A column that runs longer than the other: lines with one cell, or set under the right column."""
    out = list(run)
    rest = lines[i + len(run):]
    step = min((line.gap for line in run[1:]), default=0)  # a dump of one line a paragraph marks every line with a gap
    edge = max((_starts(line.text)[1] for line in run if len(cells(line.text)) == 2), default=0)
    for k, line in enumerate(rest):
        if line.kind or line.gap > step or (len(cells(line.text)) != 1 and not _indented(line.text)):
            break
        if edge and not _indented(line.text) and width(line.text.rstrip()) > edge + 2:
            while len(out) > len(run) and _head_over(out[-1].text.strip()):
                out.pop()  # '注销公告' over a paragraph across the page: its title, no line of the left column
            break  # wider than the left column (a dump without blank lines): the columns ended above
        if _indented(line.text) and _title_cell(line.text.strip()) and k + 1 < len(rest) and _opens_pair(rest[k + 1], step):
            break  # the right column's next title, set a line above the next pair of notices: it opens that run
        out.append(line)
    return out


_DAY = re.compile(r"^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日$")


def _head_over(text: str) -> bool:
    """A headline's line ('停电通知', '市区部分路段今起夜间施工'): no punctuation, no signer's date."""
    return 0 < len(text) <= 24 and not _DAY.match(text) and not re.search(r"[。，,、；;：:！!？?()（）]", text)


def _opens_pair(line: SourceLine, step: int) -> bool:
    return not line.kind and line.gap <= step and len(cells(line.text)) == 2


def _halves(text: str) -> tuple[str, str]:
    parts = _columns(text)
    if _indented(text):
        return "", " ".join(parts)  # the left column has ended: the whole line is the right one's
    if len(parts) >= 2:
        return parts[0], " ".join(parts[1:])
    return parts[0] if parts else "", ""


def _indented(text: str) -> bool:
    return len(text) - len(text.lstrip(" \u3000")) >= 8


def _unzip(run: list[SourceLine]) -> list[SourceLine]:
    """The left column's lines, then the right column's, each keeping its line number."""
    pairs = [(line, *_halves(line.text)) for line in run]
    step = min((line.gap for line in run[1:]), default=0)
    bands = {line.no for line in run[1:] if line.gap > step}  # a blank line across both columns: the next row of pieces
    # so is a row of two titles ('家政服务        驾校招生') in a dump without blank lines: each opens a piece
    bands |= {line.no for line, lt, rt in pairs[1:] if lt and rt and _title_cell(lt.strip()) and _title_cell(rt.strip())}
    left = _column([(line, lt) for line, lt, _ in pairs if lt], bands)
    right = _column([(line, rt) for line, _, rt in pairs if rt], bands)
    return left + right


def _column(cells_: list[tuple[SourceLine, str]], bands: set[int] = frozenset()) -> list[SourceLine]:
    """One column: each short title line, then its wrapped text as one paragraph.

    A column may stack two notices: a title after a finished sentence, or after a blank line across
    both columns (`bands`: an ad ending on its phone, '电话：138…'), starts the next one.
    """
    out: list[SourceLine] = []
    body: list[tuple[SourceLine, str]] = []

    def flush() -> None:
        if body:
            out.append(SourceLine(body[0][0].no, "".join(text for _, text in body), body[-1][0].end, gap=1, kind="p"))
            body.clear()

    for k, (line, text) in enumerate(cells_):
        finished = not body or body[-1][1].rstrip()[-1:] in "。！？!?" or line.no in bands
        if finished and k + 1 < len(cells_) and _title_cell(text):
            flush()
            out.append(SourceLine(line.no, text, line.end, gap=1, kind="heading"))
        else:
            body.append((line, text))
    flush()
    return out


def _title_cell(text: str) -> bool:
    """'遗失声明', '招     租': short and without a sentence's punctuation."""
    return len(text) <= 10 and not re.search(r"[。，,、；;：:！!？?]", text)
