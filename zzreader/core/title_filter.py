"""The tree's title filter: articles whose title holds the typed text, newest first.

The filter's meaning has not changed since it was added: a title matches
when it holds the text (`instr` on the lower-cased title and text), and the
matches come newest first, `limit` of them. It used to scan a covering index
of every title (m002), about 200 ms a keystroke on a 70-year library, whose
31.7 MB were 0.04 of the raw text (issue 18). Now the full-text index's title
column (core/fts_index.py) finds the articles whose title has the text's
characters together, in date order from the index keys, and `instr` keeps
those whose title holds the text itself: the same answers (every title that
holds the text has its characters together, tests/core/test_title_filter.py),
read from a few short posting lists. m013 drops the covering index.

Text without a word character (`——`, `!`) has no index tokens, and a library
whose index another program broke cannot be asked: both are answered by the
plain scan of every title, as before the index existed.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from zzreader.core.fts_index import FTS, KEYS, connection_of, slot_bits
from zzreader.core.textindex import index_tokens, pair_phrase

_ORDER = "ORDER BY a.issue_date DESC, a.issue_id DESC, a.seq"
_HOLDS = "instr(lower(a.title), lower(?)) > 0"


# The phrase asks the index for the text's first characters only: a title holding the whole
# text holds them together too, and `instr` then keeps the titles that hold all of it. A
# pasted page (32,767 characters, a line edit's most) made a phrase of 33,000 tokens that
# kept the read lane, and every search queued behind it, busy for 6 s on the samples.
MAX_PHRASE_TOKENS = 64


def title_phrase(text: str) -> str | None:
    """The FTS5 query for titles with the characters of `text` together; None without any."""
    tokens = index_tokens(text)[:MAX_PHRASE_TOKENS]  # BREAKs stand only between runs
    if not tokens:
        return None
    return f"{{title}} : ({pair_phrase(tokens)})"


def matching_titles(conn: Any, columns: str, text: str, limit: int) -> list[Any]:
    """Rows of `columns` (over `articles a`) whose title holds `text`, newest first;
    `conn` is a connection or the library's Database (anything with `execute`)."""
    phrase = title_phrase(text)
    if phrase is not None:
        try:
            return _from_index(conn, columns, phrase, text, limit)
        except sqlite3.OperationalError:  # an index another program broke or removed
            pass
    return _scan(conn, columns, text, limit)


def _scan(conn: Any, columns: str, text: str, limit: int) -> list[Any]:
    """Every title read newest first along the reading-order index (m001), stopping at
    the `limit`-th match; then the issue it stopped in is read whole, in its order.
    Common marks (`《`, `——`) fill the page from the newest issues; text in no title
    reads them all (0.5-5 s at 70 years)."""
    newest = conn.execute(
        f"SELECT a.issue_date, a.issue_id FROM articles a WHERE {_HOLDS} "
        "ORDER BY a.issue_date DESC, a.issue_id DESC, a.seq DESC LIMIT ?",
        [text, limit],
    ).fetchall()
    if not newest:
        return []
    since, params = "", [text]
    date, issue = newest[-1]
    if len(newest) == limit and date is not None:
        since, params = " AND (a.issue_date, a.issue_id) >= (?, ?)", [text, date, issue]
    return conn.execute(
        f"SELECT {columns} FROM articles a WHERE {_HOLDS}{since} {_ORDER} LIMIT ?", [*params, limit]
    ).fetchall()


def _from_index(conn: Any, columns: str, phrase: str, text: str, limit: int) -> list[Any]:
    """Two reads of the index: the newest `limit` matches by key give the oldest day
    the page reaches; the matches from that day on are then sorted as the tree sorts
    them (two issues of one date, an article's place in its issue)."""
    joined = (
        f"FROM {FTS} JOIN {KEYS} k ON k.key = {FTS}.rowid JOIN articles a ON a.id = k.article_id "
        f"WHERE {FTS} MATCH ? AND {_HOLDS}"
    )
    keys = conn.execute(
        f"SELECT {FTS}.rowid {joined} ORDER BY {FTS}.rowid DESC LIMIT ?", [phrase, text, limit]
    ).fetchall()
    if not keys:
        return []
    since = ""
    params: list[Any] = [phrase, text]
    last = keys[-1][0]
    if len(keys) == limit and last >= 0:
        bits = slot_bits(connection_of(conn))
        since = f" AND {FTS}.rowid >= ?"
        params.append(last >> bits << bits)
    return conn.execute(f"SELECT {columns} {joined}{since} {_ORDER} LIMIT ?", [*params, limit]).fetchall()
