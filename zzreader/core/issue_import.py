"""Storing one parsed issue: imported, unchanged, updated in place, or a duplicate.

`Library.import_issue` (core/store.py) runs this under its lock; reading
files and parsing them in parallel is core/importer.py. An issue's identity
is its file name (`source_name`). Updating in place keeps the ids of the
articles a re-import still has (core/reimport_match.py), so highlights, tags
and corrections stay attached, and re-indexes only the articles whose shown
text or date changed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import sqlite3
from dataclasses import dataclass
from typing import Any

from zzreader.core import same_issue, sources
from zzreader.core.article_rows import article_values, to_json
from zzreader.core.database import Database
from zzreader.core.immediate_writes import WriteError
from zzreader.core.migrations import LibraryError
from zzreader.core.models import Article, Issue
from zzreader.core.reimport_match import match_articles

__all__ = ["ImportOutcome", "import_issue", "source_name"]


@dataclass(frozen=True)
class ImportOutcome:
    """What `import_issue` did; the id tuples let annotations follow changes."""

    status: str  # imported | unchanged | updated | duplicate
    issue_id: int
    articles: int
    warnings: tuple[str, ...] = ()
    duplicate_of: str | None = None  # the stored file this one is the same issue as
    added: tuple[int, ...] = ()
    changed: tuple[int, ...] = ()  # kept ids whose title/subtitle/text changed
    removed: tuple[int, ...] = ()


def source_name(source: str) -> str:
    """An issue's identity: its file name without any folder (either slash).

    A name without a date in a folder named by one ('20251216/A02.txt') keeps
    that date in front (core/dated_folders.py). Bytes of a file name that are not
    UTF-8 (kept by Python as lone surrogates) are stored as `\\xNN` escapes:
    SQLite takes only valid text. A name given again (the importer names a file
    once, the store again) is kept: its backslashes are those escapes, not
    folders. Before, "a\\xff.txt" became "xff.txt" on the second pass, so two
    files whose names differ only before such a byte were one issue, and
    importing the second replaced the first.
    """
    if "\\" in source and not _has_surrogate(source) and "\\" not in _BYTE_ESCAPE.sub("", source):
        *folders, name = source.split("/")  # its backslashes are byte escapes, not folders
    else:
        *folders, name = re.split(r"[\\/]", source)
    if folders := [f for f in folders if f]:
        # Read dates only for a name in folders: core/dates.py brings the whole parser, which
        # the window's start (the store imports this module) never needs.
        from zzreader.core import dated_folders

        name = dated_folders.dated_name(folders, name)
    try:
        raw = name.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate that stands for no byte
        raw = name.encode("utf-8", "surrogatepass")
    return raw.decode("utf-8", "backslashreplace")


_BYTE_ESCAPE = re.compile(r"\\x[0-9a-f]{2}")


def _has_surrogate(text: str) -> bool:
    return any("\ud800" <= ch <= "\udfff" for ch in text)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _one(db: Database, sql: str, params: Any = ()) -> tuple | None:
    return db.execute(sql, params).fetchone()


def _all(db: Database, sql: str, params: Any = ()) -> list[tuple]:
    return db.execute(sql, params).fetchall()


def import_issue(db: Database, issue: Issue, replace: bool = False) -> ImportOutcome:
    """Store a parsed issue in one transaction: imported, unchanged, updated or duplicate.

    The identity is the file name. Same name and bytes writes nothing;
    new bytes update the issue in place and keep the ids of the articles
    that are still there, so highlights and tags stay attached. A file
    under a new name is the same issue when its bytes equal a stored
    issue's (`unchanged`) or when its date and issue number do
    (`duplicate`, not added unless `replace` says to replace that issue).
    """
    source = source_name(issue.source)
    try:
        with db.atomic():
            source, note = _own_name(db, source, issue)
            row = _one(db, "SELECT id, sha256 FROM issues WHERE source = ?", [source])
            if row is not None and row[1] == issue.sha256:
                count = _one(db, "SELECT article_count FROM issues WHERE id = ?", [row[0]])[0]
                return ImportOutcome("unchanged", row[0], count, tuple(issue.warnings))
            if row is None:
                if (same := _same_issue(db, issue)) is not None:
                    return _same_issue_outcome(db, same, source, issue, replace)
                outcome = _insert_issue(db, source, issue)
                return dataclasses.replace(outcome, warnings=(*outcome.warnings, *note))
            return _update_issue(db, row[0], source, issue)
    except WriteError:
        raise
    except sqlite3.Error as exc:
        from zzreader.core.shown import sqlite_reason  # zzreader's words, not SQLite's ("disk I/O error")

        raise LibraryError(f"写入书库失败 / Could not write to the library: {sqlite_reason(exc)}") from exc


class OtherIssueError(LibraryError):
    """A file whose name, and its name with its date, are stored issues of other days: not imported."""


def other_day_source(source: str, date: str) -> str:
    """The name an issue of `date` is stored under when its own name is another day's issue."""
    return f"{date}_{source}"


