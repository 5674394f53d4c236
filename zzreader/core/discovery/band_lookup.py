"""Candidate lookup by LSH band keys: which stored articles share a band with a new one.

core/discovery/reprints.py hashes articles and checks each candidate on its
shingles; this module only answers "who shares a band with these keys",
bounded per lookup (BUCKET_CAP ids a band) so a library of copies stays
linear. Two answers to the same question: BandIndex sorts every band once
per process (worth it for a long import), BandScan compares every stored key
(cheaper for an issue or two).
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Iterable

import numpy as np

# Bounds on one lookup: a file of one issue repeated 1,130 times (20 MB) took
# minutes and grew with the square of its size without them. A genuine
# article has a handful of reprints, not two hundred.
BUCKET_CAP = 200
FOLD = np.uint64(0x100000001B3)


class BandIndex:
    """Candidate lookup by LSH bands: sorted base arrays plus a side dictionary."""

    def __init__(self, ids: np.ndarray, keys: np.ndarray, bands: int) -> None:
        # One band a row, each contiguous; equal keys may come in any order (a
        # query takes them all), so the faster unstable sort does (1.13 -> 0.74 s
        # for 405,000 random signatures, the size of a 70-year library).
        ids, keys, self.second = distinct(ids, keys.reshape(-1, bands))
        by_band = np.ascontiguousarray(keys.T)
        self.base: list[tuple[np.ndarray, np.ndarray]] = []
        for band in range(bands):
            order = np.argsort(by_band[band])
            self.base.append((by_band[band][order], ids[order]))
        self.extra: dict[tuple[int, int], set[int]] = {}
        self.extra_keys: dict[int, list[tuple[int, int]]] = {}
        self.dropped: set[int] = set()
        self.lock = threading.Lock()

    def add(self, article_id: int, band_key: np.ndarray) -> None:
        self.drop([article_id])
        self.dropped.discard(article_id)
        keys = [(band, int(key)) for band, key in enumerate(band_key)]
        self.extra_keys[article_id] = keys
        for k in keys:
            self.extra.setdefault(k, set()).add(article_id)

    def drop(self, article_ids: Iterable[int]) -> None:
        """Forget articles (re-hashed or deleted); the base arrays keep them, masked."""
        for i in article_ids:
            self.dropped.add(i)
            for k in self.extra_keys.pop(i, ()):
                self.extra[k].discard(i)

    def query(self, band_key: np.ndarray) -> list[int]:
        """Articles sharing a band with these keys, those sharing the most bands first.

        Each bucket is read at most BUCKET_CAP deep, so one lookup costs at
        most BANDS * BUCKET_CAP ids whatever the library holds.
        """
        parts: list[np.ndarray] = []
        for band, key in enumerate(band_key):
            keys, ids = self.base[band]
            lo, hi = np.searchsorted(keys, key, "left"), np.searchsorted(keys, key, "right")
            parts.append(ids[lo : min(hi, lo + BUCKET_CAP)])
            more = self.extra.get((band, int(key)))
            if more:
                parts.append(np.fromiter(itertools.islice(more, BUCKET_CAP), dtype=np.int64))
        if not parts:
            return []
        found, shared = np.unique(np.concatenate(parts), return_counts=True)
        best: dict[int, int] = {}
        for i, n in zip(found.tolist(), shared.tolist(), strict=True):
            # The next copy stands in for one re-hashed (the article looking, or dropped).
            for j in (i, self.second.get(i)):
                if j is not None and j not in self.dropped:
                    best[j] = max(best.get(j, 0), n)
        return [i for _, i in sorted((-n, i) for i, n in best.items())]


def distinct(ids: np.ndarray, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray, dict[int, int]]:
    """One article (the first id) per distinct row of band keys, and its next copy.

    The other copies were paired with the first when they were stored, so a
    lookup that finds the first finds their cluster.
    """
    if not len(ids):
        return ids, keys, {}
    folded = np.zeros(len(ids), dtype=np.uint64)
    for band in range(keys.shape[1]):
        folded = (folded ^ keys[:, band].astype(np.uint64)) * FOLD
    order = np.lexsort((ids, folded))
    first = np.ones(len(order), dtype=bool)
    first[1:] = folded[order][1:] != folded[order][:-1]
    second = np.zeros(len(order), dtype=bool)
    second[1:] = first[:-1] & ~first[1:]
    nexts = {int(ids[order[k - 1]]): int(ids[order[k]]) for k in np.flatnonzero(second)}
    chosen = np.sort(order[first])
    return ids[chosen], keys[chosen], nexts


class BandScan:
    """Candidate lookup for a few articles without the bands: every stored key compared.

    Sorting the bands costs about 60 such lookups (0.95 s on the 417,000
    signatures of a 70-year library), so an import of an issue or two, in a
    process that has no bands yet, compares instead: band by band, each band's
    keys one contiguous array (3 ms a lookup at 70 years; 18 ms comparing the
    rows of the table as stored).
    """

    def __init__(self, ids: np.ndarray, keys: np.ndarray, bands: int) -> None:
        self.ids = ids
        self.by_band = np.ascontiguousarray(np.asarray(keys, dtype=np.uint32).reshape(-1, bands).T)
        self.extra: dict[int, np.ndarray] = {}
        self.lock = threading.Lock()

    def add(self, article_id: int, band_key: np.ndarray) -> None:
        self.extra[article_id] = np.asarray(band_key, dtype=np.uint32)

    def drop(self, article_ids: Iterable[int]) -> None:
        for i in article_ids:
            self.extra.pop(i, None)

    def query(self, band_key: np.ndarray) -> list[int]:
        """Articles sharing a band with these keys, those sharing the most bands first (as BandIndex)."""
        band_key = np.asarray(band_key, dtype=np.uint32)
        hits = [np.flatnonzero(column == key) for column, key in zip(self.by_band, band_key, strict=True)]
        rows, shared = np.unique(np.concatenate(hits), return_counts=True) if hits else ([], [])
        ranked = {int(self.ids[k]): int(n) for k, n in zip(rows, shared, strict=True)}
        for i, keys in self.extra.items():
            if n := int((keys == band_key).sum()):
                ranked[i] = max(ranked.get(i, 0), n)
        return [i for _, i in sorted((-n, i) for i, n in ranked.items())]
