"""Migration 12, frozen: pack the discovery indexes (issue 18: 0.53x the raw text of a 70-year library)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from zzreader.core.database import Database


def _varints(values: list[int]) -> bytes:  # core/discovery/packed.py `varints`, frozen
    out = bytearray()
    for v in values:
        while v >= 0x80:
            out.append((v & 0x7F) | 0x80)
            v >>= 7
        out.append(v)
    return bytes(out)


def _article_blob(items: list[tuple[int, int, int]]) -> bytes:  # packed.pack_mentions, frozen
    prev, entries, counts = 0, [], []
    for entity, role, count in sorted(items):
        entries.append((entity - prev) << 3 | role << 1 | (count != 1))
        if count != 1:
            counts.append(count)
        prev = entity
    return _varints([len(entries), *entries, *counts])


def _posting_rows(entity: int, items: list[tuple[int, int]]) -> list[tuple[int, int, bytes]]:
    """An entity's sorted (article, role) list cut into rows of about 2048 packed bytes
    (core/discovery/mention_store.py `_pieces`, frozen)."""
    pieces: list[list[tuple[int, int]]] = []
    size, prev = 2048, 0
    for article, role in items:
        if size >= 2048 and (not pieces or article != pieces[-1][-1][0]):
            pieces.append([])
            size, prev = 0, 0
        size += len(_varints([(article - prev) << 2 | role]))
        prev = article
        pieces[-1].append((article, role))
    out = []
    for piece in pieces:
        prev, values = 0, []
        for article, role in piece:
            values.append((article - prev) << 2 | role)
            prev = article
        out.append((entity, piece[0][0], _varints(values)))
    return out


def _band_keys(blob: bytes) -> bytes:
    """A schema-11 signature (56 uint32 MinHash values) as its 28 LSH band keys of 32 bits
    (core/discovery/reprints.py `band_keys`, frozen)."""
    import numpy as np

    sig = np.frombuffer(blob, dtype=np.uint32).astype(np.uint64)
    fold = np.uint64(0x100000001B3)
    keys = np.arange(1, 29, dtype=np.uint64)  # array arithmetic wraps silently, as the live code's
    for col in (0, 1):
        keys = (keys ^ sig[col::2]) * fold
    return ((keys >> np.uint64(32)) ^ (keys & np.uint64(0xFFFFFFFF))).astype(np.uint32).tobytes()


def upgrade(db: Database) -> None:
    """Pack the discovery indexes (issue 18: 0.53x the raw text of a 70-year library).

    Each mention was a row in `entity_mentions` and another in its article
    index, about 25 bytes; now it is about 2 bytes in each of
    `entity_articles` (an article's mentions, with the extractor version
    `entity_done` kept) and `entity_postings` (a name's articles, in rows of
    about 2 KB); layouts in core/discovery/packed.py. A reprint signature
    keeps its 28 LSH band keys of 32 bits instead of the 56 MinHash values
    they fold (signature version 3). Every row is converted; the old tables
    are dropped and their pages reused until a compact. DDL frozen here.
    """
    db.execute(
        "CREATE TABLE entity_articles (article_id INTEGER PRIMARY KEY REFERENCES articles(id) "
        "ON DELETE CASCADE, version INTEGER NOT NULL, mentions BLOB NOT NULL)"
    )
    db.execute(
        "CREATE TABLE entity_postings (entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE, "
        "first INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY (entity_id, first)) WITHOUT ROWID"
    )
    ours = (
        "FROM entity_mentions m JOIN articles a ON a.id = m.article_id JOIN entities e ON e.id = m.entity_id "
        "WHERE typeof(m.role) = 'integer' AND m.role BETWEEN 0 AND 3"
    )
    count = "CASE WHEN typeof(m.count) = 'integer' AND m.count > 0 THEN m.count ELSE 1 END"
    done = dict(db.execute(
        "SELECT article_id, version FROM entity_done WHERE typeof(version) = 'integer'"
    ).fetchall())
    current: int | None = None
    items: list[tuple[int, int, int]] = []

    def flush() -> None:
        if current is not None:
            db.execute("INSERT INTO entity_articles VALUES (?, ?, ?)",
                       [current, done.pop(current, 0), _article_blob(items)])

    for article, entity, role, n in db.execute(
        f"SELECT m.article_id, m.entity_id, m.role, {count} {ours} ORDER BY m.article_id"
    ):
        if article != current:
            flush()
            current, items = article, []
        items.append((entity, role, n))
    flush()
    db.execute("CREATE TEMP TABLE m012_done (article_id INTEGER PRIMARY KEY, version INTEGER)")
    db.conn.executemany("INSERT INTO m012_done VALUES (?, ?)", list(done.items()))
    db.execute(
        "INSERT INTO entity_articles SELECT d.article_id, d.version, x'00' FROM m012_done d "
        "JOIN articles a ON a.id = d.article_id"
    )
    db.execute("DROP TABLE temp.m012_done")
    entity_now: int | None = None
    postings: list[tuple[int, int]] = []
    for entity, article, role in db.execute(
        f"SELECT DISTINCT m.entity_id, m.article_id, m.role {ours} ORDER BY 1, 2, 3"
    ):
        if entity != entity_now:
            if entity_now is not None:
                db.conn.executemany("INSERT INTO entity_postings VALUES (?, ?, ?)",
                                    _posting_rows(entity_now, postings))
            entity_now, postings = entity, []
        postings.append((article, role))
    if entity_now is not None:
        db.conn.executemany("INSERT INTO entity_postings VALUES (?, ?, ?)", _posting_rows(entity_now, postings))
    high = db.execute("SELECT max(article_id) FROM entity_articles").fetchone()[0] or 0
    db.execute(
        "INSERT INTO meta(key, value) VALUES ('entity_high_water', ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [str(high)]
    )
    db.execute("DROP TABLE entity_mentions")
    db.execute("DROP TABLE entity_done")
    for article, blob in db.execute(
        "SELECT article_id, sig FROM reprint_signatures WHERE version = 2 AND typeof(sig) = 'blob' "
        "AND length(sig) = 224"
    ).fetchall():
        db.execute("UPDATE reprint_signatures SET version = 3, sig = ? WHERE article_id = ?",
                   [_band_keys(blob), article])
    db.execute("UPDATE reprint_signatures SET version = 3 WHERE version = 2 AND sig IS NULL")
