"""Where the people/places index keeps its mentions (migration m012), packed.

Two tables hold each mention once in each direction (layouts in packed.py):

- `entity_articles(article_id, version, mentions)`: one row per indexed
  article: the EXTRACTOR_VERSION it was indexed at and its (entity, role,
  count) list. It goes with its article (ON DELETE CASCADE), and it is what
  tells, when an article is indexed again, which postings to take back.
- `entity_postings(entity_id, first, data)`: an entity's (article, role)
  list, cut into rows of about ROW_BYTES, keyed by the first article of each
  row. An import appends to the last row of each name it mentions.

A deleted article leaves its postings behind (nothing in SQL can unpack
them): every reader keeps only the postings of articles that still have an
`entity_articles` row. Its id may be given to a new article, though
(SQLite reuses the largest rowid), so before indexing an article at or
below the highest id ever indexed (meta HIGH_WATER) that has no row, the
postings of articles without a row are swept out first.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np

from zzreader.core import stored_values
from zzreader.core.discovery import packed

ROW_BYTES = 512
HIGH_WATER = "entity_high_water"
BATCH = 500

Mention = tuple[int, int, int]  # (entity_id, role, count)


# -- writing ----------------------------------------------------------------------------------
def replace(db: Any, new: Mapping[int, Iterable[Mention]], version: int) -> None:
    """Store these articles' mentions instead of what they had; inside a transaction."""
    ids = sorted(new)
    if not ids:
        return
    old = _rows(db, ids)
    high = _high_water(db)
    if any(i <= high and i not in old for i in ids):
        sweep(db)
    removes: dict[int, set[tuple[int, int]]] = defaultdict(set)
    adds: dict[int, set[tuple[int, int]]] = defaultdict(set)
    for article, blob in old.items():
        for entity, role, _count in packed.unpack_mentions(blob):
            removes[entity].add((article, role))
    blobs = []
    for article in ids:
        items = list(new[article])
        for entity, role, _count in items:
            adds[entity].add((article, role))
        blobs.append((article, version, packed.pack_mentions(items)))
    edits = {}
    for entity in sorted(removes.keys() | adds.keys()):
        gone, came = removes[entity] - adds[entity], adds[entity] - removes[entity]
        if gone or came:
            edits[entity] = (gone, came)
    edit_many(db, edits)
    db.conn.executemany(
        "INSERT OR REPLACE INTO entity_articles (article_id, version, mentions) VALUES (?, ?, ?)", blobs
    )
    if ids[-1] > high:
        db.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [HIGH_WATER, str(ids[-1])],
        )


def _high_water(db: Any) -> int:
    row = db.execute("SELECT value FROM meta WHERE key = ?", [HIGH_WATER]).fetchone()
    return stored_values.whole_number(row[0] if row else None, 1 << 62)  # unknown: sweep when in doubt


def _rows(db: Any, ids: list[int]) -> dict[int, object]:
    out: dict[int, object] = {}
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        marks = ",".join("?" * len(chunk))
        out.update(db.execute(
            f"SELECT article_id, mentions FROM entity_articles WHERE article_id IN ({marks})", chunk
        ).fetchall())
    return out


