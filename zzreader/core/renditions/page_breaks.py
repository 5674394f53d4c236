"""Where a PDF extraction crossed a page: a form feed, or the page's running head printed again.

`pdftotext` opens each page on a form feed, unless told not to (`-nopgbrk`);
then only the next page's running head marks the break. That head is rarely
the first one word for word: the page code and often the section change
(`株洲日报 2025年7月21日 星期一 A01 要闻`, then `… A02 要闻`), the paper and
the day stay. `renditions/pdf_text.py` takes either mark as a sign of PDF text.
"""

from __future__ import annotations

import re
from itertools import pairwise

from .page_heads import is_header, page_header

CENTRED = re.compile(r"^(?: {6,}|\u3000{4,})\S")
OPEN_END = re.compile(r"[\u4e00-\u9fff0-9A-Za-z，,、]$")


def paged_wraps(raw_lines: list[str]) -> bool:
    """Pages opened by form feeds (only a PDF extractor writes them) and two lines or more that stop mid-sentence over the next."""
    if not any(r.startswith("\f") for r in raw_lines):
        return False
    broken = sum(1 for r, nxt in pairwise(raw_lines) if mid_sentence(r) and nxt.strip())
    return broken >= 2


def mid_sentence(raw: str) -> bool:
    """A line of a sentence cut at its end ('…，记者从'): punctuated inside, open at the end, not set in as a centred headline."""
    text = raw.rstrip()
    return len(text.strip()) >= 10 and not CENTRED.match(text) and bool(OPEN_END.search(text)) and any(ch in text[:-1] for ch in "，。；、")


def head_again(body: list[str]) -> bool:
    """A running head among the first three lines printed again further down: word for word, or with the same day.

    The day alone counts only for a head that names the paper, so a story's
    own dated line ('2025年7月21日 星期一' closing a piece) is no page break.
    """
    first = [r for r in body[:3] if is_header(r)]
    if not first:
        return False
    words = {_words(r) for r in first}
    days = {day for r in first if "株洲" in r and (day := page_header(r)[0])}
    return any(_words(r) in words or ("株洲" in r and page_header(r)[0] in days) for r in body[3:] if is_header(r))


def _words(text: str) -> str:
    return "".join(text.split())
