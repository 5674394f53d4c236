"""An article that jumps pages: where it starts and where it goes on.

A story that does not fit its page ends in '（下转A03版）' and goes on
under '（上接A01版）' on a later page, often under its headline again. When
an archive keeps an issue as one file a page, the two pieces are two
articles of two files on the same day (core/same_issue.py imports each
page); the parser marks the second piece (`continued_from`), and this finds
the other one, so the reader can follow the jump both ways. The pieces are
matched on the day by their headline; without one, only when the day holds
exactly one piece that fits.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from zzreader.core.database import Database

# '（下转A03版）', '(转第3版)', '（下转第二版）' at the very end of an article's text.
JUMP_ON = re.compile(r"[(（]\s*(?:下转|转下|转)\s*第?\s*([A-Za-zＡ-Ｚａ-ｚ]?\d{1,2}|[一二三四五六七八九十]{1,3})\s*版\s*[)）]\s*$")
_TAIL = 24  # characters of the text's end that hold the marker


def _title_key(title: object) -> str:
    if not isinstance(title, str):
        return ""  # another tool's value in the library: no headline to match
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", title)).lower()


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _day_articles(db: Database, article_id: int) -> tuple[tuple, list[tuple]]:
    """This article's (title, continued_from, text tail, date) and the day's other articles'
    (id, title, continued_from, text tail)."""
    row = db.execute(
        f"SELECT title, continued_from, substr(text, -{_TAIL}), issue_date FROM articles WHERE id = ?",
        [article_id],
    ).fetchone()
    if row is None or row[3] is None:
        return (row or ("", None, "", None)), []
    others = db.execute(
        f"SELECT id, title, continued_from, substr(text, -{_TAIL}) FROM articles "
        "WHERE issue_date = ? AND id != ? ORDER BY issue_id, seq",
        [row[3], article_id],
    ).fetchall()
    return tuple(row), [tuple(o) for o in others]


def _pick(title: str, candidates: list[tuple]) -> int | None:
    key = _title_key(title)
    same = [c[0] for c in candidates if key and _title_key(c[1]) == key]
    if len(same) == 1:
        return same[0]
    return candidates[0][0] if len(candidates) == 1 and not same else None


def start_of(db: Database, article_id: int) -> int | None:
    """The article this one goes on from ('上接…'), on the same day; None if not found."""
    (title, continued_from, _tail, _date), others = _day_articles(db, article_id)
    if not continued_from:
        return None
    return _pick(title, [o for o in others if JUMP_ON.search(_text(o[3]))])


def rest_of(db: Database, article_id: int) -> int | None:
    """The article this one goes on in ('下转…'), on the same day; None if not found."""
    (title, _continued, tail, _date), others = _day_articles(db, article_id)
    if not JUMP_ON.search(_text(tail)):
        return None
    return _pick(title, [o for o in others if o[2]])
