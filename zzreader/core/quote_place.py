"""Where another tool's quote goes in an article: by its words and the context it gives.

Hypothesis and other W3C tools often send only a TextQuoteSelector: the
quote with up to 32 characters before and after it, and no position. The
re-anchoring score (core/anchors.py) weighs a position and 32 characters
of context; a quote with ten characters of context and no position could
not reach its threshold, so a quote found once, exactly, beside exactly the
words the file gave was kept as an orphan. Here the quote's occurrences are
filtered by the context as given: one left is the place; several left are
ambiguous and said so (never a guess); none left means the text was edited,
and the caller's fuzzy re-anchoring decides.
"""

from __future__ import annotations

from zzreader.core.anchors import occurrences

# Why an imported highlight was kept unplaced, told per item (core/w3c.py).
NOT_IN_ARTICLE = "引文不在这篇文章中，保留为未定位 / the quote is not in the article; kept unplaced"
NOT_FOUND = ("引文在本书库的这一期中找不到，保留为未定位 / the quote is not found in this library's copy of "
             "the issue; kept unplaced")
POSITION_ONLY = ("只有位置而文章文字不同，保留为未定位 / only a position is given and the article's text "
                 "differs; kept unplaced")

MAX_OCCURRENCES = 10_000  # a one-character quote in a long article: enough to count, bounded work


def place_quote(text: str, exact: str, prefix: str, suffix: str, start: int | None) -> int | str | None:
    """The start offset of `exact` in `text`, a bilingual reason it cannot be placed, or None (look further)."""
    found = occurrences(text, exact, limit=MAX_OCCURRENCES)
    if not found:
        return None  # not there word for word: an edited text, for fuzzy re-anchoring
    n = len(exact)
    fits = [s for s in found if s >= len(prefix) and text.startswith(prefix, s - len(prefix))
            and text.startswith(suffix, s + n)]  # fmt: skip
    if len(fits) == 1:
        return fits[0]
    if start in fits:  # the file's position picks one of several that fit
        return start
    if not fits:
        return None
    many = f"{len(fits)}+" if len(found) >= MAX_OCCURRENCES else str(len(fits))
    return (f"引文在文章中出现 {many} 次，所给上下文分不出是哪一处，保留为未定位 / the quote occurs {many} times "
            "in the article and the context given does not tell which; kept unplaced")
