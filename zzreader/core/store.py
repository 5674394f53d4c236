"""The library: one SQLite file holding issues, articles and annotations.

Everything outside `zzreader.core` reads and writes the library only through
`open_library()` and the `Library` facade, which returns frozen dataclasses
(or `models` objects) and never database rows, so the GUI can't grow SQL of
its own (unlike calibre, whose widgets query the database).

How an article is stored is core/article_rows.py; which articles a re-import
keeps, core/reimport_match.py; connecting, core/connection.py; and how writes
take their turn, core/immediate_writes.py.
"""

from __future__ import annotations

import functools
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from zzreader.core import (
    connection,
    date_index,
    issueless,
    safe_open,
    shown,
    sources,
    stored_values,
    user_paths,
)
from zzreader.core.article_rows import ARTICLE_COLUMNS, article_from_row
from zzreader.core.collections import Collections
from zzreader.core.database import Database
from zzreader.core.date_index import DATED
from zzreader.core.highlights import Highlights
from zzreader.core.index_version import index_is_current
from zzreader.core.journal import Journal
from zzreader.core.migrations import (
    SCHEMA_VERSION,
    LibraryError,
    dump_log_altered,
    migrate,
    missing_triggers,
    repair_dump_log,
)
from zzreader.core.models import Article, Issue, Unassigned
from zzreader.core.summaries import (
    NO_ISSUE,
    SUMMARY_COLUMNS,
    SUMMARY_COLUMNS_A,
    ArticleSummary,
    IssueInfo,
    IssueSummary,
    LibraryStats,
)
from zzreader.core.tags import Tags

if TYPE_CHECKING:
    # Loaded with the first search, correction or import, not with the library
    # (the window opens one before its first paint: tests/bench/bench_gui.py).
    from zzreader.core import search
    from zzreader.core.corrections import Corrections
    from zzreader.core.issue_import import ImportOutcome

__all__ = [  # the records the facade returns are defined in core/summaries.py
    "NO_ISSUE",
    "ArticleSummary",
    "IssueInfo",
    "IssueSummary",
    "Library",
    "LibraryError",
    "LibraryStats",
    "NotFoundError",
    "open_library",
]


class NotFoundError(LibraryError, LookupError):
    """An issue or article id that is not (or no longer) in the library."""


F = TypeVar("F", bound=Callable[..., Any])


def _locked(method: F) -> F:
    """Serialise calls: one connection may be shared by the GUI and a worker."""

    @functools.wraps(method)
    def wrapper(self: Library, *args: Any, **kwargs: Any) -> Any:
        with self.lock:
            return method(self, *args, **kwargs)

    return wrapper  # type: ignore[return-value]


