"""E-paper meta lines set above the headline: the headline read first, as print sets it.

Some scrapes put the page's fields before the story
(`来源：株洲日报 作者：记者 张三 发布时间：2026-03-05` / headline / body). Pass one
takes a byline for the story above it, so such a run would credit the previous
story and leave this one without a writer. Where a run of meta lines opens a
story (after page chrome, a page line or another story's text) and a lone
headline follows it with the body under that, the headline is moved above the run.
"""

from __future__ import annotations

import re

from ..bylines import parse_credit
from .epaper import is_meta
from .model import SourceLine

# '编辑：刘某' / '责任编辑：刘某' alone on its line: a field of the run, though no byline
_EDITOR_FIELD = re.compile(r"^\s*(?:责任|本版)?编辑\s*[:：]\s*[\u3400-\u9fff·\s]{2,12}$")
# '责编：易某 审核：陈某': the staff who passed the story, a line some sites set over its meta lines, so a run may open under it
_STAFF = r"(?:(?:责任|本版)?编辑|责编|审核|终审|校对)"
_STAFF_LINE = re.compile(rf"^\s*(?:{_STAFF}\s*[:：]\s*[\u3400-\u9fff·]{{1,4}}(?:[ \u3000][\u3400-\u9fff·]{{1,3}})?\s*)+$")
_CLOSES = re.compile(r"[。！？；：:，,…]$|[。！？][”’」]$")
_PAPER = re.compile(r"株洲日[报報]|株洲晚[报報]|(?i:zhuzhou\s+daily)")
TITLE_MAX_CHARS = 40


def _meta_like(line: SourceLine) -> bool:
    return not line.kind and (is_meta(line.text) or bool(_EDITOR_FIELD.match(line.text)) or _credit_line(line.text))


_CREDIT_START = re.compile(r"^\s*(?:株洲日[报報]|本[报報])?(?:全媒体|全媒體|见习|見習|首席|特约|特約)?(?:记者|記者|通讯员|通訊員|实习生|實習生)")


def _credit_line(text: str) -> bool:
    """'株洲日报全媒体记者　刘　洋', '通讯员　曾　敏': a byline on its own line, which a site sets among the meta lines."""
    text = text.strip()
    return len(text) <= 30 and bool(_CREDIT_START.match(text)) and not _CLOSES.search(text) and parse_credit(text) is not None


def _title_like(line: SourceLine) -> bool:
    """A short line that ends no sentence and is no field."""
    text = line.text.strip()
    return (line.kind in ("", "heading") and 2 <= len(text) <= TITLE_MAX_CHARS and not _CLOSES.search(text)
            and not _meta_like(line) and "：" not in text and ":" not in text)


def _body_like(line: SourceLine) -> bool:
    text = line.text.strip()
    return not line.kind and (len(text) > TITLE_MAX_CHARS or bool(_CLOSES.search(text)))


def _opens_story(lines: list[SourceLine], start: int) -> bool:
    """The run starts a story: nothing above it, page chrome or a page line, the masthead, a staff line or another story's text."""
    if start == 0:
        return True
    prev = lines[start - 1]
    return bool(prev.kind and prev.kind != "heading") or _body_like(prev) or bool(_PAPER.search(prev.text) or _STAFF_LINE.match(prev.text))


def _headline_end(lines: list[SourceLine], at: int) -> int | None:
    """Past the headline at `at` (and a '——' subtitle under it) when the body follows; else None."""
    if at >= len(lines) or not _title_like(lines[at]):
        return None
    end = at + 1
    if end < len(lines) and lines[end].text.lstrip().startswith(("——", "—— ", "--")):
        end += 1
    k = end
    while k < len(lines) and lines[k].kind == "furniture":
        k += 1
    return end if k < len(lines) and _body_like(lines[k]) else None


def lift_headlines(lines: list[SourceLine]) -> int:
    """Move each headline that sits under its story's meta run above the run; return how many moved.

    A lone '编辑：…' closes the story before as often as it opens one: a run needs a real meta line.
    """
    moved = 0
    i = 0
    while i < len(lines):
        if not _meta_like(lines[i]):
            i += 1
            continue
        j = i
        while j < len(lines) and _meta_like(lines[j]):
            j += 1
        end = _headline_end(lines, j)
        if end is not None and _opens_story(lines, i) and any(is_meta(line.text) for line in lines[i:j]):
            headline = lines[j:end]
            for line in lines[i:j]:
                line.kind = "byline" if _credit_line(line.text) else line.kind  # a meta field, as '作者：…' is
            headline[0].gap, lines[i].gap = lines[i].gap, max(lines[i].gap, 1)
            lines[i:end] = [*headline, *lines[i:j]]
            moved += 1
        i = j + 1
    return moved
