"""`library.collections`: named sets of articles (a story followed over years).

Deleting a collection never deletes its articles; names are unique.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple

from zzreader.core import one_line, stored_values
from zzreader.core.changes import Changed
from zzreader.core.errors import AnnotationError, AnnotationNotFound
from zzreader.core.journal import exists, operation
from zzreader.core.part import Part
from zzreader.core.tags import require_articles
from zzreader.core.timestamps import now

if TYPE_CHECKING:
    from sqlite_utils import Database


class CollectionInfo(NamedTuple):
    """A collection and how many articles it holds."""

    id: int
    name: str
    created: str | None
    articles: int


def _clean_name(name: str) -> str:
    clean = one_line.clean(name, ("合集名称", "A collection's name"), 200, AnnotationError)
    if not clean:
        raise AnnotationError("合集名称不能为空 / A collection needs a name")
    return clean


def _require(db: Database, collection_id: int) -> None:
    if not exists(db, "collections", "id", collection_id):
        raise AnnotationNotFound(f"没有这个合集 / No such collection: {collection_id}")


def _refuse_taken_name(db: Database, name: str, own_id: int | None = None) -> None:
    row = db.execute("SELECT id FROM collections WHERE name = ?", [name]).fetchone()
    if row is not None and row[0] != own_id:
        raise AnnotationError(f"合集「{name}」已存在 / A collection named {name} already exists")


_SELECT = (
    "SELECT c.id, c.name, c.created, "
    "(SELECT count(*) FROM collection_articles WHERE collection_id = c.id) FROM collections c"
)


def _info(row: tuple) -> CollectionInfo:
    """A collection as read from an untrusted library: its name and time as text (core/stored_values.py)."""
    cid, name, created, count = row
    return CollectionInfo(cid, stored_values.line(name), stored_values.optional_text(created), count)


class Collections(Part):
    """`library.collections`."""

    # -- reading ---------------------------------------------------------------------
    def all(self) -> list[CollectionInfo]:
        """Every collection, by name (the sidebar)."""
        with self.reading() as db:
            rows = db.execute(f"{_SELECT} ORDER BY c.name COLLATE NOCASE").fetchall()
        return [_info(r) for r in rows]

    def get(self, collection_id: int) -> CollectionInfo:
        with self.reading() as db:
            row = db.execute(f"{_SELECT} WHERE c.id = ?", [collection_id]).fetchone()
        if row is None:
            raise AnnotationNotFound(f"没有这个合集 / No such collection: {collection_id}")
        return _info(row)

    def article_ids(self, collection_id: int) -> list[int]:
        """Article ids of a collection in reading order."""
        with self.reading() as db:
            _require(db, collection_id)
            rows = db.execute(
                "SELECT a.id FROM collection_articles ca JOIN articles a ON a.id = ca.article_id "
                "WHERE ca.collection_id = ? ORDER BY a.issue_date, a.issue_id, a.seq",
                [collection_id],
            ).fetchall()
        return [r[0] for r in rows]

    def of_article(self, article_id: int) -> list[CollectionInfo]:
        with self.reading() as db:
            rows = db.execute(
                f"{_SELECT} WHERE c.id IN (SELECT collection_id FROM collection_articles "
                "WHERE article_id = ?) ORDER BY c.name COLLATE NOCASE",
                [article_id],
            ).fetchall()
        return [_info(r) for r in rows]

    # -- writing ---------------------------------------------------------------------
    def create(self, name: str) -> Changed[CollectionInfo]:
        clean = _clean_name(name)
        with operation(self.library, f"新建合集 {clean} / New collection {clean}") as op:
            _refuse_taken_name(op.db, clean)
            cid = op.db.execute(
                "INSERT INTO collections (name, created) VALUES (?, ?)", [clean, now()]
            ).lastrowid
            op.before.setdefault(("collections", (cid,)), None)
        return Changed(op.changes, self.get(cid))

    def rename(self, collection_id: int, name: str) -> Changed[CollectionInfo]:
        clean = _clean_name(name)
        with operation(self.library, f"重命名合集 {clean} / Rename collection {clean}") as op:
            _require(op.db, collection_id)
            _refuse_taken_name(op.db, clean, collection_id)
            op.touch("collections", collection_id)
            op.db.execute("UPDATE collections SET name = ? WHERE id = ?", [clean, collection_id])
        return Changed(op.changes, self.get(collection_id))

    def delete(self, collection_id: int) -> Changed[None]:
        """Delete a collection (its articles stay in the library)."""
        with operation(self.library, "删除合集 / Delete collection") as op:
            _require(op.db, collection_id)
            op.touch("collections", collection_id)
            op.touch_where("collection_articles", "collection_id = ?", [collection_id])
            op.db.execute("DELETE FROM collection_articles WHERE collection_id = ?", [collection_id])
            op.db.execute("DELETE FROM collections WHERE id = ?", [collection_id])
        return Changed(op.changes, None)

    def add_articles(self, collection_id: int, article_ids: Iterable[int]) -> Changed[int]:
        """Add articles to a collection; the value is how many were not in it yet."""
        ids = [*dict.fromkeys(article_ids)]
        added = 0
        with operation(self.library, "加入合集 / Add to collection") as op:
            _require(op.db, collection_id)
            require_articles(op.db, ids)
            stamp = now()
            for article_id in ids:
                op.touch("collection_articles", collection_id, article_id)
                added += op.db.execute(
                    "INSERT OR IGNORE INTO collection_articles (collection_id, article_id, added) "
                    "VALUES (?, ?, ?)",
                    [collection_id, article_id, stamp],
                ).rowcount
        return Changed(op.changes, added)

    def remove_articles(self, collection_id: int, article_ids: Iterable[int]) -> Changed[int]:
        ids = [*dict.fromkeys(article_ids)]
        removed = 0
        with operation(self.library, "移出合集 / Remove from collection") as op:
            _require(op.db, collection_id)
            for article_id in ids:
                op.touch("collection_articles", collection_id, article_id)
                removed += op.db.execute(
                    "DELETE FROM collection_articles WHERE collection_id = ? AND article_id = ?",
                    [collection_id, article_id],
                ).rowcount
        return Changed(op.changes, removed)