class Library:
    """The facade over one library file; build it with `open_library()`.

    Issues and articles are read here; annotations, corrections and the undo
    history are its parts: `library.highlights`, `.tags`, `.collections`,
    `.corrections`, `.journal`.
    """

    def __init__(
        self, db: Database, path: Path, notices: tuple[str, ...] = (), dumps_in_doubt: bool = False
    ) -> None:
        self._db = db
        self.path = path
        self.lock = threading.RLock()
        # What opening found and did (foreign triggers removed…), for the user.
        self.notices = notices
        # The dump log's triggers or table were missing or altered when the file
        # was opened: some dump may not rebuild (core/importer.py mends it).
        self.dumps_in_doubt = dumps_in_doubt
        # The parts (core/part.py): each write returns what it changed (core/changes.py).
        self.highlights = Highlights(self)
        self.tags = Tags(self)
        self.collections = Collections(self)
        self.journal = Journal(self)

    @functools.cached_property
    def corrections(self) -> Corrections:
        """The corrections part, made on first use (with core/corrections.py and the search modules)."""
        from zzreader.core.corrections import Corrections

        return Corrections(self)

    @property
    def read_only(self) -> bool:
        """Opened read-only (a read-only file or folder): reads work, writes say why not."""
        return bool(getattr(self._db, "read_only", False))

    # -- plumbing for other core modules (search, annotations) --------------
    @property
    def db(self) -> Database:
        """The sqlite-utils Database, for `zzreader.core` modules only; hold `lock`."""
        return self._db

    def take_planted_notices(self) -> list[str]:
        """Notices of objects another process planted after opening, removed by a write since the last call."""
        with self.lock:
            return self._db.take_planted_notices()

    def close(self) -> None:
        with self.lock:
            self._db.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _one(self, sql: str, params: Any = ()) -> tuple | None:
        return self._db.execute(sql, params).fetchone()

    def _all(self, sql: str, params: Any = ()) -> list[tuple]:
        return self._db.execute(sql, params).fetchall()

    # -- meta ---------------------------------------------------------------
    @_locked
    def meta(self, key: str) -> str | None:
        row = self._one("SELECT value FROM meta WHERE key = ?", [key])
        return row[0] if row else None

    @_locked
    def set_meta(self, key: str, value: str) -> None:
        with self._db.atomic():
            self._db.execute(
                "INSERT INTO meta(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, value],
            )

    # -- overview -----------------------------------------------------------
    @_locked
    def stats(self) -> LibraryStats:
        issues = self._one("SELECT count(*) FROM issues")[0]
        first, last = date_index.span(self._one)
        articles = self._one("SELECT count(*) FROM articles")[0]
        size = sum(
            p.stat().st_size
            for p in (self.path, self.path.with_name(self.path.name + "-wal"))
            if p.exists()
        )
        return LibraryStats(issues, articles, first, last, size)

    @_locked
    def years(self) -> list[tuple[int, int]]:
        """(year, issues) ascending; undated issues count under year 0 (core/date_index.py)."""
        return date_index.years(self._one)

    @_locked
    def months(self, year: int) -> list[tuple[int, int]]:
        """(month, issues) of a year; year 0 (undated) has the single month 0."""
        if year == 0:
            n = self._one(f"SELECT count(*) FROM issues WHERE NOT ({DATED})")[0]
            return [(0, n)] if n else []
        rows = self._all(
            "SELECT CAST(substr(date, 6, 2) AS INTEGER) AS m, count(*) FROM issues "
            f"WHERE date >= ? AND date < ? AND {DATED} GROUP BY m ORDER BY m",
            [f"{year:04d}-", f"{year:04d}-\uffff"],  # not "{year + 1}-": "10000-" sorts before "9999-"
        )
        return [(m, n) for m, n in rows]

    @_locked
    def issues_in_month(self, year: int, month: int) -> list[IssueSummary]:
        if year == 0:
            rows = self._all(
                "SELECT id, date, number, source, article_count FROM issues "
                f"WHERE NOT ({DATED}) ORDER BY source"
            )
        else:
            rows = self._all(
                "SELECT id, date, number, source, article_count FROM issues "
                f"WHERE date >= ? AND date < ? AND {DATED} ORDER BY date, number, source",
                [f"{year:04d}-{month:02d}-", f"{year:04d}-{month:02d}-\uffff"],
            )
        return [IssueSummary(*r) for r in rows]

    @_locked
    def issue_summaries(self) -> list[IssueSummary]:
        """Every issue in reading order (undated first); a few bytes per issue."""
        rows = self._all(
            "SELECT id, date, number, source, article_count FROM issues "
            "ORDER BY date, number, source"
        )
        return [IssueSummary(*r) for r in rows]

    # -- one issue ----------------------------------------------------------
    @_locked
    def issue(self, issue_id: int, of_article: bool = False) -> IssueInfo:
        """One issue; `of_article`: the id was read from an article's row, which another
        tool may have set to NULL, a text or an id no issue has (core/issueless.py)."""
        row = self._one(
            "SELECT id, source, sha256, encoding, date, date_source, number, pages, warnings, "
            "article_count, imported_at, updated_at FROM issues WHERE id = ?",
            [issue_id],
        )
        if row is None:  # an article another tool cut from its issue asks for issue None
            raise NotFoundError(issueless.MESSAGE if of_article or issue_id is None
                                else f"没有这一期 / No such issue: {issue_id}")
        values = list(row)
        sv = stored_values  # a library is untrusted: any column may hold any type
        values[1], values[2] = sv.text(values[1]), sv.text(values[2])  # source, sha256
        for i in (3, 4, 5):  # encoding, date, date_source
            values[i] = sv.optional_text(values[i])
        values[6], values[7] = sv.optional_int(values[6]), sv.optional_int(values[7])  # number, pages
        values[8] = sv.texts(values[8])  # warnings
        values[9] = sv.count(values[9])  # article_count
        return IssueInfo(*values)

    @_locked
    def issue_by_source(self, source: str) -> IssueInfo | None:
        # the import's module, loaded with the first import or lookup by name, not for reading
        from zzreader.core.issue_import import source_name

        row = self._one("SELECT id FROM issues WHERE source = ?", [source_name(source)])
        return self.issue(row[0]) if row else None

    @_locked
    def source_sha256(self, source: str) -> str | None:
        """The stored fingerprint of an issue, so unchanged files skip parsing."""
        from zzreader.core.issue_import import source_name

        row = self._one("SELECT sha256 FROM issues WHERE source = ?", [source_name(source)])
        return row[0] if row else None

    @_locked
    def issue_source_text(self, issue_id: int) -> str:
        text = sources.read(self._db, issue_id)
        if text is None:
            raise NotFoundError(f"没有这一期 / No such issue: {issue_id}")
        return text

    @_locked
    def mend_source(self, issue_id: int, text: str) -> bool:
        """Pack `text` (the issue's own file, read again) as its dump if the stored
        one cannot be rebuilt (the library was changed outside zzreader); True if it did.

        An unchanged file is otherwise skipped by its fingerprint, so
        importing it again is how a user gets the original lines back.
        """
        try:
            sources.read(self._db, issue_id)
            return False
        except sources.SourceError:
            pass
        try:
            with self._db.atomic():
                sources.repack(self._db, issue_id, text)
        except sqlite3.Error:
            return False  # the dump's table itself is damaged: the read keeps saying so
        return True

    @_locked
    def unassigned(self, issue_id: int) -> list[Unassigned]:
        rows = self._all(
            "SELECT text, line_start, line_end FROM unassigned WHERE issue_id = ? ORDER BY id",
            [issue_id],
        )
        sv = stored_values  # untrusted: a blob text, a line number stored as text or NULL
        return [Unassigned(sv.text(t), sv.optional_int(a) or 0, sv.optional_int(b) or 0) for t, a, b in rows]

    @_locked
    def sections(self, issue_id: int) -> list[tuple[str, int]]:
        """(section label, articles) in the order the sections first appear."""
        rows = self._all(
            "SELECT section, count(*) FROM articles WHERE issue_id = ? "
            "GROUP BY section ORDER BY min(seq)",
            [issue_id],
        )
        return [(s, n) for s, n in rows]

    @_locked
    def article_summaries(self, issue_id: int, section: str | None = None) -> list[ArticleSummary]:
        if section is None:
            rows = self._all(
                f"SELECT {SUMMARY_COLUMNS} FROM articles WHERE issue_id = ? ORDER BY seq",
                [issue_id],
            )
        else:
            rows = self._all(
                f"SELECT {SUMMARY_COLUMNS} FROM articles WHERE issue_id = ? AND section = ? "
                "ORDER BY seq",
                [issue_id, section],
            )
        return [ArticleSummary(*r) for r in rows]

    def articles_of_issue(self, issue_id: int) -> list[ArticleSummary]:
        return self.article_summaries(issue_id)

    # -- one article --------------------------------------------------------
    @_locked
    def article(self, article_id: int) -> Article:
        row = self._one(f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id = ?", [article_id])
        if row is None:
            raise NotFoundError(f"没有这篇文章 / No such article: {article_id}")
        return article_from_row(row)

    @_locked
    def has_article(self, article_id: int) -> bool:
        """Is the article still there (a correction or re-import may have removed it)?"""
        return self._one("SELECT 1 FROM articles WHERE id = ?", [article_id]) is not None

    @_locked
    def article_summary(self, article_id: int) -> ArticleSummary:
        row = self._one(f"SELECT {SUMMARY_COLUMNS} FROM articles WHERE id = ?", [article_id])
        if row is None:
            raise NotFoundError(f"没有这篇文章 / No such article: {article_id}")
        return ArticleSummary(*row)

    @_locked
    def article_source(self, article_id: int) -> str:
        """The article's lines of the original dump, as imported (for archivists)."""
        row = self._one("SELECT issue_id, line_start, line_end FROM articles WHERE id = ?", [article_id])
        if row is None:
            raise NotFoundError(f"没有这篇文章 / No such article: {article_id}")
        issue_id = row[0]
        start, end = (stored_values.optional_int(n) or 0 for n in row[1:])  # "abc" or 1.5 from another tool
        try:
            lines = (sources.read(self._db, issue_id) or "").split("\n")
        except sources.SourceError as exc:
            return str(exc)  # shown in the original-lines pane instead of the lines
        except sqlite3.DatabaseError as exc:  # damaged pages: one line there too, not a crash
            return f"无法读取原文 / Cannot read the original text: {shown.sqlite_reason(exc)}"
        return "\n".join(lines[max(start - 1, 0) : end])

    @_locked
    def jumps(self, article_id: int) -> tuple[int | None, int | None]:
        """Where an article that jumps pages starts ('上接…') and goes on ('下转…'), on its day."""
        from zzreader.core import continuations

        return continuations.start_of(self._db, article_id), continuations.rest_of(self._db, article_id)

    def neighbours(self, article_id: int) -> tuple[int | None, int | None]:
        """Previous and next article in reading order (issue date, issue, seq).

        Undated issues come first, as NULL dates sort first in SQLite. Each
        lookup is one step along the reading-order index.
        """
        row = self._one("SELECT issue_date, issue_id, seq FROM articles WHERE id = ?", [article_id])
        if row is None:
            raise NotFoundError(f"没有这篇文章 / No such article: {article_id}")
        date, issue_id, seq = row
        if date is None:
            prev = self._one(
                "SELECT id FROM articles WHERE issue_date IS NULL AND "
                "(issue_id < ? OR (issue_id = ? AND (seq, id) < (?, ?))) "
                "ORDER BY issue_id DESC, seq DESC, id DESC LIMIT 1",
                [issue_id, issue_id, seq, article_id],
            )
            nxt = self._one(
                "SELECT id FROM articles WHERE issue_date IS NULL AND "
                "(issue_id > ? OR (issue_id = ? AND (seq, id) > (?, ?))) "
                "ORDER BY issue_id, seq, id LIMIT 1",
                [issue_id, issue_id, seq, article_id],
            ) or self._one(
                "SELECT id FROM articles WHERE issue_date IS NOT NULL "
                "ORDER BY issue_date, issue_id, seq, id LIMIT 1"
            )
        else:
            prev = self._one(
                "SELECT id FROM articles WHERE (issue_date, issue_id, seq, id) < (?, ?, ?, ?) "
                "ORDER BY issue_date DESC, issue_id DESC, seq DESC, id DESC LIMIT 1",
                [date, issue_id, seq, article_id],
            ) or self._one(
                "SELECT id FROM articles WHERE issue_date IS NULL "
                "ORDER BY issue_id DESC, seq DESC, id DESC LIMIT 1"
            )
            nxt = self._one(
                "SELECT id FROM articles WHERE (issue_date, issue_id, seq, id) > (?, ?, ?, ?) "
                "ORDER BY issue_date, issue_id, seq, id LIMIT 1",
                [date, issue_id, seq, article_id],
            )
        return (prev[0] if prev else None, nxt[0] if nxt else None)

    @_locked
    def filter_titles(self, text: str, limit: int = 200) -> list[ArticleSummary]:
        """Articles whose title contains `text` (Latin case-folded), newest first
        (core/title_filter.py)."""
        # As an import keeps a title (core/one_line.py): a pasted U+202E or line break is not in one.
        needle = stored_values.line(text).strip()
        if not needle:
            return []
        # The index modules load with the first filter, not at start.
        from zzreader.core import title_filter

        rows = title_filter.matching_titles(self._db, SUMMARY_COLUMNS_A, needle, limit)
        return [ArticleSummary(*r) for r in rows]

    def iter_articles(self) -> Iterator[tuple[IssueSummary, Article]]:
        """Every article with its issue, in reading order, one issue at a time.

        The lock is taken per issue, so a long export doesn't block the GUI.
        """
        for summary in self.issue_summaries():
            with self.lock:
                rows = self._all(
                    f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE issue_id = ? ORDER BY seq",
                    [summary.id],
                )
            for row in rows:
                yield summary, article_from_row(row)
        # then those another tool cut from their issue, which the walk above never meets
        for article_id in self.issueless_article_ids():
            with self.lock:
                row = self._one(f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id = ?", [article_id])
            if row is not None:
                yield NO_ISSUE, article_from_row(row)

    @_locked
    def issueless_article_ids(self) -> list[int]:
        """Articles whose issue_id names no issue (core/issueless.py)."""
        return issueless.article_ids(self._db)

    # -- search -------------------------------------------------------------
    def search(self, query: str, **options: Any) -> search.SearchResult:
        """Full-text search; see `zzreader.core.search.search` for the options."""
        from zzreader.core import search

        return search.search(self, query, **options)

    # -- writing ------------------------------------------------------------
    @_locked
    def import_issue(self, issue: Issue, replace: bool = False) -> ImportOutcome:
        """Store a parsed issue in one transaction: imported, unchanged, updated or duplicate
        (core/issue_import.py)."""
        from zzreader.core import issue_import

        return issue_import.import_issue(self._db, issue, replace)

    def issue_with_sha256(self, sha256: str) -> IssueInfo | None:
        """The stored issue whose file had exactly these bytes, under any name."""
        row = self._one("SELECT id FROM issues WHERE sha256 = ?", [sha256])
        return self.issue(row[0]) if row else None

    @_locked
    def delete_issue(self, issue_id: int) -> tuple[int, ...]:
        """Remove an issue and its articles (highlights stay, detached); return the article ids."""
        with self._db.atomic():
            old = self._all(
                "SELECT id, title, subtitle, text, issue_date FROM articles "
                "WHERE issue_id = ? ORDER BY id",
                [issue_id],
            )
            if self._one("SELECT 1 FROM issues WHERE id = ?", [issue_id]) is None:
                raise NotFoundError(f"没有这一期 / No such issue: {issue_id}")
            from zzreader.core import fts_index

            for article_id, *_ in old:
                fts_index.unindex_article(self._db, article_id)
            self._db.execute("DELETE FROM issues WHERE id = ?", [issue_id])
        return tuple(r[0] for r in old)


def open_library(path: str | Path, progress: Callable[[int, int], None] | None = None) -> Library:
    """Open (creating or migrating if needed) the library file at `path`.

    Raises LibraryError for a file that is not a library, is damaged, or was
    written by a newer zzreader. `progress(done, total)` follows a re-index
    for a new tokenizer version (minutes on a big library; `needs_upgrade`).
    """
    path = user_paths.expand(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise LibraryError(
            f"无法创建书库文件夹 {shown.name(path.parent)} / Cannot create the library folder "
            f"{shown.name(path.parent)}: {shown.os_reason(exc)}"
        ) from exc
    # Read-only first: nothing is written to (or beside) a file we refuse.
    seen = safe_open.inspect(path, SCHEMA_VERSION)
    dumps_in_doubt = False
    db: Database | None = None
    notices: list[str] = []
    try:
        db = connection.connect(path, read_only=seen.read_only)
        if seen.read_only:
            _check_read_only(db, path)
            safe_open.check_read_only_foreign(path, seen.foreign)
            if seen.foreign:
                notices.append(safe_open.foreign_notice(seen.foreign, removed=False))
            if safe_open.unread_log(path):
                notices.append(safe_open.unread_log_notice(path))
            return Library(db, path, tuple(notices))
        if seen.foreign:
            notices.append(safe_open.strip_foreign(db.conn, seen.foreign))
        migrate(db, path)
        connection.use_wal(db)
        if dump_log_altered(db) or missing_triggers(db):  # reads: most opens write nothing here
            dumps_in_doubt = True  # changed outside zzreader: an unchanged re-import may mend a dump
            with db.atomic():  # so later changes to articles keep the dump log (core/sources.py)
                repaired = repair_dump_log(db)
                for sql in missing_triggers(db):
                    db.execute(sql)
            if repaired:
                notices.append(repaired)
        if not index_is_current(db):  # written by another tokenizer version
            from zzreader.core import fts_index

            with db.atomic():
                fts_index.rebuild_index(db, progress)
    except sqlite3.DatabaseError as exc:
        if db is not None:
            db.close()
        raise LibraryError(safe_open.cannot_open(path, exc)) from exc
    except BaseException:
        if db is not None:
            db.close()
        raise
    return Library(db, path, tuple(notices), dumps_in_doubt)


def _check_read_only(db: Database, path: Path) -> None:
    """A read-only library must already be at this version: it cannot be migrated
    nor re-indexed (another tokenizer's index would miss what a search asks)."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version != SCHEMA_VERSION:
        raise LibraryError(
            f"书库需要升级，但所在位置只读：{path} / The library needs an upgrade (schema "
            f"{version} → {SCHEMA_VERSION}) but its file or folder is read-only: {path}"
        )
    if not index_is_current(db):
        raise LibraryError(
            f"书库的全文索引需要为新版本重建，但所在位置只读：{path} / The library's search index "
            f"must be rebuilt for this version but its file or folder is read-only: {path}"
        )


def needs_upgrade(path: str | Path) -> bool:
    """Whether opening `path` will migrate it or rebuild its search index first.

    Read-only and cheap, so a caller can show progress for what takes minutes
    on a big library (gui/library_upgrade.py); False for a file that is not
    a readable library (`open_library` says what is wrong with it).
    """
    from zzreader.core import sqlite_uri

    path = user_paths.expand(path)
    if not path.is_file():
        return False
    try:
        conn = sqlite3.connect(sqlite_uri.read_only(str(path)), uri=True, timeout=1.0)  # a held lock: open_library says so
    except sqlite3.Error:
        return False
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version != SCHEMA_VERSION:
            return version < SCHEMA_VERSION  # a newer zzreader's library is refused, not upgraded
        return not index_is_current(conn)
    except sqlite3.Error:
        return False
    finally:
        conn.close()
