"""Highlights, notes, tags and collections, with undo/redo in the core.

Every function takes the `Library` (or, for the importer, its sqlite-utils
Database) and works under its lock, so the GUI, a worker thread and the CLI
share one code path. Results are frozen dataclasses, never rows.

Undo (in the spirit of Anki's `UndoManager`): each user edit is one named
operation run in one transaction that also writes a journal entry with the
before- and after-image of every row it touched. Undo writes the
before-images back, redo the after-images; a new operation clears the redo
side and the history keeps the last `UNDO_LIMIT` operations. The journal is
a table, so an edit made from the command line can be undone in the window.
Re-anchoring after a re-import rewrites positions, so it clears the history
rather than let an old before-image put a highlight back on stale offsets.

Highlights are never deleted except by the user: a highlight whose text can
no longer be found is kept as an orphan (`anchor_state = 'orphan'`, or no
article at all after its issue was deleted) and can be re-attached by hand.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
import unicodedata
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from zzreader.core import changes as changes_mod
from zzreader.core.anchors import (
    Anchor,
    anchor_at,
    find_quote,
    make_anchor,
    reanchor,
    text_hash,
)
from zzreader.core.errors import ZZReaderError
from zzreader.core.textindex import fold

if TYPE_CHECKING:
    from sqlite_utils import Database

    from zzreader.core.store import Library

COLORS = ("yellow", "green", "blue", "pink", "purple", "orange", "red", "grey")
STYLES = ("highlight", "underline", "strike")
ANCHORED, ORPHAN = "anchored", "orphan"
UNDO_LIMIT = 50
JOURNAL = "annotation_journal"
_HEX_COLOR = re.compile(r"#[0-9a-fA-F]{6}")
_TAG_SEP = "\x1f"


class AnnotationError(ZZReaderError, ValueError):
    """An annotation edit that cannot be done; the message is bilingual."""


class AnnotationNotFound(AnnotationError, LookupError):
    """A highlight, tag, collection or article id that does not exist."""


# -- what callers get back ------------------------------------------------------------
@dataclass(frozen=True)
class Highlight:
    """One highlight (or underline / strike-through) with its note and tags."""

    id: str
    article_id: int | None
    issue_source: str | None
    article_seq: int | None
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str
    text_hash: str
    color: str
    style: str
    note: str
    anchor_state: str
    created: str
    modified: str
    tags: tuple[str, ...] = ()
    article_title: str = ""
    issue_date: str | None = None

    @property
    def orphan(self) -> bool:
        """True when the highlight is not placed on any article text."""
        return self.anchor_state == ORPHAN or self.article_id is None

    @property
    def anchor(self) -> Anchor:
        return Anchor(self.start, self.end, self.exact, self.prefix, self.suffix, self.text_hash)


@dataclass(frozen=True)
class TagInfo:
    id: int
    name: str
    color: str | None
    articles: int
    highlights: int

    @property
    def count(self) -> int:
        return self.articles + self.highlights


@dataclass(frozen=True)
class CollectionInfo:
    id: int
    name: str
    created: str | None
    articles: int


@dataclass(frozen=True)
class UndoStatus:
    """Names of the operations Undo and Redo would act on (None = nothing)."""

    undo: str | None
    redo: str | None


@dataclass(frozen=True)
class Undone:
    """What an undo or redo did, so views know what to refresh."""

    name: str
    article_ids: tuple[int, ...]


@dataclass(frozen=True)
class ReanchorReport:
    """What re-anchoring an issue's highlights did after a re-import."""

    issue_id: int
    kept: int = 0  # same place in unchanged text
    moved: int = 0  # found again in changed text (maybe in another article)
    orphaned: int = 0  # not found: kept as orphans
    recovered: int = 0  # earlier orphans placed again
    highlight_ids: tuple[str, ...] = field(default=())  # every highlight looked at


# -- plumbing -------------------------------------------------------------------------
def _db_lock(source: Library | Database) -> tuple[Database, Any]:
    """The Database and the lock to hold; a bare Database needs no lock."""
    if hasattr(source, "lock") and hasattr(source, "db"):
        return source.db, source.lock
    return source, contextlib.nullcontext()


def now() -> str:
    """UTC time with milliseconds, ISO 8601 / xsd:dateTime (as W3C export needs)."""
    t = dt.datetime.now(dt.UTC)
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def parse_time(value: str | None) -> dt.datetime | None:
    """Read an ISO time written by us or by another tool (naive = UTC)."""
    if not value:
        return None
    try:
        t = dt.datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return None
    return t if t.tzinfo else t.replace(tzinfo=dt.UTC)


