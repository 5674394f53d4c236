"""`zzreader search` without the rest of the application (issue 18).

Reporters script the search command, so its start-up is most of its cost:
the full command line imports every command group, sqlite-utils, the
migrations and the backup code, and opens the library for writing. A plain
search needs none of it. When the command line is exactly a search
(`[--library PATH] [--lang zh|en] search QUERY [--limit N] [--from D]
[--to D] [--sort S] [--json]`, the first two also after `search`) and the
library is a current one (this schema and index version, nothing in its
schema that zzreader does not make), the query runs
here on a read-only connection. Anything else - another command, an option
this reader does not know, a library to migrate or to clean, no library file
yet - returns None and the full command line takes over, with its messages.

A search writes nothing, so the daily rolling backup every writing command
takes (cli/backup.py) is left to the next of those.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from types import SimpleNamespace

from zzreader.core import sqlite_uri

# core/migrations/ SCHEMA_VERSION (tests/cli/test_quick_search.py keeps them equal);
# importing it would load sqlite-utils.
SCHEMA_VERSION = 15
OWN_VIRTUAL_TABLES = frozenset({"articles_fts"})  # core/safe_open.py
MAX_COUNT = 2**31 - 1
_VALUE_OPTIONS = {"--limit": "limit", "--from": "date_from", "--to": "date_to", "--sort": "sort"}
SORTS = ("relevance", "date", "oldest")  # core/search.py SORTS (tests/cli/test_quick_search.py keeps them equal)


def read_argv(argv: list[str]) -> SimpleNamespace | None:
    """The search's options, or None when the line is anything but a plain search."""
    ns = SimpleNamespace(
        library=None, lang=None, query=None, limit=20, date_from=None, date_to=None, sort="relevance", json=False
    )
    i = 0
    while i < len(argv) and argv[i] != "search":
        opt, eq, value = argv[i].partition("=")
        if opt not in ("--library", "--lang"):
            return None
        if not eq:
            if i + 1 >= len(argv):
                return None
            i, value = i + 1, argv[i + 1]
        setattr(ns, opt[2:], value)
        i += 1
    if i >= len(argv):
        return None
    rest = argv[i + 1 :]
    j = 0
    while j < len(rest):
        arg = rest[j]
        opt, eq, value = arg.partition("=")
        if arg == "--json":
            ns.json = True
        elif opt in _VALUE_OPTIONS or opt in ("--library", "--lang"):  # the last two also after `search`
            if not eq:
                if j + 1 >= len(rest):
                    return None
                j, value = j + 1, rest[j + 1]
            setattr(ns, _VALUE_OPTIONS.get(opt, opt[2:]), value)
        elif arg.startswith("-") and arg != "-" or ns.query is not None:
            return None  # -h, an unknown option, a second query: the full parser answers
        else:
            ns.query = arg
        j += 1
    if ns.query is None or not _small_count(str(ns.limit)) or ns.lang not in (None, "zh", "en") or ns.sort not in SORTS:
        return None
    if any(ch.isdigit() and not ch.isascii() for d in (ns.date_from, ns.date_to) if d for ch in d):
        return None  # "１９９９": the full parser says why (cli/args.py date)
    if any(v is not None and not v.strip() for v in (ns.library, ns.date_from, ns.date_to)):
        return None  # `--library ""` is not the default library, `--from ""` not "no date": bad input there
    ns.limit = int(str(ns.limit).lstrip("0") or "0")  # int() refuses over 4300 characters, zeros too
    return ns


def _small_count(text: str) -> bool:
    """ASCII digits up to MAX_COUNT; anything else is the full parser's to refuse (cli/args.py).

    The length is checked first: int() refuses a string of more than 4300 digits.
    """
    digits = text.lstrip("0") or "0"
    return text.isascii() and text.isdigit() and len(digits) <= 10 and int(digits) <= MAX_COUNT


def library_path(ns: SimpleNamespace) -> str | None:
    """The chosen library (core/library_paths.py choose_library), if it is a file."""
    env = os.environ.get("ZZREADER_LIBRARY", "")
    chosen = ns.library or (env if env.strip() else None)  # a blank value is unset (core/library_paths.py)
    if chosen:
        path = os.path.expanduser(chosen)
        if path.startswith("~"):  # ~nosuchuser: the full command line says why (core/user_paths.py)
            return None
    else:
        from zzreader.core.user_dirs import default_library_file

        path = default_library_file()
    if not os.path.isfile(path) or os.stat(path).st_nlink > 1:
        return None  # a hard-linked library: the full command line says why it is not opened (core/safe_open.py)
    return path


