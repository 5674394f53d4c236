"""Column labels printed in brackets on a line of their own: the label, not a headline.

Word exports and some layouts frame a column's name (`＜株洲时评＞`,
`〈读者来信〉`, `【株洲时评】`) where the page prints it in a box. Pass two
(`zzreader/core/parse.py`) reads a bare column name above a headline as the
article's section; the brackets made it a headline of its own, and the real
headline below, which may hold a comma, was then joined to the text as a
broken sentence. Angle-bracketed labels lose their brackets; square-bracketed
ones only when they name a column (`【注销公告】` stays a framed notice title).
"""

from __future__ import annotations

import re

from .model import SourceLine

_ANGLED = re.compile(r"^\s*[＜<〈]\s*([\u4e00-\u9fff·]{2,8})\s*[＞>〉]\s*$")
_SQUARE = re.compile(r"^\s*[【〔［\[]\s*([\u4e00-\u9fff·]{2,8})\s*[】〕］\]]\s*$")
# What a column's or a letters page's name ends on (the comment words of `zzreader/core/lines.py` COLUMN_LABEL too).
_COLUMN_END = re.compile(r"(?:时评|快评|短评|评论|论坛|观察|视点|杂谈|随笔|社论|观点|热评|锐评|来信|信箱|夜话|漫谈|札记)$")


def unframe(lines: list[SourceLine], warnings: list[str]) -> None:
    """Rewrite each framed label line to its bare name; the source keeps the brackets."""
    changed = 0
    for line in lines:
        if line.kind or len(line.text) > 14:
            continue
        m = _ANGLED.match(line.text) or ((m2 := _SQUARE.match(line.text)) and _COLUMN_END.search(m2.group(1)) and m2)
        if m:
            line.text = m.group(1)
            changed += 1
    if changed:
        warnings.append(f"已去掉 {changed} 个栏目名的括号 / Read {changed} bracketed column label(s) without the brackets.")