# Primary key columns of every table an operation may touch, parents first
# (restoring runs in this order, deleting in the reverse one).
_KEYS: dict[str, tuple[str, ...]] = {
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


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _columns(db: Database, table: str) -> list[str]:
    return [r[1] for r in db.execute(f"PRAGMA table_info({_q(table)})").fetchall()]


class _Journal:
    """Collects before-images during one operation and records it for undo."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.before: dict[tuple[str, tuple], dict | None] = {}
        self._cols: dict[str, list[str]] = {}

    def cols(self, table: str) -> list[str]:
        if table not in self._cols:
            self._cols[table] = _columns(self.db, table)
        return self._cols[table]

    def row(self, table: str, key: tuple) -> dict | None:
        cols = self.cols(table)
        where = " AND ".join(f"{_q(c)} = ?" for c in _KEYS[table])
        r = self.db.execute(
            f"SELECT {', '.join(map(_q, cols))} FROM {table} WHERE {where}", list(key)
        ).fetchone()
        return dict(zip(cols, r, strict=True)) if r else None

    def touch(self, table: str, *key: Any) -> None:
        """Remember a row (or its absence) before the operation changes it."""
        k = (table, tuple(key))
        if k not in self.before:
            self.before[k] = self.row(table, k[1])

    def touch_where(self, table: str, where: str, params: Sequence[Any]) -> None:
        keys = ", ".join(map(_q, _KEYS[table]))
        for key in self.db.execute(f"SELECT {keys} FROM {table} WHERE {where}", list(params)):
            self.touch(table, *key)

    def finish(self, name: str) -> bool:
        """Store the operation if it changed anything; clear redo; cap history."""
        changes = []
        for (table, key), before in self.before.items():
            after = self.row(table, key)
            if after != before:
                changes.append([table, list(key), before, after])
        if not changes:
            return False
        self.db.execute(f"DELETE FROM {JOURNAL} WHERE undone = 1")
        self.db.execute(
            f"INSERT INTO {JOURNAL} (name, created, undone, changes) VALUES (?, ?, 0, ?)",
            [name, now(), json.dumps(changes, ensure_ascii=False)],
        )
        changes_mod.stamp_origin(self.db)  # whose undo this is (core/changes.py)
        self.db.execute(
            f"DELETE FROM {JOURNAL} WHERE id NOT IN "
            f"(SELECT id FROM {JOURNAL} ORDER BY id DESC LIMIT {UNDO_LIMIT})"
        )
        return True


@contextlib.contextmanager
def operation(source: Library | Database, name: str) -> Iterator[_Journal]:
    """One named, undoable operation: one transaction, journalled.

    For core modules that compose edits (the W3C import): touch every row
    with `journal.touch(table, *key)` before changing it.
    """
    db, lock = _db_lock(source)
    with lock, db.atomic():
        journal = _Journal(db)
        yield journal
        journal.finish(name)


@contextlib.contextmanager
def _read(source: Library | Database) -> Iterator[Database]:
    db, lock = _db_lock(source)
    with lock:
        yield db


# -- undo / redo ----------------------------------------------------------------------
def undo_status(source: Library | Database) -> UndoStatus:
    with _read(source) as db:
        u = db.execute(
            f"SELECT name FROM {JOURNAL} WHERE undone = 0 ORDER BY id DESC LIMIT 1"
        ).fetchone()
        r = db.execute(f"SELECT name FROM {JOURNAL} WHERE undone = 1 ORDER BY id LIMIT 1").fetchone()
    return UndoStatus(u[0] if u else None, r[0] if r else None)


def undo(source: Library | Database) -> Undone | None:
    """Undo the latest operation; None when there is nothing to undo."""
    return _step(source, undone=0, order="DESC", image=2, mark=1)


def redo(source: Library | Database) -> Undone | None:
    """Redo the operation undone last; None when there is nothing to redo."""
    return _step(source, undone=1, order="ASC", image=3, mark=0)


def clear_history(source: Library | Database) -> None:
    db, lock = _db_lock(source)
    with lock, db.atomic():
        db.execute(f"DELETE FROM {JOURNAL}")


def _step(source: Library | Database, undone: int, order: str, image: int, mark: int) -> Undone | None:
    db, lock = _db_lock(source)
    with lock, db.atomic():
        row = db.execute(
            f"SELECT id, name, changes FROM {JOURNAL} WHERE undone = ? ORDER BY id {order} LIMIT 1",
            [undone],
        ).fetchone()
        if row is None:
            return None
        entry_id, name, raw = row
        changes = json.loads(raw)
        from zzreader.core.corrections import reindex_changes

        reindex_changes(db, changes, lambda: _apply(db, changes, image))
        db.execute(f"UPDATE {JOURNAL} SET undone = ? WHERE id = ?", [mark, entry_id])
    return Undone(name, _article_ids(changes))


def _article_ids(changes: list) -> tuple[int, ...]:
    ids: set[int] = set()
    for table, key, before, after in changes:
        if table == "articles":
            ids.add(key[0])
        for img in (before, after):
            if img and img.get("article_id") is not None:
                ids.add(img["article_id"])
    return tuple(sorted(ids))


def _exists(db: Database, table: str, key_col: str, value: Any) -> bool:
    return db.execute(f"SELECT 1 FROM {table} WHERE {key_col} = ?", [value]).fetchone() is not None


def _apply(db: Database, changes: list, image: int) -> None:
    """Write the chosen images back: deletions child-first, then rows parent-first.

    An article that was removed by a re-import since cannot be linked again:
    its tag and collection rows are skipped, its highlights come back as
    orphans (never lost).
    """
    order = list(_KEYS)
    for table in reversed(order):
        for t, key, *images in changes:
            if t == table and images[image - 2] is None:
                where = " AND ".join(f"{_q(c)} = ?" for c in _KEYS[t])
                db.execute(f"DELETE FROM {t} WHERE {where}", key)
    for table in order:
        for t, _key, *images in changes:
            row = images[image - 2]
            if t != table or row is None:
                continue
            article = row.get("article_id")
            if article is not None and not _exists(db, "articles", "id", article):
                if t != "highlights":
                    continue
                row = {**row, "article_id": None, "anchor_state": ORPHAN}
            if t == "highlight_tags" and not _exists(db, "highlights", "id", row["highlight_id"]):
                continue
            _upsert(db, t, row)


def _upsert(db: Database, table: str, row: dict) -> None:
    cols = list(row)
    keys = _KEYS[table]
    rest = [c for c in cols if c not in keys]
    action = (
        "DO UPDATE SET " + ", ".join(f"{_q(c)} = excluded.{_q(c)}" for c in rest)
        if rest
        else "DO NOTHING"
    )
    db.execute(
        f"INSERT INTO {table} ({', '.join(map(_q, cols))}) VALUES ({', '.join('?' * len(cols))}) "
        f"ON CONFLICT({', '.join(map(_q, keys))}) {action}",
        [row[c] for c in cols],
    )


# -- validation -----------------------------------------------------------------------
def check_color(color: str) -> str:
    if color not in COLORS:
        raise AnnotationError(
            f"未知颜色 {color}，可用：{'、'.join(COLORS)} / Unknown colour {color}; "
            f"use one of {', '.join(COLORS)}"
        )
    return color


def check_style(style: str) -> str:
    if style not in STYLES:
        raise AnnotationError(
            f"未知样式 {style}，可用：{'、'.join(STYLES)} / Unknown style {style}; "
            f"use one of {', '.join(STYLES)}"
        )
    return style


def clean_tag(name: str) -> str:
    """A tag as stored: NFC, no leading '#', inner whitespace collapsed."""
    tag = " ".join(unicodedata.normalize("NFC", name).split()).lstrip("#").strip()
    if not tag:
        raise AnnotationError("标签不能为空 / A tag cannot be empty")
    if any(unicodedata.category(c).startswith("C") for c in tag):  # \x07, U+200B, U+202E…
        raise AnnotationError("标签不能含控制字符 / A tag cannot hold control characters")
    if len(tag) > 100:
        raise AnnotationError("标签太长（最多 100 字） / A tag is at most 100 characters")
    return tag


def _clean_note(note: str) -> str:
    return note.replace("\r\n", "\n").replace("\r", "\n").strip()


def _check_tag_color(color: str | None) -> str | None:
    if color is None or color in COLORS or _HEX_COLOR.fullmatch(color):
        return color
    raise AnnotationError(
        f"未知颜色 {color}（可用颜色名或 #rrggbb） / Unknown colour {color} (a colour name or #rrggbb)"
    )


# -- reading highlights -----------------------------------------------------------------
_H_COLS = (
    "id", "article_id", "issue_source", "article_seq", "start", "end", "exact", "prefix",
    "suffix", "text_hash", "color", "style", "note", "anchor_state", "created", "modified",
)  # fmt: skip
_H_SELECT = (
    ", ".join(f"h.{_q(c)}" for c in _H_COLS)
    + f", (SELECT group_concat(t.name, char({ord(_TAG_SEP)})) FROM highlight_tags ht "
    "JOIN tags t ON t.id = ht.tag_id WHERE ht.highlight_id = h.id)"
    ", a.title, COALESCE(a.issue_date, i.date)"
    " FROM highlights h LEFT JOIN articles a ON a.id = h.article_id"
    " LEFT JOIN issues i ON i.source = h.issue_source"
)


def _highlight(row: Sequence[Any]) -> Highlight:
    values = dict(zip(_H_COLS, row[: len(_H_COLS)], strict=True))
    tags_raw, title, date = row[len(_H_COLS) :]
    for k in ("exact", "prefix", "suffix", "text_hash", "note", "created", "modified"):
        values[k] = values[k] or ""
    values["color"] = values["color"] or COLORS[0]
    values["style"] = values["style"] or STYLES[0]
    tags = tuple(sorted(tags_raw.split(_TAG_SEP), key=str.casefold)) if tags_raw else ()
    return Highlight(**values, tags=tags, article_title=title or "", issue_date=date)


def get_highlight(source: Library | Database, highlight_id: str) -> Highlight:
    with _read(source) as db:
        row = db.execute(f"SELECT {_H_SELECT} WHERE h.id = ?", [highlight_id]).fetchone()
    if row is None:
        raise AnnotationNotFound(f"没有这条划线 / No such highlight: {highlight_id}")
    return _highlight(row)


def highlights_for_article(source: Library | Database, article_id: int) -> list[Highlight]:
    """Placed highlights of an article in text order (what the article pane draws)."""
    with _read(source) as db:
        rows = db.execute(
            f"SELECT {_H_SELECT} WHERE h.article_id = ? AND h.anchor_state != ? "
            'ORDER BY h.start, h."end", h.created, h.rowid',
            [article_id, ORPHAN],
        ).fetchall()
    return [_highlight(r) for r in rows]


# The rowid breaks ties in insertion order (two edits can share a millisecond).
SORTS = {
    "article": "COALESCE(a.issue_date, i.date), a.issue_id, a.seq, h.start, h.rowid",
    "created": "h.created DESC, h.rowid DESC",
    "modified": "h.modified DESC, h.rowid DESC",
    "color": "h.color, h.created DESC, h.rowid DESC",
}


def list_highlights(
    source: Library | Database,
    *,
    tag: str | None = None,
    color: str | None = None,
    collection_id: int | None = None,
    article_id: int | None = None,
    issue_id: int | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    text: str | None = None,
    orphans: bool | None = None,
    ids: Iterable[str] | None = None,
    sort: str = "article",
) -> list[Highlight]:
    """Highlights for the annotation browser and exports, filtered and sorted.

    `text` matches quote or note, ignoring Latin case and character width,
    and finds every highlight that contains it (no word segmentation).
    `orphans=True` lists only orphans, False only placed ones.
    """
    where: list[str] = []
    params: list[Any] = []
    if tag is not None:
        where.append(
            "h.id IN (SELECT ht.highlight_id FROM highlight_tags ht JOIN tags t "
            "ON t.id = ht.tag_id WHERE t.name = ?)"
        )
        params.append(clean_tag(tag))
    if color is not None:
        where.append("h.color = ?")
        params.append(check_color(color))
    if collection_id is not None:
        where.append(
            "h.article_id IN (SELECT article_id FROM collection_articles WHERE collection_id = ?)"
        )
        params.append(collection_id)
    if article_id is not None:
        where.append("h.article_id = ?")
        params.append(article_id)
    if issue_id is not None:
        where.append("(a.issue_id = ? OR (h.article_id IS NULL AND i.id = ?))")
        params += [issue_id, issue_id]
    if date_from:
        where.append("COALESCE(a.issue_date, i.date) >= ?")
        params.append(date_from)
    if date_to:
        where.append("COALESCE(a.issue_date, i.date) <= ?")
        params.append(date_to)
    if orphans is True:
        where.append("(h.anchor_state = ? OR h.article_id IS NULL)")
        params.append(ORPHAN)
    elif orphans is False:
        where.append("(h.anchor_state != ? AND h.article_id IS NOT NULL)")
        params.append(ORPHAN)
    if ids is not None:
        id_list = list(ids)
        if not id_list:
            return []
        where.append(f"h.id IN ({', '.join('?' * len(id_list))})")
        params += id_list
    if sort not in SORTS:
        raise AnnotationError(f"未知的排序方式 {sort} / Unknown sort order: {sort}")
    sql = f"SELECT {_H_SELECT}"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += f" ORDER BY {SORTS[sort]}"
    with _read(source) as db:
        rows = db.execute(sql, params).fetchall()
    found = [_highlight(r) for r in rows]
    if text:
        needle = fold(text.strip())
        found = [h for h in found if needle in fold(h.exact) or needle in fold(h.note)]
    return found


def orphans(source: Library | Database) -> list[Highlight]:
    """Highlights not placed on any text, for the browser's orphan list."""
    return list_highlights(source, orphans=True)


def search_notes(source: Library | Database, text: str) -> list[Highlight]:
    """`note:` search: every highlight whose note contains `text` (exact recall).

    Like article search, Latin case and full/half width are ignored and no
    word segmentation can hide a hit: this is a substring test on folded text.
    """
    needle = fold(text.strip())
    if not needle:
        return []
    with _read(source) as db:
        rows = db.execute(
            f"SELECT {_H_SELECT} WHERE h.note != '' ORDER BY h.created, h.rowid"
        ).fetchall()
    return [h for h in map(_highlight, rows) if needle in fold(h.note)]


def highlight_count(source: Library | Database) -> int:
    with _read(source) as db:
        return db.execute("SELECT count(*) FROM highlights").fetchone()[0]


# -- creating and editing highlights -------------------------------------------------------
def _article_text(db: Database, article_id: int) -> tuple[str, int, str]:
    """(text, seq, issue source name) of an article."""
    row = db.execute(
        "SELECT a.text, a.seq, i.source FROM articles a JOIN issues i ON i.id = a.issue_id "
        "WHERE a.id = ?",
        [article_id],
    ).fetchone()
    if row is None:
        raise AnnotationNotFound(f"没有这篇文章 / No such article: {article_id}")
    return row[0], row[1], row[2]


def add_highlight(
    source: Library | Database,
    article_id: int,
    start: int,
    end: int,
    *,
    color: str = "yellow",
    style: str = "highlight",
    note: str = "",
    tags: Iterable[str] = (),
) -> Highlight:
    """Highlight `text[start:end]` of an article (code-point offsets of Article.text)."""
    check_color(color)
    check_style(style)
    tag_names = [clean_tag(t) for t in tags]
    with operation(source, "划线 / Highlight") as j:
        text, seq, issue_source = _article_text(j.db, article_id)
        try:
            anchor = make_anchor(text, start, end)
        except ValueError as exc:
            raise AnnotationError(str(exc)) from exc
        hid = str(uuid.uuid4())
        stamp = now()
        j.touch("highlights", hid)
        insert_highlight_row(
            j.db,
            {
                "id": hid,
                "article_id": article_id,
                "issue_source": issue_source,
                "article_seq": seq,
                **_anchor_values(anchor),
                "color": color,
                "style": style,
                "note": _clean_note(note),
                "anchor_state": ANCHORED,
                "created": stamp,
                "modified": stamp,
            },
        )
        for name in tag_names:
            _link_highlight_tag(j, hid, journal_tag_id(j, name))
    return get_highlight(source, hid)


def highlight_quote(
    source: Library | Database,
    article_id: int,
    quote: str,
    *,
    occurrence: int = 1,
    **options: Any,
) -> Highlight:
    """Highlight the `occurrence`-th appearance of `quote` (the CLI's way in)."""
    with _read(source) as db:
        text, _seq, _src = _article_text(db, article_id)
    span = find_quote(text, quote, occurrence)
    if span is None:
        found = len(_all_occurrences(text, quote))
        if found and occurrence > found:
            raise AnnotationError(
                f"文章 {article_id} 中这段文字只出现 {found} 次 / The quote occurs only "
                f"{found} time(s) in article {article_id}"
            )
        raise AnnotationError(
            f"文章 {article_id} 中没有这段文字 / Quote not found in article {article_id}: {quote}"
        )
    return add_highlight(source, article_id, span[0], span[1], **options)


def _all_occurrences(text: str, quote: str) -> list[int]:
    n, spans = 1, []
    while (span := find_quote(text, quote, n)) is not None:
        spans.append(span[0])
        n += 1
    return spans


def _anchor_values(anchor: Anchor) -> dict[str, Any]:
    return {
        "start": anchor.start,
        "end": anchor.end,
        "exact": anchor.exact,
        "prefix": anchor.prefix,
        "suffix": anchor.suffix,
        "text_hash": anchor.text_hash,
    }


def insert_highlight_row(db: Database, values: dict[str, Any]) -> None:
    cols = list(values)
    db.execute(
        f"INSERT INTO highlights ({', '.join(map(_q, cols))}) VALUES ({', '.join('?' * len(cols))})",
        [values[c] for c in cols],
    )


def _require_highlight(db: Database, highlight_id: str) -> None:
    if not _exists(db, "highlights", "id", highlight_id):
        raise AnnotationNotFound(f"没有这条划线 / No such highlight: {highlight_id}")


def update_highlight(
    source: Library | Database,
    highlight_id: str,
    *,
    color: str | None = None,
    style: str | None = None,
    note: str | None = None,
    tags: Iterable[str] | None = None,
) -> Highlight:
    """Change colour, style, note and/or tags (None leaves a field as it is)."""
    if color is not None:
        check_color(color)
    if style is not None:
        check_style(style)
    tag_names = None if tags is None else [clean_tag(t) for t in tags]
    name = (
        "编辑批注 / Edit note"
        if note is not None and color is None and style is None and tags is None
        else "更改标签 / Change tags"
        if tags is not None and note is None and color is None and style is None
        else "编辑划线 / Edit highlight"
    )
    with operation(source, name) as j:
        _require_highlight(j.db, highlight_id)
        j.touch("highlights", highlight_id)
        sets: dict[str, Any] = {}
        if color is not None:
            sets["color"] = color
        if style is not None:
            sets["style"] = style
        if note is not None:
            sets["note"] = _clean_note(note)
        if tag_names is not None:
            journal_set_highlight_tags(j, highlight_id, tag_names)
        before = j.before[("highlights", (highlight_id,))] or {}
        changed = any(before.get(k) != v for k, v in sets.items()) or (
            tag_names is not None and _tags_changed(j, highlight_id)
        )
        if changed:
            sets["modified"] = now()
            assignments = ", ".join(f"{_q(k)} = ?" for k in sets)
            j.db.execute(
                f"UPDATE highlights SET {assignments} WHERE id = ?", [*sets.values(), highlight_id]
            )
    return get_highlight(source, highlight_id)


def _tags_changed(j: _Journal, highlight_id: str) -> bool:
    return any(
        table == "highlight_tags" and key[0] == highlight_id and j.row(table, key) != before
        for (table, key), before in j.before.items()
    )


def add_highlight_tag(source: Library | Database, highlight_id: str, tag: str) -> Highlight:
    current = get_highlight(source, highlight_id).tags
    return update_highlight(source, highlight_id, tags=[*current, tag])


def remove_highlight_tag(source: Library | Database, highlight_id: str, tag: str) -> Highlight:
    key = clean_tag(tag).casefold()
    current = get_highlight(source, highlight_id).tags
    return update_highlight(source, highlight_id, tags=[t for t in current if t.casefold() != key])


def delete_highlight(source: Library | Database, highlight_id: str) -> None:
    """Delete a highlight with its note and tags (undoable)."""
    with operation(source, "删除划线 / Delete highlight") as j:
        _require_highlight(j.db, highlight_id)
        j.touch("highlights", highlight_id)
        j.touch_where("highlight_tags", "highlight_id = ?", [highlight_id])
        j.db.execute("DELETE FROM highlight_tags WHERE highlight_id = ?", [highlight_id])
        j.db.execute("DELETE FROM highlights WHERE id = ?", [highlight_id])


def reattach(
    source: Library | Database, highlight_id: str, article_id: int, start: int, end: int
) -> Highlight:
    """Place a (usually orphaned) highlight on a span chosen by hand."""
    with operation(source, "重新挂接划线 / Re-attach highlight") as j:
        _require_highlight(j.db, highlight_id)
        text, seq, issue_source = _article_text(j.db, article_id)
        try:
            anchor = make_anchor(text, start, end)
        except ValueError as exc:
            raise AnnotationError(str(exc)) from exc
        j.touch("highlights", highlight_id)
        values = {
            "article_id": article_id,
            "issue_source": issue_source,
            "article_seq": seq,
            **_anchor_values(anchor),
            "anchor_state": ANCHORED,
            "modified": now(),
        }
        j.db.execute(
            f"UPDATE highlights SET {', '.join(f'{_q(k)} = ?' for k in values)} WHERE id = ?",
            [*values.values(), highlight_id],
        )
    return get_highlight(source, highlight_id)


# -- tags ----------------------------------------------------------------------------------
def _find_tag(db: Database, name: str) -> tuple[int, str, str | None] | None:
    row = db.execute("SELECT id, name, color FROM tags WHERE name = ?", [name]).fetchone()
    return (row[0], row[1], row[2]) if row else None


def journal_tag_id(j: _Journal, name: str) -> int:
    """The id of tag `name` (case-insensitive), creating it if needed."""
    found = _find_tag(j.db, name)
    if found is not None:
        return found[0]
    tag_id = j.db.execute("INSERT INTO tags (name) VALUES (?)", [name]).lastrowid
    j.before.setdefault(("tags", (tag_id,)), None)
    return tag_id


def _require_tag(db: Database, name: str) -> tuple[int, str, str | None]:
    found = _find_tag(db, clean_tag(name))
    if found is None:
        raise AnnotationNotFound(f"没有这个标签 / No such tag: {name}")
    return found


def _link_highlight_tag(j: _Journal, highlight_id: str, tag_id: int) -> None:
    j.touch("highlight_tags", highlight_id, tag_id)
    j.db.execute(
        "INSERT OR IGNORE INTO highlight_tags (highlight_id, tag_id) VALUES (?, ?)",
        [highlight_id, tag_id],
    )


def journal_set_highlight_tags(j: _Journal, highlight_id: str, names: list[str]) -> None:
    wanted = {journal_tag_id(j, n) for n in names}
    j.touch_where("highlight_tags", "highlight_id = ?", [highlight_id])
    for (tag_id,) in j.db.execute(
        "SELECT tag_id FROM highlight_tags WHERE highlight_id = ?", [highlight_id]
    ).fetchall():
        if tag_id not in wanted:
            j.db.execute(
                "DELETE FROM highlight_tags WHERE highlight_id = ? AND tag_id = ?",
                [highlight_id, tag_id],
            )
    for tag_id in wanted:
        _link_highlight_tag(j, highlight_id, tag_id)


def article_tags(source: Library | Database, article_id: int) -> list[str]:
    with _read(source) as db:
        rows = db.execute(
            "SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id "
            "WHERE at.article_id = ? ORDER BY t.name COLLATE NOCASE",
            [article_id],
        ).fetchall()
    return [r[0] for r in rows]


def _require_articles(db: Database, article_ids: Sequence[int]) -> None:
    for article_id in article_ids:
        if not _exists(db, "articles", "id", article_id):
            raise AnnotationNotFound(f"没有这篇文章 / No such article: {article_id}")


def set_article_tags(source: Library | Database, article_id: int, tags: Iterable[str]) -> list[str]:
    """Make an article's tags exactly `tags` (the tag editor's Save)."""
    names = [clean_tag(t) for t in tags]
    with operation(source, "更改标签 / Change tags") as j:
        _require_articles(j.db, [article_id])
        wanted = {journal_tag_id(j, n) for n in names}
        j.touch_where("article_tags", "article_id = ?", [article_id])
        for (tag_id,) in j.db.execute(
            "SELECT tag_id FROM article_tags WHERE article_id = ?", [article_id]
        ).fetchall():
            if tag_id not in wanted:
                j.db.execute(
                    "DELETE FROM article_tags WHERE article_id = ? AND tag_id = ?",
                    [article_id, tag_id],
                )
        for tag_id in wanted:
            j.touch("article_tags", article_id, tag_id)
            j.db.execute(
                "INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?, ?)",
                [article_id, tag_id],
            )
    return article_tags(source, article_id)


def tag_articles(source: Library | Database, tag: str, article_ids: Iterable[int]) -> int:
    """Add `tag` to many articles at once; returns how many were newly tagged."""
    name = clean_tag(tag)
    ids = list(dict.fromkeys(article_ids))
    added = 0
    with operation(source, f"添加标签 {name} / Tag {name}") as j:
        _require_articles(j.db, ids)
        tag_id = journal_tag_id(j, name)
        for article_id in ids:
            j.touch("article_tags", article_id, tag_id)
            added += j.db.execute(
                "INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?, ?)",
                [article_id, tag_id],
            ).rowcount
    return added


def untag_articles(source: Library | Database, tag: str, article_ids: Iterable[int]) -> int:
    """Remove `tag` from articles; returns how many lost it."""
    ids = list(dict.fromkeys(article_ids))
    removed = 0
    with operation(source, f"移除标签 {tag} / Untag {tag}") as j:
        tag_id = _require_tag(j.db, tag)[0]
        for article_id in ids:
            j.touch("article_tags", article_id, tag_id)
            removed += j.db.execute(
                "DELETE FROM article_tags WHERE article_id = ? AND tag_id = ?", [article_id, tag_id]
            ).rowcount
    return removed


def articles_with_tag(source: Library | Database, tag: str) -> list[int]:
    """Ids of articles carrying `tag` themselves or on one of their highlights."""
    with _read(source) as db:
        rows = db.execute(
            "SELECT at.article_id FROM article_tags at JOIN tags t ON t.id = at.tag_id "
            "WHERE t.name = ? UNION SELECT h.article_id FROM highlights h "
            "JOIN highlight_tags ht ON ht.highlight_id = h.id JOIN tags t ON t.id = ht.tag_id "
            "WHERE t.name = ? AND h.article_id IS NOT NULL ORDER BY 1",
            [clean_tag(tag)] * 2,
        ).fetchall()
    return [r[0] for r in rows]


def tags(source: Library | Database) -> list[TagInfo]:
    """Every tag with how many articles and highlights carry it (tag manager)."""
    with _read(source) as db:
        rows = db.execute(
            "SELECT t.id, t.name, t.color, "
            "(SELECT count(*) FROM article_tags WHERE tag_id = t.id), "
            "(SELECT count(*) FROM highlight_tags WHERE tag_id = t.id) "
            "FROM tags t ORDER BY t.name COLLATE NOCASE"
        ).fetchall()
    return [TagInfo(*r) for r in rows]


def tag_names(source: Library | Database, prefix: str = "") -> list[str]:
    """Tag names for autocompletion: matching `prefix` (folded), most used first."""
    needle = fold(prefix.strip().lstrip("#"))
    infos = [t for t in tags(source) if fold(t.name).startswith(needle)]
    return [t.name for t in sorted(infos, key=lambda t: (-t.count, t.name.casefold()))]


def rename_tag(source: Library | Database, old: str, new: str) -> TagInfo:
    """Rename a tag everywhere; a name taken by another tag is refused (merge instead)."""
    name = clean_tag(new)
    with operation(source, f"重命名标签 {old} / Rename tag {old}") as j:
        tag_id = _require_tag(j.db, old)[0]
        other = _find_tag(j.db, name)
        if other is not None and other[0] != tag_id:
            raise AnnotationError(
                f"标签「{other[1]}」已存在，请改用合并 / Tag {other[1]} already exists; merge instead"
            )
        j.touch("tags", tag_id)
        j.db.execute("UPDATE tags SET name = ? WHERE id = ?", [name, tag_id])
    return _tag_info(source, tag_id)


def merge_tags(source: Library | Database, sources: Iterable[str], target: str) -> TagInfo:
    """Move every use of the `sources` tags onto `target` (created if needed), then drop them."""
    target_name = clean_tag(target)
    with operation(source, f"合并标签到 {target_name} / Merge tags into {target_name}") as j:
        from_ids = []
        for s in sources:
            found = _require_tag(j.db, s)
            from_ids.append(found[0])
        target_id = journal_tag_id(j, target_name)
        for tag_id in dict.fromkeys(from_ids):
            if tag_id == target_id:
                continue
            for table, owner in (("article_tags", "article_id"), ("highlight_tags", "highlight_id")):
                j.touch_where(table, "tag_id = ?", [tag_id])
                for (owner_id,) in j.db.execute(
                    f"SELECT {owner} FROM {table} WHERE tag_id = ?", [tag_id]
                ).fetchall():
                    j.touch(table, owner_id, target_id)
                j.db.execute(
                    f"INSERT OR IGNORE INTO {table} ({owner}, tag_id) "
                    f"SELECT {owner}, ? FROM {table} WHERE tag_id = ?",
                    [target_id, tag_id],
                )
                j.db.execute(f"DELETE FROM {table} WHERE tag_id = ?", [tag_id])
            j.touch("tags", tag_id)
            j.db.execute("DELETE FROM tags WHERE id = ?", [tag_id])
    return _tag_info(source, target_id)


def recolor_tag(source: Library | Database, name: str, color: str | None) -> TagInfo:
    """Set a tag's colour (a colour name or #rrggbb; None clears it)."""
    _check_tag_color(color)
    with operation(source, f"标签颜色 {name} / Recolour tag {name}") as j:
        tag_id = _require_tag(j.db, name)[0]
        j.touch("tags", tag_id)
        j.db.execute("UPDATE tags SET color = ? WHERE id = ?", [color, tag_id])
    return _tag_info(source, tag_id)


def delete_tag(source: Library | Database, name: str) -> TagInfo:
    """Remove a tag from everything and delete it; returns its counts before."""
    with operation(source, f"删除标签 {name} / Delete tag {name}") as j:
        tag_id = _require_tag(j.db, name)[0]
        info = _tag_info(j.db, tag_id)
        j.touch("tags", tag_id)
        j.touch_where("article_tags", "tag_id = ?", [tag_id])
        j.touch_where("highlight_tags", "tag_id = ?", [tag_id])
        j.db.execute("DELETE FROM article_tags WHERE tag_id = ?", [tag_id])
        j.db.execute("DELETE FROM highlight_tags WHERE tag_id = ?", [tag_id])
        j.db.execute("DELETE FROM tags WHERE id = ?", [tag_id])
    return info


def _tag_info(source: Library | Database, tag_id: int) -> TagInfo:
    with _read(source) as db:
        row = db.execute(
            "SELECT t.id, t.name, t.color, "
            "(SELECT count(*) FROM article_tags WHERE tag_id = t.id), "
            "(SELECT count(*) FROM highlight_tags WHERE tag_id = t.id) FROM tags t WHERE t.id = ?",
            [tag_id],
        ).fetchone()
    if row is None:
        raise AnnotationNotFound(f"没有这个标签 / No such tag: {tag_id}")
    return TagInfo(*row)


# -- collections ---------------------------------------------------------------------------
def _clean_collection_name(name: str) -> str:
    clean = " ".join(unicodedata.normalize("NFC", name).split())
    if not clean:
        raise AnnotationError("合集名称不能为空 / A collection needs a name")
    return clean


def _require_collection(db: Database, collection_id: int) -> None:
    if not _exists(db, "collections", "id", collection_id):
        raise AnnotationNotFound(f"没有这个合集 / No such collection: {collection_id}")


def _refuse_taken_name(db: Database, name: str, own_id: int | None = None) -> None:
    row = db.execute("SELECT id FROM collections WHERE name = ?", [name]).fetchone()
    if row is not None and row[0] != own_id:
        raise AnnotationError(f"合集「{name}」已存在 / A collection named {name} already exists")


def create_collection(source: Library | Database, name: str) -> CollectionInfo:
    clean = _clean_collection_name(name)
    with operation(source, f"新建合集 {clean} / New collection {clean}") as j:
        _refuse_taken_name(j.db, clean)
        cid = j.db.execute(
            "INSERT INTO collections (name, created) VALUES (?, ?)", [clean, now()]
        ).lastrowid
        j.before.setdefault(("collections", (cid,)), None)
    return collection(source, cid)


def rename_collection(source: Library | Database, collection_id: int, name: str) -> CollectionInfo:
    clean = _clean_collection_name(name)
    with operation(source, f"重命名合集 {clean} / Rename collection {clean}") as j:
        _require_collection(j.db, collection_id)
        _refuse_taken_name(j.db, clean, collection_id)
        j.touch("collections", collection_id)
        j.db.execute("UPDATE collections SET name = ? WHERE id = ?", [clean, collection_id])
    return collection(source, collection_id)


def delete_collection(source: Library | Database, collection_id: int) -> None:
    """Delete a collection (its articles stay in the library)."""
    with operation(source, "删除合集 / Delete collection") as j:
        _require_collection(j.db, collection_id)
        j.touch("collections", collection_id)
        j.touch_where("collection_articles", "collection_id = ?", [collection_id])
        j.db.execute("DELETE FROM collection_articles WHERE collection_id = ?", [collection_id])
        j.db.execute("DELETE FROM collections WHERE id = ?", [collection_id])


def add_to_collection(
    source: Library | Database, collection_id: int, article_ids: Iterable[int]
) -> int:
    """Add articles to a collection; returns how many were not in it yet."""
    ids = list(dict.fromkeys(article_ids))
    added = 0
    with operation(source, "加入合集 / Add to collection") as j:
        _require_collection(j.db, collection_id)
        _require_articles(j.db, ids)
        stamp = now()
        for article_id in ids:
            j.touch("collection_articles", collection_id, article_id)
            added += j.db.execute(
                "INSERT OR IGNORE INTO collection_articles (collection_id, article_id, added) "
                "VALUES (?, ?, ?)",
                [collection_id, article_id, stamp],
            ).rowcount
    return added


def remove_from_collection(
    source: Library | Database, collection_id: int, article_ids: Iterable[int]
) -> int:
    ids = list(dict.fromkeys(article_ids))
    removed = 0
    with operation(source, "移出合集 / Remove from collection") as j:
        _require_collection(j.db, collection_id)
        for article_id in ids:
            j.touch("collection_articles", collection_id, article_id)
            removed += j.db.execute(
                "DELETE FROM collection_articles WHERE collection_id = ? AND article_id = ?",
                [collection_id, article_id],
            ).rowcount
    return removed


_C_SELECT = (
    "SELECT c.id, c.name, c.created, "
    "(SELECT count(*) FROM collection_articles WHERE collection_id = c.id) FROM collections c"
)


def collections(source: Library | Database) -> list[CollectionInfo]:
    """Every collection, by name (the sidebar)."""
    with _read(source) as db:
        rows = db.execute(f"{_C_SELECT} ORDER BY c.name COLLATE NOCASE").fetchall()
    return [CollectionInfo(*r) for r in rows]


def collection(source: Library | Database, collection_id: int) -> CollectionInfo:
    with _read(source) as db:
        row = db.execute(f"{_C_SELECT} WHERE c.id = ?", [collection_id]).fetchone()
    if row is None:
        raise AnnotationNotFound(f"没有这个合集 / No such collection: {collection_id}")
    return CollectionInfo(*row)


def collection_article_ids(source: Library | Database, collection_id: int) -> list[int]:
    """Article ids of a collection in reading order."""
    with _read(source) as db:
        _require_collection(db, collection_id)
        rows = db.execute(
            "SELECT a.id FROM collection_articles ca JOIN articles a ON a.id = ca.article_id "
            "WHERE ca.collection_id = ? ORDER BY a.issue_date, a.issue_id, a.seq",
            [collection_id],
        ).fetchall()
    return [r[0] for r in rows]


def collections_of_article(source: Library | Database, article_id: int) -> list[CollectionInfo]:
    with _read(source) as db:
        rows = db.execute(
            f"{_C_SELECT} WHERE c.id IN (SELECT collection_id FROM collection_articles "
            "WHERE article_id = ?) ORDER BY c.name COLLATE NOCASE",
            [article_id],
        ).fetchall()
    return [CollectionInfo(*r) for r in rows]


# -- re-anchoring after a re-import -----------------------------------------------------------
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
        aid: (seq, text)
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
        **_anchor_values(anchor),
        "anchor_state": ANCHORED,
    }


