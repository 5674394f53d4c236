"""Programme listings (电视节目表): rows of a time and a programme, channel names between them.

A classified page carries the day's TV guide under a title such as `今日荧屏`:
`18:30　株洲新闻联播` row after row, a channel's name over its rows. Each row
looks like a short headline, so every one opened an article. A run of three
timed rows or more (with the channel names set among them) is read as one
table: a timed row's time and programme become its two cells, a channel's
name a row of one cell. The lines keep their numbers and their words.
"""

from __future__ import annotations

import re

from .cn_dates import WIDE
from .model import SourceLine

_TIMED = re.compile(r"^\s*([0-2]?\d[:：][0-5]\d)[\s\u3000]+(\S.{0,40})$")
_CHANNEL = re.compile(r"^\s*[\u4e00-\u9fffA-Za-z0-9·]{2,14}(?:\.\d{1,2})?$")  # a station by its band too: '株洲新闻广播FM90.6'
# a cinema's or a theatre's bill: '人民电影院：《红高粱》（彩色宽银幕）每日三场', the venue, then what it shows
_BILL = re.compile(r"^\s*([\u4e00-\u9fff]{2,12})[:：]\s*(《[^》]{1,20}》[^。]{0,40})$")
MIN_ROWS = 3
MIN_BILL_ROWS = 2


def mark(lines: list[SourceLine], warnings: list[str]) -> None:
    """Mark each run of timed rows (and the channel names among them) as table rows."""
    if sum(1 for line in lines[:400] if ":" in line.text[:14] or "：" in line.text[:14]) < MIN_BILL_ROWS:
        return  # a cheap look first: most pages hold no listing
    runs = 0
    i = 0
    while i < len(lines):
        end = _run_end(lines, i)
        timed = [line for line in lines[i:end] if _timed_cells(line.text)]
        if len(timed) >= MIN_ROWS:
            for line in lines[i:end]:
                line.text = "\t".join(_timed_cells(line.text) or _channel_cells(line.text))
                line.kind = "table"
            runs += 1
            i = end
        elif bills := _bill_run(lines, i):
            for line in lines[i : i + bills]:
                m = _BILL.match(line.text)
                line.text, line.kind = f"{m.group(1)}\t{m.group(2).strip()}", "table"
            runs += 1
            i += bills
        else:
            i += 1
    if runs:
        warnings.append(f"已将 {runs} 份节目表读作表格 / Read {runs} programme listing(s) as tables.")


def _run_end(lines: list[SourceLine], start: int) -> int:
    """The end of the run of timed rows (and channel names followed by one) from `start`, which opens it."""
    end = start
    while end < len(lines) and (end == start or lines[end].gap <= 1):  # one blank line (a <p> each) keeps the run
        text = lines[end].text
        channel = _channel_cells(text) and end + 1 < len(lines) and lines[end + 1].gap <= 1 and _timed_cells(lines[end + 1].text)
        if not (_timed_cells(text) or channel):
            break
        end += 1
    return end


# the gap between two channels' columns set side by side ('06:30  早安株洲        07:30  新闻联播'): a PDF's layout text
_COLUMN_GAP = re.compile(r"\s{4,}|\u3000{2,}|\t")


def _timed_cells(text: str) -> list[str]:
    """A timed row's cells (time, programme), for each of the columns set side by side; [] when it is none."""
    if cells := _timed(text):
        return cells
    parts = _COLUMN_GAP.split(text.strip())
    rows = [_timed(part) for part in parts] if len(parts) >= 2 else []
    return [cell for row in rows for cell in row] if rows and all(rows) else []


def _timed(text: str) -> list[str]:
    """A timed row's (time, programme) in the line's own characters; full-width figures ('１８：３０') read as ASCII to match."""
    m = _TIMED.match(text.translate(WIDE))
    return [text[m.start(1) : m.end(1)], text[m.start(2) : m.end(2)].strip()] if m else []


def _channel_cells(text: str) -> list[str]:
    """The channel names over the columns ('株洲新闻综合频道        湖南卫视'); [] when the line is no such row."""
    parts = _COLUMN_GAP.split(text.strip())
    return parts if all(_CHANNEL.match(part.translate(WIDE)) for part in parts) else []  # 'ＦＭ９０．６' too

def _bill_run(lines: list[SourceLine], start: int) -> int:
    """How many bill rows ('影院：《片名》…') run from `start`, one to a line; 0 when fewer than two."""
    end = start
    while end < len(lines) and (end == start or lines[end].gap <= 1) and _BILL.match(lines[end].text):
        end += 1
    return end - start if end - start >= MIN_BILL_ROWS else 0
