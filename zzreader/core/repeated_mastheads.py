"""The paper's masthead printed again further down: a file of several pages, or of several days.

A dump of a whole issue repeats `株洲日报` over each page's date line, and an
archivist's file of a week repeats it over each day's. Only the first lines of a
file are read as its masthead (core/lines.py), so the paper's name further down
was read as a one-line paragraph and glued to the end of the story above it.
The name alone on its line, right over a date line, is the masthead again:
page furniture, in `unassigned` with the date line under it.

A file of several days may print only the next day's date line ('2025年7月18日
星期五'), no name over it: a date with its weekday, alone, a later day than the
masthead's own (within a year). It is the next day's masthead too, never the
closing date of the story above it; the file stays one issue, dated by its first
masthead.
"""

from __future__ import annotations

import datetime as dt
import re
from itertools import pairwise
from typing import TYPE_CHECKING

from .date_lines import is_date_line
from .dates import masthead_date
from .renditions.cn_dates import to_figures

if TYPE_CHECKING:
    from .lines import Line


def _day(sep: str) -> str:
    """A date in figures; `sep` names the group its separator must repeat from (one name per use in a pattern:
    a shared number would point the second use at the first's group, which never matches there)."""
    return rf"(?:19|20)\d{{2}}(?:\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|(?P<{sep}>[-/.])\d{{1,2}}(?P={sep})\d{{1,2}})"


# a later day's masthead line: the date with its weekday ('2025年7月18日 星期五', '2025-07-18 周五'), or the paper's name
# before the date ('株洲日报 2025年7月18日'), a page after it or not; read once Chinese numerals are figures
_WEEKDAY = r"[\s\u3000·・|｜,，]*+[(（]?(?:星期|周)[一二三四五六日天][)）]?"
_PAGE = r"(?:\s*+(?:第\s*+[A-Za-z]?\d{1,2}\s*+版|[A-Za-z]\d{1,2}\s*+版?)(?:\s*+(?:[:：]\s*+)?[\u4e00-\u9fff·]{2,8})?)?"
_PAPER = r"《?株洲(?:日[报報]|晚[报報])》?[\s\u3000·・|｜]*+"
# each run of spaces read once (a date, a page and 20,000 spaces split the run three ways: past 20 s)
_DAY_LINE = re.compile(rf"^\s*(?:{_day('dated')}{_WEEKDAY}|{_PAPER}{_day('named')}(?:{_WEEKDAY})?){_PAGE}\s*$")
_DAYS_APART = 366  # a file of several days holds a year at most

_CITING = re.compile(r"^[（(]?(?:来源|出处|原载|刊于|载于|摘自|转自|剪自)\s*+(?:[:：]\s*+)?《?株洲[日晚][报報]")  # a run read once
_CITATION_LINES = 6  # a clipping opens on its headline (a kicker, a subtitle) and its citation

_PAPER_ALONE = re.compile(r"^[《〈【\[]?株洲(?:日[报報]|晚[报報])[》〉】\]]?$")


def mark(lines: list[Line]) -> None:
    """Mark each later `株洲日报` line over a date line as the masthead (the date line too, unless the
    rendition pass already read it as the page's header: it then gives the page and section)."""
    for line, below in pairwise(lines):
        if line.kind == "masthead" or not _PAPER_ALONE.match("".join(line.text.split())):
            continue
        if below.kind == "section" and is_date_line(below.raw.strip()):
            line.kind = "masthead"
        elif is_date_line(below.text):
            line.kind = below.kind = "masthead"
    _mark_later_days(lines)
    _mark_citation(lines)


def _mark_citation(lines: list[Line]) -> None:
    """A dated citation of the paper right under a clipping's headline, before its text: the clipping's masthead.

    Over the headline it stays in the headline's run, where a tag line ('#剪报') over it reads as the section.
    """
    for above, line, below in zip(lines[:_CITATION_LINES], lines[1:_CITATION_LINES], lines[2:_CITATION_LINES + 1], strict=False):
        if above.kind == "heading" and below.kind != "heading" and line.kind != "masthead" and _CITING.match(line.text.strip()):
            if masthead_date([line.text]) is not None:
                line.kind = "masthead"
            return
        if line.kind not in ("masthead", "heading", "section"):
            return  # the text has begun: a citation further down is the text's own


def _mark_later_days(lines: list[Line]) -> None:
    """Each later date line with its weekday or the paper's name, a day after the file's masthead date: that day's masthead."""
    top = [line.text for line in lines if line.kind == "masthead"]
    first = masthead_date(top) if top else None
    if first is None:
        return
    start = dt.date.fromisoformat(first)
    for line in lines:
        if line.kind in ("masthead", "section") or not ("年" in line.text or "-" in line.text or "/" in line.text or "." in line.text):
            continue
        if not _DAY_LINE.match(to_figures(line.text)):
            continue
        day = masthead_date([line.text])
        if day is not None and 0 < (dt.date.fromisoformat(day) - start).days <= _DAYS_APART:
            line.kind = "masthead"
