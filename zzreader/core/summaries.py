"""The small frozen records `Library` returns for lists: issues, articles, statistics.

The window's tree, lists and the command line show these, never database
rows (core/store.py). A library is untrusted, so each record cleans its own
values as it is made (core/stored_values.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from zzreader.core import stored_values

SHORT_TITLE = 6
LEAD_CHARS = 16


class LibraryStats(NamedTuple):
    """How much the library holds and the days it spans."""

    issues: int
    articles: int
    first_date: str | None
    last_date: str | None
    size_bytes: int


class IssueInfo(NamedTuple):
    """One issue's stored facts: its file, its date and where the date came from, its warnings."""

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
    """An issue as the tree and the lists show it."""

    id: int
    date: str | None
    number: int | None
    source: str
    article_count: int

    def __post_init__(self) -> None:  # a library is untrusted: any column may hold any type
        object.__setattr__(self, "date", stored_values.optional_text(self.date))
        object.__setattr__(self, "source", stored_values.text(self.source))
        object.__setattr__(self, "number", stored_values.optional_int(self.number))
        object.__setattr__(self, "article_count", stored_values.count(self.article_count))


@dataclass(frozen=True)
class ArticleSummary:
    """An article as the tree and the lists show it: no body beyond its first characters."""

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
        for name in ("title", "type", "section", "subtitle", "lead"):  # one line each: no control or format characters
            object.__setattr__(self, name, stored_values.line(getattr(self, name)))
        object.__setattr__(self, "issue_date", stored_values.optional_text(self.issue_date))

    @property
    def headline(self) -> str:
        """What a list shows: a short title ("学习明理", "迎五一") needs its subtitle."""
        if self.subtitle and len(self.title) <= SHORT_TITLE:
            return f"{self.title} {self.subtitle}"
        return self.title


# What `iter_articles` pairs with an article in no issue (core/issueless.py).
NO_ISSUE = IssueSummary(0, None, None, "", 0)


def summary_columns(table: str = "") -> str:
    """The ArticleSummary columns, `table`-qualified beside tables with columns of those names."""
    names = ("id", "issue_id", "seq", "title", "type", "section", "issue_date", "subtitle")
    return ", ".join(f"{table}{n}" for n in names) + f", substr({table}text, 1, {LEAD_CHARS})"


SUMMARY_COLUMNS = summary_columns()
SUMMARY_COLUMNS_A = summary_columns("a.")  # over `articles a` (core/title_filter.py)
