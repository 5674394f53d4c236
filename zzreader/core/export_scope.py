"""Which highlights and articles an annotation export covers, and how it names an article.

Shared by the W3C export (core/w3c.py) and the Markdown and CSV exports (core/export.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from zzreader.core import stored_values as sv
from zzreader.core.anchors import text_hash
from zzreader.core.highlights import Highlight

if TYPE_CHECKING:
    from zzreader.core.store import Library


@dataclass(frozen=True)
class ArticleRef:
    """An article as exports name it."""

    id: int
    issue_id: int
    issue_source: str
    issue_date: str | None
    issue_number: int | None
    seq: int
    title: str
    text_hash: str


def article_refs(library: Library, article_ids: Iterable[int]) -> dict[int, ArticleRef]:
    ids = sorted(set(article_ids))
    refs: dict[int, ArticleRef] = {}
    with library.lock:
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            rows = library.db.execute(
                "SELECT a.id, a.issue_id, i.source, i.date, i.number, a.seq, a.title, a.text "
                f"FROM articles a JOIN issues i ON i.id = a.issue_id WHERE a.id IN ({', '.join('?' * len(chunk))})",
                chunk,
            ).fetchall()
            for aid, iid, src, date, number, seq, title, text in rows:  # untrusted (core/stored_values.py)
                refs[aid] = ArticleRef(
                    aid, iid, sv.text(src), sv.optional_text(date), sv.optional_int(number),
                    sv.optional_int(seq) or 0, sv.line(title), text_hash(sv.text(text)),
                )
    return refs


def tagged_articles(library: Library) -> dict[int, list[str]]:
    with library.lock:
        rows = library.db.execute(
            # joined to articles: a row another tool left pointing at no article (or at "abc") is none
            "SELECT a.id, t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id "
            "JOIN articles a ON a.id = at.article_id ORDER BY at.article_id, t.name COLLATE NOCASE"
        ).fetchall()
    out: dict[int, list[str]] = {}
    for aid, name in rows:
        out.setdefault(aid, []).append(sv.text(name))
    return out


def selection(
    library: Library, highlight_ids: Iterable[str] | None, article_tags: bool | None
) -> tuple[list[Highlight], dict[int, list[str]]]:
    """Highlights to export and article tags to export (all when ids is None)."""
    if highlight_ids is None:
        highlights = library.highlights.find()
    else:
        highlights = library.highlights.find(ids=list(highlight_ids))
    include_tags = highlight_ids is None if article_tags is None else article_tags
    tags = tagged_articles(library) if include_tags else {}
    return highlights, tags

