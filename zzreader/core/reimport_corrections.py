"""Corrections put back after an issue is imported again.

A re-import (core/issue_import.py) parses the dump anew; every correction
whose original text is still there is applied again, the rest stay in
history marked for review (`Corrections.pending_review`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from zzreader.core import fts_index, stored_values
from zzreader.core import revisions as rv
from zzreader.core.anchors import text_hash
from zzreader.core.journal import Recorder
from zzreader.core.revisions import (
    APPLIED,
    FIELDS,
    REVIEW,
    TABLE,
    original_texts,
    read_state,
)
from zzreader.core.revisions_diff import opcodes

if TYPE_CHECKING:
    from sqlite_utils import Database

_CONTEXT = 8  # characters around a text hunk that must still be there to re-apply it


@dataclass(frozen=True)
class ReviewItem:
    """A correction that a re-import could not put back (kept in history)."""

    article_id: int | None
    issue_source: str
    revision: int
    fields: tuple[str, ...]
    title: str

    def to_json(self) -> dict:
        return {
            "article_id": self.article_id,
            "issue_source": self.issue_source,
            "revision": self.revision,
            "fields": list(self.fields),
            "title": self.title,
        }


def created_articles(db: Database, issue_id: int) -> set[int]:
    """Articles made by a split (no parsed original): a re-import leaves them alone."""
    return {
        aid
        for (aid,) in db.execute(
            f"SELECT r.article_id FROM {TABLE} r JOIN articles a ON a.id = r.article_id "
            "WHERE a.issue_id = ? AND r.revision = 0 AND r.kind = 'split'",
            [issue_id],
        )
    }


def _apply_hunks(base: str, ours: str, theirs: str) -> tuple[str, bool]:
    """Re-apply the base->ours text changes onto theirs where their context is still there.

    Returns (text, every hunk applied).
    """
    edits: list[tuple[int, int, str]] = []
    complete = True
    for tag, i1, i2, j1, j2 in opcodes(base, ours):
        if tag == "equal":
            continue
        left = base[max(0, i1 - _CONTEXT) : i1]
        right = base[i2 : i2 + _CONTEXT]
        needle = left + base[i1:i2] + right
        at = theirs.find(needle)
        if at < 0 or theirs.find(needle, at + 1) >= 0 or not needle:
            complete = False
            continue
        edits.append((at + len(left), at + len(left) + (i2 - i1), ours[j1:j2]))
    edits.sort()
    out, pos = [], 0
    for s, e, rep in edits:
        if s < pos:
            complete = False
            continue
        out.append(theirs[pos:s])
        out.append(rep)
        pos = e
    out.append(theirs[pos:])
    return "".join(out), complete


def reapply_after_import(db: Database, issue_id: int, added: Sequence[int] = ()) -> list[ReviewItem]:
    """Put corrections back on a re-imported issue (inside the import's transaction).

    A corrected field whose parsed value is still the original gets the
    correction again; body text is re-applied change by change where the
    original words around it are still there. What cannot be re-applied stays
    in history, the article keeps the new parse, and a 'reimport' revision
    marked for review records it. Articles merged away or marked as not an
    article are taken out again when the new dump still has them.
    """
    j = Recorder(db)  # no journal entry is finished: the import clears nothing
    review: list[ReviewItem] = []
    ids = [
        aid
        for (aid,) in db.execute(
            f"SELECT DISTINCT r.article_id FROM {TABLE} r JOIN articles a ON a.id = r.article_id "
            "WHERE a.issue_id = ?",
            [issue_id],
        )
    ]
    for aid in ids:
        revs = rv.history(db, aid)
        base, latest = revs[0].state, revs[-1].state
        if revs[0].kind != "original" or len(revs) == 1:
            continue
        row = rv.read_row(db, aid)
        parsed = row.state
        target = dict(parsed)
        stuck: list[str] = []
        for f in FIELDS:
            if latest[f] == base[f] or parsed[f] == latest[f]:
                continue
            if parsed[f] == base[f]:
                target[f] = latest[f]
            elif f == "text":
                target[f], complete = _apply_hunks(base[f], latest[f], parsed[f])
                if not complete:
                    stuck.append(f)
            else:
                stuck.append(f)
        if target != parsed:
            rv.write_state(j, aid, row, target)
        if target != latest:
            rv.add_revision(
                j, aid, rv.read_row(db, aid), revs[-1].revision + 1, target, kind="reimport",
                fields=rv.changed_fields(latest, target), user="zzreader",
                why="重新导入 / re-import", status=REVIEW if stuck else APPLIED,
            )  # fmt: skip
        if stuck:
            review.append(ReviewItem(aid, row.source, revs[-1].revision, tuple(stuck), target["title"]))
    _drop_absorbed(db, issue_id, added)
    return review


def _drop_absorbed(db: Database, issue_id: int, added: Sequence[int]) -> None:
    """Take out newly parsed pieces that corrections had merged, moved or marked as furniture."""
    source = db.execute("SELECT source FROM issues WHERE id = ?", [issue_id]).fetchone()[0]
    gone_hashes: set[tuple[str, str]] = set()
    lines: list[str] = []
    for kind, extra, state in db.execute(
        f"SELECT r.kind, r.extra, r.state FROM {TABLE} r LEFT JOIN articles a ON a.id = r.article_id "
        "WHERE r.issue_source = ? AND r.kind IN ('merge', 'not_article', 'lines') "
        "AND (r.article_id IS NULL OR a.issue_id = ?)",
        [source, issue_id],
    ):
        data = stored_values.json_value(extra, {})  # untrusted: any JSON, or none
        data = data if isinstance(data, dict) else {}
        for item in rv.as_list(data.get("absorbed_articles")):
            if isinstance(item, dict):
                gone_hashes.add((stored_values.text(item.get("title")), stored_values.text(item.get("text_hash"))))
        lines.extend(line for line in rv.as_list(data.get("absorbed_lines")) if isinstance(line, str))
        if kind == "not_article":
            st = read_state(state)
            if st is not None:
                gone_hashes.add((st["title"], text_hash(st["text"])))
    if gone_hashes:
        for aid in added:
            r = db.execute("SELECT title, subtitle, text, issue_date FROM articles WHERE id = ?", [aid]).fetchone()
            if r is not None and (r[0], text_hash(r[2])) in gone_hashes:
                fts_index.unindex_article(db, aid)
                db.execute("DELETE FROM articles WHERE id = ?", [aid])
    for line in lines:
        db.execute(
            "DELETE FROM unassigned WHERE id = (SELECT id FROM unassigned WHERE issue_id = ? AND text = ? "
            "ORDER BY id LIMIT 1)",
            [issue_id, line],
        )
    count = db.execute("SELECT count(*) FROM articles WHERE issue_id = ?", [issue_id]).fetchone()[0]
    db.execute("UPDATE issues SET article_count = ? WHERE id = ?", [count, issue_id])




def for_matching(db: Database, issue_id: int, old: list[tuple]) -> tuple[list[tuple], list[tuple]]:
    """Rows a re-import pairs with the new parse: (rows to update, rows to match on).

    Articles made by a split are left out (the dump never had them); a
    corrected article is matched on its parsed original, not on the fix.
    """
    created = created_articles(db, issue_id)
    kept = [r for r in old if r[0] not in created]
    originals = original_texts(db, [r[0] for r in kept])
    match_on = []
    for r in kept:
        o = originals.get(r[0])
        match_on.append((r[0], r[1], o["title"], o["subtitle"], o["text"], r[5]) if o else r)
    return kept, match_on

