"""Putting highlights back on an issue's text after a re-import.

Each highlight is tried on its own article (or the one at its old
position), then, by exact quote only, on the issue's other articles (the
parser may have split or merged articles). What cannot be placed becomes an
orphan; nothing is deleted. The W3C import (core/w3c.py) places imported
highlights with the same `locate`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from zzreader.core.anchors import Anchor, anchor_at, reanchor, text_hash
from zzreader.core.changes import JOURNAL, Changed, Changes
from zzreader.core.errors import AnnotationNotFound
from zzreader.core.highlights import SELECT, Highlight, anchor_values, from_row
from zzreader.core.journal import ANCHORED, ORPHAN, quote

if TYPE_CHECKING:
    from sqlite_utils import Database

    from zzreader.core.store import Library


@dataclass(frozen=True)
class ReanchorReport:
    """What re-anchoring an issue's highlights did after a re-import."""

    issue_id: int
    kept: int = 0  # same place in unchanged text
    moved: int = 0  # found again in changed text (maybe in another article)
    orphaned: int = 0  # not found: kept as orphans
    recovered: int = 0  # earlier orphans placed again
    highlight_ids: tuple[str, ...] = field(default=())  # every highlight looked at


@dataclass(frozen=True)
class IssueTexts:
    """The articles of one issue, as re-anchoring needs them."""

    issue_id: int
    source: str
    articles: dict[int, tuple[int, str]]  # article id -> (seq, text)
    hashes: dict[int, str]

    def at_seq(self, seq: int | None) -> int | None:
        return next((aid for aid, (s, _t) in self.articles.items() if s == seq), None)


def issue_texts(db: Database, issue_id: int | None = None, source: str | None = None) -> IssueTexts | None:
    """Load an issue's article texts by id or by source name (None if absent)."""
    if issue_id is not None:
        row = db.execute("SELECT id, source FROM issues WHERE id = ?", [issue_id]).fetchone()
    else:
        row = db.execute("SELECT id, source FROM issues WHERE source = ?", [source]).fetchone()
    if row is None:
        return None
    articles = {
        aid: (seq, text if isinstance(text, str) else "")  # another tool's bytes or number: no text to anchor in
        for aid, seq, text in db.execute(
            "SELECT id, seq, text FROM articles WHERE issue_id = ? ORDER BY seq", [row[0]]
        )
    }
    hashes = {aid: text_hash(text) for aid, (_seq, text) in articles.items()}
    return IssueTexts(row[0], row[1], articles, hashes)


def locate(
    anchor: Anchor, home: int | None, near_seq: int | None, issue: IssueTexts
) -> tuple[int, Anchor] | None:
    """Find an anchor in its home article, else (exact quote only) elsewhere in the issue.

    Returns (article id, the anchor refreshed on that article's text) or None.
    """
    if home is not None and home in issue.articles:
        _seq, text = issue.articles[home]
        placed = reanchor(anchor, text)
        if placed is not None:
            return home, anchor_at(text, placed, hash_=issue.hashes[home])
    others = sorted(
        (aid for aid in issue.articles if aid != home),
        key=lambda aid: (abs(issue.articles[aid][0] - (near_seq or 0)), issue.articles[aid][0]),
    )
    for aid in others:
        text = issue.articles[aid][1]
        placed = reanchor(anchor, text, fuzzy=False)
        if placed is not None:
            return aid, anchor_at(text, placed, hash_=issue.hashes[aid])
    return None


def placed_values(article_id: int, issue: IssueTexts, anchor: Anchor) -> dict[str, Any]:
    """Columns that put a highlight on `anchor` in an article of `issue`."""
    return {
        "article_id": article_id,
        "article_seq": issue.articles[article_id][0],
        "issue_source": issue.source,
        **anchor_values(anchor),
        "anchor_state": ANCHORED,
    }


def reanchor_issue(library: Library, issue_id: int) -> Changed[ReanchorReport]:
    """Put every highlight of an issue back on its (possibly changed) text.

    Call after an issue was imported or re-imported ('imported' and
    'updated'): it looks at highlights on the issue's articles and at
    highlights left without an article (their article was dropped by the
    re-import, or the issue was deleted and is now imported again). If
    anything moved, undo history is cleared (its before-images hold the old
    offsets).
    """
    with library.lock, library.db.atomic():
        db = library.db
        issue = issue_texts(db, issue_id)
        if issue is None:
            raise AnnotationNotFound(f"没有这一期 / No such issue: {issue_id}")
        marks = ", ".join("?" * len(issue.articles)) or "NULL"
        rows = db.execute(
            f"SELECT {SELECT} WHERE h.article_id IN ({marks}) "
            "OR (h.article_id IS NULL AND h.issue_source = ?)",
            [*issue.articles, issue.source],
        ).fetchall()
        found = [from_row(r) for r in rows]
        counts = {"kept": 0, "moved": 0, "orphaned": 0, "recovered": 0}
        touched: set[str] = set()
        for h in found:
            outcome, values = _reanchor_one(h, issue)
            counts[outcome] += 1
            if values:
                touched.add(h.id)
                sets = ", ".join(f"{quote(k)} = ?" for k in values)
                db.execute(f"UPDATE highlights SET {sets} WHERE id = ?", [*values.values(), h.id])
        cleared = bool(counts["moved"] or counts["orphaned"] or counts["recovered"])
        if cleared:
            db.execute(f"DELETE FROM {JOURNAL}")
    articles = {h.article_id for h in found if h.article_id is not None} | set(issue.articles)
    changes = Changes(
        articles=frozenset(articles), highlights=frozenset(touched),
        issues=frozenset({issue_id}), journal=cleared,
    )  # fmt: skip
    return Changed(changes, ReanchorReport(issue_id, **counts, highlight_ids=tuple(h.id for h in found)))


def _reanchor_one(h: Highlight, issue: IssueTexts) -> tuple[str, dict[str, Any]]:
    """(outcome, columns to update) for one highlight of a re-imported issue.

    `modified` is left alone: re-anchoring is not a user edit.
    """
    home = h.article_id if h.article_id is not None else issue.at_seq(h.article_seq)
    if not h.orphan and home in issue.articles and issue.hashes[home] == h.text_hash:
        seq = issue.articles[home][0]
        if (h.article_seq, h.issue_source) != (seq, issue.source):
            return "kept", {"article_seq": seq, "issue_source": issue.source}
        return "kept", {}
    where = locate(h.anchor, home, h.article_seq, issue)
    if where is None:
        return "orphaned", ({} if h.anchor_state == ORPHAN else {"anchor_state": ORPHAN})
    article_id, anchor = where
    values = placed_values(article_id, issue, anchor)
    if h.orphan:
        return "recovered", values
    same = (h.article_id, h.start, h.end, h.exact) == (article_id, anchor.start, anchor.end, anchor.exact)
    return ("kept" if same else "moved"), values
