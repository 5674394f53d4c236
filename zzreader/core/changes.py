"""What a write changed: the record every facade write returns (like Anki's OpChanges).

A write through `Library` (a highlight, a tag, a collection, a correction,
an import, undo) returns `Changed(changes, value)`. `changes` names the
articles, highlights, tags, collections and issues the write touched; the
window sends it on one signal and each view refreshes only what concerns it.
Changes made by other processes arrive as the same record: the undo journal
(core/journal.py) keeps every operation's rows, so `since()` rebuilds what
another process changed from the entries it wrote.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Generic, NamedTuple, TypeVar

from zzreader.core import immediate_writes, stored_values

T = TypeVar("T")

# This process: one window (or one command) per process.
ORIGIN = os.urandom(16).hex()  # random, as uuid4 (whose module start-up need not load)
JOURNAL = "annotation_journal"  # the undo journal's table (core/journal.py)


@dataclass(frozen=True)
class Changes:
    """Ids a write touched. `text` holds articles whose own text or fields changed
    (corrections), `articles` every article whose page or marks may look different."""

    articles: frozenset[int] = frozenset()
    text: frozenset[int] = frozenset()
    highlights: frozenset[str] = frozenset()
    tags: frozenset[int] = frozenset()
    collections: frozenset[int] = frozenset()
    issues: frozenset[int] = frozenset()
    journal: bool = False  # the undo history moved
    everything: bool = False  # unknown extent (another library opened): reload all
    external: bool = field(default=False, compare=False)  # made by another process

    @property
    def empty(self) -> bool:
        return not (
            self.articles or self.text or self.highlights or self.tags or self.collections
            or self.issues or self.journal or self.everything
        )  # fmt: skip

    @property
    def annotations(self) -> bool:
        """Highlights, notes or tags changed, or texts they sit on (the annotation browser)."""
        return bool(self.everything or self.highlights or self.tags or self.text)

    def touches(self, article_id: int | None) -> bool:
        """Does the page of `article_id` need drawing again?"""
        return self.everything or (article_id is not None and article_id in self.articles)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.articles | other.articles,
            self.text | other.text,
            self.highlights | other.highlights,
            self.tags | other.tags,
            self.collections | other.collections,
            self.issues | other.issues,
            self.journal or other.journal,
            self.everything or other.everything,
            self.external or other.external,
        )


EVERYTHING = Changes(everything=True, journal=True)
NOTHING = Changes()


@dataclass(frozen=True)
class Changed(Generic[T]):
    """What a write returns: what it changed, and its result (a Highlight, a count…)."""

    changes: Changes
    value: T


def from_rows(rows: Iterable[list], article_of: Callable[[str], int | None]) -> Changes:
    """The record for journal rows `[table, key, before, after]` (core/journal.py).

    `article_of(highlight_id)` finds the article of a highlight whose tags
    changed (those rows do not carry it).
    """
    found: dict[str, set] = {
        k: set() for k in ("articles", "text", "highlights", "tags", "collections", "issues")
    }
    for table, key, before, after in rows:
        images = [img for img in (before, after) if img]
        for img in images:
            if img.get("article_id") is not None and table != "collection_articles":
                found["articles"].add(img["article_id"])
            if img.get("issue_id") is not None:
                found["issues"].add(img["issue_id"])
        if table == "issues":
            found["issues"].add(key[0])
        elif table == "articles":
            found["articles"].add(key[0])
            found["text"].add(key[0])
        elif table == "article_revisions":
            found["text"].update(img["article_id"] for img in images if img.get("article_id"))
        elif table == "highlights":
            found["highlights"].add(key[0])
        elif table == "highlight_tags":
            found["highlights"].add(key[0])
            found["tags"].add(key[1])
            article = article_of(key[0])
            if article is not None:
                found["articles"].add(article)
        elif table == "article_tags":
            found["tags"].add(key[1])
        elif table == "tags":
            found["tags"].add(key[0])
        elif table in ("collections", "collection_articles"):
            found["collections"].add(key[0])
    return Changes(**{k: frozenset(v) for k, v in found.items()}, journal=True)


# -- other processes ---------------------------------------------------------------------
class JournalTop(NamedTuple):
    """The newest operation in the undo journal, and whether this process made it."""

    id: int
    name: str
    mine: bool  # made by this process


def data_version(library: Any) -> int:
    """SQLite's counter that moves when *another* connection commits."""
    with library.lock:
        return int(library.db.execute("PRAGMA data_version").fetchone()[0])


def stamp_origin(db: Any) -> None:
    """Mark the journal entry just written as this process's (inside its transaction)."""
    try:
        db.execute(f"UPDATE {JOURNAL} SET origin = ? WHERE rowid = last_insert_rowid()", [ORIGIN])
    except sqlite3.OperationalError as exc:  # a library before migration 6 (tests build journals by hand)
        immediate_writes.still_writing(db, exc)  # a full disk is no missing column


def top(library: Any, *, undone: bool) -> JournalTop | None:
    """The entry Undo (undone=False) or Redo (undone=True) would act on next."""
    order = "ASC" if undone else "DESC"
    with library.lock:
        try:
            row = library.db.execute(
                f"SELECT id, name, origin FROM {JOURNAL} WHERE undone = ? ORDER BY id {order} LIMIT 1",
                [1 if undone else 0],
            ).fetchone()
        except sqlite3.OperationalError:
            return None
    if row is None:
        return None
    return JournalTop(row[0], row[1], row[2] == ORIGIN)


def last_entry(library: Any) -> int:
    """The newest journal entry's id (0 for none): where `since()` starts next time."""
    with library.lock:
        try:
            row = library.db.execute(f"SELECT max(id) FROM {JOURNAL}").fetchone()
        except sqlite3.OperationalError:
            return 0
    return int(row[0] or 0)


def since(library: Any, entry_id: int) -> Changes:
    """What other processes' journal entries after `entry_id` changed (`external`).

    An undo or redo made elsewhere rewrites an old entry rather than adding
    one, and imports are not journalled: the caller treats "the data moved
    but no entry says how" as `everything`.
    """
    with library.lock:
        try:
            rows = library.db.execute(
                f"SELECT changes FROM {JOURNAL} WHERE id > ? AND (origin IS NULL OR origin != ?)",
                [entry_id, ORIGIN],
            ).fetchall()
        except sqlite3.OperationalError:
            return Changes(everything=True, journal=True, external=True)
        article_of = article_lookup(library.db)
        result = Changes(journal=True, external=True)
        for (raw,) in rows:
            try:
                result = result | from_rows(stored_values.json_value(raw, []), article_of)
            except (TypeError, ValueError, AttributeError, KeyError):  # a journal row another tool wrote
                return Changes(everything=True, journal=True, external=True)
    return result


def article_lookup(db: Any) -> Callable[[str], int | None]:
    """`article_of` for `from_rows`: the article a highlight is on now."""
    def article_of(highlight_id: str) -> int | None:
        row = db.execute("SELECT article_id FROM highlights WHERE id = ?", [highlight_id]).fetchone()
        return row[0] if row else None

    return article_of
