"""A news photo between stories: its dated caption and credit are a piece of their own, not the end of the story above.

A page sets a photo with no headline between two stories: one paragraph that says when and
what ('5月12日，神农公园的月季进入盛花期……。') and a credit line under it ('全媒体记者 王珂 摄').
Dumped as text it follows the story above, whose closing credit ('（记者 刘某）') or last
paragraph comes right before it. core/caption_lines.py marks the paragraph a caption; core/parse.py
asks `opens_photo` whether that caption starts an untitled piece (type `caption`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .article_draft import Draft

# '5月12日，', '6月1日上午，', '日前，': a photo's caption opens on when it was taken
_DATED = re.compile(r"^(?:\d{1,2}月\d{1,2}日|近日|日前|昨日|今天|当天)[\u4e00-\u9fff]{0,3}[，,]")
_SENTENCE_END = re.compile(r"[。！!”]$")
MAX_SCENE = 120  # one caption's length: a report's paragraph may open on a date too, and runs longer
# '春耕备耕忙 3月1日，…。': a photo's bold title run into its caption by an export, a space between
_TITLED = re.compile(r"^([\u4e00-\u9fff“”\d]{2,12})\s+(\S.*)$")


def dated_scene(text: str) -> bool:
    """One dated sentence or two, as a news photo's caption is written."""
    text = text.strip()
    return len(text) <= MAX_SCENE and bool(_DATED.match(text)) and bool(_SENTENCE_END.search(text))


def titled_scene(text: str) -> tuple[str, str] | None:
    """A photo's title and its dated caption set on one line, or None."""
    m = _TITLED.match(text.strip())
    return (m.group(1), m.group(2)) if m and dated_scene(m.group(2)) else None


def opens_photo(draft: Draft | None, text: str, photographers: list[str]) -> bool:
    """Does a caption after the story being assembled start a news photo of its own?

    After the story's closing credit it always does; after its text, when it opens on a
    date and its photographer signed none of the story.
    """
    if draft is None or (draft.article.blocks and draft.article.blocks[-1].kind == "caption"):
        return False  # the second caption of a photo set, or the caption's second paragraph (looked at first: the
        # text block above a run of captions was looked for again for each, 8,000 captions took 3 s)
    if draft.last_text_block() is None:
        return False
    if draft.closed:
        return True
    signed = set(draft.byline.reporters) | set(draft.byline.correspondents) | set(draft.byline.photographers)
    return dated_scene(text) and bool(photographers) and not (set(photographers) & signed)


def writer_signed(byline) -> bool:
    """Does a byline line name a writer? The paragraph under one is a report's first, not a photo's caption.

    A photographer's line alone ('株洲日报摄影记者 周捷' from an e-paper's 作者 field) heads a news
    photo, whose one paragraph is its caption; a line not read into names counts as a writer's.
    """
    return byline is None or bool(byline.reporters or byline.correspondents)
