"""Articles in no issue: another tool set `articles.issue_id` to NULL, a text or an id no issue has.

zzreader never writes such a row (the column is NOT NULL and a foreign key), but a
library is untrusted input. Reading passes over them where issues are walked (the
tree), so exports add them at the end, and a command that needs an article's issue
says "in no issue" instead of "No such article" or a Python error.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from zzreader.core.database import Database

MESSAGE = "这篇文章不在任何一期中 / The article is in no issue"
# Rows whose issue_id names no issue: NULL, a text or real, or an id without an issue.
WHERE = "(issue_id IS NULL OR issue_id NOT IN (SELECT id FROM issues))"


def article_ids(db: Database) -> list[int]:
    """Every article in no issue, in id order."""
    return [r[0] for r in db.execute(f"SELECT id FROM articles WHERE {WHERE} ORDER BY id").fetchall()]


def is_issueless(db: Database, article_id: int) -> bool:
    """Is there such an article, in no issue? (False when there is no article of that id.)"""
    return db.execute(f"SELECT 1 FROM articles WHERE id = ? AND {WHERE}", [article_id]).fetchone() is not None


def not_found(db: Database, article_id: int, missing: str) -> str:
    """The message for an article a query joined to its issue did not find."""
    return MESSAGE if is_issueless(db, article_id) else missing
