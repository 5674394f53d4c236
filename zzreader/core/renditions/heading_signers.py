"""A notice's signer and date set as headings in an export ('#### 株洲市某某有限公司' / '#### 2026年6月29日').

A web editor right-aligns a notice's signature by making it a small heading
(`<h4>`, `<h5 style="text-align:right">`, Markdown `####`). Read as headings,
the date over the next notice became that notice's kicker and the last date
fell out of its notice. A heading that holds only a signed date, or only a
signer's name right above such a date, under a notice's text is its
signature: plain lines of the notice.
"""

from __future__ import annotations

import re

from ..notice_lines import SIGNER
from .model import SourceLine

_MARKS = re.compile(r"^#{1,6}\s+")
# a signed date alone, in figures or Chinese numerals (the form core/lines.py DATE_ONLY reads as a notice's date)
DATE_ONLY = re.compile(
    r"^(?:(?:19|20|１９|２０)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"|[一二〇○零][〇○零一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)$"
)
SIGNER_MAX = 30  # characters: a body's name, not a headline that happens to end on '…中心'
SIGNER_ROWS = 3  # a notice signed by several parties: two signers over the date


def _bare(line: SourceLine) -> str | None:
    """The heading's text without its marks, or None when the line is no heading."""
    return line.text[m.end():].strip() if (m := _MARKS.match(line.text)) else None


def unmark(lines: list[SourceLine]) -> None:
    """Headings that are a notice's signer or its date, after the notice's text, become plain lines."""
    for k, line in enumerate(lines):
        text = _bare(line)
        if text is None or not DATE_ONLY.match(text):
            continue
        first = k - _signers_above(lines, k)
        if first == 0 or _bare(lines[first - 1]) is not None:
            continue  # a date heading at the top of a page or right under a headline is a masthead or a dateline
        for x in lines[first : k + 1]:
            x.text = _bare(x) or x.text


def _signers_above(lines: list[SourceLine], k: int) -> int:
    """How many signer lines (headings or not) stand right above the date at `k`."""
    n = 0
    while n < SIGNER_ROWS and k - n - 1 >= 0:
        text = _bare(lines[k - n - 1])
        text = lines[k - n - 1].text.strip() if text is None else text
        if len(text) > SIGNER_MAX or not SIGNER.search(text):
            break
        n += 1
    return n
