"""The full-text index: its tables, its keys, and keeping it in step with `articles`.

Index. `articles_fts` is a contentless FTS5 table with one column per text
the article page shows (COLUMNS: body, title, subtitle, kicker, byline,
section) fed with the token strings of `textindex.index_pairs`: each run of
word characters as its overlapping character pairs plus its last character,
one BREAK token between runs. A query term becomes the phrase of the same
pairs (`textindex.pair_phrase`; one character is a prefix query), so a hit
means exactly "these characters stand together" - the recall of a substring
scan, at index speed. Pairs replaced single characters as tokens in
tokenizer version 3 (issue 18): a pair's posting list is much shorter than a
character's, which made common words and phrases 2-3x faster for an index
about 1.5x as large.

Keys. The FTS rowid is a date key, `day << bits | slot` (`day` = proleptic
ordinal of the issue date; `bits` = 7 unless one date holds more than 128
articles; slots count down in indexing order; undated articles get negative
keys), and `articles_fts_keys` maps it to the article id. Newest-first
ordering, the date tie-break of the relevance sort and date filters then
come from the rowid alone (FTS5 walks rowids in either order and seeks rowid
ranges) instead of a join against `articles` for every match, which costs as
much as the match itself on common words. The keys of neighbouring days stay
close: on the ten-year bench archive (19 articles a date) the index is 8%
larger than one keyed by dense article numbers and 4% larger than one with 32
slots a date, while a real issue fills 30-80 slots (a `day << 32 | id` key
made it 25% larger; README, issue 18's fifth round). Unindexing finds the key by
article id; an article whose issue date changes must be unindexed and
indexed again.

Searching it is core/search.py; turning a query into its FTS5 expression is
core/fts_query.py.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from typing import Any

from zzreader.core import stored_values
from zzreader.core.index_version import (
    SLOT_BITS_META,
    TOKENIZER_VERSION,
    slot_bits_value,
)
from zzreader.core.textindex import index_pairs

__all__ = [
    "COLUMNS",
    "FTS",
    "KEYS",
    "Fields",
    "byline_names",
    "connection_of",
    "create_index",
    "fill_index",
    "index_article",
    "indexed_fields",
    "issue_day",
    "key_day",
    "key_range",
    "optimize_index",
    "rebuild_index",
    "slot_bits",
    "unindex_article",
    "visible_fields",
]

# TOKENIZER_VERSION (core/index_version.py): bump it when `index_pairs`, the key
# layout or the table definition changes; libraries indexed by another version
# get their index rebuilt.

FTS = "articles_fts"


def connection_of(source: Any) -> sqlite3.Connection:
    """The connection of a Library, a sqlite-utils Database or a connection itself."""
    db = getattr(source, "db", source)
    conn = getattr(db, "conn", db)
    if not isinstance(conn, sqlite3.Connection):
        raise TypeError(f"need a Library, Database or sqlite3.Connection, not {type(source)!r}")
    return conn


KEYS = "articles_fts_keys"
# Slots per issue date, as bits of the key: 128 hold a full issue of the
# paper (30-80 articles) with room for a second edition, and adjacent days
# stay within 2-byte rowid deltas; a library with more articles on one date
# widens them (rebuild).
DEFAULT_SLOT_BITS = 7
UNDATED_BASE = -(1 << 40)  # undated articles: key = UNDATED_BASE - article id


class _SlotsFull(Exception):
    pass


def create_index(db: Any) -> None:
    """Create the (empty) full-text index; the store's first migration calls this."""
    conn = connection_of(db)
    conn.execute(
        f"CREATE VIRTUAL TABLE {FTS} USING fts5({', '.join(COLUMNS)}, "
        "content='', columnsize=0, tokenize='ascii')"
    )
    conn.execute(
        f"CREATE TABLE {KEYS} (key INTEGER PRIMARY KEY, "
        "article_id INTEGER NOT NULL UNIQUE REFERENCES articles(id) ON DELETE CASCADE)"
    )


def issue_day(issue_date: str | None) -> int | None:
    """Proleptic ordinal of an ISO date (>= 1), None when there is no valid date."""
    if not issue_date:
        return None
    try:
        return dt.date.fromisoformat(issue_date).toordinal()
    except ValueError:
        return None


_MAX_DAY = dt.date.max.toordinal()


def key_day(key: int, bits: int) -> int | None:
    """The issue day (proleptic ordinal) a key stands for; None when undated or no real day.

    Keys and the slot width are read from the library, which another tool may
    have written: a day outside 0001-01-01..9999-12-31 counts as undated
    instead of stopping the term trends (`date.fromordinal`).
    """
    if key < 0:
        return None
    day = key >> bits
    return day if 1 <= day <= _MAX_DAY else None


