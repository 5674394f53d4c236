"""The box marks a page dresses its short pieces in: `■ 简讯`, `■ 市“春风行动”招聘会举行`.

A column of briefs is set under a boxed label (`■ 区县简讯`), and each titled
brief in it may wear the same mark (`■ 甲…`, `■ 乙…`). The label names the
column and opens a piece of its own; a headline in the same dress as the
piece before it is the next brief, not that piece's sub-heading (a feature's
`■ 从学徒到传承人` sub-headings follow a plain headline). Pass two
(`zzreader/core/parse.py`) reads titles and sections without the mark.
"""

from __future__ import annotations

import re

MARKS = "■□◆◇●▲★"
_BRIEFS = re.compile(r"^[■□●◆▲★\s]*[\u4e00-\u9fff]{0,6}(?:简讯|短讯|快讯|简报|速递|速览)\s*$")
_MARK = re.compile(r"^[■□◆◇●▲★]\s*(?=\S{4})(?!.*[■□◆◇●▲★]\s*$)")  # not '◆ 门面转让 ◆', a framed title


def briefs_label(text: str) -> str | None:
    """'区县简讯' for '■ 区县简讯' (a column of one-line briefs), else None."""
    return undecorated(text) if _BRIEFS.match(text) else None


_WRAPPED = re.compile(r"【([^【】]+)】|〖([^〖〗]+)〗|［([^［］]+)］|「([^「」]+)」")  # '［社区故事］', '「新春走基层」' too


def unbracketed(text: str) -> str:
    """A rubric without the brackets it is set in: '【一线见闻】' -> '一线见闻'."""
    m = _WRAPPED.fullmatch(text.strip())
    return next(g for g in m.groups() if g).strip() if m else text


def undecorated(text: str) -> str:
    """A label or section without its box mark, its brackets or a closing colon: '■ 简讯' -> '简讯',
    '【要闻】' -> '要闻', '重阳节专题：' -> '重阳节专题' (the colon points at the headline under it)."""
    return unbracketed(text.lstrip(MARKS + " \u3000")).rstrip(":：")


def undress(title: str) -> tuple[str, str]:
    """(title, mark): '■ 市“春风行动”招聘会举行' -> ('市“春风行动”招聘会举行', '■'); a framed '◆ 转让 ◆' stays whole."""
    bare = _MARK.sub("", title)
    return bare, (title[:1] if bare != title else "")


def same_dress(mark: str, headline: str) -> bool:
    """A headline wearing the box mark the piece before it wore: briefs side by side."""
    return bool(mark) and headline[:1] == mark
