"""A Markdown span a hard wrap cut across lines, whole again before the lines are read one by one.

A Markdown export whose paragraphs were cut at a column's width (`hard_wrap`
in tests/bench/bench_rendition_variants.py, a PDF of the page) cuts what the
line-by-line reading needs whole: a photo's caption and credit in an image
('![图为…株洲日' / '报全媒体记者/彭某 摄](img/a02-0' / '1.jpg)'), a bold lead
('**株洲日报讯（记者 周　璇 通讯员 ' / '钟立）** 4月25日…'), an entity
('&n' / 'bsp;'), a byline's bracket ('（全媒体记者/邹某 通讯员/易某 ' / '胡某）…').
Read a line at a time the image stayed text, the stars and the entity's pieces
stayed in the byline, and two names cut at the space between them became one. A line that leaves such a span open
is joined with the lines up to the one that closes it, the joined line
covering them all (its numbers kept); a wrap that fell on a space keeps one.
"""

from __future__ import annotations

import re

from .model import SourceLine

MAX_LINES = 4  # a span cut over more lines than this is no wrapped span
_OPEN_IMAGE = re.compile(r"!\[(?:[^\]]*$|[^\]]*\]\([^)]*$)")  # '![图为…' or '![…](img/a02-0' at the line's end
# a byline's bracket opened and not closed: '株洲日报讯（全媒体记者/邹某 通讯员/易某 ' over '胡某）8月31日，…'
_OPEN_CREDIT = re.compile(r"[（(][^（）()]{0,30}(?:记者|通讯员|实习生|摄影)[^（）()]{0,30}$")
_CUT_ENTITY = re.compile(r"&(?:[A-Za-z]{1,7}|#\d{0,5})$")
_ENTITY_REST = re.compile(r"^[A-Za-z\d]{0,7};")
_BLOCK_START = re.compile(r"^\s{0,3}(?:#|>|\||[-*+]\s|\d{1,2}[.)]\s|```|~~~|<)")


def join(lines: list[SourceLine]) -> list[SourceLine]:
    """The lines with each image, bold span or entity a wrap cut made whole on the line it opens on."""
    if not any(_open(line.text) for line in lines):
        return lines  # a cheap look first: most exports cut no span
    out: list[SourceLine] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        end = _span_end(lines, i)
        if end is None:
            out.append(line)
            i += 1
            continue
        text = line.text
        for k in range(i + 1, end + 1):
            text = _glue(text, lines[k].text)
        out.append(SourceLine(line.no, text, end=lines[end].end, gap=line.gap, kind=line.kind, source=line.source, editor=line.editor))
        i = end + 1
    return out


def _open(text: str) -> bool:
    """The line leaves an image, a bold span or an entity open at its end."""
    bold = text.count("**") % 2 and not _BLOCK_START.match(text) and text.strip().strip("*")  # '***' is a rule
    return bool(("![" in text and _OPEN_IMAGE.search(text)) or bold or _OPEN_CREDIT.search(text)
                or ("&" in text and _CUT_ENTITY.search(text.rstrip())))


def _span_end(lines: list[SourceLine], start: int) -> int | None:
    """Index of the line that closes what `lines[start]` left open, with no blank line or new block before it."""
    text = lines[start].text
    if not _open(text):
        return None
    for k in range(start + 1, min(start + 1 + MAX_LINES, len(lines))):
        nxt = lines[k]
        if nxt.gap or nxt.kind or nxt.no != lines[k - 1].end + 1 or _BLOCK_START.match(nxt.text):
            return None
        text = _glue(text, nxt.text)
        if not _open(text):
            return k
    return None


def _glue(text: str, nxt: str) -> str:
    """One wrapped line onto the next: a wrap that fell on a space (one, not a hard break's two) keeps it."""
    if _CUT_ENTITY.search(text.rstrip()) and _ENTITY_REST.match(nxt.lstrip()):
        return text.rstrip() + nxt.strip()
    spaced = text.endswith(" ") and not text.endswith("  ")
    return text.rstrip() + (" " if spaced else "") + nxt.strip()
