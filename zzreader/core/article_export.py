"""Articles out of a library as files a reporter opens elsewhere.

Four formats: JSON lines (every field, for scripts; the shape README.md
documents), CSV (one row an article, for a spreadsheet; a BOM so that it
reads the Chinese as UTF-8), Markdown (each article's heading, line of
particulars and text, to read or quote from) and plain text (the same as
the page reads, for a terminal or a text editor; `zzreader show` prints it). `export articles` writes the
whole library in reading order; with a query, only the articles the search
finds, in its order (relevance or date): what a reporter found, to take
along. The window's "Export results…" writes the same (gui/result_export.py).

Everything written comes from the library and is untrusted: CSV cells go
through core/csv_safe.py, Markdown escapes what would make a title a link,
a heading or HTML, and every format drops the control characters that act
in the program that shows them (core/export_text.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from zzreader.core import atomic_file, csv_safe, revisions
from zzreader.core.export_text import json_dumps, md_escape, plain
from zzreader.core.models import Article
from zzreader.core.store import NotFoundError
from zzreader.core.summaries import NO_ISSUE, IssueSummary
from zzreader.i18n import language

if TYPE_CHECKING:
    from zzreader.core.store import Library

FORMATS = ("jsonl", "csv", "md", "txt")
SUFFIXES = {"jsonl": ".jsonl", "csv": ".csv", "md": ".md", "txt": ".txt"}
CSV_COLUMNS = (
    "id", "issue_date", "issue_number", "section", "title", "subtitle", "type",
    "reporters", "correspondents", "photographers", "characters", "source", "revision", "text",
)  # fmt: skip

Progress = Callable[[int, int], None]  # (written, total)


def article_json(issue: IssueSummary, article: Article, revision: int = 0) -> dict:
    """One line of `export articles --format jsonl` (documented in README.md)."""
    return {
        "id": article.id,
        "issue_date": issue.date,
        "source": issue.source,
        "title": article.title,
        "subtitle": article.subtitle,
        "section": article.section,
        "type": article.type,
        "reporters": article.reporters,
        "correspondents": article.correspondents,
        "photographers": article.photographers,
        "text": article.text,
        "revision": revision,
        "corrected": revision > 0,
    }


def found(
    library: Library, query: str, *, date_from: str | None = None, date_to: str | None = None,
    sort: str = "relevance", types: list[str] | None = None, section: str | None = None,
) -> list[int]:
    """The ids of every article `query` finds, in the search's order (raises QueryError)."""
    from zzreader.core import search

    result = search.search(
        library, query, limit=None, date_from=date_from, date_to=date_to, sort=sort, types=types,
        section=section, snippets=False,
    )
    return [hit.article_id for hit in result.hits]


def chosen(
    library: Library, article_ids: list[int], missing: list[int] | None = None
) -> Iterator[tuple[IssueSummary, Article]]:
    """The articles of `article_ids` with their issues, in that order; one removed meanwhile
    is left out (and its id added to `missing`, for a command that names it)."""
    issues: dict[int | None, IssueSummary] = {}
    for article_id in article_ids:
        try:
            article = library.article(article_id)
        except NotFoundError:  # corrected away, merged or re-imported since the search
            if missing is not None:
                missing.append(article_id)
            continue
        if article.issue_id not in issues:
            issues[article.issue_id] = _issue_of(library, article.issue_id)
        yield issues[article.issue_id], article


def _issue_of(library: Library, issue_id: int | None) -> IssueSummary:
    try:
        info = library.issue(issue_id, of_article=True)
    except NotFoundError:  # an article another tool cut from its issue (core/issueless.py)
        return NO_ISSUE
    return IssueSummary(info.id, info.date, info.number, info.source, info.article_count)


def write(
    library: Library, out: TextIO, fmt: str, articles: Iterator[tuple[IssueSummary, Article]],
    total: int = 0, progress: Progress | None = None,
) -> tuple[int, int]:
    """Write `articles` in `fmt`; returns how many, and how many of them are in no issue."""
    if fmt not in FORMATS:
        raise ValueError(fmt)
    numbers = revisions.revision_numbers(library.db)
    n = issueless = 0
    if fmt == "csv":
        csv_safe.write_rows(out, [CSV_COLUMNS])
    for issue, article in articles:
        revision = numbers.get(article.id, 0)
        if fmt == "jsonl":
            out.write(json_dumps(article_json(issue, article, revision)) + "\n")
        elif fmt == "csv":
            csv_safe.write_rows(out, [_csv_row(issue, article, revision)])
        elif fmt == "txt":
            out.write(_plain_text(issue, article, first=n == 0))
        else:
            out.write(_markdown(issue, article))
        n += 1
        issueless += issue is NO_ISSUE
        if progress is not None and n % 50 == 0:
            progress(n, total)
    if progress is not None:
        progress(n, total)
    return n, issueless