def slot_bits(conn: sqlite3.Connection) -> int:
    """How many low bits of a key number the articles of one date (meta, else the default)."""
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", [SLOT_BITS_META]).fetchone()
    except sqlite3.OperationalError:  # no meta table: a bare index
        return DEFAULT_SLOT_BITS
    return slot_bits_value(row[0]) or DEFAULT_SLOT_BITS if row else DEFAULT_SLOT_BITS


def _set_slot_bits(conn: sqlite3.Connection, bits: int) -> None:
    conn.execute(
        "INSERT INTO meta(key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [SLOT_BITS_META, str(bits)],
    )


def _new_key(conn: sqlite3.Connection, article_id: int, issue_date: str | None) -> int:
    """The next free key of the article's date: slots count down, so newest-
    first lists an issue's articles in the order they were indexed (page order)."""
    day = issue_day(issue_date)
    if day is None:
        return UNDATED_BASE - article_id
    bits = slot_bits(conn)
    base, top = day << bits, (day << bits) | ((1 << bits) - 1)
    low = conn.execute(f"SELECT min(key) FROM {KEYS} WHERE key BETWEEN ? AND ?", [base, top]).fetchone()[0]
    if low is None:
        return top
    if low > base:
        return low - 1
    used = {k for (k,) in conn.execute(f"SELECT key FROM {KEYS} WHERE key BETWEEN ? AND ?", [base, top])}
    free = next((k for k in range(top, base - 1, -1) if k not in used), None)
    if free is None:
        raise _SlotsFull(issue_date)
    return free


def key_range(conn: sqlite3.Connection, lo: str | None, hi: str | None) -> tuple[int | None, int | None]:
    """FTS rowid bounds for issue dates lo..hi (either open); undated keys lie below."""
    bits = slot_bits(conn)
    lo_day, hi_day = issue_day(lo), issue_day(hi)
    key_lo = (lo_day << bits) if lo_day is not None else (0 if lo else None)
    key_hi = ((hi_day << bits) | ((1 << bits) - 1)) if hi_day is not None else None
    if hi and key_lo is None:
        key_lo = 0  # an upper bound alone still leaves undated articles out
    return key_lo, key_hi


# -- what the page shows -----------------------------------------------------------
# The index columns: every text the article page shows (zzreader/gui/article_html.py).
COLUMNS = ("body", "title", "subtitle", "kicker", "byline", "section")
_ROW_SQL = (
    "SELECT issue_date, text, title, subtitle, kicker, reporters, correspondents, "
    "photographers, section, editor FROM articles WHERE id = ?"
)
Fields = tuple[str, str, str, str, str, str]  # one text per COLUMNS entry


def byline_names(value: str | None) -> list[str]:
    """A byline column (a JSON list of names); an unreadable one counts as empty."""
    return stored_values.names(value)  # a JSON string, not a list, or nested past the stack: read what can be


def visible_fields(
    text: str, title: str, subtitle: str, kicker: str,
    reporters: str, correspondents: str, photographers: str, section: str, editor: str,
) -> Fields:
    """The texts of one `articles` row as the page shows them, one per index column.

    The byline column holds the reporters', correspondents' and photographers'
    names (the page's chips), one space apart, so a query never joins the end
    of one name to the start of the next. The section column also holds the
    editor's name (责任编辑, printed under the body): both are page furniture
    that the article shares with its neighbours.
    """  # fmt: skip
    names = [*byline_names(reporters), *byline_names(correspondents), *byline_names(photographers)]
    # As the page reads them (core/stored_values.py): a library may hold bytes or numbers here.
    text, title, subtitle, kicker, section, editor = map(
        stored_values.text, (text, title, subtitle, kicker, section, editor)
    )
    return (
        text, title, subtitle, kicker,
        " ".join(names), " ".join(p for p in (section, editor) if p),
    )  # fmt: skip


def indexed_fields(db: Any, article_id: int) -> tuple[str | None, Fields] | None:
    """(issue date, visible fields) of an article as its row stands now; None if no row."""
    row = connection_of(db).execute(_ROW_SQL, [article_id]).fetchone()
    if row is None:
        return None
    return row[0], visible_fields(*row[1:])


def _tokens(fields: Fields) -> list[str]:
    return [index_pairs(f) for f in fields]


def index_article(db: Any, article_id: int) -> None:
    """Add one article to the index from its `articles` row (it must not be indexed yet).

    Call it after the row is written. Reading the row here, rather than taking
    the texts from the caller, keeps every caller (imports, corrections, undo)
    indexing exactly the fields the page shows. If the article's date already
    holds as many articles as the key has slots, the index is rebuilt from
    `articles` with wider keys, and that rebuild picks the article up.
    """
    conn = connection_of(db)
    found = indexed_fields(conn, article_id)
    if found is None:
        return
    issue_date, fields = found
    try:
        key = _new_key(conn, article_id, issue_date)
    except _SlotsFull:
        _set_slot_bits(conn, slot_bits(conn) + 1)
        rebuild_index(conn)
        return
    _insert(conn, key, article_id, fields)


