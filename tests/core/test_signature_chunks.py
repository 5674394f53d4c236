"""Reprint band keys packed a few thousand articles to a row (m014)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import numpy as np
import pytest

from zzreader.core.discovery import reprints, signature_chunks
from zzreader.core.store import open_library

DATA = Path(__file__).resolve().parent / "data"
B = 3  # bands in these small tables


@pytest.fixture
def db():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE reprint_sig_chunks (chunk INTEGER PRIMARY KEY, ids BLOB NOT NULL, keys BLOB NOT NULL)")
    conn.execute("CREATE TABLE reprint_signatures (article_id INTEGER PRIMARY KEY, version INTEGER, chars INTEGER, sig BLOB)")
    return conn


def keys_of(*values: int) -> np.ndarray:
    return np.array([[v, v + 1, v + 2] for v in values], dtype=np.uint32)


def test_entries_fill_the_last_row_then_new_rows(db, monkeypatch):
    monkeypatch.setattr(signature_chunks, "CHUNK", 4)
    signature_chunks.append(db, [1, 2, 3], keys_of(10, 20, 30), B)
    signature_chunks.append(db, [4, 5, 6], keys_of(40, 50, 60), B)
    sizes = [len(i) // 8 for (i,) in db.execute("SELECT ids FROM reprint_sig_chunks ORDER BY chunk")]
    assert sizes == [4, 2]
    ids, keys = signature_chunks.read(db, B)
    assert ids.tolist() == [1, 2, 3, 4, 5, 6] and keys[:, 0].tolist() == [10, 20, 30, 40, 50, 60]


def test_an_article_hashed_again_answers_with_its_latest_keys(db):
    signature_chunks.append(db, [7, 8], keys_of(70, 80), B)
    signature_chunks.append(db, [7], keys_of(99), B)  # its text changed
    ids, keys = signature_chunks.read(db, B)
    assert ids.tolist() == [7, 8] and keys.tolist() == [[99, 100, 101], [80, 81, 82]]


def test_a_row_whose_blobs_do_not_fit_is_skipped(db):
    signature_chunks.append(db, [1], keys_of(10), B)
    db.execute("INSERT INTO reprint_sig_chunks (ids, keys) VALUES (?, ?)", [b"\x01" * 8, b"short"])
    db.execute("INSERT INTO reprint_sig_chunks (ids, keys) VALUES ('text', ?)", [b"\x00" * 12])
    ids, _ = signature_chunks.read(db, B)
    assert ids.tolist() == [1]


def test_compact_keeps_only_live_articles_latest_entries(db):
    signature_chunks.append(db, [1, 2, 3], keys_of(10, 20, 30), B)
    signature_chunks.append(db, [2], keys_of(21), B)
    db.executemany("INSERT INTO reprint_signatures VALUES (?, 3, 300, NULL)", [(1,), (2,)])  # 3 was deleted
    assert signature_chunks.compact(db, B, 3) == 2  # 3's entry and 2's older one
    ids, keys = signature_chunks.read(db, B)
    assert ids.tolist() == [1, 2] and keys[:, 0].tolist() == [10, 21]


def test_schema_13_band_keys_move_into_chunks_unchanged(tmp_path):
    old = tmp_path / "v13.sqlite"
    shutil.copyfile(DATA / "library_v13.sqlite", old)
    with sqlite3.connect(old) as conn:
        before = dict(conn.execute(
            "SELECT article_id, sig FROM reprint_signatures WHERE typeof(sig) = 'blob'").fetchall())
        pairs_before = conn.execute("SELECT a, b, similarity FROM reprint_pairs ORDER BY a, b").fetchall()
    assert before
    with open_library(old) as library:
        ids, keys = signature_chunks.read(library.db, reprints.STORED)
        assert {int(i): k.tobytes() for i, k in zip(ids, keys, strict=True)} == before
        assert library.db.execute("SELECT count(*) FROM reprint_signatures WHERE sig IS NOT NULL").fetchone()[0] == 0
        assert reprints.pending_count(library) == 0
        assert reprints.pairs(library) == [(a, b, float(s)) for a, b, s in pairs_before]
        reprints.rebuild(library)  # hashing every article again gives the same keys
        again = dict(zip(*signature_chunks.read(library.db, reprints.STORED), strict=True))
        assert {int(i): k.tobytes() for i, k in again.items()} == before


def test_stored_signatures_leave_out_the_articles_asked(tmp_path):
    from zzreader.core.importer import import_paths

    path = tmp_path / "lib.sqlite"
    with open_library(path) as library:
        import_paths(library, sorted((DATA.parents[2] / "seeds").glob("*.txt")), workers=0)
        ids, keys = reprints._stored_signatures(library, exclude=set())
        assert len(ids) > 3 and list(ids) == sorted(ids)
        gone = {int(ids[0]), int(ids[2]), 10**9}  # one not stored at all
        kept, kept_keys = reprints._stored_signatures(library, exclude=gone)
        assert kept.tolist() == [i for i in ids.tolist() if i not in gone]
        assert kept_keys.tolist() == [k for i, k in zip(ids.tolist(), keys.tolist(), strict=True) if i not in gone]
        same, _ = reprints._stored_signatures(library, exclude={10**9})
        assert same.tolist() == ids.tolist()  # nothing stored to leave out
