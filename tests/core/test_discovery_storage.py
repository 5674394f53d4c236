"""The packed discovery storage (m012): the same index, lists and pairs as the row tables before it.

The references below are the queries of schema 11 (core/discovery/entities.py
before m012), run on the checked-in schema-11 library before it is upgraded;
the packed library must answer every one of them the same.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from tests.conftest import SEEDS
from tests.core.discovery_helpers import FLOOD, MARKET, article, issue
from zzreader.core import migrations
from zzreader.core.discovery import (
    entities,
    mention_store,
    packed,
    reprints,
    signature_chunks,
)
from zzreader.core.importer import import_paths
from zzreader.core.store import open_library

DATA = Path(__file__).parent / "data"
KINDS = ("person", "place", "org")
_CANON = "COALESCE(al.name, e.name)"
_FROM = (
    " FROM entity_mentions m JOIN entities e ON e.id = m.entity_id JOIN articles a ON a.id = m.article_id "
    "LEFT JOIN entity_aliases al ON al.kind = e.kind AND al.alias = e.name "
)


def _old_entries(conn: sqlite3.Connection, kind: str) -> list[tuple]:
    """Schema 11's listing: (name, roles, articles, first, last) per name."""
    roles: dict[str, dict[str, int]] = {}
    for name, code, n in conn.execute(
        f"SELECT {_CANON}, m.role, count(DISTINCT m.article_id){_FROM}WHERE e.kind = ? GROUP BY 1, 2", [kind]
    ):
        roles.setdefault(name, {})[entities.ROLE_NAMES[code]] = n
    totals = conn.execute(
        f"SELECT {_CANON}, count(DISTINCT m.article_id), min(a.issue_date), max(a.issue_date)"
        f"{_FROM}WHERE e.kind = ? GROUP BY 1", [kind]
    ).fetchall()
    return sorted((name, sorted(roles[name].items()), n, first, last) for name, n, first, last in totals)


def _old_detail(conn: sqlite3.Connection, kind: str, name: str) -> tuple:
    """Schema 11's detail: article ids newest first, and every co-occurring name with its count."""
    rows = conn.execute(
        "SELECT m.article_id FROM entity_mentions m JOIN entities e ON e.id = m.entity_id "
        "JOIN articles a ON a.id = m.article_id WHERE e.kind = ? AND e.name = ? ORDER BY a.issue_date DESC, a.id",
        [kind, name],
    ).fetchall()
    ids = list(dict.fromkeys(r[0] for r in rows))
    together: Counter = Counter()
    marks = ",".join("?" * len(ids))
    for k, n, c in conn.execute(
        f"SELECT e.kind, {_CANON}, count(DISTINCT m.article_id){_FROM}WHERE m.article_id IN ({marks}) GROUP BY 1, 2",
        ids,
    ):
        if (k, n) != (kind, name):
            together[(k, n)] += c
    return ids, dict(together)


def _new_entries(library, kind: str) -> list[tuple]:
    return sorted((e.name, sorted(e.roles.items()), e.articles, e.first, e.last)
                  for e in entities.entries(library, kind))


@pytest.fixture()
def v11(tmp_path: Path) -> Path:
    path = tmp_path / "v11.sqlite"
    path.write_bytes((DATA / "library_v11.sqlite").read_bytes())
    return path


def test_upgrading_schema_11_keeps_every_list_count_and_pair(v11: Path) -> None:
    conn = sqlite3.connect(v11)
    old_rows = sorted(conn.execute(
        "SELECT e.kind, e.name, m.article_id, m.role, m.count FROM entity_mentions m JOIN entities e ON e.id = m.entity_id"
    ).fetchall())
    old_lists = {kind: _old_entries(conn, kind) for kind in KINDS}
    busiest = [r[0] for r in conn.execute(
        "SELECT e.name FROM entity_mentions m JOIN entities e ON e.id = m.entity_id WHERE e.kind = 'place' "
        "GROUP BY e.id ORDER BY count(*) DESC, e.name LIMIT 5"
    )]
    old_details = {name: _old_detail(conn, "place", name) for name in busiest}
    old_pairs = conn.execute("SELECT a, b, similarity FROM reprint_pairs ORDER BY a, b").fetchall()
    conn.close()
    assert len(old_rows) > 250 and all(old_lists.values())
    with open_library(v11) as library:
        assert migrations.user_version(library.db) == migrations.SCHEMA_VERSION
        tables = {r[0] for r in library.db.execute("SELECT name FROM sqlite_master")}
        assert not {"entity_mentions", "entity_mentions_article", "entity_done"} & tables
        assert entities.mention_rows(library) == old_rows
        assert {kind: _new_entries(library, kind) for kind in KINDS} == old_lists
        for name, (ids, together) in old_details.items():
            found = entities.detail(library, "place", name, with_limit=10_000)
            assert found.article_ids == ids
            assert {(k, n): c for k, n, c in found.with_names} == together
        assert entities.pending_count(library) == 0  # the extractor version came along
        assert reprints.pending_count(library) == 0
        assert reprints.update(library) == 0
        assert reprints.pairs(library) == [(a, b, float(s)) for a, b, s in old_pairs]


def _band_keys(library) -> dict[int, bytes]:
    ids, keys = signature_chunks.read(library.db, reprints.STORED)
    return {int(i): k.tobytes() for i, k in zip(ids, keys, strict=True)}