def save(
    library: Library, path: str | Path, fmt: str, article_ids: list[int], progress: Progress | None = None
) -> tuple[int, int]:
    """Write the articles of `article_ids` to `path`, whole or not at all (core/atomic_file.py)."""
    encoding = "utf-8-sig" if fmt == "csv" else "utf-8"
    with atomic_file.text_file(path, encoding, newline="" if fmt == "csv" else "\n") as out:
        return write(library, out, fmt, chosen(library, article_ids), len(article_ids), progress)


def _csv_row(issue: IssueSummary, article: Article, revision: int) -> list[Any]:
    return [
        article.id, issue.date or "", issue.number if issue.number is not None else "", article.section,
        article.title, article.subtitle, article.type, "; ".join(article.reporters),
        "; ".join(article.correspondents), "; ".join(article.photographers), len(article.text),
        issue.source, revision, article.text,
    ]


def _md(text: str) -> str:
    """`text` as Markdown text: no markup, link, heading or HTML of its own."""
    return md_escape(plain(text))


def _one_line(text: str) -> str:
    return " ".join(plain(text).split())


def _particulars(issue: IssueSummary, article: Article) -> list[str]:
    """Date, issue number, section and reporters: the line under a title."""
    number = "" if issue.number is None else (f"第{issue.number}期" if language() == "zh" else f"No. {issue.number}")
    return [f for f in (issue.date or "", number, article.section, "、".join(article.reporters)) if f.strip()]


def _plain_text(issue: IssueSummary, article: Article, first: bool = True) -> str:
    """Kicker, title, subtitle, a line of particulars with the article's id, then the paragraphs.

    A rule of dashes parts one article from the one before; control and
    format characters are dropped (a title holding a terminal escape would
    act in the terminal that prints it).
    """
    untitled = "（无标题）" if language() == "zh" else "(untitled)"
    lines = [] if first else ["", "─" * 40, ""]
    if article.kicker.strip():
        lines.append(_one_line(article.kicker))
    lines.append(_one_line(article.title) or untitled)
    if article.subtitle.strip():
        lines.append(_one_line(article.subtitle))
    lines += [" · ".join([*(_one_line(f) for f in _particulars(issue, article)), f"#{article.id}"]), ""]
    paragraphs = [plain(p).strip() for p in article.paragraphs]
    lines.append("\n\n".join(p for p in paragraphs if p))
    return "\n".join(lines) + "\n"


def _markdown(issue: IssueSummary, article: Article) -> str:
    """`## title`, a line of particulars, then the paragraphs (a line starting `>`, `-`, `1.` stays text)."""
    title = _md(" ".join(article.title.split())) or "—"
    facts = _particulars(issue, article)
    lines = [f"## {title}", ""]
    if article.subtitle:
        lines += [f"*{_md(' '.join(article.subtitle.split()))}*", ""]
    particulars = " · ".join(_md(" ".join(f.split())) for f in facts)  # one line: a '\n===' in a section made a heading
    if particulars:
        lines += [particulars, ""]
    for paragraph in article.paragraphs:
        text = _md(paragraph.strip())
        if text:
            lines += ["\n".join(_no_block_start(line) for line in text.split("\n")), ""]
    lines += ["---", ""]
    return "\n".join(lines) + "\n"


# What opens a block at a line's start (after up to three blanks): a list item (`- `, `+ `, `1. `,
# `2) `), a rule (`---`), a code fence (`~~~`) or, under a line of text, a heading's underline
# (`===`, `---`); `*`, `_`, `#`, `>` and backticks are escaped everywhere.
_BLOCK_START = re.compile(r"^[ \t\u3000]*(?:\d+(?=[.)](?:\s|$))|(?=[-+](?:\s|$))|(?=-[\s-]*$)|(?=~~~)|(?==+\s*$))")


def _no_block_start(text: str) -> str:
    """A line that would open a list, a rule, a fence or a heading in Markdown starts escaped instead.

    Every line of a paragraph is looked at: a paragraph holding '\n- ' or
    '\n===' (a corrected text, a hostile library) opened a list or made the
    line above it a heading.
    """
    m = _BLOCK_START.match(text)
    return text if m is None else f"{text[: m.end()]}\\{text[m.end():]}"
