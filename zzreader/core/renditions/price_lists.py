"""Price lists (今日菜价, 今日油价): an item and its price, one a line.

A service page lists the day's prices as `春笋　4.00元/斤`, `92号汽油　7.38元/升`,
row after row under the list's name. Each row is short and has no stop, so
the first one read as a headline, the rest as its subtitle, and the story
after the list lost its own headline to it. A run of three rows or more is
marked as table rows (the item, then its price); the lines keep their numbers
and their words.
"""

from __future__ import annotations

import re

from . import row_runs
from .model import SourceLine

# '4.00元/斤', '7.38元/升', '1.20元/个', '14.5元/公斤', '9元'; a change after it ('↓0.20', '（涨0.1）') stays in its cell
_PRICE = r"\d{1,5}(?:\.\d{1,2})?\s*元(?:\s*/\s*(?:斤|公斤|千克|升|个|只|盒|瓶|袋|吨|份|次|人|小时))?(?:\s*[（(]?[↑↓涨跌降升]\s*\d+(?:\.\d+)?[)）]?)?"
_PAIR = rf"((?=\S{{0,11}}[\u4e00-\u9fff])\S{{1,12}})[\s\u3000]+({_PRICE})"  # an item names something: '92号汽油', never a figure alone
_ROW = re.compile(rf"^\s*{_PAIR}(?:[\s\u3000]{{2,}}{_PAIR})*\s*$")
_PAIRS = re.compile(_PAIR)
MIN_ROWS = 3


def mark(lines: list[SourceLine], warnings: list[str]) -> None:
    """Mark each run of three price rows or more as table rows: item and price, pair after pair."""
    if sum(1 for line in lines[:400] if "元" in line.text and len(line.text) <= 60 and _ROW.match(line.text)) < MIN_ROWS:
        return  # a cheap look first: most pages hold no price list
    runs = row_runs.mark(lines, _cells, MIN_ROWS, tight=True)
    if runs:
        warnings.append(f"已将 {runs} 份价格表读作表格 / Read {runs} price list(s) as tables.")


def _cells(text: str) -> list[str]:
    """A price row's cells, item and price pair after pair; [] when the line is none."""
    return [cell.strip() for pair in _PAIRS.findall(text) for cell in pair] if _ROW.match(text) else []
