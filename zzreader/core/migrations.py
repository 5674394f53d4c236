"""Versioned schema migrations for the library file.

The schema version lives in `PRAGMA user_version` so any SQLite tool can read
it. Each migration is one function run in one transaction together with the
version bump, so a crash leaves the file at the old version, never half-way.
Before migrating an existing library we copy it next to itself with
`sqlite3.Connection.backup` (years of notes must survive a bad upgrade), and a
file written by a newer zzreader is refused instead of being guessed at.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from zzreader.core.errors import ZZReaderError

if TYPE_CHECKING:
    from pathlib import Path

    # sqlite_utils without numpy (see there)
    from zzreader.core.database import Database

Migration = Callable[["Database"], None]

# Bumped only by a migration that older code cannot read safely.
SCHEMA_COMPAT = 1


class LibraryError(ZZReaderError):
    """A library file that cannot be opened or written; the message is bilingual."""


def m001_initial(db: Database) -> None:
    """Create issues, articles and the annotation tables the later issues need."""
    db.executescript(
        """
        CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT
        );
        CREATE TABLE issues (
            id INTEGER PRIMARY KEY,
            source TEXT UNIQUE NOT NULL,
            sha256 TEXT NOT NULL,
            encoding TEXT,
            date TEXT,
            date_source TEXT,
            number INTEGER,
            pages INTEGER,
            warnings TEXT NOT NULL DEFAULT '[]',
            source_text TEXT NOT NULL,
            article_count INTEGER NOT NULL DEFAULT 0,
            imported_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX issues_date ON issues(date);
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            issue_date TEXT,
            title TEXT NOT NULL,
            subtitle TEXT NOT NULL DEFAULT '',
            kicker TEXT NOT NULL DEFAULT '',
            section TEXT NOT NULL DEFAULT '',
            editor TEXT NOT NULL DEFAULT '',
            type TEXT NOT NULL,
            reporters TEXT NOT NULL DEFAULT '[]',
            correspondents TEXT NOT NULL DEFAULT '[]',
            photographers TEXT NOT NULL DEFAULT '[]',
            dateline TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL,
            blocks TEXT NOT NULL DEFAULT '[]',
            continued_from TEXT,
            line_start INTEGER,
            line_end INTEGER
        );
        CREATE INDEX articles_issue_seq ON articles(issue_id, seq);
        CREATE INDEX articles_reading_order ON articles(issue_date, issue_id, seq);
        CREATE TABLE unassigned (
            id INTEGER PRIMARY KEY,
            issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            line_start INTEGER,
            line_end INTEGER
        );
        CREATE INDEX unassigned_issue ON unassigned(issue_id);
        CREATE TABLE tags (
            id INTEGER PRIMARY KEY,
            name TEXT UNIQUE NOT NULL COLLATE NOCASE,
            color TEXT
        );
        CREATE TABLE article_tags (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            PRIMARY KEY (article_id, tag_id)
        );
        CREATE INDEX article_tags_tag ON article_tags(tag_id);
        CREATE TABLE highlights (
            id TEXT PRIMARY KEY,
            article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
            issue_source TEXT,
            article_seq INTEGER,
            start INTEGER,
            "end" INTEGER,
            exact TEXT,
            prefix TEXT,
            suffix TEXT,
            text_hash TEXT,
            color TEXT,
            style TEXT,
            note TEXT,
            anchor_state TEXT NOT NULL DEFAULT 'anchored',
            created TEXT,
            modified TEXT
        );
        CREATE INDEX highlights_article ON highlights(article_id);
        CREATE TABLE highlight_tags (
            highlight_id TEXT NOT NULL REFERENCES highlights(id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            PRIMARY KEY (highlight_id, tag_id)
        );
        CREATE INDEX highlight_tags_tag ON highlight_tags(tag_id);
        CREATE TABLE collections (
            id INTEGER PRIMARY KEY,
            name TEXT UNIQUE NOT NULL,
            created TEXT
        );
        CREATE TABLE collection_articles (
            collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            added TEXT,
            PRIMARY KEY (collection_id, article_id)
        );
        CREATE INDEX collection_articles_article ON collection_articles(article_id);
        """
    )
    # The full-text index as core/fts_index.py reads it (frozen here: one
    # character per token, day-slot row keys, tokenizer version 2).
    db.execute(
        "CREATE VIRTUAL TABLE articles_fts USING fts5(body, title, subtitle, "
        "content='', columnsize=0, tokenize='ascii')"
    )
    db.execute(
        "CREATE TABLE articles_fts_keys (key INTEGER PRIMARY KEY, "
        "article_id INTEGER NOT NULL UNIQUE REFERENCES articles(id) ON DELETE CASCADE)"
    )
    db.execute("INSERT INTO meta(key, value) VALUES ('tokenizer_version', '2')")


def m002_title_filter_index(db: Database) -> None:
    """Let the tree's title filter scan a small covering index, not every article row.

    The scan reads titles only (3-4 MB for 70,000 articles instead of the
    whole table), and the date columns sort the matches without row lookups.
    """
    db.execute(
        "CREATE INDEX articles_title_filter ON articles(title, issue_date, issue_id, seq)"
    )


def m003_annotation_journal(db: Database) -> None:
    """The annotations' undo journal (core/journal.py) and two highlight lookup indexes."""
    db.executescript(
        """
        CREATE TABLE IF NOT EXISTS annotation_journal (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            created TEXT NOT NULL,
            undone INTEGER NOT NULL DEFAULT 0,
            changes TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS highlights_issue_source ON highlights(issue_source, article_seq);
        CREATE INDEX IF NOT EXISTS highlights_anchor_state ON highlights(anchor_state);
        """
    )


def m004_compressed_sources(db: Database) -> None:
    """Keep each raw dump bzip2-compressed in `issues.source_bz2` (see core/sources.py).

    The plain `source_text` column is dropped; its pages are reused by later
    imports (a VACUUM would return them to the file system). The packing is
    frozen here (UTF-8, bzip2 level 9), as core/sources.py packed it then.
    """
    import bz2

    db.execute("ALTER TABLE issues ADD COLUMN source_bz2 BLOB")
    rows = db.execute("SELECT id, source_text FROM issues").fetchall()
    for issue_id, text in rows:
        packed = bz2.compress((text or "").encode("utf-8"), 9)
        db.execute("UPDATE issues SET source_bz2 = ? WHERE id = ?", [packed, issue_id])
    db.execute("ALTER TABLE issues DROP COLUMN source_text")


def m005_discovery(db: Database) -> None:
    """The discovery indexes (see core/discovery/): people, places and
    organisations with their articles and hand-merged aliases, and the
    MinHash signatures and pairs that find reprints. Frozen DDL, kept here."""
    db.executescript(
        """
        CREATE TABLE entities (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            name TEXT NOT NULL,
            UNIQUE (kind, name)
        );
        CREATE TABLE entity_mentions (
            entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            role TEXT NOT NULL,
            count INTEGER NOT NULL DEFAULT 1,
            PRIMARY KEY (entity_id, article_id, role)
        ) WITHOUT ROWID;
        CREATE INDEX entity_mentions_article ON entity_mentions(article_id);
        CREATE TABLE entity_aliases (
            kind TEXT NOT NULL,
            alias TEXT NOT NULL,
            name TEXT NOT NULL,
            PRIMARY KEY (kind, alias)
        );
        CREATE TABLE entity_done (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            version INTEGER NOT NULL
        );
        CREATE TABLE reprint_signatures (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            version INTEGER NOT NULL,
            chars INTEGER NOT NULL,
            sig BLOB
        );
        CREATE TABLE reprint_pairs (
            a INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            b INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            similarity REAL NOT NULL,
            PRIMARY KEY (a, b)
        );
        CREATE INDEX reprint_pairs_b ON reprint_pairs(b);
        CREATE TABLE reprint_boilerplate (
            hash INTEGER PRIMARY KEY
        ) WITHOUT ROWID;
        """
    )
def m006_import_provenance(db: Database) -> None:
    """Where imported annotations came from (core/import_provenance.py), and which
    process made each undo-journal entry (core/changes.py)."""
    db.execute(
        """
        CREATE TABLE annotation_imports (
            highlight_id TEXT NOT NULL,
            source TEXT NOT NULL,
            remote_id TEXT NOT NULL,
            remote_modified TEXT,
            imported_at TEXT NOT NULL,
            PRIMARY KEY (highlight_id, source)
        )
        """
    )
    db.execute("ALTER TABLE annotation_journal ADD COLUMN origin TEXT")


def m007_corrections(db: Database) -> None:
    """Article revisions for archivists' corrections (core/corrections.py); DDL frozen here.

    `article_id` goes NULL when an article leaves (merged, not an article,
    dropped by a re-import): the history stays, found by issue source and seq.
    """
    db.executescript(
        """
        CREATE TABLE article_revisions (
            id INTEGER PRIMARY KEY,
            article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
            issue_source TEXT NOT NULL,
            article_seq INTEGER,
            revision INTEGER NOT NULL,
            created TEXT NOT NULL,
            user TEXT NOT NULL DEFAULT '',
            why TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT 'edit',
            fields TEXT NOT NULL DEFAULT '[]',
            state TEXT NOT NULL,
            extra TEXT NOT NULL DEFAULT '{}',
            status TEXT NOT NULL DEFAULT 'applied',
            uid TEXT UNIQUE NOT NULL
        );
        CREATE INDEX article_revisions_article ON article_revisions(article_id, revision);
        CREATE INDEX article_revisions_source ON article_revisions(issue_source, article_seq);
        CREATE INDEX article_revisions_status ON article_revisions(status);
        """
    )


def m008_index_what_the_page_shows(db: Database) -> None:
    """Re-create the full-text index with every text the article page shows.

    Kicker, byline names and section (with the editor) join body, title and
    subtitle as columns of their own, so a plain query finds a reporter's
    name, a kicker or a section while `author:` and `section:` stay filters;
    its tokens become character pairs (tokenizer version 3). DDL frozen here.
    A migration imports no live module, so the tables are left empty with
    tokenizer version 0: `open_library` (core/store.py), the one caller of
    `migrate`, sees the index is not current and fills it right after, and a
    crash in between only means the next open fills it.
    """
    db.execute("DROP TABLE IF EXISTS articles_fts")
    db.execute("DROP TABLE IF EXISTS articles_fts_keys")
    db.execute(
        "CREATE VIRTUAL TABLE articles_fts USING fts5(body, title, subtitle, kicker, byline, "
        "section, content='', columnsize=0, tokenize='ascii')"
    )
    db.execute(
        "CREATE TABLE articles_fts_keys (key INTEGER PRIMARY KEY, "
        "article_id INTEGER NOT NULL UNIQUE REFERENCES articles(id) ON DELETE CASCADE)"
    )
    db.execute(
        "INSERT INTO meta(key, value) VALUES ('tokenizer_version', '0') "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
    )


def m009_entity_roles_as_numbers(db: Database) -> None:
    """Entity mentions keep their role as a number (0 mentioned, 1 reporter,
    2 correspondent, 3 photographer; core/discovery/entities.py ROLE_CODES).

    The role's text was 40% of the two largest discovery b-trees (the
    mentions and their article index, 0.67x the raw text of a ten-year
    library; issue 18). The table is rebuilt with the same rows. Separate
    statements, not a script: a script would commit the migration's
    transaction half-way. DDL frozen here.
    """
    db.execute(
        """
        CREATE TABLE entity_mentions_v9 (
            entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            role INTEGER NOT NULL,
            count INTEGER NOT NULL DEFAULT 1,
            PRIMARY KEY (entity_id, article_id, role)
        ) WITHOUT ROWID
        """
    )
    db.execute(
        "INSERT INTO entity_mentions_v9 (entity_id, article_id, role, count) "
        "SELECT entity_id, article_id, CASE role WHEN 'mentioned' THEN 0 WHEN 'reporter' THEN 1 "
        "WHEN 'correspondent' THEN 2 WHEN 'photographer' THEN 3 END, count FROM entity_mentions "
        "WHERE role IN ('mentioned', 'reporter', 'correspondent', 'photographer')"
    )
    db.execute("DROP TABLE entity_mentions")
    db.execute("ALTER TABLE entity_mentions_v9 RENAME TO entity_mentions")
    db.execute("CREATE INDEX entity_mentions_article ON entity_mentions(article_id)")


def m010_issue_fingerprint_index(db: Database) -> None:
    """An index on each issue's SHA-256, which the importer looks up for every
    file it reads (an unchanged or renamed issue is found by its bytes).

    Without it each lookup scanned the issues table: 57 ms an issue on a
    70-year library, the one import cost that grew with the library
    (issue 18). DDL frozen here.
    """
    db.execute("CREATE INDEX IF NOT EXISTS issues_sha256 ON issues(sha256)")


def _remember(issue: str, article: str, text: str) -> str:
    """SQL that logs an article's packed-time text (or NULL: added since) once.

    Not INSERT OR IGNORE: an outer statement's conflict policy (INSERT OR
    REPLACE) would override the trigger's.
    """
    return (
        f"INSERT INTO source_basis SELECT {issue}, {article}, {text} WHERE NOT EXISTS "
        f"(SELECT 1 FROM source_basis WHERE issue_id = {issue} AND article_id = {article})"
    )


# m011's log table, frozen; `repair_dump_log` re-creates it word for word.
M011_BASIS_TABLE = (
    "CREATE TABLE source_basis (issue_id INTEGER NOT NULL, article_id INTEGER NOT NULL, "
    "text TEXT, PRIMARY KEY (issue_id, article_id)) WITHOUT ROWID"
)


# m011's triggers, frozen. They keep `source_basis` (core/sources.py): the
# first change to an article since its issue's dump was packed keeps the text
# it had then. core/safe_open.py accepts exactly these statements (a trigger
# of this name with other SQL is foreign) and `missing_triggers` names any
# that went missing.
M011_TRIGGERS: dict[str, str] = {
    "source_basis_on_update": (
        "CREATE TRIGGER source_basis_on_update AFTER UPDATE OF text, issue_id ON articles "
        "WHEN old.text IS NOT new.text OR old.issue_id IS NOT new.issue_id BEGIN "
        f"{_remember('old.issue_id', 'old.id', 'old.text')}; "
        f"{_remember('new.issue_id', 'new.id', 'NULL')} AND new.issue_id IS NOT old.issue_id; END"
    ),
    "source_basis_on_delete": (
        "CREATE TRIGGER source_basis_on_delete AFTER DELETE ON articles "
        "WHEN EXISTS (SELECT 1 FROM issues WHERE id = old.issue_id) BEGIN "
        f"{_remember('old.issue_id', 'old.id', 'old.text')}; END"
    ),
    "source_basis_on_insert": (
        "CREATE TRIGGER source_basis_on_insert AFTER INSERT ON articles BEGIN "
        f"{_remember('new.issue_id', 'new.id', 'NULL')}; END"
    ),
    "source_basis_issue_gone": (
        "CREATE TRIGGER source_basis_issue_gone AFTER DELETE ON issues BEGIN "
        "DELETE FROM source_basis WHERE issue_id = old.id; END"
    ),
}


def m011_dumps_as_deltas(db: Database) -> None:
    """Keep each raw dump as a delta against the issue's articles (core/sources.py).

    bzip2 left the dumps at half their raw size, though they are almost all
    article text the library already holds (issue 18). `source_basis` and
    its triggers remember the text each article had when its issue's dump
    was packed, so any later change to the articles (by any code path) leaves
    the dump readable. Every dump is repacked from `source_bz2` into
    `source_packed` with a frozen copy of the packing, and `source_bz2` is
    dropped; its pages are reused by later imports until a compact. DDL frozen
    here.
    """
    import bz2
    import struct
    import zlib

    db.execute(M011_BASIS_TABLE)
    for sql in M011_TRIGGERS.values():
        db.execute(sql)
    db.execute("ALTER TABLE issues ADD COLUMN source_packed BLOB")

    def pack(text: str, basis: bytes) -> bytes:  # core/sources.py `pack`, layout ZZD1, frozen
        data, chunk_size = text.encode("utf-8"), 16384
        heads, parts = [], []
        for start in range(0, len(data), chunk_size):
            chunk = data[start : start + chunk_size]
            centre = (start + len(chunk) // 2) * len(basis) // len(data)
            lo = max(0, min(centre - 8192, len(basis) - 16384))
            hi = min(len(basis), lo + 16384)
            zdict = (basis[lo:hi],) if hi > lo else ()
            packer = zlib.compressobj(9, zlib.DEFLATED, -15, 9, zlib.Z_DEFAULT_STRATEGY, *zdict)
            body = packer.compress(chunk) + packer.flush()
            heads.append(struct.pack("<III", lo, hi, len(body)))
            parts.append(body)
        return struct.pack("<4sII", b"ZZD1", zlib.crc32(data), len(parts)) + b"".join(heads + parts)

    def unbzip(blob: object) -> str | None:
        """The stored dump, or None when another tool left something unreadable there
        (not bytes, not bzip2, cut short, not UTF-8, or inflating past any real dump)."""
        if not blob:
            return ""
        if not isinstance(blob, bytes):
            return None
        try:
            inflater = bz2.BZ2Decompressor()
            data = inflater.decompress(blob, 100_663_296)  # 1.5 x core/file_limits.py's 64 MB, frozen
            if not inflater.eof:
                return None
            return data.decode("utf-8")
        except (OSError, ValueError, EOFError):  # UnicodeDecodeError is a ValueError
            return None

    for issue_id, blob in db.execute("SELECT id, source_bz2 FROM issues").fetchall():
        text = unbzip(blob)
        if text is None:  # kept as a blob core/sources.py refuses: "cannot be rebuilt", never a wrong dump
            db.execute("UPDATE issues SET source_packed = ? WHERE id = ?", [b"unreadable", issue_id])
            continue
        texts = db.execute("SELECT text FROM articles WHERE issue_id = ? ORDER BY id", [issue_id])
        basis = "\n".join(str(t) for (t,) in texts.fetchall()).encode("utf-8", "surrogatepass")
        db.execute("UPDATE issues SET source_packed = ? WHERE id = ?", [pack(text, basis), issue_id])
    db.execute("ALTER TABLE issues DROP COLUMN source_bz2")


def _m012_varints(values: list[int]) -> bytes:  # core/discovery/packed.py `varints`, frozen
    out = bytearray()
    for v in values:
        while v >= 0x80:
            out.append((v & 0x7F) | 0x80)
            v >>= 7
        out.append(v)
    return bytes(out)


def _m012_article_blob(items: list[tuple[int, int, int]]) -> bytes:  # packed.pack_mentions, frozen
    prev, entries, counts = 0, [], []
    for entity, role, count in sorted(items):
        entries.append((entity - prev) << 3 | role << 1 | (count != 1))
        if count != 1:
            counts.append(count)
        prev = entity
    return _m012_varints([len(entries), *entries, *counts])


def _m012_posting_rows(entity: int, items: list[tuple[int, int]]) -> list[tuple[int, int, bytes]]:
    """An entity's sorted (article, role) list cut into rows of about 2048 packed bytes
    (core/discovery/mention_store.py `_pieces`, frozen)."""
    pieces: list[list[tuple[int, int]]] = []
    size, prev = 2048, 0
    for article, role in items:
        if size >= 2048 and (not pieces or article != pieces[-1][-1][0]):
            pieces.append([])
            size, prev = 0, 0
        size += len(_m012_varints([(article - prev) << 2 | role]))
        prev = article
        pieces[-1].append((article, role))
    out = []
    for piece in pieces:
        prev, values = 0, []
        for article, role in piece:
            values.append((article - prev) << 2 | role)
            prev = article
        out.append((entity, piece[0][0], _m012_varints(values)))
    return out


def _m012_band_keys(blob: bytes) -> bytes:
    """A schema-11 signature (56 uint32 MinHash values) as its 28 LSH band keys of 32 bits
    (core/discovery/reprints.py `band_keys`, frozen)."""
    import numpy as np

    sig = np.frombuffer(blob, dtype=np.uint32).astype(np.uint64)
    fold = np.uint64(0x100000001B3)
    keys = np.arange(1, 29, dtype=np.uint64)  # array arithmetic wraps silently, as the live code's
    for col in (0, 1):
        keys = (keys ^ sig[col::2]) * fold
    return ((keys >> np.uint64(32)) ^ (keys & np.uint64(0xFFFFFFFF))).astype(np.uint32).tobytes()


def m012_packed_discovery(db: Database) -> None:
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
                       [current, done.pop(current, 0), _m012_article_blob(items)])

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
                                    _m012_posting_rows(entity_now, postings))
            entity_now, postings = entity, []
        postings.append((article, role))
    if entity_now is not None:
        db.conn.executemany("INSERT INTO entity_postings VALUES (?, ?, ?)", _m012_posting_rows(entity_now, postings))
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
                   [_m012_band_keys(blob), article])
    db.execute("UPDATE reprint_signatures SET version = 3 WHERE version = 2 AND sig IS NULL")


