"""A block of vertical text (竖排) that a scan's OCR read across, row by row.

Older pages set short pieces in columns read top to bottom, right to left.
OCR told to read horizontal text reads such a block across: each line holds
one character of every column, left to right (`多似水。民勤莫` / `就小、一族俭把` …),
and the rightmost column, often the piece's title, ends every line. Nothing
else in a page is laid out so: a run of four lines or more of one length,
Chinese characters and marks only, each as short as a row of columns. The
block is read again column by column, right to left, when that reading is
far more words than the rows are (jieba's dictionary, loaded only for such a
block); a rightmost column without a mark over columns with marks is the
title. The title keeps the block's first line number and the text its last
(no blank rows between, which would read as a photo's slot), so the piece spans every line of the block.
"""

from __future__ import annotations

import re

from ..bylines import parse_lead

MIN_ROWS = 4
MIN_COLUMNS = 3
MAX_COLUMNS = 16
_ROW = re.compile(r"^[\u3000\u3400-\u9fff，。、；：！？“”‘’《》（）—…·,;:!?()\"']+$")  # OCR may write the marks half-width
_MARKS = re.compile(r"[，。、；：！？,;:!?]")
_HAN = re.compile(r"[\u3400-\u9fff]")


def reorder(lines: list[str], warnings: list[str]) -> list[tuple[int, str]] | None:
    """(original line number, text) with each vertical block read column by column; None when the page has none."""
    widths = [len(line.rstrip()) for line in lines]
    if not any(_run_from(widths, i) for i in range(len(widths) - MIN_ROWS + 1)):
        return None  # a cheap look first: no four lines of one short width in a row
    out: list[tuple[int, str]] = []
    found = 0
    i = 0
    while i < len(lines):
        end, columns = _block(lines, i)
        if columns is not None:
            out += _placed(columns, i, end)
            found += 1
        else:
            out += [(no + 1, lines[no]) for no in range(i, end)]  # a run that reads across as it is stays whole
        i = end
    if not found:
        return None
    warnings.append(f"已将 {found} 处竖排文字按列重读 / Read {found} block(s) of vertical text column by column.")
    return out


def _block(lines: list[str], start: int) -> tuple[int, list[str] | None]:
    """Where the run of rows from `start` ends, and its columns when it reads as vertical text (else None).

    The rows under a title shorter than the text's columns, each a character short, belong to the block when
    the columns read so.
    """
    end = max(_block_end(lines, start), start + 1)
    if end - start < MIN_ROWS:
        return end, None
    longer = _title_ended(lines, start, end)
    if longer > end and (columns := _columns(lines[start:longer])) is not None:
        return longer, columns
    return end, _columns(lines[start:end])


def _run_from(widths: list[int], i: int) -> bool:
    return MIN_COLUMNS <= widths[i] <= MAX_COLUMNS and all(w == widths[i] for w in widths[i + 1:i + MIN_ROWS])


def _block_end(lines: list[str], start: int) -> int:
    """Where a run of rows of one length (the last a character short, a column may be shorter) from `start` ends."""
    width = len(lines[start].rstrip())
    if not MIN_COLUMNS <= width <= MAX_COLUMNS or not _ROW.match(lines[start].rstrip()):
        return start
    end = start + 1
    while end < len(lines) and len(row := lines[end].rstrip()) == width and _ROW.match(row):
        end += 1
    return end


def _title_ended(lines: list[str], start: int, end: int) -> int:
    """Where the block ends counting the rows after `end` that are one character short, when the rightmost column
    of the full rows is a title's (characters, no mark): the title ended above them, and OCR wrote nothing for it.

    At most as many such rows as the full ones (a title of half the column or more); otherwise `end`.
    """
    width = len(lines[start].rstrip())
    if any(not _HAN.match(lines[k].rstrip()[-1]) for k in range(start, end)):
        return end
    longer = end
    while longer < len(lines) and longer - end <= end - start and len(row := lines[longer].rstrip()) == width - 1 and _ROW.match(row):
        longer += 1
    if longer > end and longer < len(lines) and parse_lead(lines[longer].strip()) is not None:
        longer -= 1  # the last short row stands over a story's lead: that story's headline ('社区开新课' / '本报讯…')
    return longer


def _columns(rows: list[str]) -> list[str] | None:
    """The block's columns, right to left, when they read as Chinese and the rows do not."""
    width = len(rows[0].rstrip())
    grid = [row.rstrip().ljust(width, "\u3000") for row in rows]
    columns = ["".join(row[c] for row in grid).strip("\u3000") for c in range(width - 1, -1, -1)]
    across, down = "".join(r.strip() for r in grid), "".join(columns)
    if not _MARKS.search(across):
        return None  # no mark at all: a list or a table
    worded = _worded_share(down)
    return columns if worded >= 0.5 and worded >= 1.8 * _worded_share(across) else None


def _worded_share(text: str) -> float:
    """The share of the characters that fall in dictionary words of two characters or more."""
    from zzreader.resources import configure_jieba

    han = len(_HAN.findall(text))
    if not han:
        return 0.0
    words = configure_jieba().cut(text, HMM=False)
    return sum(len(w) for w in words if len(w) >= 2 and _HAN.match(w)) / han


def _placed(columns: list[str], start: int, end: int) -> list[tuple[int, str]]:
    """The title on the block's first line, the text on its last."""
    title, body = (columns[0], columns[1:]) if not _MARKS.search(columns[0]) and _MARKS.search("".join(columns[1:])) else ("", columns)
    placed = [(start + 1, title)] if title else []
    placed.append((end, "\u3000\u3000" + "".join(body)))  # no blank rows between: they would read as a photo's slot
    return placed