def _insert(conn: sqlite3.Connection, key: int, article_id: int, fields: Fields) -> None:
    conn.execute(f"INSERT INTO {KEYS}(key, article_id) VALUES (?, ?)", [key, article_id])
    cols = ", ".join(COLUMNS)
    marks = ", ".join("?" * len(COLUMNS))
    conn.execute(f"INSERT INTO {FTS}(rowid, {cols}) VALUES (?, {marks})", [key, *_tokens(fields)])


def unindex_article(db: Any, article_id: int, fields: Fields | None = None) -> None:
    """Remove one article from the index.

    A contentless index can only delete the tokens it is given, so this must
    see exactly what was indexed: call it BEFORE the row changes (the row is
    read here), or pass the `fields` read by `indexed_fields` before it changed.
    """
    conn = connection_of(db)
    row = conn.execute(f"SELECT key FROM {KEYS} WHERE article_id = ?", [article_id]).fetchone()
    if row is None:
        return
    if fields is None:
        found = indexed_fields(conn, article_id)
        if found is None:
            raise ValueError(f"article {article_id} has no row to unindex from")
        fields = found[1]
    try:
        _delete(conn, row[0], fields)
    except sqlite3.DatabaseError as error:
        if error.sqlite_errorcode & 0xFF != sqlite3.SQLITE_CORRUPT:
            raise
        # Another tool rewrote the row without the index (an UPDATE in any SQLite
        # shell): its tokens are no longer the ones indexed, and FTS5 calls the
        # mismatch "database disk image is malformed". The rows are the truth:
        # index them again, then remove this article as it now stands.
        rebuild_index(conn)
        key = conn.execute(f"SELECT key FROM {KEYS} WHERE article_id = ?", [article_id]).fetchone()
        now = indexed_fields(conn, article_id)
        if key is not None and now is not None:
            _delete(conn, key[0], now[1])


def _delete(conn: sqlite3.Connection, key: int, fields: Fields) -> None:
    """Remove the tokens of `fields` under `key` and the key itself."""
    cols = ", ".join(COLUMNS)
    marks = ", ".join("?" * len(COLUMNS))
    conn.execute(
        f"INSERT INTO {FTS}({FTS}, rowid, {cols}) VALUES ('delete', ?, {marks})",
        [key, *_tokens(fields)],
    )
    conn.execute(f"DELETE FROM {KEYS} WHERE key = ?", [key])


def rebuild_index(db: Any, progress: Callable[[int, int], None] | None = None) -> int:
    """Drop and re-create the index, then index every article; returns the count.

    Runs in a savepoint (inside the caller's transaction if there is one), so
    a rebuild is all or nothing.
    """
    conn = connection_of(db)
    conn.execute("SAVEPOINT zz_rebuild_index")
    try:
        conn.execute(f"DROP TABLE IF EXISTS {FTS}")
        conn.execute(f"DROP TABLE IF EXISTS {KEYS}")
        create_index(conn)
        done = fill_index(conn, progress)
    except BaseException:
        conn.execute("ROLLBACK TO zz_rebuild_index")
        conn.execute("RELEASE zz_rebuild_index")
        raise
    conn.execute("RELEASE zz_rebuild_index")
    return done


def fill_index(db: Any, progress: Callable[[int, int], None] | None = None) -> int:
    """Index every article into the (empty) index tables and record the tokenizer
    version; migrations call this after creating the tables from their own DDL.
    Articles go in reading order so keys follow page order."""
    conn = connection_of(db)
    total = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    busiest = conn.execute(
        "SELECT max(n) FROM (SELECT count(*) AS n FROM articles "
        "WHERE issue_date IS NOT NULL GROUP BY issue_date)"
    ).fetchone()[0]
    bits = max(slot_bits(conn), DEFAULT_SLOT_BITS, (busiest or 0).bit_length() + 1)
    _set_slot_bits(conn, bits)
    rows = conn.execute(
        "SELECT id, issue_date, text, title, subtitle, kicker, reporters, correspondents, "
        "photographers, section, editor FROM articles ORDER BY issue_date, issue_id, seq"
    ).fetchall()
    done = 0
    if progress is not None:
        progress(0, total)
    for article_id, issue_date, *texts in rows:
        _insert(conn, _new_key(conn, article_id, issue_date), article_id, visible_fields(*texts))
        done += 1
        if progress is not None and (done % 500 == 0 or done == total):
            progress(done, total)
    optimize_index(conn)
    conn.execute(
        "INSERT INTO meta(key, value) VALUES ('tokenizer_version', ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [str(TOKENIZER_VERSION)],
    )
    return done


def optimize_index(db: Any) -> None:
    """Merge the index into one segment; worth it after a large import."""
    connection_of(db).execute(f"INSERT INTO {FTS}({FTS}) VALUES ('optimize')")

