"""The library: one SQLite file holding issues, articles and annotations.

Everything outside `zzreader.core` reads and writes the library only through
`open_library()` and the `Library` facade, which returns frozen dataclasses
(or `models` objects) and never database rows, so the GUI can't grow SQL of
its own (unlike calibre, whose widgets query the database).

Storage notes, for anyone reading the file with the sqlite3 shell:
- `articles.text` is `Article.text` (paragraphs joined by "\\n"), the one
  body that search, snippets, export and annotations share.
- `articles.blocks` is a compact JSON list, one `[kind, chars, line_start,
  line_end]` per block (plus the table rows when they can't be re-split from
  the text). A block's text is the next `chars` characters of `text`, blocks
  being separated by one newline; not repeating the text keeps the file small.
- Lists of people are JSON lists; dates are ISO `yyyy-mm-dd` or NULL.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import json
import re
import sqlite3
import threading
import time
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from zzreader.core import safe_open, shown, sources, stored_values, user_paths
from zzreader.core.collections import Collections
from zzreader.core.database import Database  # sqlite3 for reads, sqlite-utils from the first write
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
from zzreader.core.models import Article, Block, Issue, Unassigned
from zzreader.core.tags import Tags

if TYPE_CHECKING:
    # Loaded with the first search, correction or import, not with the library
    # (the window opens one before its first paint: tests/bench/bench_gui.py).
    from zzreader.core import search
    from zzreader.core.corrections import Corrections

__all__ = [
    "ArticleSummary",
    "ImportOutcome",
    "IssueInfo",
    "IssueSummary",
    "Library",
    "LibraryError",
    "LibraryStats",
    "NotFoundError",
    "WriteError",
    "open_library",
    "source_name",
]

# Below this similarity (0-100) an article at the same position but with a new
# title counts as a different article, not as an edited one.
SAME_SEQ_MIN_SIMILARITY = 60.0
PAGE_SIZE = 16384
# A Chinese character takes 2 bytes in UTF-16 against 3 in UTF-8: the article
# text, the library's largest table after its index, shrinks by a quarter
# (issue 18). FTS5 keeps its own tokens in UTF-8 whatever the file's encoding.
TEXT_ENCODING = "UTF-16le"
SHORT_TITLE = 6
LEAD_CHARS = 16
# How long a write waits for another process's transaction before it fails,
# and how often it looks (see `_begin_immediate`).
BUSY_TIMEOUT_S = 30.0
BUSY_POLL_S = 0.002


class WriteError(LibraryError, sqlite3.OperationalError):
    """A write the file system or another process refused (disk full, locked
    for too long, read-only, I/O error): rolled back, with a bilingual message,
    and still an sqlite3.OperationalError for code that catches those."""


# SQLite result codes (primary) that WriteError stands for.
_WRITE_FAILURES = frozenset(
    (sqlite3.SQLITE_FULL, sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED, sqlite3.SQLITE_READONLY,
     sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM)
)  # fmt: skip


class NotFoundError(LibraryError, LookupError):
    """An issue or article id that is not (or no longer) in the library."""


@dataclass(frozen=True)
class LibraryStats:
    issues: int
    articles: int
    first_date: str | None
    last_date: str | None
    size_bytes: int


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


@dataclass(frozen=True)
class IssueInfo:
    id: int
    source: str
    sha256: str
    encoding: str | None
    date: str | None
    date_source: str | None
    number: int | None
    pages: int | None
    warnings: tuple[str, ...]
    article_count: int
    imported_at: str
    updated_at: str


@dataclass(frozen=True)
class IssueSummary:
    id: int
    date: str | None
    number: int | None
    source: str
    article_count: int

    def __post_init__(self) -> None:  # a library is untrusted: any column may hold any type
        object.__setattr__(self, "date", stored_values.optional_text(self.date))
        object.__setattr__(self, "source", stored_values.text(self.source))


@dataclass(frozen=True)
class ArticleSummary:
    id: int
    issue_id: int
    seq: int
    title: str
    type: str
    section: str
    issue_date: str | None = None
    subtitle: str = ""
    lead: str = ""  # the body's first characters, to tell untitled articles apart

    def __post_init__(self) -> None:  # a library is untrusted: any column may hold any type
        for name in ("title", "type", "section", "subtitle", "lead"):
            object.__setattr__(self, name, stored_values.text(getattr(self, name)))
        object.__setattr__(self, "issue_date", stored_values.optional_text(self.issue_date))

    @property
    def headline(self) -> str:
        """What a list shows: a short title ("学习明理", "迎五一") needs its subtitle."""
        if self.subtitle and len(self.title) <= SHORT_TITLE:
            return f"{self.title} {self.subtitle}"
        return self.title


def source_name(source: str) -> str:
    """An issue's identity: its file name without any folder (either slash).

    Bytes of a file name that are not UTF-8 (kept by Python as lone
    surrogates) are stored as `\\xNN` escapes: SQLite takes only valid text.
    """
    name = re.split(r"[\\/]", source)[-1]
    try:
        raw = name.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate that stands for no byte
        raw = name.encode("utf-8", "surrogatepass")
    return raw.decode("utf-8", "backslashreplace")


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _title_key(title: str) -> str:
    """Title compared across re-imports: width-folded, no spaces or punctuation."""
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", title)).lower()


def _encode_blocks(blocks: list[Block]) -> str:
    out: list[list[Any]] = []
    for b in blocks:
        item: list[Any] = [b.kind, len(b.text), b.line_start, b.line_end]
        if b.rows is not None and _split_rows(b.text) != b.rows:
            item.append(b.rows)
        out.append(item)
    return json.dumps(out, ensure_ascii=False, separators=(",", ":"))


def _split_rows(text: str) -> list[list[str]]:
    return [line.split("\t") for line in text.split("\n")]


def _decode_blocks(raw: str, text: str) -> list[Block]:
    text = stored_values.text(text)
    try:
        return _blocks_of(json.loads(stored_values.text(raw)), text)
    except (ValueError, TypeError, IndexError, KeyError, AttributeError, RecursionError):
        # An altered library: the body as one paragraph, rather than no article.
        return [Block("paragraph", text, 0, 0)]


def _blocks_of(items: list, text: str) -> list[Block]:
    blocks: list[Block] = []
    pos = 0
    for item in items:
        kind, chars, line_start, line_end = item[:4]
        body = text[pos : pos + chars]
        pos += chars + 1
        rows = item[4] if len(item) > 4 else (_split_rows(body) if kind == "table" else None)
        if not isinstance(kind, str) or not isinstance(body, str):
            raise TypeError(kind)
        blocks.append(Block(kind, body, line_start, line_end, rows))
    return blocks


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


F = TypeVar("F", bound=Callable[..., Any])


def _locked(method: F) -> F:
    """Serialise calls: one connection may be shared by the GUI and a worker."""

    @functools.wraps(method)
    def wrapper(self: Library, *args: Any, **kwargs: Any) -> Any:
        with self.lock:
            return method(self, *args, **kwargs)

    return wrapper  # type: ignore[return-value]


_SUMMARY_COLUMNS = (
    f"id, issue_id, seq, title, type, section, issue_date, subtitle, substr(text, 1, {LEAD_CHARS})"
)
_ARTICLE_COLUMNS = (
    "id, issue_id, seq, title, subtitle, kicker, section, editor, type, reporters, "
    "correspondents, photographers, dateline, text, blocks, continued_from, line_start, line_end"
)


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
        issues, first, last = self._one("SELECT count(*), min(date), max(date) FROM issues")
        articles = self._one("SELECT count(*) FROM articles")[0]
        size = sum(
            p.stat().st_size
            for p in (self.path, self.path.with_name(self.path.name + "-wal"))
            if p.exists()
        )
        return LibraryStats(issues, articles, first, last, size)

    @_locked
    def years(self) -> list[tuple[int, int]]:
        """(year, issues) ascending; undated issues count under year 0."""
        rows = self._all(
            "SELECT CAST(substr(date, 1, 4) AS INTEGER) AS y, count(*) FROM issues "
            "GROUP BY y ORDER BY y"
        )
        return [(y or 0, n) for y, n in rows]

    @_locked
    def months(self, year: int) -> list[tuple[int, int]]:
        """(month, issues) of a year; year 0 (undated) has the single month 0."""
        if year == 0:
            n = self._one("SELECT count(*) FROM issues WHERE date IS NULL")[0]
            return [(0, n)] if n else []
        rows = self._all(
            "SELECT CAST(substr(date, 6, 2) AS INTEGER) AS m, count(*) FROM issues "
            "WHERE date >= ? AND date < ? GROUP BY m ORDER BY m",
            [f"{year:04d}-", f"{year + 1:04d}-"],
        )
        return [(m, n) for m, n in rows]

    @_locked
    def issues_in_month(self, year: int, month: int) -> list[IssueSummary]:
        if year == 0:
            rows = self._all(
                "SELECT id, date, number, source, article_count FROM issues "
                "WHERE date IS NULL ORDER BY source"
            )
        else:
            rows = self._all(
                "SELECT id, date, number, source, article_count FROM issues "
                "WHERE date >= ? AND date < ? ORDER BY date, number, source",
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
    def issue(self, issue_id: int) -> IssueInfo:
        row = self._one(
            "SELECT id, source, sha256, encoding, date, date_source, number, pages, warnings, "
            "article_count, imported_at, updated_at FROM issues WHERE id = ?",
            [issue_id],
        )
        if row is None:
            raise NotFoundError(f"没有这一期 / No such issue: {issue_id}")
        values = list(row)
        sv = stored_values  # a library is untrusted: any column may hold any type
        values[1], values[2] = sv.text(values[1]), sv.text(values[2])  # source, sha256
        for i in (3, 4, 5):  # encoding, date, date_source
            values[i] = sv.optional_text(values[i])
        values[6], values[7] = sv.optional_int(values[6]), sv.optional_int(values[7])  # number, pages
        values[8] = tuple(str(w) for w in sv.json_value(values[8], []) if isinstance(w, str))
        return IssueInfo(*values)

    @_locked
    def issue_by_source(self, source: str) -> IssueInfo | None:
        row = self._one("SELECT id FROM issues WHERE source = ?", [source_name(source)])
        return self.issue(row[0]) if row else None

    @_locked
    def source_sha256(self, source: str) -> str | None:
        """The stored fingerprint of an issue, so unchanged files skip parsing."""
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
        return [Unassigned(*r) for r in rows]

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
                f"SELECT {_SUMMARY_COLUMNS} FROM articles WHERE issue_id = ? ORDER BY seq",
                [issue_id],
            )
        else:
            rows = self._all(
                f"SELECT {_SUMMARY_COLUMNS} FROM articles WHERE issue_id = ? AND section = ? "
                "ORDER BY seq",
                [issue_id, section],
            )
        return [ArticleSummary(*r) for r in rows]

    def articles_of_issue(self, issue_id: int) -> list[ArticleSummary]:
        return self.article_summaries(issue_id)

    # -- one article --------------------------------------------------------
    @_locked
    def article(self, article_id: int) -> Article:
        row = self._one(f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id = ?", [article_id])
        if row is None:
            raise NotFoundError(f"没有这篇文章 / No such article: {article_id}")
        return _article_from_row(row)

    @_locked
    def has_article(self, article_id: int) -> bool:
        """Is the article still there (a correction or re-import may have removed it)?"""
        return self._one("SELECT 1 FROM articles WHERE id = ?", [article_id]) is not None

    @_locked
    def article_summary(self, article_id: int) -> ArticleSummary:
        row = self._one(f"SELECT {_SUMMARY_COLUMNS} FROM articles WHERE id = ?", [article_id])
        if row is None:
            raise NotFoundError(f"没有这篇文章 / No such article: {article_id}")
        return ArticleSummary(*row)

    @_locked
    def article_source(self, article_id: int) -> str:
        """The article's lines of the original dump, as imported (for archivists)."""
        row = self._one("SELECT issue_id, line_start, line_end FROM articles WHERE id = ?", [article_id])
        if row is None:
            raise NotFoundError(f"没有这篇文章 / No such article: {article_id}")
        issue_id, start, end = row
        try:
            lines = (sources.read(self._db, issue_id) or "").split("\n")
        except sources.SourceError as exc:
            return str(exc)  # shown in the original-lines pane instead of the lines
        except sqlite3.DatabaseError as exc:  # damaged pages: one line there too, not a crash
            return f"无法读取原文 / Cannot read the original text: {shown.sqlite_reason(exc)}"
        return "\n".join(lines[max(start - 1, 0) : end])

    @_locked
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
        """Articles whose title contains `text` (Latin case-folded), newest first."""
        needle = text.strip()
        if not needle:
            return []
        # The inner query scans only the covering title index and sorts the
        # matches by date there, so at most `limit` rows are read. A library
        # whose index another program dropped is read without it (slower),
        # not refused with SQLite's "no such index".
        sql = (
            f"SELECT {_SUMMARY_COLUMNS} FROM articles WHERE id IN ("
            "SELECT id FROM articles {hint}"
            "WHERE instr(lower(title), lower(?)) > 0 "
            "ORDER BY issue_date DESC, issue_id DESC, seq LIMIT ?) "
            "ORDER BY issue_date DESC, issue_id DESC, seq"
        )
        try:
            rows = self._all(sql.format(hint="INDEXED BY articles_title_filter "), [needle, limit])
        except sqlite3.OperationalError:
            rows = self._all(sql.format(hint=""), [needle, limit])
        return [ArticleSummary(*r) for r in rows]

    def iter_articles(self) -> Iterator[tuple[IssueSummary, Article]]:
        """Every article with its issue, in reading order, one issue at a time.

        The lock is taken per issue, so a long export doesn't block the GUI.
        """
        for summary in self.issue_summaries():
            with self.lock:
                rows = self._all(
                    f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE issue_id = ? ORDER BY seq",
                    [summary.id],
                )
            for row in rows:
                yield summary, _article_from_row(row)

    # -- search -------------------------------------------------------------
    def search(self, query: str, **options: Any) -> search.SearchResult:
        """Full-text search; see `zzreader.core.search.search` for the options."""
        from zzreader.core import search

        return search.search(self, query, **options)

    # -- writing ------------------------------------------------------------
    @_locked
    def import_issue(self, issue: Issue, replace: bool = False) -> ImportOutcome:
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
            with self._db.atomic():
                row = self._one("SELECT id, sha256 FROM issues WHERE source = ?", [source])
                if row is not None and row[1] == issue.sha256:
                    count = self._one("SELECT article_count FROM issues WHERE id = ?", [row[0]])[0]
                    return ImportOutcome("unchanged", row[0], count, tuple(issue.warnings))
                if row is None:
                    if (same := self._same_issue(issue)) is not None:
                        return self._same_issue_outcome(same, source, issue, replace)
                    return self._insert_issue(source, issue)
                return self._update_issue(row[0], source, issue)
        except WriteError:
            raise
        except sqlite3.Error as exc:
            raise LibraryError(f"写入书库失败 / Could not write to the library: {exc}") from exc

    def issue_with_sha256(self, sha256: str) -> IssueInfo | None:
        """The stored issue whose file had exactly these bytes, under any name."""
        row = self._one("SELECT id FROM issues WHERE sha256 = ?", [sha256])
        return self.issue(row[0]) if row else None

    def _same_issue(self, issue: Issue) -> tuple[int, str, str, int] | None:
        """(id, source, sha256, article_count) of a stored issue with these bytes, or this date and number."""
        cols = "id, source, sha256, article_count"
        row = self._one(f"SELECT {cols} FROM issues WHERE sha256 = ?", [issue.sha256])
        if row is None and issue.date and issue.number is not None:
            row = self._one(f"SELECT {cols} FROM issues WHERE date = ? AND number = ?", [issue.date, issue.number])
        return tuple(row) if row else None  # type: ignore[return-value]

    def _same_issue_outcome(self, same: tuple, source: str, issue: Issue, replace: bool) -> ImportOutcome:
        issue_id, existing, sha, count = same
        if sha == issue.sha256:
            return ImportOutcome("unchanged", issue_id, count, tuple(issue.warnings), duplicate_of=existing)
        if not replace:
            return ImportOutcome("duplicate", issue_id, count, tuple(issue.warnings), duplicate_of=existing)
        return dataclasses.replace(self._update_issue(issue_id, source, issue), duplicate_of=existing)

    def _issue_values(self, source: str, issue: Issue) -> dict[str, Any]:
        return {
            "source": source,
            "sha256": issue.sha256,
            "encoding": issue.encoding,
            "date": issue.date,
            "date_source": issue.date_source,
            "number": issue.number,
            "pages": issue.pages,
            "warnings": _dumps(list(issue.warnings)),
            "article_count": len(issue.articles),
        }

    def _insert_issue(self, source: str, issue: Issue) -> ImportOutcome:
        now = _now()
        values = self._issue_values(source, issue) | {"imported_at": now, "updated_at": now}
        cols = ", ".join(values)
        marks = ", ".join(f":{k}" for k in values)
        issue_id = self._db.execute(f"INSERT INTO issues ({cols}) VALUES ({marks})", values).lastrowid
        added = tuple(
            self._insert_article(issue_id, issue.date, seq, a)
            for seq, a in enumerate(issue.articles, start=1)
        )
        self._write_unassigned(issue_id, issue)
        sources.repack(self._db, issue_id, issue.text)
        return ImportOutcome("imported", issue_id, len(added), tuple(issue.warnings), added=added)

    def _update_issue(self, issue_id: int, source: str, issue: Issue) -> ImportOutcome:
        values = self._issue_values(source, issue) | {"updated_at": _now(), "id": issue_id}
        sets = ", ".join(f"{k} = :{k}" for k in values if k != "id")
        self._db.execute(f"UPDATE issues SET {sets} WHERE id = :id", values)
        old = self._all(
            "SELECT id, seq, title, subtitle, text, issue_date FROM articles "
            "WHERE issue_id = ? ORDER BY seq",
            [issue_id],
        )
        from zzreader.core import corrections, search

        old, match_on = corrections.for_matching(self._db, issue_id, old)
        matches = _match_articles(match_on, issue.articles)
        by_id = {r[0]: r for r in old}
        removed = tuple(r[0] for r in old if r[0] not in matches.values())
        for article_id in removed:
            search.unindex_article(self._db, article_id)
            self._db.execute("DELETE FROM articles WHERE id = ?", [article_id])
        added: list[int] = []
        changed: list[int] = []
        for seq, article in enumerate(issue.articles, start=1):
            old_id = matches.get(seq - 1)
            if old_id is None:
                added.append(self._insert_article(issue_id, issue.date, seq, article))
                continue
            _, _, title, subtitle, text, _ = by_id[old_id]
            searchable_changed = (title, subtitle, text) != (
                article.title,
                article.subtitle,
                article.text,
            )
            if searchable_changed:
                changed.append(old_id)
            indexed = search.indexed_fields(self._db, old_id)
            values = _article_values(issue_id, issue.date, seq, article) | {"id": old_id}
            sets = ", ".join(f"{k} = :{k}" for k in values if k != "id")
            self._db.execute(f"UPDATE articles SET {sets} WHERE id = :id", values)
            # Any text the page shows, or the date the index key carries, re-indexes.
            if indexed != search.indexed_fields(self._db, old_id):
                search.unindex_article(self._db, old_id, indexed[1] if indexed else None)
                search.index_article(self._db, old_id)
        self._db.execute("DELETE FROM unassigned WHERE issue_id = ?", [issue_id])
        self._write_unassigned(issue_id, issue)
        corrections.reapply_after_import(self._db, issue_id, added)
        sources.repack(self._db, issue_id, issue.text)  # against the articles as they now are
        return ImportOutcome(
            "updated",
            issue_id,
            len(issue.articles),
            tuple(issue.warnings),
            added=tuple(added),
            changed=tuple(changed),
            removed=removed,
        )

    def _insert_article(self, issue_id: int, date: str | None, seq: int, article: Article) -> int:
        values = _article_values(issue_id, date, seq, article)
        cols = ", ".join(values)
        marks = ", ".join(f":{k}" for k in values)
        article_id = self._db.execute(
            f"INSERT INTO articles ({cols}) VALUES ({marks})", values
        ).lastrowid
        from zzreader.core import search

        search.index_article(self._db, article_id)
        return article_id

    def _write_unassigned(self, issue_id: int, issue: Issue) -> None:
        self._db.conn.executemany(
            "INSERT INTO unassigned (issue_id, text, line_start, line_end) VALUES (?, ?, ?, ?)",
            [(issue_id, u.text, u.line_start, u.line_end) for u in issue.unassigned],
        )

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
            from zzreader.core import search

            for article_id, *_ in old:
                search.unindex_article(self._db, article_id)
            self._db.execute("DELETE FROM issues WHERE id = ?", [issue_id])
        return tuple(r[0] for r in old)


