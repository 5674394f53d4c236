"""Reprints and near-duplicates: articles printed again, edited or cut.

Each article of at least MIN_CHARS characters becomes a set of character
shingles (SHINGLE characters, whitespace dropped); shingles found in very
many articles (mastheads, standing notices, boilerplate phrases) are
ignored. datasketch's MinHash summarises the set, and LSH banding (with
the bands and rows datasketch's MinHashLSH chooses) finds candidate pairs;
each candidate is then checked on the real shingle sets
with the overlap coefficient |A∩B| / min(|A|, |B|), which stays high for a
copy cut by a third (Jaccard would not). Signatures (since m012 only their
LSH band keys) and pairs are stored in the library (migration m005), so only new articles are hashed on import;
the LSH bands (b and r as datasketch's MinHashLSH chooses them) are rebuilt
from the stored signatures once per process, as numpy arrays (see core/discovery/band_lookup.py),
unless the process looks up only an issue or two (BandScan there).

Work stays linear when one text arrives many times (a file of one issue
repeated, a library of copies): articles with the same band keys are
collapsed to the first of them before any lookup (each copy is paired with
that one, so the cluster is the same), the index holds one article per
distinct signature, a band bucket is read at most band_lookup.BUCKET_CAP deep and an
article is checked against at most MAX_CANDIDATES others, those sharing the
most bands first. An article left with no shingles (all boilerplate) has no
signature: an empty set's MinHash matches every other empty set.
"""

from __future__ import annotations

import itertools
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np

from zzreader.core import stored_values, text_diff
from zzreader.core.discovery import signature_chunks
from zzreader.core.discovery.band_lookup import FOLD, BandIndex, BandScan
from zzreader.core.discovery.datasketch_loader import load as _load_datasketch

_datasketch = _load_datasketch()
MinHash, MinHashLSH = _datasketch.MinHash, _datasketch.MinHashLSH

MIN_CHARS = 200
SHINGLE = 4
NUM_PERM = 128
SCHEME = "affine32"
LSH_THRESHOLD = 0.2  # on the MinHash (Jaccard) estimate: candidates only
# The banding datasketch's MinHashLSH chooses for LSH_THRESHOLD and NUM_PERM
# (b bands of r rows; tests/core/test_reprints.py asks datasketch again).
# Given here, datasketch never runs its optimiser, which needs SciPy: the
# built app leaves SciPy out (packaging/zzreader.spec), and elsewhere its
# integrator is not even loaded (core/discovery/datasketch_loader.py).
LSH_PARAMS = (28, 2)
MIN_OVERLAP = 0.5  # on the real shingle sets: what counts as a reprint
SIGNATURE_VERSION = 3  # 3: the band keys are stored, not the values they fold (m012)
# A shingle in at least this share of the sampled articles is boilerplate.
BOILERPLATE_SHARE = 0.01
BOILERPLATE_MIN_ARTICLES = 20
BOILERPLATE_SAMPLE = 5000
BOILERPLATE_META = "reprint_boilerplate_sample"  # how many articles the stored boilerplate was learned from
BATCH = 500
BULK_MIN = 2000  # from this many new articles on, hash all first, then look up
# An article is checked against at most this many candidates (see the module
# docstring; core/discovery/band_lookup.py bounds each band's bucket).
MAX_CANDIDATES = 50

Progress = Callable[[int, int], None]
_MIX = np.array([0x9E3779B1, 0x85EBCA77, 0xC2B2AE3D, 0x27D4EB2F], dtype=np.uint64)


@dataclass(frozen=True)
class Cluster:
    articles: tuple[int, ...]
    similarity: float  # the mean overlap of its pairs
    pairs: tuple[tuple[int, int, float], ...]

    def to_json(self) -> dict:
        return {"articles": list(self.articles), "similarity": round(self.similarity, 3)}