def m013_title_filter_from_the_index(db: Database) -> None:
    """The tree's title filter reads the full-text index's title column
    (core/title_filter.py), so m002's covering index of every title goes: about
    200 ms a keystroke and 0.04 of the raw text at 70 years (issue 18). Its pages
    are reused by later writes and given back by `compact`."""
    db.execute("DROP INDEX IF EXISTS articles_title_filter")


def m014_packed_reprint_signatures(db: Database) -> None:
    """Reprint band keys move from one row an article into rows of up to 4,096
    articles (core/discovery/signature_chunks.py): a one-issue import read all of
    them, one Python row each, 0.36-0.45 s at 70 years (issue 18). Each chunk
    holds the article ids (int64) and their 28 band keys (uint32), little-endian;
    `reprint_signatures` keeps version and length, its `sig` emptied. DDL and
    layout frozen here."""
    db.execute(
        "CREATE TABLE reprint_sig_chunks (chunk INTEGER PRIMARY KEY, ids BLOB NOT NULL, keys BLOB NOT NULL)"
    )
    rows = db.execute(
        "SELECT article_id, sig FROM reprint_signatures WHERE version = 3 AND typeof(sig) = 'blob' "
        "AND length(sig) = 112 ORDER BY article_id"
    ).fetchall()
    for at in range(0, len(rows), 4096):
        part = rows[at : at + 4096]
        ids = b"".join(int(a).to_bytes(8, "little", signed=True) for a, _ in part)
        db.execute("INSERT INTO reprint_sig_chunks (ids, keys) VALUES (?, ?)", [ids, b"".join(s for _, s in part)])
    db.execute("UPDATE reprint_signatures SET sig = NULL WHERE sig IS NOT NULL")


