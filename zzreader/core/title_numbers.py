"""A digest's list numbers in front of its headlines ('1. 我市…', '2、醴陵…') are no part of the titles.

An export that numbers every story of the day puts '1. ' before the first
headline, '2. ' before the second, and so on. Only when at least two titles
carry such a mark, numbered 1, 2, 3… in the order the articles come, is the
mark taken off: a title that itself opens on a figure ('3天2夜游株洲') keeps it.
"""

from __future__ import annotations

import re

from .models import Article

_LIST_MARK = re.compile(r"^\s*(\d{1,2})\s*[.、．]\s*(?=\S)")


def strip_list_numbers(articles: list[Article]) -> int:
    """Take the list marks off the titles when they number them 1, 2, 3…; how many were taken."""
    marked = [(a, m) for a in articles if a.title and (m := _LIST_MARK.match(a.title))]
    numbers = [int(m.group(1)) for _, m in marked]
    if len(marked) < 2 or numbers != list(range(1, len(marked) + 1)):
        return 0
    if len(marked) < len([a for a in articles if a.title]) / 2:
        return 0  # a few numbered titles among many unnumbered: the numbers are the titles' own
    for article, m in marked:
        article.title = article.title[m.end():]
    return len(marked)
