"""Captions: the text of a photo, told from a story's text by the slot, the credit or the page around it.

Part of pass one (zzreader/core/lines.py): a line right after an empty photo slot, a photo credit's own text,
or the line right above a credit when a single-newline dump kept no slot.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import credit_lines
from .bylines import parse_credit, split_trailing_credit
from .photo_news import dated_scene, writer_signed
from .sentence_ends import CLOSED

if TYPE_CHECKING:
    from .lines import Line

MAX_CAPTION = 90

_TAIL_CREDIT_MARK = re.compile(r"[.。](?:[(（][^()（）]{2,30}[)）]|[^.。]{2,24}摄)\s*$")  # a sentence, then a photo credit


def mark(lines: list[Line]) -> None:
    """Text right after an empty photo slot is a caption, and so is a photo credit's text."""
    for i, line in enumerate(lines):
        if (line.kind == "p" or line.kind == "heading" and not line.md and _TAIL_CREDIT_MARK.search(line.text)) and not line.lead:
            text, credit = split_trailing_credit(line.text)  # '图为…赏花.(记者 刘某摄)': half-width stops make it look like a headline
            if credit and text:
                line.kind, line.text, line.byline = "caption", text, credit
                continue
        if line.kind == "p" and _credit_over_caption(lines, i):
            continue
        if line.kind == "credit" and not credit_lines.pictures_under_head(lines, i):  # '图/某某' under a title: a byline
            _captions_before_credit(lines, i)
        if line.slot_before and line.kind in ("p", "heading") and not line.md and not line.lead:
            if _caption_after_slot(lines, i):
                for j in _block(lines, i):
                    lines[j].kind = "caption"


_PHOTO_MARK = re.compile(r"^\s*(?:图\s*[①-⑳\d一二三四五六七八九十]{1,2}\s*[:：、.．]|[(（]\s*[①-⑳\d]{1,2}\s*[)）]|[①-⑳]|图为|[上下左右]图[:：]?)")


def _captions_before_credit(lines: list[Line], i: int) -> None:
    """'株洲日报记者 任远 通讯员/任晓磊 摄' on its own line credits the text after the slot."""
    j = i - 1
    while j >= 0 and lines[j].kind == "p" and not lines[j].lead:
        if lines[j].slot_before:
            for k in range(j, i):
                lines[k].kind = "caption"
            return
        j -= 1
    prev, nxt = lines[i - 1] if i > 0 else None, lines[i + 1] if i + 1 < len(lines) else None
    if prev is not None and prev.kind == "heading" and nxt is not None and nxt.kind == "p" and CLOSED.search(nxt.text):
        nxt.kind = "caption"  # '春耕正忙', its credit, then '4月10日，…。': the credit set under the photo's title
        return
    under_byline = i > 1 and lines[i - 2].kind == "byline" and writer_signed(lines[i - 2].byline) and not prev.text.startswith("图为")  # a report's first paragraph
    photo_news = (prev is not None and i > 1 and lines[i - 2].kind == "heading" and _photo_credit(lines[i]) and len(prev.text) <= 160
                  and _on_photo_page(lines, i))
    if prev is not None and prev.kind in ("p", "heading") and not prev.lead and not prev.md and not under_byline and (
        prev.text.startswith("图为") or len(prev.text) <= 40 or photo_news  # a headline, one paragraph, its photo's credit
        or (_photo_credit(lines[i]) and dated_scene(prev.text) and lines[i - 2].kind != "heading")  # '6月1日，孩子们在…。' over '记者 谭某 摄': a news photo
    ):
        prev.kind = "caption"  # no photo slot (single-newline dumps): the line right above the credit
        j = i - 2
        while j >= 0 and lines[j].kind == "p" and not lines[j].lead and _PHOTO_MARK.match(lines[j].text) and _PHOTO_MARK.match(prev.text):
            lines[j].kind = "caption"  # '图①：…' / '图②：…' over one credit: the captions of a photo set
            j -= 1


def _photo_credit(line: Line) -> bool:
    return line.byline is not None and bool(line.byline.photographers) and not line.byline.reporters


_PHOTO_PAGE = re.compile(r"视觉|摄影|图片|影像|图说|镜头")


def _on_photo_page(lines: list[Line], i: int) -> bool:
    """The page header above names a page of photos ('A08 视觉'): its headlined paragraphs are captions."""
    section = next((line for line in reversed(lines[:i]) if line.kind in ("section", "masthead")), None)
    return section is not None and bool(_PHOTO_PAGE.search(section.text))


def _credit_over_caption(lines: list[Line], i: int) -> bool:
    """'（株洲日报全媒体记者 邓某 摄）' over '图为…': a credit in brackets set above its caption, under the photo's title."""
    text = lines[i].text
    if not (text[:1] in "(（" and text[-2:] in ("摄)", "摄）") and i + 1 < len(lines)):
        return False
    nxt = lines[i + 1]
    if nxt.kind != "p" or nxt.lead or not _PHOTO_MARK.match(nxt.text):
        return False
    if (credit := parse_credit(text[1:-1])) is None or not credit.photographers:
        return False
    lines[i].kind, lines[i].byline, nxt.kind = "credit", credit, "caption"
    return True


def _caption_after_slot(lines: list[Line], i: int) -> bool:
    block = _block(lines, i)
    if len(block) > 3 or sum(len(lines[j].text) for j in block) > MAX_CAPTION:
        return False
    if lines[i].kind == "heading" and len(block) > 1 and _opens_story(lines[i + 1]):
        return False  # a headline over its byline or its '本报讯' lead in the same block: a story after the gap
    nxt = block[-1] + 1
    if nxt >= len(lines):
        return True
    following = lines[nxt]
    if lines[i].kind != "heading" or following.slot_before:
        return True
    if _opens_story(following):
        return False  # a headline followed by its kicker or byline
    if following.kind == "p":
        return False  # a sub-heading followed by its text
    return True


def _opens_story(line: Line) -> bool:
    """What a story has under its headline: a byline, a page marker, a news lead or a '——' deck."""
    return line.kind in ("byline", "marker") or line.lead is not None or line.text.startswith("——")


def _block(lines: list[Line], i: int) -> list[int]:
    """Indices of the lines in the same block (no blank line between) from i on."""
    out = [i]
    j = i + 1
    while j < len(lines) and not lines[j].block_first:
        out.append(j)
        j += 1
    return out