MIGRATIONS: tuple[Migration, ...] = (
    m001_initial,
    m002_title_filter_index,
    m003_annotation_journal,
    m004_compressed_sources,
    m005_discovery,
    m006_import_provenance,
    m007_corrections,
    m008_index_what_the_page_shows,
    m009_entity_roles_as_numbers,
    m010_issue_fingerprint_index,
    m011_dumps_as_deltas,
    m012_packed_discovery,
    m013_title_filter_from_the_index,
    m014_packed_reprint_signatures,
)
SCHEMA_VERSION = len(MIGRATIONS)


def missing_triggers(db: Database) -> list[str]:
    """The CREATE statements of our triggers that are missing (core/safe_open.py
    drops a trigger whose SQL is not exactly ours); a read, nothing written."""
    if user_version(db) < 11:
        return []
    have = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    return [sql for name, sql in M011_TRIGGERS.items() if name not in have]


def dump_log_altered(db: Database) -> bool:
    """Whether `source_basis` is missing or not m011's table word for word; a read."""
    if user_version(db) < 11:
        return False
    row = db.execute("SELECT type, sql FROM sqlite_master WHERE name = 'source_basis'").fetchone()
    return row is None or tuple(row) != ("table", M011_BASIS_TABLE)


def repair_dump_log(db: Database) -> str | None:
    """Make `source_basis` m011's table again if it is missing or not ours; the notice to show.

    A library is untrusted input: the log may have been dropped, replaced by a
    view (core/safe_open.py drops that) or by a table of other columns, types
    or constraints, on which our triggers would fail at the next correction.
    The rows that our triggers could have written (whole-number ids, text or
    NULL) are kept; an issue whose log lost rows then fails its CRC check and
    says so (core/sources.py) instead of showing a wrong dump. Call inside a
    transaction, before `missing_triggers`.
    """
    if not dump_log_altered(db):
        return None
    row = db.execute("SELECT type, sql FROM sqlite_master WHERE name = 'source_basis'").fetchone()
    kept: list[tuple] = []
    if row is not None and row[0] == "table":
        try:
            rows = db.execute("SELECT issue_id, article_id, text FROM source_basis").fetchall()
        except sqlite3.Error:  # other columns: nothing can be kept
            rows = []
        kept = [r for r in rows if isinstance(r[0], int) and isinstance(r[1], int)
                and isinstance(r[2], (str, type(None)))]  # fmt: skip
        db.execute("DROP TABLE source_basis")
    db.execute(M011_BASIS_TABLE)
    db.conn.executemany("INSERT OR IGNORE INTO source_basis VALUES (?, ?, ?)", kept)
    return (
        "书库中的原文记录表（source_basis）被改动过，已重建；此前更正过的期次可能无法显示原文"
        " / The library's dump log (source_basis) had been altered and was rebuilt; issues corrected "
        "before may not show their original text"
    )


