"""Varint-packed lists of the people/places index (migration m012).

Each mention, as SQLite rows, cost about 25 bytes in two b-trees (the
mentions and their article index: 0.33x the raw text of a 70-year library,
issue 18). Packed, a mention costs about 2 bytes in each direction:

- an article's mentions (`entity_articles.mentions`): the value count n,
  then n values `(entity_id - previous entity_id) << 3 | role << 1 | more`,
  sorted by (entity, role), then one count for each entry with `more` set
  (a count of 1 is not stored);
- an entity's postings (`entity_postings.data`): values
  `(article_id - previous article_id) << 2 | role`, sorted by (article, role),
  the first against 0.

Decoding is vectorised with numpy, so a listing reads millions of mentions
in well under a second. A blob another tool wrote is untrusted: one whose
last byte is not the end of a varint (or that is not bytes) reads as empty.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

ROLE_BITS = 2


def varints(values: Iterable[int]) -> bytes:
    """LEB128 bytes of non-negative integers."""
    out = bytearray()
    for v in values:
        while v >= 0x80:
            out.append((v & 0x7F) | 0x80)
            v >>= 7
        out.append(v)
    return bytes(out)


def _usable(blob: object) -> bool:
    return isinstance(blob, bytes) and len(blob) > 0 and blob[-1] < 0x80


def decode_many(blobs: Sequence[object]) -> tuple[np.ndarray, np.ndarray]:
    """(values uint64, index of the blob each value came from) for many blobs at once."""
    good = [i for i, b in enumerate(blobs) if _usable(b)]
    if not good:
        return np.zeros(0, np.uint64), np.zeros(0, np.int64)
    buf = np.frombuffer(b"".join(blobs[i] for i in good), np.uint8)  # type: ignore[misc]
    ends = np.flatnonzero(buf < 0x80)
    starts = np.empty_like(ends)
    starts[0] = 0
    starts[1:] = ends[:-1] + 1
    lengths = ends - starts + 1
    pos = np.minimum(np.arange(len(buf)) - np.repeat(starts, lengths), 9).astype(np.uint64)
    parts = (buf & 0x7F).astype(np.uint64) << (np.uint64(7) * pos)
    values = np.bitwise_or.reduceat(parts, starts)
    sizes = np.fromiter((len(blobs[i]) for i in good), np.int64, len(good))  # type: ignore[arg-type]
    blob_of_byte_end = np.searchsorted(np.cumsum(sizes), ends, side="right")
    return values, np.asarray(good, np.int64)[blob_of_byte_end]


def _segment_cumsum(deltas: np.ndarray, owner: np.ndarray) -> np.ndarray:
    """Running sums of `deltas` that restart wherever `owner` changes."""
    total = np.cumsum(deltas.astype(np.int64))
    if not len(total):
        return total
    first = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])
    before = np.r_[0, total[:-1]][first]
    return total - np.repeat(before, np.diff(np.r_[first, len(total)]))


# -- an entity's postings ---------------------------------------------------------------------
def pack_postings(items: Iterable[tuple[int, int]]) -> bytes:
    """Sorted distinct (article_id, role) pairs as one blob."""
    prev, values = 0, []
    for article, role in sorted(set(items)):
        values.append((article - prev) << ROLE_BITS | role)
        prev = article
    return varints(values)


def unpack_postings(blob: object) -> list[tuple[int, int]]:
    articles, roles, _ = postings_many([blob])
    return list(zip(articles.tolist(), roles.tolist()))


def postings_many(blobs: Sequence[object]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(article ids, roles, blob index) of many posting blobs."""
    values, owner = decode_many(blobs)
    articles = _segment_cumsum(values >> np.uint64(ROLE_BITS), owner)
    ok = (articles > 0) & (articles < 1 << 53)  # a row another tool wrote may hold anything
    return articles[ok], (values[ok] & np.uint64(3)).astype(np.int64), owner[ok]


# -- an article's mentions ---------------------------------------------------------------------
def pack_mentions(items: Iterable[tuple[int, int, int]]) -> bytes:
    """(entity_id, role, count) triples, distinct by (entity, role), as one blob."""
    rows = sorted(items)
    prev, entries, counts = 0, [], []
    for entity, role, count in rows:
        more = count != 1
        entries.append((entity - prev) << 3 | role << 1 | more)
        if more:
            counts.append(count)
        prev = entity
    return varints([len(entries), *entries, *counts])


def mentions_many(blobs: Sequence[object]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(entity ids, roles, counts, blob index) of many article blobs."""
    values, owner = decode_many(blobs)
    if not len(values):
        empty = np.zeros(0, np.int64)
        return empty, empty, empty, empty
    first = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])
    sizes = np.diff(np.r_[first, len(values)])
    local = np.arange(len(values)) - np.repeat(first, sizes)
    n = np.repeat(values[first].astype(np.int64), sizes)
    is_entry = (local >= 1) & (local <= n)
    is_count = local > n
    entries, entry_owner = values[is_entry], owner[is_entry]
    entity = _segment_cumsum(entries >> np.uint64(3), entry_owner)
    role = ((entries >> np.uint64(1)) & np.uint64(3)).astype(np.int64)
    more = (entries & np.uint64(1)).astype(bool)
    count = np.ones(len(entries), np.int64)
    # The k-th flagged entry of a blob takes the k-th count of that blob.
    flagged = np.flatnonzero(more)
    count_values, count_owner = values[is_count].astype(np.int64), owner[is_count]
    if len(flagged):
        rank = _rank_in_owner(entry_owner[flagged])
        crank = _rank_in_owner(count_owner)
        lookup = {(int(o), int(r)): int(v) for o, r, v in zip(count_owner, crank, count_values)}
        count[flagged] = [lookup.get((int(o), int(r)), 1) for o, r in zip(entry_owner[flagged], rank)]
    ok = (entity > 0) & (entity < 1 << 53) & (count > 0)
    return entity[ok], role[ok], count[ok], entry_owner[ok]


def _rank_in_owner(owner: np.ndarray) -> np.ndarray:
    """0, 1, 2... within each run of equal owners."""
    if not len(owner):
        return owner
    first = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])
    sizes = np.diff(np.r_[first, len(owner)])
    return np.arange(len(owner)) - np.repeat(first, sizes)


def unpack_mentions(blob: object) -> list[tuple[int, int, int]]:
    entity, role, count, _ = mentions_many([blob])
    return list(zip(entity.tolist(), role.tolist(), count.tolist()))
