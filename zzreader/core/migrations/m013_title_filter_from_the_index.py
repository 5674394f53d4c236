"""Migration 13, frozen: the tree's title filter reads the full-text index's title column."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from zzreader.core.database import Database


def upgrade(db: Database) -> None:
    """The tree's title filter reads the full-text index's title column
    (core/title_filter.py), so m002's covering index of every title goes: about
    200 ms a keystroke and 0.04 of the raw text at 70 years (issue 18). Its pages
    are reused by later writes and given back by `compact`."""
    db.execute("DROP INDEX IF EXISTS articles_title_filter")