def _article_values(issue_id: int, date: str | None, seq: int, a: Article) -> dict[str, Any]:
    return {
        "issue_id": issue_id,
        "seq": seq,
        "issue_date": date,
        "title": a.title,
        "subtitle": a.subtitle,
        "kicker": a.kicker,
        "section": a.section,
        "editor": a.editor,
        "type": a.type,
        "reporters": _dumps(list(a.reporters)),
        "correspondents": _dumps(list(a.correspondents)),
        "photographers": _dumps(list(a.photographers)),
        "dateline": a.dateline,
        "text": a.text,
        "blocks": _encode_blocks(a.blocks),
        "continued_from": a.continued_from,
        "line_start": a.line_start,
        "line_end": a.line_end,
    }


def _article_from_row(row: tuple) -> Article:
    (
        article_id, issue_id, seq, title, subtitle, kicker, section, editor, type_,
        reporters, correspondents, photographers, dateline, text, blocks,
        continued_from, line_start, line_end,
    ) = row  # fmt: skip
    sv = stored_values  # a library is untrusted: any column may hold any type
    return Article(
        title=sv.text(title),
        type=sv.text(type_),
        subtitle=sv.text(subtitle),
        kicker=sv.text(kicker),
        section=sv.text(section),
        editor=sv.text(editor),
        reporters=sv.names(reporters),
        correspondents=sv.names(correspondents),
        photographers=sv.names(photographers),
        dateline=sv.text(dateline),
        blocks=_decode_blocks(blocks, text),
        continued_from=sv.optional_text(continued_from),
        line_start=line_start,
        line_end=line_end,
        id=article_id,
        issue_id=issue_id,
        seq=seq,
    )


