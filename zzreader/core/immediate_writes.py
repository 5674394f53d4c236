"""Library writes as BEGIN IMMEDIATE transactions, and the one error a refused write raises.

Several processes share one library (the window, a command-line import, a
second window); this is how they take turns writing without SQLite's
"database is locked" in the middle of a transaction.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING

from zzreader.core.migrations import LibraryError

if TYPE_CHECKING:
    from zzreader.core.database import Database

__all__ = ["BUSY_POLL_S", "BUSY_TIMEOUT_S", "ImmediateWrites", "WriteError", "begin_immediate"]

# How long a write waits for another process's transaction before it fails,
# and how often it looks (see `begin_immediate`).
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


class ImmediateWrites:
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
    _schema_seen: int | None = None
    planted_notices: list[str]

    def _drop_planted(self) -> None:
        """Schema objects another process created since this connection last looked never run.

        Checked under the write lock, so nothing can be planted between the
        look and our writes; a schema version unchanged since then costs one
        PRAGMA (core/safe_open.py drop_planted).
        """
        version = self.conn.execute("PRAGMA schema_version").fetchone()[0]
        if version == self._schema_seen:
            return
        from zzreader.core import safe_open

        dropped = safe_open.drop_planted(self.conn)
        if dropped:
            self.__dict__.setdefault("planted_notices", []).append(safe_open.foreign_notice(dropped, removed=True))
        self._schema_seen = self.conn.execute("PRAGMA schema_version").fetchone()[0]

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
            begin_immediate(self.conn)
            try:
                self._drop_planted()
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
            from zzreader.core.shown import sqlite_reason  # zzreader's words, not SQLite's

            raise WriteError(f"写入书库失败 / Could not write to the library: {sqlite_reason(exc)}") from exc


def begin_immediate(conn: sqlite3.Connection) -> None:
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