def edit_many(db: Any, edits: Mapping[int, tuple[set[tuple[int, int]], set[tuple[int, int]]]]) -> None:
    """`edit_postings` for many entities; the usual case (an import appends after each
    entity's last row) reads every last row in two statements and writes in two more."""
    entity_ids = sorted(edits)
    last: dict[int, int] = {}
    for start in range(0, len(entity_ids), BATCH):
        chunk = entity_ids[start : start + BATCH]
        last.update(db.execute(
            "SELECT entity_id, max(first) FROM entity_postings "
            f"WHERE entity_id IN ({','.join('?' * len(chunk))}) GROUP BY entity_id", chunk
        ).fetchall())
    appends = [e for e in entity_ids if e not in last or min(a for a, _ in edits[e][0] | edits[e][1]) >= last[e]]
    for entity in set(entity_ids) - set(appends):
        edit_postings(db, entity, *edits[entity])
    rows: dict[int, object] = {}
    keyed = [(e, last[e]) for e in appends if e in last]
    for start in range(0, len(keyed), BATCH):
        chunk = keyed[start : start + BATCH]
        rows.update((r[0], r[1]) for r in db.execute(
            "SELECT entity_id, data FROM entity_postings WHERE (entity_id, first) IN "
            f"(VALUES {','.join('(?, ?)' * 1 for _ in chunk)})", [v for pair in chunk for v in pair]
        ))
    order = [e for e in appends if e in rows]
    articles, roles, owner = packed.postings_many([rows[e] for e in order])
    ends = np.searchsorted(owner, np.arange(len(order)), side="right")
    starts = np.r_[0, ends[:-1]] if len(order) else ends
    position = {e: i for i, e in enumerate(order)}
    gone_rows, new_rows, grown = [], [], []
    for entity in appends:
        gone, came = edits[entity]
        if entity not in rows:
            new_rows += [(entity, p[0][0], packed.pack_postings(p)) for p in _pieces(sorted(came - gone))]
            continue
        i = position[entity]
        lo, hi = int(starts[i]), int(ends[i])
        blob = rows[entity]
        tail = int(articles[hi - 1]) if hi > lo else 0
        if not gone and hi > lo and isinstance(blob, bytes) and min(a for a, _ in came) > tail:
            # Appending after the row's last article: add bytes, or start the next row when full.
            more = packed.pack_postings(came) if len(blob) >= ROW_BYTES else _pack_after(tail, came)
            if len(blob) >= ROW_BYTES:
                new_rows.append((entity, min(came)[0], more))
            else:
                grown.append((blob + more, entity, last[entity]))
            continue
        merged = set(zip(articles[lo:hi].tolist(), roles[lo:hi].tolist()))
        gone_rows.append((entity, last[entity]))
        new_rows += [(entity, p[0][0], packed.pack_postings(p)) for p in _pieces(sorted((merged - gone) | came))]
    db.conn.executemany("UPDATE entity_postings SET data = ? WHERE entity_id = ? AND first = ?", grown)
    db.conn.executemany("DELETE FROM entity_postings WHERE entity_id = ? AND first = ?", gone_rows)
    db.conn.executemany("INSERT INTO entity_postings (entity_id, first, data) VALUES (?, ?, ?)", new_rows)


def _pack_after(tail: int, items: set[tuple[int, int]]) -> bytes:
    """Postings that follow a row whose last article is `tail` (deltas from it)."""
    prev, values = tail, []
    for article, role in sorted(items):
        values.append((article - prev) << packed.ROLE_BITS | role)
        prev = article
    return packed.varints(values)


def edit_postings(db: Any, entity: int, gone: set[tuple[int, int]], came: set[tuple[int, int]]) -> None:
    """Take `gone` out of an entity's postings and put `came` in, rewriting only the rows they touch."""
    keys = [r[0] for r in db.execute(
        "SELECT first FROM entity_postings WHERE entity_id = ? ORDER BY first", [entity]
    )]
    merged: set[tuple[int, int]] = set()
    if keys:
        slots = [max(bisect_right(keys, a) - 1, 0) for a, _ in gone | came]
        lo, hi = min(slots), max(slots)
        firsts = keys[lo : hi + 1]
        marks = ",".join("?" * len(firsts))
        for (blob,) in db.execute(
            f"SELECT data FROM entity_postings WHERE entity_id = ? AND first IN ({marks})", [entity, *firsts]
        ).fetchall():
            merged.update(packed.unpack_postings(blob))
        db.execute(f"DELETE FROM entity_postings WHERE entity_id = ? AND first IN ({marks})", [entity, *firsts])
    merged = (merged - gone) | came
    db.conn.executemany(
        "INSERT INTO entity_postings (entity_id, first, data) VALUES (?, ?, ?)",
        [(entity, piece[0][0], packed.pack_postings(piece)) for piece in _pieces(sorted(merged))],
    )