def _match_articles(old: list[tuple], new: list[Article]) -> dict[int, int]:
    """Map new article index -> old article id for articles that survived an edit.

    Same normalised title first (in order, so repeated titles pair up in
    turn), then the same position with a similar body. Empty titles never
    match by title.
    """
    matches: dict[int, int] = {}
    used: set[int] = set()
    by_title: dict[str, list[int]] = {}
    for article_id, _seq, title, _sub, _text, _date in old:
        key = _title_key(title)
        if key:
            by_title.setdefault(key, []).append(article_id)
    for i, article in enumerate(new):
        candidates = by_title.get(_title_key(article.title))
        if candidates:
            article_id = candidates.pop(0)
            matches[i] = article_id
            used.add(article_id)
    by_seq = {seq: (article_id, text) for article_id, seq, _t, _s, text, _d in old}
    for i, article in enumerate(new):
        if i in matches or (i + 1) not in by_seq:
            continue
        article_id, text = by_seq[i + 1]
        if article_id in used:
            continue
        from rapidfuzz import fuzz  # loaded by a re-import, not by every start

        if fuzz.ratio(text, article.text) >= SAME_SEQ_MIN_SIMILARITY:
            matches[i] = article_id
            used.add(article_id)
    return matches


class _ImmediateWrites:
    """Mixed in front of sqlite-utils' Database (core/database.py): the outermost transaction is BEGIN IMMEDIATE.

    That Database is made with `execute_plugins=False`: sqlite-utils plugins
    installed beside zzreader do not get to set up the library's hardened
    connection (and looking for them would read every installed package's
    metadata).

    In WAL mode a deferred transaction that has read cannot wait for another
    process's write lock: SQLite answers "database is locked" at once,
    whatever the busy timeout. Taking the write lock at BEGIN lets the busy
    timeout queue the window's annotation writes behind a CLI import (and
    the other way round). Nested blocks are savepoints, as in sqlite-utils.
    """

    read_only = False

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        if self.read_only:
            raise WriteError(
                "书库是只读的（文件或所在文件夹不可写），不能保存更改 / The library is read-only "
                "(its file or folder cannot be written); changes cannot be saved"
            )
        if self.conn.in_transaction:
            with super().atomic():
                yield self
            return
        try:
            _begin_immediate(self.conn)
            try:
                yield self
            except BaseException:
                self.rollback()
                raise
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                self.rollback()
                raise
        except sqlite3.OperationalError as exc:
            code = exc.sqlite_errorcode & 0xFF
            if isinstance(exc, WriteError) or code not in _WRITE_FAILURES:
                raise
            if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
                raise WriteError(
                    f"写入书库失败：另一个 zzreader 正在写入，请稍后再试 / Could not write to the "
                    f"library: another zzreader kept it busy for {BUSY_TIMEOUT_S:.0f} s; try again"
                ) from exc
            raise WriteError(f"写入书库失败 / Could not write to the library: {exc}") from exc


