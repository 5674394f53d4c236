"""Undo and redo in the core: every user edit is one journalled operation.

In the spirit of Anki's `UndoManager`: each edit is one named operation run
in one transaction that also writes a journal entry with the before- and
after-image of every row it touched. Undo writes the before-images back,
redo the after-images; a new operation clears the redo side and the history
keeps the last `UNDO_LIMIT` operations. The journal is a table, so an edit
made from the command line can be undone in the window (its own, see
`changes.top`). The rows an operation touched also make its `Changes`
record (core/changes.py).
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from zzreader.core import changes as changes_mod
from zzreader.core import immediate_writes, stored_values
from zzreader.core.changes import JOURNAL, Changed, Changes
from zzreader.core.errors import AnnotationError
from zzreader.core.part import Part
from zzreader.core.timestamps import now

if TYPE_CHECKING:
    from sqlite_utils import Database

    from zzreader.core.store import Library

UNDO_LIMIT = 50
ANCHORED, ORPHAN = "anchored", "orphan"  # highlights.anchor_state

# Primary key columns of every table an operation may touch, parents first
# (restoring runs in this order, deleting in the reverse one).
KEYS: dict[str, tuple[str, ...]] = {
    "articles": ("id",),  # corrections (core/corrections.py)
    "tags": ("id",),
    "collections": ("id",),
    "highlights": ("id",),
    "article_tags": ("article_id", "tag_id"),
    "highlight_tags": ("highlight_id", "tag_id"),
    "collection_articles": ("collection_id", "article_id"),
    "article_revisions": ("id",),
    "unassigned": ("id",),
}


class UndoStatus(NamedTuple):
    """Names of the operations Undo and Redo would act on (None = nothing)."""

    undo: str | None
    redo: str | None


class Undone(NamedTuple):
    """What an undo or redo did: the operation's name and the articles it touched."""

    name: str
    article_ids: tuple[int, ...]


def quote(name: str) -> str:
    """An SQL identifier, quoted."""
    return '"' + name.replace('"', '""') + '"'


def exists(db: Database, table: str, key_col: str, value: Any) -> bool:
    return db.execute(f"SELECT 1 FROM {table} WHERE {key_col} = ?", [value]).fetchone() is not None