def user_version(db: Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def _table_count(db: Database) -> int:
    return db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]


def backup_path(path: Path, old_version: int) -> Path:
    """`library.sqlite` at version 1 backs up to `library.bak-1.sqlite`.

    A library named with 80 Chinese characters (247 bytes) could not be
    opened by a newer version: `<stem>.bak-<n><suffix>.partial` passed the
    255 bytes of a file name. Such a stem is cut and ends in a digest of the
    whole name, as the rolling backups' (core/backup_names.py; copied here:
    migrations import no live module).
    """
    stem, suffix = path.stem, path.suffix
    if _bytes(f"{stem}.bak-999{suffix}.partial-journal") > 255:
        if _bytes(suffix) > 16:  # "x.长长长…": the whole name is the stem
            stem, suffix = path.name, ""
        import hashlib  # here, not at import: a one-shot search reads M011_TRIGGERS (cli/quick_search.py)

        digest = "~" + hashlib.sha256(path.name.encode("utf-8", "surrogateescape")).hexdigest()[:10]
        while stem and _bytes(stem + digest) > 175 - _bytes(suffix):
            stem = stem[:-1]
        stem += digest
    return path.with_name(f"{stem}.bak-{old_version}{suffix}")


def _bytes(text: str) -> int:
    return len(text.encode("utf-8", "surrogateescape"))


