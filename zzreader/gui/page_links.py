"""What a link on the article page does: a byline chip, the section or the date searches the
archive for it; a page jump ('上接…', '下转…', core/continuations.py) opens the other piece."""

from __future__ import annotations

from collections.abc import Callable

# The field each searching link asks (gui/article_html.py makes the links).
FIELDS = {"author": "author", "section": "section", "date": "date"}


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
            # The query modules load with the first search, not with the window.
            from zzreader.core.query import field_query

            self.search_for(field_query(FIELDS[kind], value))
