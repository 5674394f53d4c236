"""A Markdown table used as a layout grid: classified ads two (or more) to a row.

An exporter that lays a page of small ads out side by side writes a pipe
table, each cell one ad: its bold label, a `<br>`, its text ('| **旺铺转让**<br>
芦淞区…电话：… | **诚聘厨师**<br>… |'), under an empty header row. Such a row
holds boxes, not data: each cell is rewritten as a block of its own, so every
ad gets its own headline (zzreader/core/renditions/markup.py reads the blocks).
"""

from __future__ import annotations

import re

from .model import SourceLine

_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_DELIMITER = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")
_BOX = re.compile(r"^(?:\*\*|__)[^*_|]{1,20}(?:\*\*|__)\s*<\s*br\s*/?\s*>", re.IGNORECASE)  # '**旺铺转让**<br>': a label over its text


def _cells(text: str) -> list[str] | None:
    m = _ROW.match(text)
    return [cell.strip() for cell in m.group(1).split("|")] if m else None


def _box_row(text: str) -> bool:
    """Two cells or more, each one a bold label and a line break before its text (empty cells aside)."""
    cells = [cell for cell in _cells(text) or [] if cell]
    return len(cells) >= 2 and all(_BOX.match(cell) for cell in cells)


def _table_runs(lines: list[SourceLine]) -> list[range]:
    """Runs of consecutive table lines (rows and delimiter rows)."""
    runs: list[range] = []
    start = None
    for k, line in enumerate([*lines, None]):
        inside = line is not None and (_ROW.match(line.text) is not None or _DELIMITER.match(line.text) is not None)
        if inside and start is None:
            start = k
        elif not inside and start is not None:
            runs.append(range(start, k))
            start = None
    return runs


def rewrite(lines: list[SourceLine], furniture: list[SourceLine]) -> list[SourceLine]:
    """Each box row as '<div>cell</div>…'; the grid's delimiter and empty header rows to furniture."""
    out = list(lines)
    gone: set[int] = set()
    for run in _table_runs(lines):
        if not any(_box_row(lines[k].text) for k in run):
            continue
        for k in run:
            text = lines[k].text
            cells = _cells(text)
            if _DELIMITER.match(text) or (cells is not None and not any(cells)):
                gone.add(k)
            elif _box_row(text):
                out[k] = SourceLine(lines[k].no, "".join(f"<div>{cell}</div>" for cell in cells if cell), lines[k].end, gap=lines[k].gap)
    furniture.extend(lines[k] for k in sorted(gone))
    return [line for k, line in enumerate(out) if k not in gone]
