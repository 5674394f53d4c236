"""Archivists' corrections of articles, kept with their full history.

Every correction is a numbered revision in `article_revisions` holding the
whole editable state of the article (title, subtitle, type, section,
bylines, body text) as JSON, with time, user, reason and the fields that
changed. Revision 0 is the parsed original; it is written the first time an
article is corrected and never changed afterwards. Reverting writes a new
revision equal to an old one, so history only grows (Trove and Papers Past
keep text corrections the same way).

Every change runs as one undoable operation of the shared journal
(core/journal.py `operation`), so undo/redo cover corrections like
annotation actions; the search index follows through `reindex_changes`.

Highlights on a corrected text: a highlight whose characters lie in text the
diff left unchanged keeps them exactly (offsets mapped through the opcodes
of core/revisions_diff.py); any other is re-anchored by core/anchors.py or
becomes an orphan (core/revisions.py `carry_highlights`).

Where the parts live: the stored revisions in core/revisions.py; split,
merge, stray lines and page furniture in core/article_surgery.py; what a
re-import puts back in core/reimport_corrections.py (the corrections it
cannot put back are listed by `pending_review`); the corrections file in
core/corrections_transfer.py. This module holds the user's edit and revert
and the `library.corrections` part over all of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from zzreader.core import article_surgery, fts_index, stored_values
from zzreader.core import revisions as rv
from zzreader.core.changes import Changed
from zzreader.core.journal import Recorder, operation
from zzreader.core.part import Part
from zzreader.core.reimport_corrections import ReviewItem
from zzreader.core.revisions import (
    FIELDS,
    REVIEW,
    TABLE,
    CorrectionError,
    Revision,
    clean_changes,
    read_state,
)

if TYPE_CHECKING:
    from sqlite_utils import Database


# -- the user's actions -----------------------------------------------------------------
def _edit(
    j: Recorder,
    article_id: int,
    changes: dict[str, Any],
    *,
    why: str = "",
    user: str | None = None,
) -> int:
    """Correct some fields of an article; returns the new revision number."""
    clean = clean_changes(changes)
    if "text" in clean:
        rv.refuse_bad_body(clean["text"])
    state = {**rv.read_row(j.db, article_id).state, **clean}
    return rv.commit_state(j, article_id, state, kind="edit", user=user, why=why)


def _revert(
    j: Recorder, article_id: int, revision: int, *, why: str = "", user: str | None = None
) -> int:
    """Make a new revision equal to an older one (the text byte for byte)."""
    revs = {r.revision: r for r in rv.history(j.db, article_id)}
    if revision not in revs:
        raise CorrectionError(
            f"文章 {article_id} 没有修订 {revision} / Article {article_id} has no revision {revision}"
        )
    if not revs[revision].state:
        raise CorrectionError(
            f"文章 {article_id} 的修订 {revision} 已损坏，无法恢复 / Revision {revision} of article "
            f"{article_id} is damaged and cannot be restored"
        )
    state = {f: revs[revision].state[f] for f in FIELDS}
    reason = why or f"恢复修订 {revision} / restore revision {revision}"
    return rv.commit_state(j, article_id, state, kind="revert", user=user, why=reason)



# -- undo / redo support ----------------------------------------------------------------
def reindex_changes(db: Database, changes: list, apply: Any) -> None:
    """Run `apply()` (the journal writing images back) keeping the search index in step."""
    ids = sorted({key[0] for table, key, *_ in changes if table == "articles"})
    sql = "SELECT title, subtitle, text, issue_date FROM articles WHERE id = ?"
    for aid in ids:
        r = db.execute(sql, [aid]).fetchone()
        if r is not None:
            fts_index.unindex_article(db, aid)
    apply()
    for aid in ids:
        r = db.execute(sql, [aid]).fetchone()
        if r is not None:
            fts_index.index_article(db, aid)




class Corrections(Part):
    """`library.corrections`: each write is one undoable operation returning `Changed`."""

    # -- reading ---------------------------------------------------------------------
    def history(self, article_id: int) -> list[Revision]:
        """Revisions oldest first; an uncorrected article has only revision 0 (its row)."""
        with self.reading() as db:
            return rv.history(db, article_id)

    def current_revision(self, article_id: int) -> int:
        with self.reading() as db:
            r = db.execute(f"SELECT max(revision) FROM {TABLE} WHERE article_id = ? {rv.WHOLE}", [article_id]).fetchone()
        return r[0] or 0

    def stray_lines(self, article_id: int) -> list[tuple[int, str, int, int]]:
        """The unassigned lines of the article's issue: (id, text, first line, last line), in order."""
        with self.reading() as db:
            return db.execute(
                "SELECT u.id, u.text, u.line_start, u.line_end FROM unassigned u "
                "JOIN articles a ON a.issue_id = u.issue_id WHERE a.id = ? ORDER BY u.line_start, u.id",
                [article_id],
            ).fetchall()

    def pending_review(self) -> list[ReviewItem]:
        """Corrections a re-import could not re-apply, newest first."""
        with self.reading() as db:
            rows = db.execute(
                f"SELECT article_id, issue_source, revision, fields, state FROM {TABLE} r "
                "WHERE status = ? AND revision = (SELECT max(revision) FROM "
                f"{TABLE} x WHERE x.article_id = r.article_id {rv.WHOLE}) ORDER BY id DESC",
                [REVIEW],
            ).fetchall()
        return [
            ReviewItem(aid, stored_values.text(src), rev, rv.field_names(f), (read_state(st) or {}).get("title", ""))
            for aid, src, rev, f, st in rows
        ]

    # -- writing ---------------------------------------------------------------------
    def edit(
        self, article_id: int, changes: dict[str, Any], *, why: str = "", user: str | None = None
    ) -> Changed[int]:
        """Correct some fields of an article; the value is the new revision number."""
        with operation(self.library, "修改文章 / Edit article") as j:
            number = _edit(j, article_id, changes, why=why, user=user)
        return Changed(j.changes, number)

    def revert(
        self, article_id: int, revision: int, *, why: str = "", user: str | None = None
    ) -> Changed[int]:
        """Make a new revision equal to an older one (the text byte for byte)."""
        with operation(self.library, "恢复修订 / Restore revision") as j:
            number = _revert(j, article_id, revision, why=why, user=user)
        return Changed(j.changes, number)

    def split(
        self, article_id: int, at: int, *, title: str | None = None, why: str = "", user: str | None = None
    ) -> Changed[tuple[int, int]]:
        """Cut an article in two at a body offset; the value is (first id, new id)."""
        with operation(self.library, "拆分文章 / Split article") as j:
            ids = article_surgery.split(j, article_id, at, title=title, why=why, user=user)
        return Changed(j.changes, ids)

    def merge(self, article_id: int, next_id: int, *, why: str = "", user: str | None = None) -> Changed[int]:
        """Append the next article to this one; its highlights, notes and tags come along."""
        with operation(self.library, "合并文章 / Merge articles") as j:
            kept = article_surgery.merge(j, article_id, next_id, why=why, user=user)
        return Changed(j.changes, kept)

    def move_unassigned(
        self, article_id: int, unassigned_ids: Sequence[int], *, why: str = "", user: str | None = None
    ) -> Changed[int]:
        """Append stray lines of the issue to the article's text (they leave `unassigned`)."""
        with operation(self.library, "移入散行 / Move lines into article") as j:
            number = article_surgery.move_unassigned(j, article_id, unassigned_ids, why=why, user=user)
        return Changed(j.changes, number)

    def mark_not_article(self, article_id: int, *, why: str = "", user: str | None = None) -> Changed[None]:
        """Page furniture: the piece leaves the article list and its lines become unassigned."""
        with operation(self.library, "标为非文章 / Not an article") as j:
            article_surgery.mark_not_article(j, article_id, why=why, user=user)
        return Changed(j.changes, None)
