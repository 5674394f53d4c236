"""Migration 14, frozen: reprint band keys in rows of up to 4,096 articles."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from zzreader.core.database import Database


def upgrade(db: Database) -> None:
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
