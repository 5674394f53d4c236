"""The body of `zzreader search`: one query's hits printed, or query lines read from standard input.

Shared by the full command line (cli/library.py) and its quick start-up path
(cli/quick_search.py), which passes a bare read-only connection; both load
this module (and with it core/search.py) only when a search runs.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, TextIO

from zzreader.cli import language
from zzreader.core import search, shown
from zzreader.core.query import QueryError

__all__ = ["MAX_LINE", "MAX_SKIP", "query_lines", "run_cli_query"]

MAX_LINE = 65_536  # characters of one query line read from standard input (a query is at most 500)
MAX_SKIP = 1_048_576  # characters of an over-long line skipped before reading stops


def answer_lines(source: Any, args: Any, src: TextIO, out: TextIO) -> int:
    """Answer each query line of `src` as soon as it arrives (a search backend for other tools).

    An input without a single query (`search - < empty.txt`) says so, as an empty
    query does, and exits 2: it ended silently with exit 0, as if it had found nothing.
    """
    status: int | None = None
    for query in query_lines(src):  # bounded: `< /dev/zero` does not fill memory
        if query.strip():
            status = max(status or 0, run_cli_query(source, query, args, out))
            out.flush()
    return run_cli_query(source, "", args, out) if status is None else status


def query_lines(stream: TextIO) -> Iterator[str]:
    """The query lines of `stream` (newline removed), each read in bounded pieces.

    An over-long line is passed on cut (its query is then refused as too long)
    and the rest of it skipped; a stream with no newline at all (`< /dev/zero`)
    ends the reading after MAX_SKIP characters instead of filling memory.
    """
    while True:
        line = stream.readline(MAX_LINE)
        if not line:
            return
        if not line.endswith("\n") and len(line) >= MAX_LINE:
            skipped = 0
            while skipped < MAX_SKIP:
                rest = stream.readline(MAX_LINE)
                skipped += len(rest)
                if not rest or rest.endswith("\n"):
                    break
            yield line
            if skipped >= MAX_SKIP:
                return
            continue
        yield _in_locale_if_not_utf8(line.rstrip("\r\n"))


def _in_locale_if_not_utf8(line: str) -> str:
    """A query line whose bytes are not UTF-8 (kept as escapes: cli/__init__.py `_utf8_streams`)
    read in the locale's encoding when they decode there: a GBK file piped in under a GB18030
    locale, which was read so before standard input became UTF-8 whatever the locale."""
    if not any("\udc80" <= ch <= "\udcff" for ch in line):
        return line
    import locale

    try:
        return line.encode("utf-8", "surrogateescape").decode(locale.getpreferredencoding(False))
    except (UnicodeError, LookupError):  # a UTF-8 locale, or bytes no encoding reads: kept as they came
        return line


def run_cli_query(library: Any, query: str, args: Any, out: TextIO) -> int:
    """`zzreader search`: print one query's hits (or one JSON line); 0 ok, 2 unreadable query."""
    as_json = bool(getattr(args, "json", False))
    try:
        result = search.search(
            library,
            query,
            limit=getattr(args, "limit", 20),
            date_from=getattr(args, "date_from", None),
            date_to=getattr(args, "date_to", None),
            sort=getattr(args, "sort", None) or "relevance",
        )
    except QueryError as exc:
        if as_json:
            from zzreader.core.export_text import json_dumps

            print(json_dumps({"query": query, "error": str(exc)}), file=out)
        else:
            import sys

            shown_query = shown.line(query if len(query) <= 40 else query[:40] + "…")
            said = f"{shown_query}: {exc}" if query.strip() else str(exc)  # not ": Please enter something"
            print(shown.message(said), file=sys.stderr)  # one line whatever the query holds
        return 2  # bad input, as every command answers it (zzreader/cli/args.py)
    if as_json:
        from zzreader.core.export_text import json_dumps

        print(json_dumps(result.to_json()), file=out)
        return 0
    listed = len(result.hits)
    total = result.total
    q = shown.line(query)  # named in either language: a picked line lost it in English
    print(language.say(f"「{q}」共 {total} 篇，显示 {listed} 篇", f"“{q}”: {total} hits, {listed} shown"), file=out)
    for h in result.hits:
        date = h.issue_date or "????-??-??"
        title = h.title or language.say("（无标题）", "(untitled)")  # a notice or a brief the parser gave no title
        print(f"{date}  [{language.type_name(h.type)}]  {title}  (#{h.article_id})", file=out)  # the id `show` takes; the score is in --json
        print(f"    {h.marked_snippet()}", file=out)
    return 0
