"""A photo group (组图): pictures with their numbered captions, credited to the photographer alone.

An e-paper page sets a group as an article of its own: '【组图】…' over
'作者：记者 某某 摄' and one caption a paragraph ('①改造后的…', '②居民在…').
Its lines come in as paragraphs, since no credit line follows each caption
(core/caption_lines.py reads a caption over its credit), so nothing marks them
captions but the label, the numbers and the credit. A story with a reporter's
byline and photos in it stays a story (core/picture_sets.py).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .parse import _Draft

_LABEL = re.compile(r"组图|多图|图片新闻|新闻图片|图说|图片报道")
_NUMBERED = re.compile(r"^\s*(?:图\s*)?[①-⑳]")
_CAPTION_MAX = 90  # a caption is a sentence or two


def photo_group(draft: _Draft) -> bool:
    """Pictures credited to their photographer alone, labelled a group or captioned by number, under no news lead."""
    a, byline = draft.article, draft.byline
    if not byline.photographers or byline.reporters or byline.correspondents or a.dateline or draft.has_lead:
        return False
    prose = [b.text for b in a.blocks if b.kind in ("p", "caption")]
    if not prose or any(len(t) > _CAPTION_MAX for t in prose):
        return False
    labelled = any(_LABEL.search(part) for part in (a.section, a.kicker, a.title) if part)
    numbered = sum(1 for t in prose if _NUMBERED.match(t))
    return numbered >= 2 or (labelled and len(prose) <= 4)
