"""A news lead whose bracketed byline a line end broke: one line again.

A narrow column breaks `本报讯（株洲日报全媒体记者 廖某 通讯员 蒋云` / `峰）4月1日，…`
inside the brackets. Read line by line the lead names no one (its bracket never
closes) and the rest of the names starts the text. When a line opens a lead's
bracket and does not close it, and the next line closes it within a few
characters, the two are one line; the bracket must then read as a credit, so a
bracket that only happens to close on the next line is left alone.
"""

from __future__ import annotations

import re

from ..bylines import parse_credit
from .model import SourceLine, joined_where

# '本报讯（株洲日报全媒体记者 廖某 通讯员 蒋云', '株洲日报讯（记者', '醴陵讯（通讯员 某某', '株洲日报·掌上株洲讯（记者 陈　希 通讯员':
# the bracket left open (the paper's name may stand before its app's, joined by a middle dot)
_OPEN_LEAD = re.compile(
    r"^\s*(?:[\u4e00-\u9fff]{2,4}·)?(?:株洲日报社?|本报|掌上株洲|[\u4e00-\u9fff]{2,3}[市县区]?)(?:\d{1,2}月\d{1,2}日)?讯\s*[(（]([^()（）]{0,60})$"
)
_CLOSES = re.compile(r"^\s*([^()（）。，,]{0,12})[)）]")


def join(lines: list[SourceLine], warnings: list[str]) -> list[SourceLine]:
    """`lines` with each lead broken inside its bracketed byline joined to the line that closes it."""
    if not any("讯" in line.text[:12] for line in lines):
        return lines  # a cheap look first
    out, joined = joined_where(lines, _closes_lead)
    if joined:
        warnings.append(f"已合并 {joined} 处断在署名括号内的导语 / Joined {joined} news lead(s) broken inside the bracketed byline.")
    return out


def _closes_lead(text: str, following: str) -> bool:
    if "讯" not in text[:16] or not (m := _OPEN_LEAD.match(text)) or not (c := _CLOSES.match(following)):
        return False
    credit = (m.group(1).rstrip() + c.group(1).strip()).strip()
    return bool(credit) and parse_credit(credit) is not None
