"""Restoring a library from one of its backups (core/backup.py makes them).

Restoring checks the chosen backup first (integrity, a schema this version
can read, nothing zzreader did not create), keeps a "pre-restore" backup of
the current library (or moves a damaged one aside), copies the backup's
pages into the library file with the backup API and opens it, which
migrates an older backup. It refuses while another process has the library
open, and holds the library's lock from the last copy of its state to the
end of the overwrite, so a write another process acknowledged is in the
restored library or in the pre-restore copy.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from zzreader.core import backup as bk
from zzreader.core import compacting, file_head, file_limits, safe_open, shown, sqlite_uri, user_paths
from zzreader.core.backup import (
    IN_USE_TIMEOUT_S,
    KEEP,
    BackupError,
    BackupNotFound,
    BackupRefused,
    list_backups,
    prune,
)


@dataclass(frozen=True)
class RestoreResult:
    library: Path
    restored_from: Path
    previous: Path | None  # the pre-restore backup, or the damaged file moved aside



def check_backup(path: str | Path) -> int:
    """The schema version of a backup this app can restore; BackupError otherwise."""
    from zzreader.core.migrations import SCHEMA_VERSION

    path = Path(path)
    if not path.is_file():
        if not path.exists():
            raise BackupNotFound(f"没有这个备份 / No such backup: {shown.name(path)}")
        reason = file_limits.skip_reason(path) or "不是普通文件 / not a regular file"  # a FIFO, a device, a folder
        raise BackupRefused(f"不能作为备份 / Not usable as a backup: {shown.name(path)}: {reason}")
    try:
        check, version, objects = _look_at(path)
    except sqlite3.Error as exc:
        if getattr(exc, "sqlite_errorcode", None) != sqlite3.SQLITE_READONLY_ROLLBACK:
            raise BackupRefused(
                f"备份已损坏或不是数据库 / The backup is damaged or not a database: {shown.name(path)}"
            ) from exc
        check, version, objects = _look_after_putting_back(path, exc)
    tables = {n for t, n, _ in objects if t == "table"}
    if check != ["ok"]:
        raise BackupRefused(f"备份已损坏 / The backup is damaged: {shown.name(path)}")
    try:
        owner = safe_open.other_application(file_head.head(path, safe_open.HEADER_BYTES))
    except OSError:
        owner = None  # it was just read: the copy below says so if it cannot be
    if owner is not None:  # restored, it would be a library no zzreader opens (core/safe_open.py)
        raise BackupRefused(safe_open.owner_message(path, owner))
    if version > SCHEMA_VERSION:  # refused as any other unusable file offered as a backup (exit 2)
        raise BackupRefused(
            f"备份由更新版本的 zzreader 创建（结构版本 {version}），请升级程序：{shown.name(path)} / The backup "
            f"was written by a newer zzreader (schema {version}, this version supports {SCHEMA_VERSION}): "
            f"{shown.name(path)}"
        )
    if version < 1 or not {"issues", "articles", "highlights"} <= tables:
        raise BackupRefused(f"这不是 zzreader 书库 / This is not a zzreader library: {shown.name(path)}")
    foreign = safe_open.foreign_objects(objects)
    if foreign:  # the same rule as opening a library (core/safe_open.py)
        raise BackupRefused(
            f"备份 {shown.name(path)} 中有 zzreader 未创建的对象，拒绝恢复：{'、'.join(map(shown.name, foreign[:5]))} / "
            f"The backup {shown.name(path)} holds schema objects zzreader did not create; not restored: "
            f"{', '.join(map(shown.name, foreign[:5]))}"
        )
    return version


def _look_at(path: Path) -> tuple[list[str], int, list[tuple]]:
    """(integrity_check's lines, user_version, sqlite_master rows) of `path`, read-only."""
    conn = sqlite3.connect(safe_open.read_only_uri(path), uri=True)
    try:
        safe_open.harden(conn)
        check = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        return check, version, conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
    finally:
        conn.close()


def _look_after_putting_back(path: Path, exc: sqlite3.DatabaseError) -> tuple[list[str], int, list[tuple]]:
    """`_look_at` a backup once the journal a killed write left beside it is applied.

    A backup is a library anyone may open with `--library`; a write to it cut
    short leaves `NAME-journal`, which a read-only look cannot use. It is put
    back as for a library (core/safe_open.py `put_back_cut_short_write`: on a
    copy first, so only a zzreader library is touched), and the backup is then
    the copy it was before that write.
    """
    from zzreader.core.migrations import SCHEMA_VERSION

    try:
        safe_open.put_back_cut_short_write(path, SCHEMA_VERSION, exc)
        return _look_at(path)
    except safe_open.ForeignFileError as error:
        raise BackupRefused(str(error)) from error
    except (safe_open.UntrustedFileError, sqlite3.Error) as error:
        journal = shown.name(path.name + "-journal")
        raise BackupRefused(
            f"备份 {shown.name(path)} 旁有被中断的写入留下的 {journal}，无法复原 / The backup {shown.name(path)} "
            f"has the {journal} of a write that was cut short beside it, and it could not be put back"
        ) from error


def resolve(library_path: str | Path, spec: str) -> Path:
    """A backup named by its number in `list_backups` (1 = newest), its file name, or a path."""
    backups = list_backups(library_path)
    if spec.isascii() and spec.isdigit():  # "١" is a name, not backup number 1
        # int() refuses more than 4300 digits; no list of backups is that long anyway
        digits = spec.lstrip("0") or "0"
        n = int(digits) if len(digits) <= 9 else 0
        if not 1 <= n <= len(backups):
            shown_n = shown.name(digits)
            raise BackupNotFound(
                f"没有第 {shown_n} 个备份（共 {len(backups)} 个） / No backup number {shown_n} ({len(backups)} in all)"
            )
        return backups[n - 1].path
    by_name = {b.path.name: b.path for b in backups}
    if spec in by_name:
        return by_name[spec]
    return user_paths.expand(spec)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def _save_current(library_path: Path) -> Path | None:
    """Keep the library about to be replaced: a checked copy, or the damaged files moved aside."""
    if not library_path.exists():
        return None
    target = bk.new_path(library_path, "pre-restore", dt.datetime.now(dt.UTC))
    try:
        conn = sqlite3.connect(sqlite_uri.read_write(library_path), uri=True, timeout=IN_USE_TIMEOUT_S)
        try:
            bk.snapshot(conn, target)
        finally:
            conn.close()
        return target
    except BackupError as exc:
        cause = exc.__cause__
        if isinstance(cause, OSError | sqlite3.OperationalError):
            raise  # disk full, no permission, locked: not a damaged library
        damaged = bk.new_path(library_path, "damaged", dt.datetime.now(dt.UTC))
        # The failed copy took away the backups folder it had made: a damaged library with no
        # backups beside it (restored from a backup kept elsewhere) failed "no such file".
        damaged.parent.mkdir(parents=True, exist_ok=True)
        for ext in ("", "-wal", "-shm"):
            f = library_path.with_name(library_path.name + ext)
            if f.exists():
                os.replace(f, damaged.with_name(damaged.name + ext))
        return damaged


def restore(library_path: str | Path, backup: str | Path) -> RestoreResult:
    """Replace the library's contents with a backup's, keeping the current state first.

    Close the library in this process first. Another process that has it
    open makes this fail with a clear message, before anything is changed.
    """
    from zzreader.core.store import LibraryError, open_library

    library_path = user_paths.expand(library_path)
    source = user_paths.expand(backup)
    for path in (source, library_path):  # a -wal linked elsewhere or a FIFO -journal (core/safe_open.py)
        try:
            safe_open.check_companions(path)
            if path == library_path and path.is_file():
                safe_open.check_one_name(path)  # a hard link: refused before the pre-restore copy, as on opening
        except LibraryError as exc:  # a name too long to look beside is bad input (exit 2), as in safe_open
            raise (BackupRefused if isinstance(exc, ValueError) else BackupError)(str(exc)) from exc
    check_backup(source)
    _refuse_other_programs_file(library_path)
    if library_path.exists() and not safe_open.writable(library_path):  # before any copy is made
        raise BackupError(
            f"书库是只读的（文件或所在文件夹不可写），不能恢复 / The library is read-only (its file or "
            f"folder cannot be written); it cannot be restored: {shown.name(library_path)}"
        )
    if _same_file(source, library_path):
        # a bad argument, refused as any other unusable backup is (exit 2)
        raise BackupRefused(f"不能用书库自身恢复 / A library cannot be restored from itself: {shown.name(source)}")
    _refuse_if_in_use(library_path)
    previous = _save_current(library_path)
    try:
        src = sqlite3.connect(sqlite_uri.read_only(source), uri=True)
        dst = sqlite3.connect(sqlite_uri.read_write(library_path), uri=True, timeout=IN_USE_TIMEOUT_S)
        try:
            # Out of WAL mode first: the copy may have another page size, and
            # leaving WAL fails while anyone else has the file open.
            dst.execute("PRAGMA journal_mode = DELETE")
            _keep_others_out(dst)
            previous = _catch_up(dst, library_path, previous)
            src.backup(dst)  # one step, under the lock _keep_others_out took
        finally:
            src.close()
            dst.close()
        open_library(library_path).close()  # migrates an older backup, back to WAL
    except (sqlite3.Error, OSError, LibraryError) as exc:
        # In our words: SQLite's ("disk I/O error", "database is locked") and Python's are not for the user.
        why = (shown.sqlite_reason(exc) if isinstance(exc, sqlite3.Error)
               else shown.os_reason(exc) if isinstance(exc, OSError) else str(exc))  # fmt: skip
        kept = shown.name(previous) if previous else "—"
        raise BackupError(
            f"恢复失败，原书库保存在 {kept} / Restore failed; the previous library is at {kept}: {why}"
        ) from exc
    prune(library_path, KEEP, protect=(source,) + ((previous,) if previous else ()))
    return RestoreResult(library_path, source, previous)


RESTORE_CATCH_UP = 5


def _refuse_other_programs_file(library_path: Path) -> None:
    """Never overwrite another program's database named as the library.

    `zzreader --library app.db restore BACKUP` replaced app.db with a zzreader
    library (its old contents only in a pre-restore copy in a new `backups`
    folder beside it). A sound SQLite file that is not a zzreader library is
    refused before anything is written to it or beside it, as on opening; a
    damaged library (its schema unreadable, not a database at all) is still
    restored over, since that is what a restore is for.
    """
    from zzreader.core.migrations import SCHEMA_VERSION

    if not library_path.is_file():
        return
    try:
        safe_open.inspect(library_path, SCHEMA_VERSION)
    except safe_open.ForeignFileError as exc:
        raise BackupRefused(str(exc)) from exc
    except (safe_open.UntrustedFileError, OSError, sqlite3.Error):
        return  # damage, or what the other checks here say in their own words


def _keep_others_out(conn: sqlite3.Connection) -> None:
    """Hold the library's exclusive lock on `conn` until it closes.

    Another process could save a highlight after the last look for late
    commits and before the overwrite took its lock: acknowledged, that write
    was then in neither the restored library nor the pre-restore copy (a
    highlight saved every few milliseconds lost 2 to 82 in 100 restores). In
    SQLite's exclusive locking mode the lock an exclusive transaction takes
    is kept after it ends, so from here to the end of the overwrite no other
    process reads or writes; their writes wait (and then fail, unacknowledged,
    with "database is locked"). The catch-up copy is read through `conn`.
    """
    conn.execute("PRAGMA locking_mode = EXCLUSIVE").fetchall()
    conn.execute("BEGIN EXCLUSIVE")
    conn.execute("COMMIT")


def _catch_up(dst: sqlite3.Connection, library_path: Path, previous: Path | None) -> Path | None:
    """Copy the library again if a write was committed after the pre-restore copy.

    Another process may save a highlight between the copy and the overwrite;
    that acknowledged write must survive in the pre-restore copy. The newer
    copy holds everything the older one did, which is then removed.
    """
    if previous is None or "pre-restore" not in previous.name:
        return previous
    for _ in range(RESTORE_CATCH_UP):
        try:
            if bk.last_commit(library_path) <= previous.stat().st_mtime:
                return previous
        except OSError:
            return previous
        newer = bk.new_path(library_path, "pre-restore", dt.datetime.now(dt.UTC))
        bk.snapshot(dst, newer)
        previous.unlink(missing_ok=True)
        previous = newer
    return previous


def _refuse_if_in_use(library_path: Path) -> None:
    """Fail while another connection has the library open (the window, an import)."""
    if not library_path.exists():
        return
    compacted_by = compacting.holder(library_path)
    if compacted_by is not None:  # said as such: a compact holds the library for minutes
        raise BackupError(compacting.busy_message(compacted_by))
    try:
        conn = sqlite3.connect(sqlite_uri.read_write(library_path), uri=True, timeout=IN_USE_TIMEOUT_S)
        try:
            mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
            if mode == "wal":
                # Leaving WAL needs every other connection closed.
                conn.execute("PRAGMA journal_mode = DELETE")
            else:
                conn.execute("BEGIN EXCLUSIVE")
                conn.execute("ROLLBACK")
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        if "locked" not in str(exc) and "busy" not in str(exc):
            return  # a damaged file: _save_current moves it aside
        raise BackupError(
            "书库正被其他 zzreader 窗口或命令使用，请先关闭再恢复。 / The library is open in "
            "another zzreader window or command; close it and try again."
        ) from exc
    except sqlite3.DatabaseError:
        return
