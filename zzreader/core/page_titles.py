"""A headline that only names a page of the paper: an export's own title over the page it holds.

A blog post or a note that holds a whole page is titled by whoever saved it
('【剪报】株洲日报 A02 要闻', '株洲日报2026年5月14日A04版'); the page's own
masthead follows, then the page's articles. With nothing under it before that
masthead, the title is no article (core/parse.py keeps it unassigned).
"""

from __future__ import annotations

import re

_PAPER = re.compile(r"株洲[日晚][报報]|(?i:zhuzhou\s*daily)|ZZRB")
# a page code ('A02', '第4版', 'B03版') or a date: what names a page rather than a story
_PAGE_OR_DATE = re.compile(r"(?<![A-Za-z0-9])[A-Ha-h]\d{1,2}(?![\d])|第\s*[A-Za-z]?\d{1,2}\s*版|(?:19|20)\d{2}\s*[年.\-/]\s*\d{1,2}")


def names_a_page(title: str) -> bool:
    """'【剪报】株洲日报 A02 要闻': the paper's name and a page or a date, a page's title and no story's."""
    return len(title) <= 40 and bool(_PAPER.search(title)) and bool(_PAGE_OR_DATE.search(title))