def _begin_immediate(conn: sqlite3.Connection) -> None:
    """BEGIN IMMEDIATE, polling every few ms while another process writes.

    SQLite's own busy handler backs off to 100 ms sleeps, so a writer that
    commits one issue after another (an import) can starve the window's
    one-click writes for seconds; polling often takes the lock at the first
    gap between two of its transactions.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    conn.execute("PRAGMA busy_timeout = 0")
    try:
        while True:
            try:
                conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if exc.sqlite_errorcode & 0xFF != sqlite3.SQLITE_BUSY or time.monotonic() > deadline:
                    raise
                time.sleep(BUSY_POLL_S)
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")


def _connect(path: Path, read_only: bool = False) -> Database:
    if read_only:
        conn = sqlite3.connect(
            safe_open.read_only_uri(path), uri=True, check_same_thread=False, timeout=BUSY_TIMEOUT_S
        )
        safe_open.harden(conn)
        return Database(conn, writes=_ImmediateWrites, read_only=True)
    conn = sqlite3.connect(str(path), check_same_thread=False, timeout=BUSY_TIMEOUT_S)
    safe_open.harden(conn)
    # Big pages pack ~2 KB article rows without leaving a third of each page
    # empty; page size and text encoding only take effect on a new file, and
    # must come before WAL.
    conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
    conn.execute(f"PRAGMA encoding = '{TEXT_ENCODING}'")
    db = Database(conn, writes=_ImmediateWrites)
    db.execute("PRAGMA foreign_keys = ON")
    return db


def _use_wal(db: Database) -> None:
    """WAL mode, only once `migrate` has accepted the file: switching writes
    the file header, which must not happen to a newer library or to someone
    else's SQLite file that we refuse."""
    db.enable_wal()
    db.execute("PRAGMA synchronous = NORMAL")