# -- shingles and signatures --------------------------------------------------------
def shingles(text: str) -> np.ndarray:
    """Distinct 32-bit hashes of the text's SHINGLE-character runs (whitespace dropped)."""
    compact = "".join(text.split())
    if len(compact) < SHINGLE:
        return np.zeros(0, dtype=np.uint32)
    cps = np.frombuffer(compact.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    n = len(cps) - SHINGLE + 1
    h = np.zeros(n, dtype=np.uint64)
    for i in range(SHINGLE):
        h = (h ^ (cps[i : i + n] * _MIX[i])) * np.uint64(0x100000001B3)
    h ^= h >> np.uint64(29)
    return np.unique((h & np.uint64(0xFFFFFFFF)).astype(np.uint32))


def signature(hashes: np.ndarray) -> MinHash:
    m = MinHash(num_perm=NUM_PERM, hashfunc=int, scheme=SCHEME)
    if len(hashes):
        m.update_batch(hashes.tolist())
    return m


def overlap(a: np.ndarray, b: np.ndarray) -> float:
    """|A∩B| / min(|A|, |B|) of two sorted distinct hash arrays."""
    if not len(a) or not len(b):
        return 0.0
    return len(np.intersect1d(a, b, assume_unique=True)) / min(len(a), len(b))


# -- boilerplate ------------------------------------------------------------------------
def _boilerplate(library: Any) -> np.ndarray:
    with library.lock:
        rows = library.db.execute(  # 32-bit hashes: anything else another tool stored is ignored
            "SELECT hash FROM reprint_boilerplate WHERE hash BETWEEN 0 AND 4294967295 ORDER BY hash"
        ).fetchall()
    return np.array([r[0] for r in rows], dtype=np.uint32)


def learn_boilerplate(library: Any) -> int:
    """Find shingles that occur in very many articles (on a sample) and store them."""
    with library.lock:
        rows = library.db.execute(
            "SELECT text FROM articles WHERE length(text) >= ? ORDER BY random() LIMIT ?",
            [MIN_CHARS, BOILERPLATE_SAMPLE],
        ).fetchall()
    if not rows:
        return 0
    counts = np.unique(np.concatenate([shingles(t) for (t,) in rows]), return_counts=True)
    cut = max(BOILERPLATE_MIN_ARTICLES, int(BOILERPLATE_SHARE * len(rows)))
    common = counts[0][counts[1] >= cut]
    with library.lock, library.db.atomic():
        library.db.execute("DELETE FROM reprint_boilerplate")
        library.db.conn.executemany(
            "INSERT INTO reprint_boilerplate (hash) VALUES (?)", [(int(h),) for h in common]
        )
    library.set_meta(BOILERPLATE_META, str(len(rows)))
    return len(common)


def _article_shingles(text: str, boiler: np.ndarray) -> np.ndarray:
    s = shingles(text)
    return np.setdiff1d(s, boiler, assume_unique=True) if len(boiler) else s


# -- the LSH table, one per library connection ------------------------------------------
# datasketch's MinHashLSH picks the banding (b bands of r values) for the
# threshold; the bands are then kept as sorted numpy arrays over all stored
# signatures. Filling a MinHashLSH one insert at a time from 70,000 stored
# signatures took 13.6 s per process (tests/bench/bench_discovery.py), which
# a one-file `zzreader import` would pay each time; the arrays load in well
# under a second. Articles hashed later in the session go to a small
# dictionary on the side.
_LSH = MinHashLSH(num_perm=NUM_PERM, params=LSH_PARAMS)
BANDS, ROWS = _LSH.b, _LSH.r
# Only what the bands read is stored: each band's ROWS values folded into
# one 32-bit key (112 bytes an article; m012). Two unrelated articles share a
# key by chance once in 2**32 per band (a candidate that the check on the real
# shingles then drops); the pairs are never judged on the signature.
STORED = BANDS


def band_keys(values: np.ndarray) -> np.ndarray:
    """(n, BANDS) uint32 keys from (n, BANDS * ROWS) MinHash values."""
    sigs = np.atleast_2d(values).astype(np.uint64)
    keys = np.zeros((sigs.shape[0], BANDS), dtype=np.uint64)
    for band in range(BANDS):
        k = np.full(sigs.shape[0], band + 1, dtype=np.uint64)
        for col in range(band * ROWS, (band + 1) * ROWS):
            k = (k ^ sigs[:, col]) * FOLD
        keys[:, band] = k
    return ((keys >> np.uint64(32)) ^ (keys & np.uint64(0xFFFFFFFF))).astype(np.uint32)


SCAN_MAX = 50  # articles: up to this many, in a process without bands, BandScan

_INDEXES: weakref.WeakKeyDictionary[Any, BandIndex] = weakref.WeakKeyDictionary()


def _index(library: Any) -> BandIndex:
    idx = _INDEXES.get(library)
    if idx is None:
        idx = _INDEXES[library] = BandIndex(*_stored_signatures(library, exclude=set()), BANDS)
    return idx


def _lookup(library: Any, pending: list[int]) -> BandIndex | BandScan:
    """The session's bands, or for a few articles and no bands yet a scan (not kept)."""
    if library in _INDEXES or len(pending) > SCAN_MAX:
        return _index(library)
    return BandScan(*_stored_signatures(library, exclude=set(pending)), BANDS)


# -- building -----------------------------------------------------------------------------
def unhashed(library: Any) -> int:
    """How many articles have no signature (or one of an older SIGNATURE_VERSION)."""
    return len(_pending(library, None))


def _pending(library: Any, article_ids: Iterable[int] | None) -> list[int]:
    with library.lock:
        if article_ids is None:
            rows = library.db.execute(
                "SELECT a.id FROM articles a LEFT JOIN reprint_signatures s ON s.article_id = a.id "
                "WHERE s.article_id IS NULL OR s.version != ? ORDER BY a.id",
                [SIGNATURE_VERSION],
            ).fetchall()
            return [r[0] for r in rows]
    return sorted(set(article_ids))


def _texts(library: Any, ids: list[int]) -> dict[int, str]:
    out: dict[int, str] = {}
    with library.lock:
        for i in range(0, len(ids), BATCH):
            chunk = ids[i : i + BATCH]
            marks = ",".join("?" * len(chunk))
            out.update(library.db.execute(f"SELECT id, text FROM articles WHERE id IN ({marks})", chunk))
    return out


def update(
    library: Any,
    article_ids: Iterable[int] | None = None,
    progress: Progress | None = None,
    cancel: Any = None,
) -> int:
    """Hash the given articles (default: all not yet hashed) and store their reprint pairs.

    A few articles (an imported issue) are added to the session's LSH bands
    one by one (without bands yet, up to SCAN_MAX are compared with every
    stored key instead); many (a first build) are hashed first and looked up against
    bands built once over all signatures. Signatures and pairs are stored per
    batch, so a cancelled build goes on from there next time.
    """
    if getattr(library, "read_only", False):
        return 0  # nothing can be stored: the pairs are listed as they are (`unhashed` says what they lack)
    if _boilerplate_stale(library):
        learn_boilerplate(library)
    boiler = _boilerplate(library)
    pending = _pending(library, article_ids)
    if len(pending) >= BULK_MIN:
        return _update_bulk(library, pending, boiler, progress, cancel)
    idx = _lookup(library, pending)
    total = len(pending)
    if progress:
        progress(0, total)
    for start in range(0, total, BATCH):
        if cancel is not None and cancel.is_set():
            break
        chunk = pending[start : start + BATCH]
        rows, sets, hashed = _hash(_texts(library, chunk), chunk, boiler)
        firsts, candidates = _collapse(hashed)
        with idx.lock:
            idx.drop(chunk)
            for article_id, values in firsts.items():
                idx.add(article_id, values)
            candidates |= _candidates(idx, firsts, lambda _a, _b: True)
        _store(library, chunk, rows, _verify(library, candidates, sets, boiler))
        if progress:
            progress(min(start + BATCH, total), total)
    return total


def _update_bulk(library: Any, pending: list[int], boiler: np.ndarray, progress: Progress | None,
                 cancel: Any) -> int:
    total = len(pending)
    hashed_all: dict[int, np.ndarray] = {}
    rows_all: dict[int, tuple[int, int, int, bytes | None]] = {}
    for start in range(0, total, BATCH):
        if cancel is not None and cancel.is_set():
            return 0
        chunk = pending[start : start + BATCH]
        rows, _, hashed = _hash(_texts(library, chunk), chunk, boiler)
        rows_all.update((r[0], r) for r in rows)
        hashed_all.update(hashed)
        if progress:
            progress(min(start + BATCH, total), 2 * total)
    _INDEXES.pop(library, None)
    stored_ids, stored_sigs = _stored_signatures(library, exclude=set(pending))
    new_ids = np.array(sorted(hashed_all), dtype=np.int64)
    new_sigs = np.array([hashed_all[i] for i in new_ids.tolist()], dtype=np.uint32).reshape(-1, STORED)
    idx = BandIndex(np.concatenate([stored_ids, new_ids]), np.concatenate([stored_sigs, new_sigs]), BANDS)
    twin_of = _first_copies(hashed_all)
    waiting = set(pending)
    for start in range(0, total, BATCH):
        if cancel is not None and cancel.is_set():
            return start
        chunk = pending[start : start + BATCH]
        hashed = {i: hashed_all[i] for i in chunk if i in hashed_all}
        # A pair with an article still waiting is looked up by the later one of
        # the two; a copy is paired with the first of its copies (in the index).
        firsts = {i: k for i, k in hashed.items() if twin_of.get(i, i) == i}
        candidates = {(twin_of[i], i) for i in hashed if twin_of.get(i, i) != i}
        candidates |= _candidates(idx, firsts, lambda a, other: other not in waiting or other < a)
        sets = {i: _article_shingles(t, boiler) for i, t in _texts(library, list(hashed)).items()}
        _store(library, chunk, [rows_all[i] for i in chunk if i in rows_all], _verify(library, candidates, sets, boiler))
        if progress:
            progress(total + min(start + BATCH, total), 2 * total)
    _INDEXES[library] = idx
    return total


def _stored_signatures(library: Any, exclude: set[int]) -> tuple[np.ndarray, np.ndarray]:
    """Every stored signature (ids, (n, STORED) keys) but `exclude`'s, read from the
    packed rows (core/discovery/signature_chunks.py; rows that do not fit are skipped)."""
    with library.lock:
        ids, sigs = signature_chunks.read(library.db, STORED)  # ids ascending
    if not exclude or not len(ids):
        return ids, sigs
    wanted = np.array(sorted(exclude), dtype=np.int64)
    at = np.searchsorted(ids, wanted)
    found = at[(at < len(ids)) & (ids[np.minimum(at, len(ids) - 1)] == wanted)]
    if not len(found):  # an issue's new articles are not stored yet: no 47 MB copy at 70 years
        return ids, sigs
    keep = np.ones(len(ids), dtype=bool)
    keep[found] = False
    return ids[keep], sigs[keep]


def _hash(texts: dict[int, str], ids: list[int], boiler: np.ndarray) -> tuple[list, dict, dict]:
    """Signature rows to store, shingle sets and signatures of the long-enough articles."""
    rows: list[tuple[int, int, int, bytes | None]] = []
    sets: dict[int, np.ndarray] = {}
    values: dict[int, np.ndarray] = {}
    for article_id in ids:
        text = texts.get(article_id)
        if text is None:
            continue
        chars = len("".join(text.split()))
        if chars < MIN_CHARS:
            rows.append((article_id, SIGNATURE_VERSION, chars, None))
            continue
        sets[article_id] = _article_shingles(text, boiler)
        if len(sets[article_id]):  # all boilerplate: nothing to match (see the module docstring)
            values[article_id] = signature(sets[article_id]).hashvalues[: BANDS * ROWS]
        rows.append((article_id, SIGNATURE_VERSION, chars, None))
    # The band keys of the whole batch at once (one row at a time cost 0.1 ms an article).
    keys = band_keys(np.array(list(values.values()))) if values else np.zeros((0, BANDS), np.uint32)
    hashed = dict(zip(values, keys))
    rows = [(a, v, c, hashed[a].tobytes() if a in hashed else None) for a, v, c, _ in rows]
    return rows, sets, hashed


def _first_copies(hashed: dict[int, np.ndarray]) -> dict[int, int]:
    """Each article's first copy among these (the lowest id with the same band keys)."""
    first: dict[bytes, int] = {}
    for article_id in sorted(hashed):
        first.setdefault(hashed[article_id].tobytes(), article_id)
    return {i: first[k.tobytes()] for i, k in hashed.items()}


def _collapse(hashed: dict[int, np.ndarray]) -> tuple[dict[int, np.ndarray], set[tuple[int, int]]]:
    """The first of each group of copies, and each other copy paired with it (to check)."""
    twin_of = _first_copies(hashed)
    firsts = {i: k for i, k in hashed.items() if twin_of[i] == i}
    return firsts, {(twin_of[i], i) for i in hashed if twin_of[i] != i}


def _candidates(idx: BandIndex | BandScan, hashed: dict[int, np.ndarray], keep: Callable[[int, int], bool]) -> set[tuple[int, int]]:
    """Pairs to check: at most MAX_CANDIDATES an article, those sharing the most bands."""
    out: set[tuple[int, int]] = set()
    for article_id, values in hashed.items():
        kept = (o for o in idx.query(values) if o != article_id and keep(article_id, o))
        for other in itertools.islice(kept, MAX_CANDIDATES):
            out.add((min(article_id, other), max(article_id, other)))
    return out


def _verify(library: Any, candidates: set[tuple[int, int]], sets: dict[int, np.ndarray],
            boiler: np.ndarray) -> list[tuple[int, int, float]]:
    """The candidate pairs whose real shingle sets overlap enough."""
    others = sorted({i for pair in candidates for i in pair} - sets.keys())
    for other, text in _texts(library, others).items():
        sets[other] = _article_shingles(text, boiler)
    pairs = []
    for a, b in sorted(candidates):
        if a in sets and b in sets:
            sim = overlap(sets[a], sets[b])
            if sim >= MIN_OVERLAP:
                pairs.append((a, b, round(sim, 4)))
    return pairs


def _store(library: Any, ids: list[int], rows: list, pairs: list[tuple[int, int, float]]) -> None:
    """Signature rows (version, length) and their band keys, packed (signature_chunks), and the pairs."""
    marks = ",".join("?" * len(ids))
    hashed = [(r[0], r[3]) for r in rows if r[3] is not None]
    keys = np.frombuffer(b"".join(k for _, k in hashed), dtype=np.uint32).reshape(len(hashed), STORED)
    with library.lock, library.db.atomic():
        library.db.execute(f"DELETE FROM reprint_pairs WHERE a IN ({marks}) OR b IN ({marks})", ids + ids)
        library.db.conn.executemany(
            "INSERT OR REPLACE INTO reprint_signatures (article_id, version, chars, sig) VALUES (?, ?, ?, NULL)",
            [r[:3] for r in rows],
        )
        signature_chunks.append(library.db, [a for a, _ in hashed], keys, STORED)
        library.db.conn.executemany(
            "INSERT OR REPLACE INTO reprint_pairs (a, b, similarity) VALUES (?, ?, ?)", pairs
        )


def _boilerplate_stale(library: Any) -> bool:
    """Learn the boilerplate again once the library has grown fourfold since
    (a first import of a few issues cannot tell boilerplate from news)."""
    sampled = stored_values.whole_number(library.meta(BOILERPLATE_META), 0)  # anything else: learn again
    if sampled >= BOILERPLATE_SAMPLE:
        return False
    with library.lock:
        eligible = library.db.execute(
            "SELECT count(*) FROM articles WHERE length(text) >= ?", [MIN_CHARS]
        ).fetchone()[0]
    return eligible > 0 and (sampled == 0 or eligible >= 4 * sampled)


def rebuild(library: Any, progress: Progress | None = None, cancel: Any = None) -> int:
    """Forget every signature and pair, learn the boilerplate again, hash everything."""
    with library.lock, library.db.atomic():
        library.db.execute("DELETE FROM reprint_pairs")
        library.db.execute("DELETE FROM reprint_signatures")
        signature_chunks.clear(library.db)
    _INDEXES.pop(library, None)
    learn_boilerplate(library)
    return update(library, None, progress, cancel)


def pending_count(library: Any) -> int:
    return len(_pending(library, None))


# -- listing --------------------------------------------------------------------------------
def pairs(library: Any, min_chars: int = MIN_CHARS) -> list[tuple[int, int, float]]:
    with library.lock:
        rows = library.db.execute(
            "SELECT p.a, p.b, p.similarity FROM reprint_pairs p "
            "JOIN reprint_signatures sa ON sa.article_id = p.a "
            "JOIN reprint_signatures sb ON sb.article_id = p.b "
            # a pair of an article that is gone (another tool removed it or planted the pair) is none
            "JOIN articles xa ON xa.id = p.a JOIN articles xb ON xb.id = p.b "
            "WHERE sa.chars >= ? AND sb.chars >= ? ORDER BY p.a, p.b",
            [min_chars, min_chars],
        ).fetchall()
    # A library is untrusted: a pair of odd types (a similarity in text) is not one of ours.
    return [(a, b, float(s)) for a, b, s in rows
            if isinstance(a, int) and isinstance(b, int) and isinstance(s, int | float) and not isinstance(s, bool)]


def clusters(library: Any, min_chars: int = MIN_CHARS) -> list[Cluster]:
    """Connected groups of reprint pairs, most similar first."""
    found = pairs(library, min_chars)
    parent: dict[int, int] = {}

    def root(x: int) -> int:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b, _ in found:
        parent[root(a)] = root(b)
    groups: dict[int, list[tuple[int, int, float]]] = {}
    for a, b, s in found:
        groups.setdefault(root(a), []).append((a, b, s))
    out = []
    for members in groups.values():
        ids = tuple(sorted({i for a, b, _ in members for i in (a, b)}))
        sim = sum(s for _, _, s in members) / len(members)
        out.append(Cluster(ids, sim, tuple(members)))
    out.sort(key=lambda c: (-c.similarity, c.articles))
    return out


# -- side by side ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Segment:
    """A run of text in one article: `same` in both, or changed (left or right only)."""

    text: str
    same: bool


def compare(left: str, right: str) -> tuple[list[Segment], list[Segment]]:
    """The two texts cut into runs, the runs that differ marked (character diff, bounded work)."""
    lhs: list[Segment] = []
    rhs: list[Segment] = []
    for op, i1, i2, j1, j2 in text_diff.opcodes(left, right):
        same = op == "equal"
        if i2 > i1:
            lhs.append(Segment(left[i1:i2], same))
        if j2 > j1:
            rhs.append(Segment(right[j1:j2], same))
    return lhs, rhs
