"""Library writes as BEGIN IMMEDIATE transactions, and the one error a refused write raises.

Several processes share one library (the window, a command-line import, a
second window); this is how they take turns writing without SQLite's
"database is locked" in the middle of a transaction.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from zzreader.core.migrations import LibraryError

if TYPE_CHECKING:
    from zzreader.core.database import Database
    from zzreader.core.lock_holder import Holder

__all__ = [
    "BUSY_POLL_S", "BUSY_TIMEOUT_S", "WAIT_NOTICE_S", "ImmediateWrites", "WriteError", "begin_immediate",
    "set_default_waiting",
]

# How long a write waits for another process's transaction before it fails,
# and how often it looks (see `begin_immediate`); after WAIT_NOTICE_S of
# waiting the user is told what it waits for, rather than a silent 30 s.
BUSY_TIMEOUT_S = 30.0
BUSY_POLL_S = 0.002
WAIT_NOTICE_S = 1.0

Waiting = Callable[[str], None]  # told once, "中文 / English", that a write waits and for whom
_default_waiting: Waiting | None = None  # the command line's stderr (cli/__init__.py run)


def set_default_waiting(waiting: Waiting | None) -> Waiting | None:
    """Where a write of a connection without its own `waiting` says it waits; returns the previous one."""
    global _default_waiting
    previous, _default_waiting = _default_waiting, waiting
    return previous


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
    waiting: Waiting | None = None  # set per connection (gui/workers.py), else the default
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

    def _roll_back(self) -> None:
        """Roll the write back, unless the connection is closed already, which did.

        A Ctrl+C can leave this generator suspended at its `yield` (it struck
        inside the `with` statement's own exit); Python closes it at shutdown,
        after the library's connection, and the rollback then printed
        "Exception ignored … Cannot operate on a closed database".
        """
        try:
            self.rollback()
        except sqlite3.ProgrammingError:
            pass  # closed: nothing uncommitted survives a closed connection

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
            begin_immediate(self.conn, self.waiting or _default_waiting)
            try:
                self._drop_planted()
                yield self
            except BaseException:
                self._roll_back()
                raise
            if not self.conn.in_transaction:
                raise _undone_part_way(self.conn)
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                self._roll_back()
                raise
        except sqlite3.OperationalError as exc:
            code = getattr(exc, "sqlite_errorcode", 0) & 0xFF  # a WriteError of ours carries none
            if isinstance(exc, WriteError) or code not in _WRITE_FAILURES:
                raise
            if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
                raise WriteError(getattr(exc, "compacting", None) or busy_message(getattr(exc, "holder", None))) from exc
            # zzreader's words, not SQLite's ("disk I/O error" on a full disk)
            from zzreader.core import shown

            why = shown.sqlite_reason_at(exc, _file(self.conn)) if _file(self.conn) else shown.sqlite_reason(exc)
            raise WriteError(f"写入书库失败 / Could not write to the library: {why}") from exc


def _undone_part_way(conn: sqlite3.Connection) -> WriteError:
    """The error for a write SQLite rolled back by itself part way (a full disk, an I/O error)
    while the code that met the error passed over it: COMMIT would say "no transaction is
    active", which read as a damaged library. Nothing of the write is kept."""
    from zzreader.core import shown

    file = _file(conn)
    full = bool(file) and shown.no_room_beside(file)
    why = shown.os_reason(OSError(errno.ENOSPC, "")) if full else UNDONE_PART_WAY
    return WriteError(f"写入书库失败 / Could not write to the library: {why}")


UNDONE_PART_WAY = "SQLite 中途撤回了这次写入，什么也没有保存 / SQLite undid the write part way; nothing was saved"


def still_writing(db: object, exc: sqlite3.OperationalError) -> None:
    """Re-raise `exc` unless the write transaction it struck in is still open.

    Code that passes over an OperationalError inside a write (a column an older
    library lacks) must not pass over a full disk: SQLite has then rolled the whole
    transaction back, and every later statement of the write would commit on its own.
    """
    conn = getattr(db, "conn", db)
    if not isinstance(conn, sqlite3.Connection) or not conn.in_transaction:
        raise exc


def begin_immediate(conn: sqlite3.Connection, waiting: Waiting | None = None) -> None:
    """BEGIN IMMEDIATE, polling every few ms while another process writes.

    SQLite's own busy handler backs off to 100 ms sleeps, so a writer that
    commits one issue after another (an import) can starve the window's
    one-click writes for seconds; polling often takes the lock at the first
    gap between two of its transactions. After WAIT_NOTICE_S `waiting` is
    told, once, what the write waits for (core/lock_holder.py); giving up,
    the error carries the holder as `holder` for `busy_message`.
    """
    start = time.monotonic()
    told = looked = False
    holder = None
    conn.execute("PRAGMA busy_timeout = 0")
    try:
        while True:
            try:
                conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                waited = time.monotonic() - start
                if exc.sqlite_errorcode & 0xFF != sqlite3.SQLITE_BUSY:
                    raise
                first, looked = not looked, True
                # at the first busy, then at the notice: minutes of waiting are refused now, as a restore is
                if (first or (not told and waited >= WAIT_NOTICE_S)) and _compacted_elsewhere(conn, exc):
                    raise
                if waited > BUSY_TIMEOUT_S:
                    exc.holder = holder if told else _holder(conn)  # type: ignore[attr-defined]
                    raise
                if not told and waited >= WAIT_NOTICE_S:
                    told, holder = True, _holder(conn)
                    _tell(waiting, waiting_message(holder))
                time.sleep(BUSY_POLL_S)
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")


def _compacted_elsewhere(conn: sqlite3.Connection, exc: sqlite3.OperationalError) -> bool:
    """Whether another process is compacting the library (core/compacting.py); the refusal then goes on `exc`.

    Looked at when the write first finds the library busy; this process's own
    compact (the window's) is waited for, as the window's write gate has its edits do.
    """
    from zzreader.core import compacting

    file = _file(conn)
    pid = compacting.holder(file) if file else None
    if pid is None or pid == os.getpid():
        return False
    exc.compacting = compacting.busy_message(pid)  # type: ignore[attr-defined]
    return True


def _file(conn: sqlite3.Connection) -> str:
    """The library file of `conn` ("" when SQLite cannot say)."""
    try:
        return next((row[2] for row in conn.execute("PRAGMA database_list") if row[1] == "main"), "")
    except sqlite3.Error:
        return ""


def _holder(conn: sqlite3.Connection) -> Holder | None:
    """Who holds the library's write lock (core/lock_holder.py), None when unknown."""
    from zzreader.core import lock_holder

    file = _file(conn)
    try:
        return lock_holder.find(file) if file else None
    except (OSError, ValueError):
        return None


def _tell(waiting: Waiting | None, text: str) -> None:
    """Say it waits; a listener that fails (a closed stream, a closed window) never fails the write."""
    if waiting is not None:
        with contextlib.suppress(Exception):  # the write goes on whatever became of its listener
            waiting(text)


def waiting_message(holder: Holder | None) -> str:
    zh, en = _who(holder)
    return (f"正在等待{zh}写完书库（最多 {BUSY_TIMEOUT_S:.0f} 秒）… / Waiting for {en} to finish "
            f"writing to the library (up to {BUSY_TIMEOUT_S:.0f} s)…")


def busy_message(holder: Holder | None) -> str:
    zh, en = _who(holder)
    return (f"写入书库失败：{zh}正在写入，已等了 {BUSY_TIMEOUT_S:.0f} 秒，请稍后再试 / Could not write to the "
            f"library, because {en} kept it busy for {BUSY_TIMEOUT_S:.0f} s; try again")


def _who(holder: Holder | None) -> tuple[str, str]:
    """Who holds the lock (core/lock_holder.py); a space after a Latin word ("zzreader 正在")."""
    from zzreader.core.lock_holder import describe

    zh, en = describe(holder)
    return (zh + " " if zh[-1:].isascii() else zh), en
