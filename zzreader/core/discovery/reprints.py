"""Reprints and near-duplicates: articles printed again, edited or cut.

Each article of at least MIN_CHARS characters becomes a set of character
shingles (SHINGLE characters, whitespace dropped); shingles found in very
many articles (mastheads, standing notices, boilerplate phrases) are
ignored. datasketch's MinHash summarises the set, and its MinHashLSH finds
candidate pairs; each candidate is then checked on the real shingle sets
with the overlap coefficient |A∩B| / min(|A|, |B|), which stays high for a
copy cut by a third (Jaccard would not). Signatures and pairs are stored in
the library (migration m009), so only new articles are hashed on import;
the LSH table is rebuilt from the stored signatures once per process.
"""

from __future__ import annotations

import difflib
import threading
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np
from datasketch import MinHash, MinHashLSH

MIN_CHARS = 200
SHINGLE = 4
NUM_PERM = 128
SCHEME = "affine32"
LSH_THRESHOLD = 0.2  # on the MinHash (Jaccard) estimate: candidates only
MIN_OVERLAP = 0.5  # on the real shingle sets: what counts as a reprint
SIGNATURE_VERSION = 1
# A shingle in at least this share of the sampled articles is boilerplate.
BOILERPLATE_SHARE = 0.01
BOILERPLATE_MIN_ARTICLES = 20
BOILERPLATE_SAMPLE = 5000
BOILERPLATE_META = "reprint_boilerplate_sample"  # how many articles the stored boilerplate was learned from
BATCH = 500

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


def _from_blob(blob: bytes) -> MinHash:
    return MinHash(num_perm=NUM_PERM, hashvalues=np.frombuffer(blob, dtype=np.uint32), scheme=SCHEME)


def overlap(a: np.ndarray, b: np.ndarray) -> float:
    """|A∩B| / min(|A|, |B|) of two sorted distinct hash arrays."""
    if not len(a) or not len(b):
        return 0.0
    return len(np.intersect1d(a, b, assume_unique=True)) / min(len(a), len(b))


# -- boilerplate ------------------------------------------------------------------------
def _boilerplate(library: Any) -> np.ndarray:
    with library.lock:
        rows = library.db.execute("SELECT hash FROM reprint_boilerplate ORDER BY hash").fetchall()
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
class _Index:
    def __init__(self) -> None:
        self.lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
        self.keys: set[int] = set()
        self.lock = threading.Lock()

    def add(self, article_id: int, m: MinHash) -> None:
        if article_id in self.keys:
            self.lsh.remove(article_id)
        self.lsh.insert(article_id, m)
        self.keys.add(article_id)

    def drop(self, article_ids: Iterable[int]) -> None:
        for i in article_ids:
            if i in self.keys:
                self.lsh.remove(i)
                self.keys.discard(i)


_INDEXES: "weakref.WeakKeyDictionary[Any, _Index]" = weakref.WeakKeyDictionary()


def _index(library: Any) -> _Index:
    idx = _INDEXES.get(library)
    if idx is None:
        idx = _Index()
        with library.lock:
            rows = library.db.execute(
                "SELECT article_id, sig FROM reprint_signatures WHERE sig IS NOT NULL AND version = ?",
                [SIGNATURE_VERSION],
            ).fetchall()
        for article_id, blob in rows:
            idx.add(article_id, _from_blob(blob))
        _INDEXES[library] = idx
    return idx


# -- building -----------------------------------------------------------------------------
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
    """Hash the given articles (default: all not yet hashed) and store their reprint pairs."""
    if _boilerplate_stale(library):
        learn_boilerplate(library)
    boiler = _boilerplate(library)
    pending = _pending(library, article_ids)
    idx = _index(library)
    total = len(pending)
    if progress:
        progress(0, total)
    for start in range(0, total, BATCH):
        if cancel is not None and cancel.is_set():
            break
        chunk = pending[start : start + BATCH]
        texts = _texts(library, chunk)
        _hash_chunk(library, idx, chunk, texts, boiler)
        if progress:
            progress(min(start + BATCH, total), total)
    return total


def _boilerplate_stale(library: Any) -> bool:
    """Learn the boilerplate again once the library has grown fourfold since
    (a first import of a few issues cannot tell boilerplate from news)."""
    sampled = int(library.meta(BOILERPLATE_META) or 0)
    if sampled >= BOILERPLATE_SAMPLE:
        return False
    with library.lock:
        eligible = library.db.execute(
            "SELECT count(*) FROM articles WHERE length(text) >= ?", [MIN_CHARS]
        ).fetchone()[0]
    return eligible > 0 and (sampled == 0 or eligible >= 4 * sampled)


def _hash_chunk(library: Any, idx: _Index, ids: list[int], texts: dict[int, str], boiler: np.ndarray) -> None:
    sigs: list[tuple[int, int, int, bytes | None]] = []
    sets: dict[int, np.ndarray] = {}
    with idx.lock:
        idx.drop(ids)
        for article_id in ids:
            text = texts.get(article_id)
            if text is None:
                continue
            chars = len("".join(text.split()))
            if chars < MIN_CHARS:
                sigs.append((article_id, SIGNATURE_VERSION, chars, None))
                continue
            sets[article_id] = _article_shingles(text, boiler)
            m = signature(sets[article_id])
            sigs.append((article_id, SIGNATURE_VERSION, chars, m.hashvalues.astype(np.uint32).tobytes()))
            idx.add(article_id, m)
        candidates: set[tuple[int, int]] = set()
        for article_id, _, _, blob in sigs:
            if blob is None:
                continue
            for other in idx.lsh.query(_from_blob(blob)):
                if other != article_id:
                    candidates.add((min(article_id, other), max(article_id, other)))
    others = sorted({i for pair in candidates for i in pair} - sets.keys())
    for other, text in _texts(library, others).items():
        sets[other] = _article_shingles(text, boiler)
    pairs = []
    for a, b in candidates:
        if a in sets and b in sets:
            sim = overlap(sets[a], sets[b])
            if sim >= MIN_OVERLAP:
                pairs.append((a, b, round(sim, 4)))
    marks = ",".join("?" * len(ids))
    with library.lock, library.db.atomic():
        library.db.execute(f"DELETE FROM reprint_pairs WHERE a IN ({marks}) OR b IN ({marks})", ids + ids)
        library.db.conn.executemany(
            "INSERT OR REPLACE INTO reprint_signatures (article_id, version, chars, sig) VALUES (?, ?, ?, ?)",
            sigs,
        )
        library.db.conn.executemany(
            "INSERT OR REPLACE INTO reprint_pairs (a, b, similarity) VALUES (?, ?, ?)", pairs
        )


def rebuild(library: Any, progress: Progress | None = None, cancel: Any = None) -> int:
    """Forget every signature and pair, learn the boilerplate again, hash everything."""
    with library.lock, library.db.atomic():
        library.db.execute("DELETE FROM reprint_pairs")
        library.db.execute("DELETE FROM reprint_signatures")
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
            "WHERE sa.chars >= ? AND sb.chars >= ? ORDER BY p.a, p.b",
            [min_chars, min_chars],
        ).fetchall()
    return [(a, b, s) for a, b, s in rows]


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
    """The two texts cut into runs, the runs that differ marked (character diff)."""
    sm = difflib.SequenceMatcher(None, left, right, autojunk=False)
    lhs: list[Segment] = []
    rhs: list[Segment] = []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        same = op == "equal"
        if i2 > i1:
            lhs.append(Segment(left[i1:i2], same))
        if j2 > j1:
            rhs.append(Segment(right[j1:j2], same))
    return lhs, rhs
