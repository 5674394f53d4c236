"""Two columns of small ads flattened line by line: '招聘：…' / '出租：…' / the left ad's next line / the right one's.

A classified page sets its small ads in two narrow columns; a text copy of it (a PDF viewer's, an OCR
program's) may give each printed row as two lines in turn, the left column's, then the right one's. Two
ads then open one under the other ('招聘：某某物业公司招保安6名，' over '出租：荷塘区文化路两室一厅，'),
and their lines alternate until their phone lines, so the parser read the run as one ad of mixed text.
A run that opens on two ads' kind labels and alternates so that each column's half closes on a contact
line is put back column by column, the left ad first; every line keeps its original number.
"""

from __future__ import annotations

import re

from ..stray_ads import KIND_OPENER
from .model import SourceLine

_OPENER = KIND_OPENER  # an ad's opening kind label: '招聘：', '出租:', '【求职】'
_CONTACT = re.compile(r"(?:电话|手机|热线|联系人|地址)\s*[:：]|(?<!\d)1[3-9]\d{9}(?!\d)|0731-?\d{7,8}")
MIN_ROWS = 2  # two lines of each ad at least: an opener and its contact line


def reorder(lines: list[SourceLine], warnings: list[str]) -> None:
    """Put runs of alternating ad columns back in reading order, in place."""
    k, moved = 0, 0
    while k + 1 < len(lines):
        if lines[k + 1].gap or not (_OPENER.match(lines[k].text) and _OPENER.match(lines[k + 1].text)):
            k += 1
            continue
        end = _pair_end(lines, k)
        if end is None:
            k += 1
            continue
        block = lines[k:end]
        left, right = block[0::2], block[1::2]
        right[0].gap = max(right[0].gap, 1)  # the right column's ad is a paragraph of its own
        lines[k:end] = left + right
        moved += 1
        k = end
    if moved:
        warnings.append(f"已按两栏分类广告还原 {moved} 组逐行交错的广告 / Put {moved} pair(s) of small ads set in two "
                        "columns and flattened line by line back column by column.")


def _pair_end(lines: list[SourceLine], start: int) -> int | None:
    """Where two interleaved ads opening at `start` end: after both columns' contact lines, the next pair or a gap."""
    end = start + 2
    while end < len(lines) and not lines[end].gap:
        if end + 1 < len(lines) and (end - start) % 2 == 0 and _OPENER.match(lines[end].text) and _OPENER.match(lines[end + 1].text):
            break  # the next row of ads
        end += 1
    if (end - start) % 2 or end - start < 2 * MIN_ROWS:
        return None
    left, right = lines[start:end:2], lines[start + 1 : end : 2]
    if not (_CONTACT.search(left[-1].text) and _CONTACT.search(right[-1].text)):
        return None  # each column's ad closes on its phone: else two ads one line each, or no columns at all
    if any(_OPENER.match(line.text) for line in left[1:] + right[1:]):
        return None
    return end
