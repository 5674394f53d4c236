"""A story's numbered pictures ('图①：…', '图②：…', '图1：…') and the photo story they make.

A page that prints two or more pictures with a story numbers their captions
and sets them together, after the text or between its paragraphs. When the
photographer is named in the credit at the top ('文/记者 汤某 图/记者 谭某'),
no credit line follows the captions to mark them (core/caption_lines.py reads
captions over a credit); the numbers alone do. A story whose credit names
who wrote it and who took its pictures apart, and which carries a numbered
set of them, is a photo story (图文报道): the pictures are half of it, and the
paper runs it as a feature. A report signed the usual way with its photos
credited under them ('摄影 谭某某') stays a report.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .lines import Line
    from .models import Block

NUMBERED_PICTURE = re.compile(r"^\s*图\s*[①-⑳]\s*[:：、]?|^\s*图\s*\d{1,2}\s*[:：]")


def mark_numbered_pictures(lines: list[Line]) -> None:
    """Two or more lines in a row that open on a picture's number are that set's captions."""
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and "图" in lines[j].text[:3] and lines[j].kind == "p" and not lines[j].lead and NUMBERED_PICTURE.match(lines[j].text):
            j += 1
        if j - i >= 2:
            for k in range(i, j):
                lines[k].kind = "caption"
        i = max(j, i + 1)


def numbered_pictures(blocks: list[Block]) -> int:
    """How many of an article's captions are numbered pictures."""
    return sum(1 for b in blocks if b.kind == "caption" and NUMBERED_PICTURE.match(b.text))
