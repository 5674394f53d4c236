"""The library's connection: reads on sqlite3 itself, writes through sqlite-utils.

`Database` offers the part of sqlite-utils' `Database` that zzreader uses
(`execute`, `executescript`, `atomic`, `rollback`, `enable_wal`, `close`,
`conn`). Reads (SELECT, WITH, PRAGMA) go to the sqlite3 connection directly:
for them sqlite-utils' `execute` does nothing more, because Python's sqlite3
opens a transaction by itself only before INSERT, UPDATE, DELETE and REPLACE,
and only such a transaction makes sqlite-utils commit or roll back after the
statement. Everything else, and every statement once a write has been made,
goes through a sqlite-utils `Database` on the same connection, made at the
first write. So opening a library and drawing the window's first page never
import sqlite-utils, with the click, dateutil and pluggy it brings (about a
tenth of the window's start, tests/bench/bench_gui.py), while writes keep
sqlite-utils' transactions and savepoints.

sqlite-utils itself is imported without its optional numpy and pandas
support: it imports them when they are installed only to map their number
types to SQLite column types when it creates a table from values. zzreader
creates every table from its own SQL (core/migrations/) and stores plain
Python values, so that support is never used; but numpy is installed
(reprint detection, core/discovery/reprints.py, needs it) and loading it
costs about a tenth of a second and 15 MB. The two packages are marked as
not importable for the moment of that import only; whoever imports numpy
later gets it as usual. If something imported sqlite-utils earlier, nothing
changes.
"""

from __future__ import annotations

import functools
import sqlite3
import sys
from collections.abc import Callable, Sequence
from typing import Any, Self

_OPTIONAL = ("numpy", "pandas")
# Statements that never open a transaction of their own (see above).
_READS = ("SELECT", "WITH", "PRAGMA")


def sqlite_utils_database() -> type:
    """sqlite-utils' `Database` class, imported without numpy and pandas."""
    if "sqlite_utils.db" in sys.modules:
        return sys.modules["sqlite_utils"].Database
    hidden = [name for name in _OPTIONAL if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # `import numpy` raises ImportError
    try:
        from sqlite_utils import Database as database_class
    finally:
        for name in hidden:
            if sys.modules.get(name, False) is None:
                del sys.modules[name]
    return database_class


@functools.cache
def _writer_class(writes: type | None) -> type:
    """sqlite-utils' Database with `writes` (a mixin overriding its methods) in front."""
    base = sqlite_utils_database()
    if writes is None:
        return base
    return type(f"{writes.__name__}Database", (writes, base), {})


def _is_read(sql: str) -> bool:
    words = sql.split(None, 1)
    return bool(words) and words[0].upper() in _READS


class Database:
    """One library connection with sqlite-utils' Database interface; sqlite-utils loads at the first write.

    `writes` is a class mixed in front of sqlite-utils' Database for the
    writes (core/immediate_writes.py: BEGIN IMMEDIATE and bilingual write errors).
    """

    def __init__(
        self, conn: sqlite3.Connection, writes: type | None = None, read_only: bool = False
    ) -> None:
        self.conn = conn
        self.read_only = read_only
        self._writes = writes
        self._writer: Any = None
        self._waiting: Callable[[str], None] | None = None
        # What sqlite-utils' Database sets on its connection; set here so that
        # writes made before it exists (triggers included) behave the same.
        conn.execute("PRAGMA recursive_triggers = on")

    @property
    def writer(self) -> Any:
        """The sqlite-utils Database on this connection (made, and sqlite-utils imported, at first use)."""
        if self._writer is None:
            writer = _writer_class(self._writes)(self.conn, recursive_triggers=False, execute_plugins=False)
            writer.read_only = self.read_only
            writer.waiting = self._waiting
            self._writer = writer
        return self._writer

    @property
    def waiting(self) -> Callable[[str], None] | None:
        """Told when a write waits for another process (core/immediate_writes.py), else the default."""
        return self._waiting

    @waiting.setter
    def waiting(self, waiting: Callable[[str], None] | None) -> None:
        self._waiting = waiting
        if self._writer is not None:
            self._writer.waiting = waiting

    def execute(self, sql: str, parameters: Sequence | dict[str, Any] | None = None) -> sqlite3.Cursor:
        try:
            if self._writer is None and _is_read(sql):
                return self.conn.execute(sql) if parameters is None else self.conn.execute(sql, parameters)
            return self.writer.execute(sql, parameters)
        except OverflowError:
            if parameters is None:
                raise
            return self._beyond_int64(sql, parameters)

    def _beyond_int64(self, sql: str, parameters: Sequence | dict[str, Any]) -> sqlite3.Cursor:
        """A caller's number beyond SQLite's 64-bit integers (an id of 2**70 from a script) is no
        row's: a read finds nothing, as for any id no row has, and its caller says so in its own
        words; a write is refused in one line. Binding it raised OverflowError, a traceback."""
        from zzreader.core.errors import AnnotationNotFound
        from zzreader.core.stored_values import storable_key

        values = list(parameters.values()) if isinstance(parameters, dict) else list(parameters)
        if not _is_read(sql):
            big = next((v for v in values if not storable_key(v)), "?")
            raise AnnotationNotFound(f"没有编号为 {big} 的项 / Nothing has the number {big}")
        if isinstance(parameters, dict):
            return self.execute(sql, {k: v if storable_key(v) else None for k, v in parameters.items()})
        return self.execute(sql, [v if storable_key(v) else None for v in values])

    def executescript(self, sql: str) -> sqlite3.Cursor:
        return self.writer.executescript(sql)

    def atomic(self) -> Any:
        """A transaction (a savepoint when nested), as sqlite-utils' `atomic()`."""
        return self.writer.atomic()

    def rollback(self) -> None:
        if self.conn.in_transaction:
            self.writer.rollback()

    def enable_wal(self) -> None:
        if self._writer is None and self.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
            return  # already: nothing to write
        self.writer.enable_wal()

    def take_planted_notices(self) -> list[str]:
        """What this connection's writes removed that another process planted (core/immediate_writes.py), once."""
        if self._writer is None:
            return []
        return self._writer.__dict__.pop("planted_notices", [])

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


__all__ = ["Database", "sqlite_utils_database"]