def _own_name(db: Database, source: str, issue: Issue) -> tuple[str, tuple[str, ...]]:
    """The stored name this issue is known by, and a note when it is not its file's name.

    A file name is an issue's identity, so new bytes under a stored name update
    that issue. Folders named by their date keep it in the name (core/dated_folders.py),
    but others do not ("第一周/A02.txt", "第二周/A02.txt"): the second day replaced
    the first as an "update" (later it was refused, with advice the window could not
    follow). Two known dates that differ, over articles that are not mostly the same
    (core/same_issue.py: a corrected dump whose date was fixed keeps its text), are
    two issues: the new one is stored as "2024-12-05_A02.txt", as a dated folder
    would have named it, and importing it again finds it there.
    """
    if not _another_day(db, source, issue):
        return source, ()
    dated = other_day_source(source, str(issue.date))
    if _another_day(db, dated, issue):  # both names are other days' issues: nothing is overwritten
        raise OtherIssueError(
            f"同名文件 {source} 与 {dated} 都已是另几期，本文件是 {issue.date}，未导入；改名后可作为新的一期导入 / "
            f"{source} and {dated} are already other days' issues; this file is of {issue.date} and was "
            f"not imported: rename it to add it"
        )
    stored_day = _one(db, "SELECT date FROM issues WHERE source = ?", [source])[0]
    note = (f"同名文件 {source} 已是 {stored_day} 的一期，本期（{issue.date}）存为 {dated} / "
            f"{source} is already the issue of {stored_day}; this one ({issue.date}) is stored as {dated}")
    return dated, (note,)


def _another_day(db: Database, source: str, issue: Issue) -> bool:
    """Whether the issue stored as `source` is of another known day than `issue`, with other text."""
    stored = _one(db, "SELECT id, date, sha256 FROM issues WHERE source = ?", [source])
    if stored is None or stored[2] == issue.sha256:
        return False
    issue_id, day = stored[0], stored[1]
    if not day or not issue.date or day == issue.date:
        return False
    texts = (t for (t,) in _all(db, "SELECT text FROM articles WHERE issue_id = ?", [issue_id]))
    return not same_issue.same_text(texts, [a.text for a in issue.articles])


def _same_issue(db: Database, issue: Issue) -> tuple[int, str, str, int] | None:
    """(id, source, sha256, article_count) of a stored issue with these bytes, or with this
    date and number and the same text (another page of the issue is not it: core/same_issue.py)."""
    cols = "id, source, sha256, article_count"
    row = _one(db, f"SELECT {cols} FROM issues WHERE sha256 = ?", [issue.sha256])
    if row is not None:
        return tuple(row)  # type: ignore[return-value]
    if not issue.date or issue.number is None:
        return None
    new = [a.text for a in issue.articles]
    for row in _all(db, f"SELECT {cols} FROM issues WHERE date = ? AND number = ?", [issue.date, issue.number]):
        stored = (t for (t,) in _all(db, "SELECT text FROM articles WHERE issue_id = ?", [row[0]]))
        if same_issue.same_text(stored, new):
            return tuple(row)  # type: ignore[return-value]
    return None


def _same_issue_outcome(db: Database, same: tuple, source: str, issue: Issue, replace: bool) -> ImportOutcome:
    issue_id, existing, sha, count = same
    if sha == issue.sha256:
        return ImportOutcome("unchanged", issue_id, count, tuple(issue.warnings), duplicate_of=existing)
    if not replace:
        return ImportOutcome("duplicate", issue_id, count, tuple(issue.warnings), duplicate_of=existing)
    return dataclasses.replace(_update_issue(db, issue_id, source, issue), duplicate_of=existing)