def _header_uri(path: str) -> str | None:
    """The read-only URI to search `path` by, when its SQLite header says it may be a current
    library; None leaves it to the full command line, before anything is made beside it.

    Connecting to a file in WAL mode makes its `-wal` and `-shm` beside it: another program's
    database got them from a search that the full command line then refused as "left
    untouched". The header (100 bytes, read as a file) tells the format, the schema version
    (bytes 60-63) and another program's application id (68-71; zzreader sets none); a log
    that is not there is read as at its last checkpoint (core/safe_open.py `read_only_uri`).
    """
    try:
        with open(path, "rb") as f:
            header = f.read(100)
    except OSError:
        return None  # the full open says why it cannot be read
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        return None
    if int.from_bytes(header[60:64], "big") != SCHEMA_VERSION or header[68:72] != bytes(4):
        return None
    uri = sqlite_uri.read_only(path)
    wal_mode = header[18] == 2 and header[19] == 2
    if wal_mode and not os.path.exists(path + "-wal") and not os.path.exists(path + "-shm"):
        uri += "&immutable=1"  # nothing in a log: looked at as it is, nothing made beside it
    return uri


def open_current(path: str) -> sqlite3.Connection | None:
    """A read-only connection when the library needs nothing done on opening."""
    from zzreader.core.index_version import TOKENIZER_VERSION

    uri = _header_uri(path)
    if uri is None:
        return None
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error:
        return None
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA query_only = ON")
        if conn.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
            return _close(conn)
        row = conn.execute("SELECT value FROM meta WHERE key = 'tokenizer_version'").fetchone()
        if row is None or row[0] != str(TOKENIZER_VERSION):
            return _close(conn)
        for kind, name, sql in conn.execute("SELECT type, name, sql FROM sqlite_master"):
            virtual = kind == "table" and (sql or "").upper().startswith("CREATE VIRTUAL")
            if kind == "trigger" and _own_trigger(name, sql):
                continue
            if kind in ("trigger", "view") or (virtual and name not in OWN_VIRTUAL_TABLES):
                return _close(conn)  # the full open removes and names it (core/safe_open.py)
    except sqlite3.Error:
        return _close(conn)
    if uri.endswith("&immutable=1"):  # it is a library: searched as any reader does, seeing a writer's log
        conn.close()
        try:
            conn = sqlite3.connect(sqlite_uri.read_only(path), uri=True)
        except sqlite3.Error:
            return None
        try:
            conn.execute("PRAGMA trusted_schema = OFF")
            conn.execute("PRAGMA query_only = ON")
            conn.execute("SELECT 1 FROM meta LIMIT 1").fetchall()  # a read-only place cannot make the -shm
        except sqlite3.Error:
            return _close(conn)  # the full open reads it as at its last checkpoint, and says so
    return conn


def _own_trigger(name: str, sql: str | None) -> bool:
    """One of the dump log's triggers, word for word (core/safe_open.py accepts the same)."""
    from zzreader.core.migrations import M011_TRIGGERS

    return M011_TRIGGERS.get(name) == sql


def _close(conn: sqlite3.Connection) -> None:
    conn.close()


def try_run(argv: list[str]) -> int | None:
    """Run a plain search here and return its exit code; None to use the full command line."""
    ns = read_argv(argv)
    if ns is None:
        return None
    path = library_path(ns)
    conn = open_current(path) if path is not None else None
    if conn is None:
        return None
    from zzreader import cli
    from zzreader.cli import language, terminal
    cli._utf8_streams()
    ns.command = "search"
    try:
        with terminal.safe_streams(), language.one_language(language.choose(ns.lang), language.stdout_is_data(ns)):
            return cli.guarded(lambda args: _answer(conn, args), ns)
    finally:
        conn.close()


def _answer(conn: sqlite3.Connection, ns: SimpleNamespace) -> int:
    from zzreader.cli import search_command

    if ns.query != "-":
        return search_command.run_cli_query(conn, ns.query, ns, sys.stdout)
    return search_command.answer_lines(conn, ns, sys.stdin, sys.stdout)  # one query a line, each answered as it arrives
