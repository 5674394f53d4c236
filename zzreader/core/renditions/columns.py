"""Text set in columns with spaces: tables, and notices printed side by side.

A run of lines cut into three or more cells by wide runs of spaces is a
table (written with tabs, which pass one reads as table rows). A run of
lines cut in two where the halves read as notices (two 遗失声明 side by
side) is put back in reading order: the whole left column, then the right.
"""

from __future__ import annotations

import re

from .model import SourceLine

_WIDE = re.compile(r"(?:[ \t]{2,}|\u3000{2,}|[ \u3000]{3,})")
_NOTICE = re.compile(r"遗失|声明|作废|公告|启事|注销")


def cells(text: str) -> list[str]:
    return [c for c in _WIDE.split(text.strip(" \u3000")) if c]


def repair(lines: list[SourceLine], warnings: list[str]) -> list[SourceLine]:
    out: list[SourceLine] = []
    i = 0
    while i < len(lines):
        run = _run(lines, i)
        if len(run) >= 2 and _is_notice_pair(run):
            out.extend(_unzip(run))
            warnings.append(f"第 {run[0].no}–{run[-1].end} 行的两栏启事已拆开 / Lines {run[0].no}–{run[-1].end}: two notice columns split apart.")
        elif len(run) >= 2 and min(len(cells(line.text)) for line in run) >= 3:
            for line in run:
                line.text = "\t".join(cells(line.text))
            out.extend(run)
            warnings.append(f"第 {run[0].no}–{run[-1].end} 行按空格对齐的表格已识别 / Lines {run[0].no}–{run[-1].end}: a space-aligned table.")
        else:
            out.extend(run or [lines[i]])
        i += max(len(run), 1)
    return out


def _run(lines: list[SourceLine], i: int) -> list[SourceLine]:
    """Consecutive lines (no blank between) that are cut into cells by wide spaces."""
    run: list[SourceLine] = []
    for line in lines[i:]:
        if line.kind or "\t" in line.text or len(cells(line.text)) < 2 or (run and line.gap > 1):
            break
        run.append(line)
    return run


def _is_notice_pair(run: list[SourceLine]) -> bool:
    if any(len(cells(line.text)) != 2 for line in run):
        return False
    lefts = "".join(cells(line.text)[0] for line in run)
    rights = "".join(cells(line.text)[1] for line in run)
    return bool(_NOTICE.search(lefts) and _NOTICE.search(rights))


def _unzip(run: list[SourceLine]) -> list[SourceLine]:
    left = [SourceLine(line.no, cells(line.text)[0], line.end, gap=line.gap) for line in run]
    right = [SourceLine(line.no, cells(line.text)[1], line.end, gap=0) for line in run]
    right[0].gap = 1
    return left + right