def _pieces(items: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Cut sorted postings into runs of about ROW_BYTES packed, an article never split."""
    if len(items) * 4 <= ROW_BYTES or len(packed.pack_postings(items)) <= ROW_BYTES:
        return [items] if items else []
    out: list[list[tuple[int, int]]] = []
    size, prev = ROW_BYTES, 0
    for article, role in items:
        if size >= ROW_BYTES and (not out or article != out[-1][-1][0]):
            out.append([])
            size, prev = 0, 0
        size += len(packed.varints([(article - prev) << packed.ROLE_BITS | role]))
        prev = article
        out[-1].append((article, role))
    return out


def sweep(db: Any) -> int:
    """Take out the postings of articles that have no `entity_articles` row; how many."""
    rows = db.execute("SELECT entity_id, data FROM entity_postings").fetchall()
    articles, roles, owner = packed.postings_many([r[1] for r in rows])
    kept = _indexed_ids(db)
    stale = ~np.isin(articles, kept)
    gone: dict[int, set[tuple[int, int]]] = defaultdict(set)
    for article, role, row in zip(articles[stale].tolist(), roles[stale].tolist(), owner[stale].tolist()):
        gone[rows[row][0]].add((article, role))
    for entity, items in gone.items():
        edit_postings(db, entity, items, set())
    return int(stale.sum())


def mark_stale(db: Any, ids: list[int]) -> None:
    """Have these articles indexed again at the next update; their postings stay until then."""
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        marks = ",".join("?" * len(chunk))
        db.execute(f"UPDATE entity_articles SET version = 0 WHERE article_id IN ({marks})", chunk)


# -- reading ----------------------------------------------------------------------------------
def _indexed_ids(db: Any) -> np.ndarray:
    return np.fromiter((r[0] for r in db.execute("SELECT article_id FROM entity_articles")), np.int64)


def postings(db: Any, where: str, args: list) -> tuple[list[tuple], np.ndarray, np.ndarray, np.ndarray]:
    """Rows `(entity_id, kind, canonical name)` of the entities matching `where` (on `e`), and for
    their postings of indexed articles: article ids, roles and the row each came from."""
    rows = db.execute(
        "SELECT e.id, e.kind, COALESCE(al.name, e.name), p.data FROM entity_postings p "
        "JOIN entities e ON e.id = p.entity_id "
        f"LEFT JOIN entity_aliases al ON al.kind = e.kind AND al.alias = e.name WHERE {where}",
        args,
    ).fetchall()
    articles, roles, owner = packed.postings_many([r[3] for r in rows])
    live = np.isin(articles, _indexed_among(db, np.unique(articles)))
    names = [(r[0], stored_values.text(r[1]), stored_values.text(r[2])) for r in rows]  # untrusted: bytes, numbers
    return names, articles[live], roles[live], owner[live]


def _indexed_among(db: Any, ids: np.ndarray) -> np.ndarray:
    """Those of `ids` (distinct) that have an `entity_articles` row: looked up one by one
    when they are few (one name's articles), read whole when they are many (a listing)."""
    if len(ids) > 20_000:
        return _indexed_ids(db)
    found: list[int] = []
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH].tolist()
        found += [r[0] for r in db.execute(
            f"SELECT article_id FROM entity_articles WHERE article_id IN ({','.join('?' * len(chunk))})", chunk
        )]
    return np.array(found, np.int64)


def mentions_of(db: Any, article_ids: list[int]) -> list[tuple[int, int, int, int]]:
    """(article_id, entity_id, role, count) of these articles (all indexed ones by default)."""
    out: list[tuple[int, int, int, int]] = []
    for start in range(0, len(article_ids), BATCH):
        chunk = article_ids[start : start + BATCH]
        marks = ",".join("?" * len(chunk))
        out += _mentions_from(db.execute(
            f"SELECT article_id, mentions FROM entity_articles WHERE article_id IN ({marks})", chunk
        ).fetchall())
    return out


def all_mentions(db: Any) -> list[tuple[int, int, int, int]]:
    """Every stored mention as (article_id, entity_id, role, count): what m009's rows were."""
    return _mentions_from(db.execute("SELECT article_id, mentions FROM entity_articles").fetchall())


def _mentions_from(rows: list[tuple]) -> list[tuple[int, int, int, int]]:
    entity, role, count, owner = packed.mentions_many([r[1] for r in rows])
    ids = [rows[i][0] for i in owner.tolist()]
    return list(zip(ids, entity.tolist(), role.tolist(), count.tolist()))
