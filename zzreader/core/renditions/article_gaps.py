"""Blank lines that end an article on a PDF page, not a paragraph.

A PDF page of briefs or short stories keeps a blank line after each piece's
closing credit ('（记者 唐玮）') while its paragraphs run on without one. Such
blanks say nothing of how paragraphs were set, so the test for a plain dump
(blank lines between paragraphs, zzreader/core/renditions/pdf_text.py) leaves them out.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..bylines import parse_credit

_CLOSING_CREDIT = re.compile(r"^\s*[(（]([^()（）]{2,40})[)）]\s*$")


def closing_credit(text: str) -> bool:
    """'（记者 唐　玮）', '（通讯员 彭志军 谢丽华）': a line that is only a credit in brackets."""
    m = _CLOSING_CREDIT.match(text)
    return bool(m) and parse_credit(m.group(1)) is not None


def after_credits(raw_lines: list[str]) -> int:
    """How many blank lines come right after a line that is only a closing credit."""
    return sum(1 for prev, line in pairwise(raw_lines) if not line.strip() and closing_credit(prev))
