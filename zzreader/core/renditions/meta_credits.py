"""An e-paper scrape's meta line against the story's own byline, and its headline said again.

A scraped article page names its people twice: the site's meta line
('作者：罗某 来源：株洲日报 日期：…') gives bare names, and the story itself
gives them with their roles ('株洲日报讯(全媒体记者/罗某 通讯员/彭某)', a
byline line, a photo credit '……。记者 唐某 通讯员/宋某 摄'). A reader takes
the roles the story prints; the meta line's names, all found in that credit,
say nothing more (renditions/epaper.py turns the meta line into a byline line).

Some sites also set the headline again as the text's first line, its two
lines run into one, under the meta line ('全市新增十个' / '养老服务驿站',
then '全市新增十个养老服务驿站'): the repeat is no subtitle and no story.
"""

from __future__ import annotations

import re

from ..bylines import (
    Byline,
    parse_credit,
    parse_lead,
    split_names,
    split_trailing_credit,
)
from .model import SourceLine

LOOK_AHEAD = 6  # lines under the meta line where the story's own credit stands (a deck, split byline lines)
_ROLE = re.compile(r"记者|通讯员|实习生|摄影|摄|编辑|评论员")
_HEAD_MAX = 40


def _credit_of(text: str) -> Byline | None:
    """The credit a story line gives: a byline line, a lead's brackets, a caption's closing credit."""
    if (credit := parse_credit(text)) is not None:
        return credit
    if (lead := parse_lead(text)) is not None and lead.byline:
        return lead.byline
    return split_trailing_credit(text)[1]


def _names(byline: Byline) -> set[str]:
    return {*byline.reporters, *byline.correspondents, *byline.photographers}


def yield_to_story(lines: list[SourceLine], meta: set[int]) -> int:
    """Meta bylines (ids in `meta`) whose bare names the story's own credit below all gives: furniture; how many."""
    dropped = 0
    for i, line in enumerate(lines):
        if id(line) not in meta or line.kind != "byline" or _ROLE.search(line.text):
            continue
        names = set(split_names(line.text))
        for below in lines[i + 1 : i + 1 + LOOK_AHEAD]:
            if id(below) in meta or below.kind == "section":
                break  # the next article's meta line or page line: this story gave no credit of its own
            if below.kind or not (credit := _credit_of(below.text.strip())):
                continue
            if names <= _names(credit):
                line.kind = "furniture"
                dropped += 1
            break
    return dropped


def _squeezed(text: str) -> str:
    return "".join(text.split())


def drop_head_again(lines: list[SourceLine], meta: set[int]) -> int:
    """The first text line under a meta line that repeats the headline line or lines (up to three) above it: furniture."""
    dropped = 0
    for i, line in enumerate(lines):
        if id(line) not in meta or i + 1 >= len(lines):
            continue
        heads: list[str] = []
        for above in reversed(lines[max(i - 3, 0) : i]):
            if above.kind or len(above.text.strip()) > _HEAD_MAX:
                break
            heads.insert(0, _squeezed(above.text))
        below = lines[i + 1]
        again = _squeezed(below.text)
        if heads and not below.kind and any(again == "".join(heads[k:]) for k in range(len(heads))):
            below.kind = "furniture"  # one headline line, or two or three run into one
            dropped += 1
    return dropped