class Recorder:
    """Collects before-images during one operation and records it for undo."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.before: dict[tuple[str, tuple], dict | None] = {}
        self._cols: dict[str, list[str]] = {}
        self.changes = changes_mod.NOTHING  # set by finish()

    def cols(self, table: str) -> list[str]:
        if table not in self._cols:
            self._cols[table] = [r[1] for r in self.db.execute(f"PRAGMA table_info({quote(table)})")]
        return self._cols[table]

    def row(self, table: str, key: tuple) -> dict | None:
        cols = self.cols(table)
        where = " AND ".join(f"{quote(c)} = ?" for c in KEYS[table])
        r = self.db.execute(
            f"SELECT {', '.join(map(quote, cols))} FROM {table} WHERE {where}", list(key)
        ).fetchone()
        return dict(zip(cols, r, strict=True)) if r else None

    def touch(self, table: str, *key: Any) -> None:
        """Remember a row (or its absence) before the operation changes it."""
        k = (table, tuple(key))
        if k not in self.before:
            self.before[k] = self.row(table, k[1])

    def touch_where(self, table: str, where: str, params: Sequence[Any]) -> None:
        keys = ", ".join(map(quote, KEYS[table]))
        for key in self.db.execute(f"SELECT {keys} FROM {table} WHERE {where}", list(params)):
            self.touch(table, *key)

    def finish(self, name: str) -> bool:
        """Store the operation if it changed anything; clear redo; cap history."""
        rows = []
        for (table, key), before in self.before.items():
            after = self.row(table, key)
            if after != before:
                rows.append([table, list(key), before, after])
        if not rows:
            return False
        recount_issues(self.db, rows)
        self.db.execute(f"DELETE FROM {JOURNAL} WHERE undone = 1")
        self.db.execute(
            f"INSERT INTO {JOURNAL} (name, created, undone, changes) VALUES (?, ?, 0, ?)",
            # A library may hold bytes where text belongs: undo puts them back as text.
            [name, now(), json.dumps(rows, ensure_ascii=False, default=stored_values.text)],
        )
        changes_mod.stamp_origin(self.db)  # whose undo this is (core/changes.py)
        self.db.execute(
            f"DELETE FROM {JOURNAL} WHERE id NOT IN "
            f"(SELECT id FROM {JOURNAL} ORDER BY id DESC LIMIT {UNDO_LIMIT})"
        )
        self.changes = changes_mod.from_rows(rows, changes_mod.article_lookup(self.db))
        return True


@contextlib.contextmanager
def operation(library: Library, name: str) -> Iterator[Recorder]:
    """One named, undoable operation: one transaction, journalled.

    Touch every row with `recorder.touch(table, *key)` before changing it;
    after the block, `recorder.changes` says what the operation changed.
    """
    with library.lock, library.db.atomic():
        recorder = Recorder(library.db)
        yield recorder
        recorder.finish(name)


class Journal(Part):
    """`library.journal`: the undo history."""

    def status(self) -> UndoStatus:
        with self.reading() as db:
            u = db.execute(
                f"SELECT name FROM {JOURNAL} WHERE undone = 0 ORDER BY id DESC LIMIT 1"
            ).fetchone()
            r = db.execute(f"SELECT name FROM {JOURNAL} WHERE undone = 1 ORDER BY id LIMIT 1").fetchone()
        return UndoStatus(u[0] if u else None, r[0] if r else None)

    def operation(self, name: str) -> contextlib.AbstractContextManager[Recorder]:
        """Compose an undoable edit by hand (core modules such as the W3C import)."""
        return operation(self.library, name)

    def undo(self) -> Changed[Undone | None]:
        """Undo the latest operation; the value is None when there is nothing to undo."""
        return self._step(undone=0, order="DESC", image=2, mark=1)

    def redo(self) -> Changed[Undone | None]:
        """Redo the operation undone last; the value is None when there is nothing to redo."""
        return self._step(undone=1, order="ASC", image=3, mark=0)

    def clear(self) -> Changed[None]:
        with self.writing() as db:
            db.execute(f"DELETE FROM {JOURNAL}")
        return Changed(Changes(journal=True), None)

    def top(self, *, undone: bool) -> changes_mod.JournalTop | None:
        """The entry Undo (undone=False) or Redo (undone=True) would act on next."""
        return changes_mod.top(self.library, undone=undone)

    def _step(self, undone: int, order: str, image: int, mark: int) -> Changed[Undone | None]:
        with self.writing() as db:
            row = db.execute(
                f"SELECT id, name, changes FROM {JOURNAL} WHERE undone = ? ORDER BY id {order} LIMIT 1",
                [undone],
            ).fetchone()
            if row is None:
                return Changed(changes_mod.NOTHING, None)
            entry_id, name, raw = row
            rows = stored_values.json_value(raw, None)
            if not _readable_entry(rows):  # another tool wrote it: nothing to undo, said so
                raise AnnotationError(
                    f"无法撤销：记录 {entry_id} 已损坏 / Cannot undo: entry {entry_id} is damaged"
                )
            from zzreader.core.corrections import reindex_changes

            # The record names what the images changed here, not all they hold: rows a
            # later import or issue deletion already took (or put back) are left out.
            look = Recorder(db)
            known = [(t, tuple(key)) for t, key, *_ in rows if t in KEYS]
            was = [look.row(t, key) for t, key in known]
            try:
                reindex_changes(db, rows, lambda: apply_images(db, rows, image))
            except sqlite3.IntegrityError as exc:  # rolled back: a row it needs was removed since
                raise AnnotationError(
                    f"无法{'撤销' if image == 2 else '重做'}：它改过的内容已被删除 / Cannot "
                    f"{'undo' if image == 2 else 'redo'}: what it changed has been removed since"
                ) from exc
            done = [
                [t, list(key), b, a]
                for (t, key), b in zip(known, was, strict=True)
                if (a := look.row(t, key)) != b
            ]
            recount_issues(db, done)
            db.execute(f"UPDATE {JOURNAL} SET undone = ? WHERE id = ?", [mark, entry_id])
            changes = changes_mod.from_rows(done, changes_mod.article_lookup(db))
        return Changed(changes, Undone(name, tuple(sorted(changes.articles))))


def _readable_entry(rows: object) -> bool:
    """Whether a journal entry holds rows `[table, key, before, after]` with images that are objects."""
    return isinstance(rows, list) and all(
        isinstance(r, list) and len(r) == 4 and isinstance(r[0], str)
        and all(img is None or isinstance(img, dict) for img in r[2:])
        for r in rows
    )


def recount_issues(db: Database, rows: list) -> None:
    """Keep `issues.article_count` (the tree's count) equal to the articles of every issue
    an operation added an article to or removed one from: a split, merge or "not an
    article" and their undo and redo (the count is derived, so it is not journalled)."""
    issues = {
        img["issue_id"]
        for table, _key, before, after in rows
        if table == "articles" and (before is None) != (after is None)
        for img in (before, after)
        if isinstance(img, dict) and img.get("issue_id") is not None
    }
    for issue_id in sorted(issues, key=str):
        db.execute(
            "UPDATE issues SET article_count = (SELECT count(*) FROM articles WHERE issue_id = ?) WHERE id = ?",
            [issue_id, issue_id],
        )


def forget_issue(db: Database, issue_id: int, article_ids: Sequence[int]) -> int:
    """Drop the undo and redo entries that touch an issue a re-import is about to rewrite,
    and every entry that cannot be undone apart from one of them (`_depend`).

    Their images hold rows the re-import replaces unjournalled (articles, stray
    lines): undo found them gone and redo wrote them back beside the new ones. An
    entry that made a collection (or tag, or highlight) whose members a dropped
    entry added goes too: its undo deleted the members with it (ON DELETE CASCADE)
    and its redo, the members' entry gone, never put them back. Entries about
    other rows stay, and so do those that only used a tag or collection a dropped
    entry used too. Returns how many went.
    """
    ids = set(article_ids)

    def touches(rows: object) -> bool:
        for table, key, *images in rows:  # type: ignore[union-attr]
            if table == "articles" and key and key[0] in ids:
                return True
            for img in images:
                if img and (img.get("issue_id") == issue_id or img.get("article_id") in ids):
                    return True
        return False

    try:
        entries = db.execute(f"SELECT id, changes FROM {JOURNAL}").fetchall()
    except sqlite3.OperationalError as exc:  # a library before its journal (migration 3)
        immediate_writes.still_writing(db, exc)
        return 0
    readable = {entry_id: rows for entry_id, raw in entries if _readable_entry(rows := stored_values.json_value(raw, None))}
    facts = {entry_id: _footprint(rows) for entry_id, rows in readable.items()}
    gone = {entry_id for entry_id, rows in readable.items() if touches(rows)}
    while grown := {e for e in facts if e not in gone and any(_depend(facts[e], facts[g]) for g in gone)}:
        gone |= grown
    for entry_id in sorted(gone):
        db.execute(f"DELETE FROM {JOURNAL} WHERE id = ?", [entry_id])
    return len(gone)


# The parents a row of each table names, as (table, column): its entry depends on theirs.
_PARENTS: dict[str, tuple[tuple[str, str], ...]] = {
    "article_tags": (("articles", "article_id"), ("tags", "tag_id")),
    "highlight_tags": (("highlights", "highlight_id"), ("tags", "tag_id")),
    "collection_articles": (("collections", "collection_id"), ("articles", "article_id")),
    "highlights": (("articles", "article_id"),),
    "article_revisions": (("articles", "article_id"),),
}


class _Footprint(NamedTuple):
    wrote: set[tuple[str, str]]  # (table, key) of every row the entry wrote
    made: set[tuple[str, str]]  # ...of the rows it added or removed
    names: set[tuple[str, str]]  # ...of the parent rows its rows name


def _footprint(rows: list) -> _Footprint:
    out = _Footprint(set(), set(), set())
    for table, key, *images in rows:
        row = (table, json.dumps(key))
        out.wrote.add(row)
        if (images[0] is None) != (images[1] is None):
            out.made.add(row)
        for parent, column in _PARENTS.get(table, ()):
            for img in images:
                if img and img.get(column) is not None:
                    out.names.add((parent, json.dumps([img[column]])))
    return out


def _depend(a: _Footprint, b: _Footprint) -> bool:
    """Whether two entries cannot be undone apart: they wrote one row, or one added or
    removed a row the other's rows name (a collection and its members, a tag and its uses)."""
    return bool(a.wrote & b.wrote or a.names & b.made or b.names & a.made)


# What makes a row the one the journal wrote, for tables whose rows an import or an issue's
# deletion changes unjournalled. Ids are never given again since migration 15, but an entry
# written before it may name an id SQLite had already given to another article or line. A
# revision whose article was deleted is kept detached (article_id NULL, read again by
# core/reimport_corrections.py) or put on the article that came back: an undo that took it
# away and a redo that skipped it lost that history.
IDENTITY: dict[str, tuple[str, ...]] = {
    "articles": ("issue_id",),
    "unassigned": ("issue_id", "text"),
    "article_revisions": ("article_id",),
}


def _taken(db: Database, table: str, key: list, expected: dict | None) -> bool:
    """Whether the row under `key` is not the one the journal left there but another that
    took its id since (`expected` None: the journal left no row there)."""
    if table not in IDENTITY:
        return False
    cols = IDENTITY[table]
    where = " AND ".join(f"{quote(c)} = ?" for c in KEYS[table])
    now = db.execute(f"SELECT {', '.join(map(quote, cols))} FROM {table} WHERE {where}", key).fetchone()
    if now is None:
        return False
    return expected is None or tuple(now) != tuple(expected.get(c) for c in cols)


def apply_images(db: Database, rows: list, image: int) -> None:
    """Write the chosen images back: deletions child-first, then rows parent-first.

    An article that was removed by a re-import since cannot be linked again:
    its tag and collection rows are skipped, its highlights come back as
    orphans (never lost); nor can one whose issue was deleted come back, nor
    one whose id an import has given to another article since (that article
    is left as it is).
    """
    order = list(KEYS)
    chosen, other = image - 2, 3 - image
    taken = {(t, tuple(key)) for t, key, *images in rows if _taken(db, t, key, images[other])}
    away = {key[0] for t, key in taken if t == "articles"}
    for table in reversed(order):
        for t, key, *images in rows:
            if t == table and images[chosen] is None and (t, tuple(key)) not in taken:
                where = " AND ".join(f"{quote(c)} = ?" for c in KEYS[t])
                db.execute(f"DELETE FROM {t} WHERE {where}", key)
    for table in order:
        for t, key, *images in rows:
            row = images[chosen]
            if t != table or row is None or (t, tuple(key)) in taken:
                continue
            if t in ("articles", "unassigned") and not exists(db, "issues", "id", row.get("issue_id")):
                continue  # its issue was deleted since: the article or line cannot come back into it
            article = row.get("article_id")
            if article is not None and (article in away or not exists(db, "articles", "id", article)):
                if t != "highlights":
                    continue
                row = {**row, "article_id": None, "anchor_state": ORPHAN}
            if t == "highlight_tags" and not exists(db, "highlights", "id", row["highlight_id"]):
                continue
            _upsert(db, t, row)


def _upsert(db: Database, table: str, row: dict) -> None:
    cols = list(row)
    keys = KEYS[table]
    rest = [c for c in cols if c not in keys]
    action = (
        "DO UPDATE SET " + ", ".join(f"{quote(c)} = excluded.{quote(c)}" for c in rest)
        if rest
        else "DO NOTHING"
    )
    db.execute(
        f"INSERT INTO {table} ({', '.join(map(quote, cols))}) VALUES ({', '.join('?' * len(cols))}) "
        f"ON CONFLICT({', '.join(map(quote, keys))}) {action}",
        [row[c] for c in cols],
    )
