"""What a link on the article page does: a byline chip, the section or the date searches the
archive for it; a page jump ('上接…', '下转…', core/continuations.py) opens the other piece."""

from __future__ import annotations

from collections.abc import Callable

# The field each searching link asks (gui/article_html.py makes the links).
FIELDS = {"author": "author", "section": "section", "date": "date"}
# Quote pairs the query language reads (core/query.py QUOTES), tried in turn.
_QUOTES = (('"', '"'), ("「", "」"), ("“", "”"))


def field_query(field: str, value: str) -> str:
    """`field:"value"` read back as exactly `value`: a stored name holding a quote, a bracket
    or a space (`要闻" OR 广告`) was read as more of the query, not as the name."""
    if field != "section" and value and not any(c.isspace() or c in '"「」“”():：' for c in value):
        return f"{field}:{value}"  # a plain name or date reads back bare: `author:谢嘉`
    for left, right in _QUOTES:
        if right not in value and (left == right or left not in value):
            return f"{field}:{left}{value}{right}"
    plain = "".join(" " if c in '"「」“”' else c for c in value)  # every quote in it: they go
    return f'{field}:"{plain}"'


class PageLinks:
    """Follows the article page's links; it knows only how to open an article and to search."""

    def __init__(self, open_article: Callable[[int], None], has_article: Callable[[int], bool],
                 search_for: Callable[[str], None]) -> None:  # fmt: skip
        self.open_article = open_article
        self.has_article = has_article
        self.search_for = search_for

    def follow(self, kind: str, value: str) -> None:
        if kind == "article":
            # The page's own link; a value another tool wrote opens nothing.
            if value.isascii() and value.isdigit() and len(value) < 19 and self.has_article(int(value)):
                self.open_article(int(value))
        elif kind in FIELDS:
            self.search_for(field_query(FIELDS[kind], value))
