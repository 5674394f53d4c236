"""A list numbered with circled figures, one item a line: '① 新增社区菜市场12个' / '② 新增便民维修点86个'.

A phone copy sets a report's list so, with no blank line and no bullet; each
short item read as a headline opened an article and took the report's next
paragraphs with it. Two or more lines in a row numbered in order are the list's
items. A photo set's captions ('①…' over one credit) end their sentences, and
stay captions (core/caption_lines.py `_PHOTO_MARK`).
"""

from __future__ import annotations

from typing import Protocol

_FIRST = ord("①")
_LAST = ord("⑳")
ITEM_MAX = 30  # an item of a list; a caption is a sentence or more


class _Line(Protocol):
    text: str


def _listed(text: str) -> bool:
    """Short and no sentence: an item ('② 新增便民维修点86个'); a caption ends its sentence ('②游客在花丛中拍照。')."""
    text = text.strip()
    return len(text) <= ITEM_MAX and text[-1:] not in "。！？!?…"


def _number(text: str) -> int | None:
    first = text.lstrip()[:1]
    return ord(first) - _FIRST + 1 if first and _FIRST <= ord(first) <= _LAST else None


def is_item(lines: list[_Line], i: int) -> bool:
    """Line `i` is one of two or more short lines in a row numbered ①, ②, … in order (a dump of one
    paragraph a line sets a blank line's worth of gap before each, so gaps do not part them)."""
    n = _number(lines[i].text)
    if n is None or not _listed(lines[i].text):
        return False
    before = i > 0 and _number(lines[i - 1].text) == n - 1 and _listed(lines[i - 1].text)
    after = i + 1 < len(lines) and _number(lines[i + 1].text) == n + 1 and _listed(lines[i + 1].text)
    return before or after