def test_migrated_band_keys_are_what_hashing_the_article_again_gives(v11: Path) -> None:
    with open_library(v11) as library:
        stored = _band_keys(library)
        assert stored and all(len(s) == 4 * reprints.BANDS for s in stored.values())
        reprints.rebuild(library)
        again = _band_keys(library)
    # The boilerplate is learned again on a random sample: it is the same on five seeds.
    assert again == stored


def test_upgrading_schema_10_keeps_every_mention(tmp_path: Path) -> None:
    path = tmp_path / "v10.sqlite"
    path.write_bytes((DATA / "library_v10.sqlite").read_bytes())
    conn = sqlite3.connect(path)
    before = sorted(conn.execute(
        "SELECT e.kind, e.name, m.article_id, m.role, m.count FROM entity_mentions m JOIN entities e ON e.id = m.entity_id"
    ).fetchall())
    conn.close()
    with open_library(path) as library:
        assert migrations.user_version(library.db) == migrations.SCHEMA_VERSION
        assert entities.mention_rows(library) == before
        assert entities.indexed_byline_pairs(library) == entities.byline_pairs(library)
    assert (tmp_path / "v10.bak-10.sqlite").exists()


def _fresh_lists(tmp_path: Path, name: str, issues: list) -> dict:
    with open_library(tmp_path / name) as library:
        for one in issues:
            library.import_issue(one)
        entities.update(library)
        return {kind: _new_entries(library, kind) for kind in KINDS}


def test_a_deleted_article_whose_id_is_reused_takes_its_names_along(tmp_path: Path) -> None:
    """SQLite gave the largest id again after it was deleted (before migration 15; a sequence another
    tool set back still does): the new article must not inherit its postings."""
    first = issue("2024-06-01", [article("防汛", FLOOD, ("罗晓燕",))])
    gone = issue("2024-06-02", [article("集市", MARKET, ("黎青禾",))])
    later = issue("2024-06-03", [article("再谈防汛", "株洲市渌口区南洲镇今天转移群众。")])
    with open_library(tmp_path / "lib.sqlite") as library:
        library.import_issue(first)
        outcome = library.import_issue(gone)
        entities.update(library)
        library.delete_issue(library.db.execute("SELECT issue_id FROM articles WHERE id = ?",
                                                 [outcome.added[0]]).fetchone()[0])
        library.db.execute("UPDATE sqlite_sequence SET seq = ? WHERE name = 'articles'", [outcome.added[0] - 1])
        again = library.import_issue(later)
        assert again.added == outcome.added  # the id came back
        entities.update(library)
        lists = {kind: _new_entries(library, kind) for kind in KINDS}
        assert "黎青禾" not in {e[0] for e in lists["person"]}
        assert mention_store.sweep(library.db) == 0  # nothing left behind
    assert lists == _fresh_lists(tmp_path, "fresh.sqlite", [first, later])


def test_seeds_imported_twice_and_changed_keep_the_index_of_a_fresh_build(tmp_path: Path) -> None:
    with open_library(tmp_path / "a.sqlite") as library:
        import_paths(library, SEEDS, workers=0)
        import_paths(library, SEEDS, workers=0)
        article_id = library.db.execute("SELECT min(id) FROM articles").fetchone()[0]
        library.corrections.edit(article_id, {"text": FLOOD}, why="测试")
        entities.update(library, [article_id])
        edited = {kind: _new_entries(library, kind) for kind in KINDS}
        rows = entities.mention_rows(library)
        library.db.execute("DELETE FROM entity_postings")
        library.db.execute("UPDATE entity_articles SET version = 0, mentions = x'00'")
        entities.update(library)
        assert entities.mention_rows(library) == rows
        assert {kind: _new_entries(library, kind) for kind in KINDS} == edited


def test_postings_split_into_rows_and_read_back_in_order(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(mention_store, "ROW_BYTES", 8)
    with open_library(tmp_path / "lib.sqlite") as library:
        db = library.db
        library.import_issue(issue("2024-06-01", [article(f"第{i}篇", "短讯。") for i in range(59)]))
        ids = [r[0] for r in db.execute("SELECT id FROM articles ORDER BY id")]
        db.execute("INSERT INTO entities (id, kind, name) VALUES (100000, 'place', '株洲')")
        with db.atomic():
            mention_store.replace(db, {i: [(100000, i % 2, 1)] for i in ids[::2]}, 2)
            mention_store.replace(db, {i: [(100000, 0, 3)] for i in ids[1::2]}, 2)
            mention_store.replace(db, {ids[29]: []}, 2)
        rows = db.execute("SELECT first, data FROM entity_postings WHERE entity_id = 100000 ORDER BY first").fetchall()
        assert len(rows) > 5
        got = [p for _first, data in rows for p in packed.unpack_postings(data)]
        want = sorted({(i, i % 2) for i in ids[::2]} | {(i, 0) for i in ids[1::2]} - {(ids[29], 0)})
        assert got == want
        assert [r[0] for r in rows] == [packed.unpack_postings(d)[0][0] for _f, d in rows]


def test_an_untrusted_blob_reads_as_nothing() -> None:
    values, owner = packed.decode_many([b"\x81", "text", 5, b"", packed.varints([3, 300])])
    assert values.tolist() == [3, 300] and owner.tolist() == [4, 4]
    assert packed.unpack_mentions(b"\x05\xff") == []
    assert np.array_equal(packed.postings_many([b"\xff\x7f"])[0], np.array([16383 >> 2]))