def _issue_values(source: str, issue: Issue) -> dict[str, Any]:
    return {
        "source": source,
        "sha256": issue.sha256,
        "encoding": issue.encoding,
        "date": issue.date,
        "date_source": issue.date_source,
        "number": issue.number,
        "pages": issue.pages,
        "warnings": to_json(list(issue.warnings)),
        "article_count": len(issue.articles),
    }


def _insert_issue(db: Database, source: str, issue: Issue) -> ImportOutcome:
    now = _now()
    values = _issue_values(source, issue) | {"imported_at": now, "updated_at": now}
    cols = ", ".join(values)
    marks = ", ".join(f":{k}" for k in values)
    issue_id = db.execute(f"INSERT INTO issues ({cols}) VALUES ({marks})", values).lastrowid
    added = tuple(
        _insert_article(db, issue_id, issue.date, seq, a)
        for seq, a in enumerate(issue.articles, start=1)
    )
    _write_unassigned(db, issue_id, issue)
    sources.repack(db, issue_id, issue.text)
    return ImportOutcome("imported", issue_id, len(added), tuple(issue.warnings), added=added)


def _update_issue(db: Database, issue_id: int, source: str, issue: Issue) -> ImportOutcome:
    values = _issue_values(source, issue) | {"updated_at": _now(), "id": issue_id}
    sets = ", ".join(f"{k} = :{k}" for k in values if k != "id")
    db.execute(f"UPDATE issues SET {sets} WHERE id = :id", values)
    old = _all(
        db,
        "SELECT id, seq, title, subtitle, text, issue_date FROM articles WHERE issue_id = ? ORDER BY seq",
        [issue_id],
    )
    from zzreader.core import (  # with the first re-import, not with the library
        fts_index,
        journal,
        reimport_corrections,
    )

    journal.forget_issue(db, issue_id, [r[0] for r in old])  # undo can't bring back what this replaces

    old, match_on = reimport_corrections.for_matching(db, issue_id, old)
    matches = match_articles(match_on, issue.articles)
    by_id = {r[0]: r for r in old}
    removed = tuple(r[0] for r in old if r[0] not in matches.values())
    for article_id in removed:
        fts_index.unindex_article(db, article_id)
        db.execute("DELETE FROM articles WHERE id = ?", [article_id])
    added: list[int] = []
    changed: list[int] = []
    for seq, article in enumerate(issue.articles, start=1):
        old_id = matches.get(seq - 1)
        if old_id is None:
            added.append(_insert_article(db, issue_id, issue.date, seq, article))
            continue
        _, _, title, subtitle, text, _ = by_id[old_id]
        searchable_changed = (title, subtitle, text) != (
            article.title,
            article.subtitle,
            article.text,
        )
        if searchable_changed:
            changed.append(old_id)
        indexed = fts_index.indexed_fields(db, old_id)
        values = article_values(issue_id, issue.date, seq, article) | {"id": old_id}
        sets = ", ".join(f"{k} = :{k}" for k in values if k != "id")
        db.execute(f"UPDATE articles SET {sets} WHERE id = :id", values)
        # Any text the page shows, or the date the index key carries, re-indexes.
        if indexed != fts_index.indexed_fields(db, old_id):
            fts_index.unindex_article(db, old_id, indexed[1] if indexed else None)
            fts_index.index_article(db, old_id)
    db.execute("DELETE FROM unassigned WHERE issue_id = ?", [issue_id])
    _write_unassigned(db, issue_id, issue)
    reimport_corrections.reapply_after_import(db, issue_id, added)
    sources.repack(db, issue_id, issue.text)  # against the articles as they now are
    return ImportOutcome(
        "updated",
        issue_id,
        len(issue.articles),
        tuple(issue.warnings),
        added=tuple(added),
        changed=tuple(changed),
        removed=removed,
    )


def _insert_article(db: Database, issue_id: int, date: str | None, seq: int, article: Article) -> int:
    values = article_values(issue_id, date, seq, article)
    cols = ", ".join(values)
    marks = ", ".join(f":{k}" for k in values)
    article_id = db.execute(
        f"INSERT INTO articles ({cols}) VALUES ({marks})", values
    ).lastrowid
    from zzreader.core import fts_index

    fts_index.index_article(db, article_id)
    return article_id


def _write_unassigned(db: Database, issue_id: int, issue: Issue) -> None:
    db.conn.executemany(
        "INSERT INTO unassigned (issue_id, text, line_start, line_end) VALUES (?, ?, ?, ?)",
        [(issue_id, u.text, u.line_start, u.line_end) for u in issue.unassigned],
    )

