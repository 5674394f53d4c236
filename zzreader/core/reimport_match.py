"""Which stored articles a re-imported issue's articles are.

A dump imported again under the same name (a fixed typo, a re-cut page)
updates its issue in place (core/issue_import.py): the articles found
here keep their ids, so the highlights, tags, collections and corrections on
them stay attached; the others are removed or added.
"""

from __future__ import annotations

import re
import unicodedata

from zzreader.core.models import Article

__all__ = ["SAME_SEQ_MIN_SIMILARITY", "match_articles"]

# Below this similarity (0-100) an article at the same position but with a new
# title counts as a different article, not as an edited one.
SAME_SEQ_MIN_SIMILARITY = 60.0


def _title_key(title: str) -> str:
    """Title compared across re-imports: width-folded, no spaces or punctuation."""
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", title)).lower()


def match_articles(old: list[tuple], new: list[Article]) -> dict[int, int]:
    """Map new article index -> old article id for articles that survived an edit.

    Same normalised title first (in order, so repeated titles pair up in
    turn), then the same position with a similar body. Empty titles never
    match by title.
    """
    matches: dict[int, int] = {}
    used: set[int] = set()
    by_title: dict[str, list[int]] = {}
    for article_id, _seq, title, _sub, _text, _date in old:
        key = _title_key(title)
        if key:
            by_title.setdefault(key, []).append(article_id)
    for i, article in enumerate(new):
        candidates = by_title.get(_title_key(article.title))
        if candidates:
            article_id = candidates.pop(0)
            matches[i] = article_id
            used.add(article_id)
    by_seq = {seq: (article_id, text) for article_id, seq, _t, _s, text, _d in old}
    for i, article in enumerate(new):
        if i in matches or (i + 1) not in by_seq:
            continue
        article_id, text = by_seq[i + 1]
        if article_id in used:
            continue
        from rapidfuzz import fuzz  # loaded by a re-import, not by every start

        if fuzz.ratio(text, article.text) >= SAME_SEQ_MIN_SIMILARITY:
            matches[i] = article_id
            used.add(article_id)
    return matches
