"""Migration 10, frozen: an index on each issue's SHA-256, which the importer looks up for every file."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from zzreader.core.database import Database


def upgrade(db: Database) -> None:
    """An index on each issue's SHA-256, which the importer looks up for every
    file it reads (an unchanged or renamed issue is found by its bytes).

    Without it each lookup scanned the issues table: 57 ms an issue on a
    70-year library, the one import cost that grew with the library
    (issue 18). DDL frozen here.
    """
    db.execute("CREATE INDEX IF NOT EXISTS issues_sha256 ON issues(sha256)")