def open_library(path: str | Path) -> Library:
    """Open (creating or migrating if needed) the library file at `path`.

    Raises LibraryError for a file that is not a library, is damaged, or was
    written by a newer zzreader.
    """
    path = user_paths.expand(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise LibraryError(
            f"无法创建书库文件夹 / Cannot create the library folder {shown.name(path.parent)}: {shown.os_reason(exc)}"
        ) from exc
    # Read-only first: nothing is written to (or beside) a file we refuse.
    seen = safe_open.inspect(path, SCHEMA_VERSION)
    dumps_in_doubt = False
    db: Database | None = None
    notices: list[str] = []
    try:
        db = _connect(path, read_only=seen.read_only)
        if seen.read_only:
            _check_read_only(db, path)
            safe_open.check_read_only_foreign(path, seen.foreign)
            if seen.foreign:
                notices.append(safe_open.foreign_notice(seen.foreign, removed=False))
            return Library(db, path, tuple(notices))
        if seen.foreign:
            notices.append(safe_open.strip_foreign(db.conn, seen.foreign))
        migrate(db, path)
        _use_wal(db)
        if dump_log_altered(db) or missing_triggers(db):  # reads: most opens write nothing here
            dumps_in_doubt = True  # changed outside zzreader: an unchanged re-import may mend a dump
            with db.atomic():  # so later changes to articles keep the dump log (core/sources.py)
                repaired = repair_dump_log(db)
                for sql in missing_triggers(db):
                    db.execute(sql)
            if repaired:
                notices.append(repaired)
        if not index_is_current(db):  # written by another tokenizer version
            from zzreader.core import search

            with db.atomic():
                search.rebuild_index(db)
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
    """A read-only library must already be at this version: it cannot be migrated."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version != SCHEMA_VERSION:
        raise LibraryError(
            f"书库需要升级，但所在位置只读：{path} / The library needs an upgrade (schema "
            f"{version} → {SCHEMA_VERSION}) but its file or folder is read-only: {path}"
        )