def reanchor_issue(source: Library | Database, issue_id: int) -> ReanchorReport:
    """Put every highlight of an issue back on its (possibly changed) text.

    Call after an issue was imported or re-imported ('imported' and
    'updated'): it looks at highlights on the issue's articles and at
    highlights left without an article (their article was dropped by the
    re-import, or the issue was deleted and is now imported again). Each is
    tried on its own article (or the one at its old position), then, by
    exact quote only, on the issue's other articles. What cannot be placed
    becomes an orphan; nothing is deleted. If anything moved, undo history is
    cleared (its before-images hold the old offsets).
    """
    db, lock = _db_lock(source)
    with lock, db.atomic():
        issue = issue_texts(db, issue_id)
        if issue is None:
            raise AnnotationNotFound(f"没有这一期 / No such issue: {issue_id}")
        marks = ", ".join("?" * len(issue.articles)) or "NULL"
        rows = db.execute(
            f"SELECT {_H_SELECT} WHERE h.article_id IN ({marks}) "
            "OR (h.article_id IS NULL AND h.issue_source = ?)",
            [*issue.articles, issue.source],
        ).fetchall()
        found = [_highlight(r) for r in rows]
        counts = {"kept": 0, "moved": 0, "orphaned": 0, "recovered": 0}
        for h in found:
            outcome, values = _reanchor_one(h, issue)
            counts[outcome] += 1
            if values:
                sets = ", ".join(f"{_q(k)} = ?" for k in values)
                db.execute(f"UPDATE highlights SET {sets} WHERE id = ?", [*values.values(), h.id])
        if counts["moved"] or counts["orphaned"] or counts["recovered"]:
            db.execute(f"DELETE FROM {JOURNAL}")
    return ReanchorReport(issue_id, **counts, highlight_ids=tuple(h.id for h in found))


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
