"""The stored reprint band keys, packed a few thousand articles to a row.

Looking up a few new articles (an imported issue) compares them with every
stored article's band keys. Kept one row an article, reading them meant one
Python row for each of 417,000 articles at 70 years (0.36-0.45 s of every
one-issue import); packed, the same keys are about a hundred blobs read
straight into numpy arrays.

`reprint_sig_chunks` (m014) holds, per row, the article ids (int64) and their
band keys (uint32, BANDS an article), both little-endian. Rows are only
appended to (the last one filled up to CHUNK): an article hashed again gets a
newer entry, which wins over the older one, and an article deleted since
leaves its entry behind; `read` drops neither from the table but answers
with each article's latest entry. Both kinds of leftovers can only bring a
candidate that `reprints._verify` then checks on the articles' real text (a
deleted one has none), so answers do not depend on them; `compact` rewrites
the rows without them. `reprint_signatures` keeps each article's version and
length, so what is pending is still known one row an article.

The table is untrusted (another tool may have written it): a row whose
blobs do not fit together is skipped.
"""

from __future__ import annotations

import sqlite3
from typing import Any

import numpy as np

from zzreader.core import immediate_writes

TABLE = "reprint_sig_chunks"
CHUNK = 4096  # articles a row: ~480 KB rewritten when an import appends to the last one
_ID = np.dtype("<i8")
_KEY = np.dtype("<u4")


def read(db: Any, bands: int) -> tuple[np.ndarray, np.ndarray]:
    """(ids, (n, bands) keys) of every stored article, its latest entry only, ids ascending."""
    return _latest(*_all_entries(db, bands))


def _latest(ids: np.ndarray, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each article's last entry in chunk order, ids ascending."""
    if len(ids) < 2 or bool(np.all(ids[1:] > ids[:-1])):  # appended in id order, none hashed twice
        return ids.astype(np.int64, copy=False), keys.astype(np.uint32, copy=False)
    # The latest entry of each article: the last one in chunk order.
    last = len(ids) - 1 - np.unique(ids[::-1], return_index=True)[1]
    return ids[last].astype(np.int64), keys[last].astype(np.uint32)


def _all_entries(db: Any, bands: int) -> tuple[np.ndarray, np.ndarray]:
    """Every entry of the readable rows, in chunk order (older entries first)."""
    id_parts, key_parts = [], []
    for ids, keys in db.execute(f"SELECT ids, keys FROM {TABLE} ORDER BY chunk"):
        pair = _decode(ids, keys, bands)
        if pair is not None:
            id_parts.append(pair[0])
            key_parts.append(pair[1])
    if not id_parts:
        return np.zeros(0, _ID), np.zeros((0, bands), _KEY)
    return np.concatenate(id_parts), np.concatenate(key_parts)


def _decode(ids: object, keys: object, bands: int) -> tuple[np.ndarray, np.ndarray] | None:
    if not (isinstance(ids, bytes) and isinstance(keys, bytes)) or len(ids) % _ID.itemsize:
        return None
    n = len(ids) // _ID.itemsize
    if len(keys) != n * bands * _KEY.itemsize:
        return None
    return np.frombuffer(ids, _ID), np.frombuffer(keys, _KEY).reshape(n, bands)


def append(db: Any, ids: list[int], keys: np.ndarray, bands: int) -> None:
    """Add entries (inside the caller's transaction): the last row is filled up, then new rows."""
    if not ids:
        return
    new_ids = np.asarray(ids, dtype=_ID)
    new_keys = np.asarray(keys, dtype=_KEY).reshape(len(ids), bands)
    row = db.execute(f"SELECT chunk, ids, keys FROM {TABLE} ORDER BY chunk DESC LIMIT 1").fetchone()
    start = 0
    if row is not None:
        last = _decode(row[1], row[2], bands)
        if last is not None and len(last[0]) < CHUNK:
            start = CHUNK - len(last[0])
            _write(db, row[0], np.concatenate([last[0], new_ids[:start]]),
                   np.concatenate([last[1], new_keys[:start]]))
    for at in range(start, len(new_ids), CHUNK):
        _write(db, None, new_ids[at : at + CHUNK], new_keys[at : at + CHUNK])


def _write(db: Any, chunk: int | None, ids: np.ndarray, keys: np.ndarray) -> None:
    blobs = [np.ascontiguousarray(ids, _ID).tobytes(), np.ascontiguousarray(keys, _KEY).tobytes()]
    if chunk is None:
        db.execute(f"INSERT INTO {TABLE} (ids, keys) VALUES (?, ?)", blobs)
    else:
        db.execute(f"UPDATE {TABLE} SET ids = ?, keys = ? WHERE chunk = ?", [*blobs, chunk])


def clear(db: Any) -> None:
    db.execute(f"DELETE FROM {TABLE}")


def compact(db: Any, bands: int, version: int) -> int:
    """Rewrite the rows with only each article's latest entry, for articles that still
    have a signature of this version; returns the entries dropped."""
    try:
        entries = _all_entries(db, bands)
        ids, keys = _latest(*entries)
        live = {a for (a,) in db.execute(
            "SELECT article_id FROM reprint_signatures WHERE version = ?", [version])}
    except sqlite3.OperationalError as exc:  # no table yet (a library not migrated)
        immediate_writes.still_writing(db, exc)  # a write SQLite rolled back goes no further
        return 0
    keep = np.fromiter((i in live for i in ids.tolist()), dtype=bool, count=len(ids))
    clear(db)
    append(db, ids[keep].tolist(), keys[keep], bands)
    return len(entries[0]) - int(keep.sum())