def backup(db: Database, path: Path, old_version: int) -> Path:
    """Copy the whole library (WAL included) to a sibling file, once per version.

    An existing backup of the same version is kept: it was taken before an
    earlier attempt and is the pristine copy (Zotero's rule).
    """
    target = backup_path(path, old_version)
    if not target.exists():
        # Copy under a temporary name: a crash mid-copy must not leave a
        # half file that the next start would keep as the pristine backup.
        partial = target.with_name(target.name + ".partial")
        partial.unlink(missing_ok=True)
        dest = sqlite3.connect(os.path.abspath(partial))  # absolute: never ':memory:' or a 'file:' URI
        try:
            db.conn.backup(dest)
        finally:
            dest.close()
        os.replace(partial, target)
    return target


def migrate(
    db: Database, path: Path | None, migrations: Sequence[Migration] = MIGRATIONS
) -> Path | None:
    """Bring `db` to the newest version; return the backup file if one was made.

    Refuses files from a newer zzreader and SQLite files that are not a
    library at all, rather than writing our tables into someone else's data.
    """
    current = user_version(db)
    latest = len(migrations)
    if current > latest:
        raise LibraryError(
            f"书库由更新版本的 zzreader 创建（结构版本 {current}，本程序支持到 {latest}），请升级程序。"
            f" / This library was written by a newer zzreader (schema {current}, "
            f"this version supports {latest}); please upgrade."
        )
    if current == latest:
        return None
    made: Path | None = None
    if current == 0 and _table_count(db) > 0:
        raise LibraryError(
            "该文件不是 zzreader 书库。 / This SQLite file is not a zzreader library."
        )
    if current > 0 and path is not None:
        made = backup(db, path, current)
    for version in range(current, latest):
        with db.atomic():
            migrations[version](db)
            db.execute(f"PRAGMA user_version = {version + 1}")
            _write_meta(db)
    if made is not None:
        check = db.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            raise LibraryError(
                f"升级后完整性检查失败，备份在 {made}。 / Integrity check failed after "
                f"upgrade; the backup is at {made}: {check}"
            )
    return made


def _write_meta(db: Database) -> None:
    from zzreader import __version__  # package metadata: read only when a migration runs

    for key, value in (("schema_compat", str(SCHEMA_COMPAT)), ("app_version", __version__)):
        db.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, value],
        )
