"""Rolling backups of a library, and restoring one.

A library holds years of an archivist's notes, so the app keeps copies of
it that a bad import, a mistaken bulk edit or a damaged disk cannot reach:

- Copies are made with SQLite's backup API (`sqlite3.Connection.backup`),
  never by copying the file: the snapshot is consistent even while another
  process writes, and it includes what still sits in the WAL file.
- Each copy is written under a temporary name, switched to a single-file
  rollback journal, checked with `PRAGMA quick_check`, flushed to disk and
  only then renamed into place, so a crash never leaves a half file that
  looks like a backup. A backup is itself a valid library: open it with
  `--library` or any SQLite tool.
- They live in `backups/` next to the library, named
  `<library stem>-<UTC yyyymmdd-HHMMSS>Z-<reason>.sqlite`; the newest
  `KEEP` are kept. The window backs up when it closes and at most once a
  day on start, every command-line run checks the daily backup too, and
  `zzreader backup` makes one by hand. Automatic backups are made only when
  the library changed since the newest backup (by any window, connection or
  command), so an unchanged library never pushes older copies out.
- The copies that core/migrations/ takes before upgrading a library
  (`<stem>.bak-<version>.sqlite`, next to the library) are listed too, as
  reason "upgrade", and never pruned.

Restoring one is core/restore.py.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from zzreader.core import atomic_file, backup_names, shown, sqlite_uri
from zzreader.core.errors import ZZReaderError

if TYPE_CHECKING:
    from zzreader.core.store import Library

KEEP = 10
DAILY = dt.timedelta(days=1)
FOLDER = "backups"
ROLLING_REASONS = ("manual", "close", "daily", "pre-restore")
_STAMP = "%Y%m%d-%H%M%S"
# How long a restore waits for other connections to let go of the library.
IN_USE_TIMEOUT_S = 2.0
# File times come from a coarse clock (a few ms behind time.time()): leave this
# margin so a commit just after a snapshot still counts as newer than it.
MTIME_SLACK_S = 0.02
# A backup's time beyond now by more than this came from a clock set ahead (list_backups).
FUTURE_SLACK = dt.timedelta(days=1)


class BackupError(ZZReaderError):
    """A backup that cannot be made, read or restored; the message is bilingual."""


class BackupNotFound(BackupError, LookupError):
    """A backup named on the command line that does not exist (bad input: exit 2)."""


class BackupRefused(BackupError, ValueError):
    """A file offered as a backup that is damaged or not a zzreader library (bad input: exit 2)."""


class LibraryDamaged(BackupError):
    """The library itself failed the backup copy's check: it is damaged."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime  # UTC
    reason: str  # manual | close | daily | pre-restore | damaged | upgrade
    size: int

    def to_json(self) -> dict:
        return {
            "path": str(self.path),
            "created": self.created.isoformat(timespec="seconds"),
            "reason": self.reason,
            "size_bytes": self.size,
        }


def backups_dir(library_path: Path) -> Path:
    return Path(library_path).parent / FOLDER


def _pattern(library_path: Path) -> re.Pattern[str]:
    stem, suffix = (re.escape(part) for part in backup_names.parts(library_path))
    return re.compile(rf"{stem}-(\d{{8}}-\d{{6}})Z-([a-z-]+?)(?:-(\d+))?{suffix}")


def list_backups(library_path: str | Path) -> list[BackupInfo]:
    """Every backup of this library, newest first (upgrade copies included)."""
    library_path = Path(library_path)
    # Sorted by the time in the name, then by the file time (the snapshot's
    # start, precise): two backups of one second keep their order.
    found: list[tuple[dt.datetime, float, BackupInfo]] = []
    folder = backups_dir(library_path)
    pattern = _pattern(library_path)
    if folder.is_dir():
        for p in folder.iterdir():
            m = pattern.fullmatch(p.name)
            if m is None or not p.is_file():
                continue
            created = dt.datetime.strptime(m[1], _STAMP).replace(tzinfo=dt.UTC)
            st = p.stat()
            found.append((created, st.st_mtime, BackupInfo(p, created, m[2], st.st_size)))
    from zzreader.core.migrations import backup_path  # a long name's copies are cut

    stem, _, suffix = backup_path(library_path, 0).name.rpartition(".bak-0")
    upgrade = re.compile(rf"{re.escape(stem)}\.bak-(\d+){re.escape(suffix)}")
    if library_path.parent.is_dir():
        for p in library_path.parent.iterdir():
            m = upgrade.fullmatch(p.name)
            if m is not None and p.is_file():
                st = p.stat()
                created = dt.datetime.fromtimestamp(st.st_mtime, dt.UTC).replace(microsecond=0)
                found.append((created, st.st_mtime, BackupInfo(p, created, "upgrade", st.st_size)))
    # A backup named after the present was made under a clock set wrong (ahead), before it was put
    # right: it counts as older than every other. Believed, ten of them stayed "newest" for
    # ever: `restore 1` took the oldest copy, each new backup was pruned by the next, and no
    # daily backup was due until that future date.
    latest = dt.datetime.now(dt.UTC) + FUTURE_SLACK
    found.sort(key=lambda t: (t[0] <= latest, t[0], t[1]), reverse=True)
    return [info for _, _, info in found]


def new_path(library_path: Path, reason: str, now: dt.datetime) -> Path:
    folder = backups_dir(library_path)
    stem, suffix = backup_names.parts(library_path)  # fits a file name (core/backup_names.py)
    base = f"{stem}-{now.astimezone(dt.UTC).strftime(_STAMP)}Z-{reason}"
    target = folder / f"{base}{suffix}"
    n = 1
    while target.exists():  # two backups in the same second
        n += 1
        target = folder / f"{base}-{n}{suffix}"
    return target


def snapshot(source: sqlite3.Connection, target: Path) -> None:
    """Copy `source` to `target` atomically, as a checked single-file library.

    The copy's modification time is set to just before the snapshot began,
    so `changed_since` can tell later commits from what the copy holds.
    """
    made_folder = not target.parent.exists()
    try:
        _snapshot_into(source, target)
    except BaseException:
        if made_folder:  # a damaged library leaves no empty backups folder beside it
            with contextlib.suppress(OSError):
                target.parent.rmdir()
        raise


def _snapshot_into(source: sqlite3.Connection, target: Path) -> None:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
        partial.unlink(missing_ok=True)
        # Move the WAL into the main file first: a later write to the main
        # file then means a later commit, not this checkpoint.
        source.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        time.sleep(2 * MTIME_SLACK_S)
        started = time.time() - MTIME_SLACK_S
        try:
            _copy_checked(source, partial)
            os.utime(partial, (started, started))
            os.replace(partial, target)
        except BaseException:
            # A copy that failed half way (a full disk, a size limit) is removed at once: left
            # for the next good backup to sweep, each retry on a full disk took as much again.
            for leftover in (partial, partial.with_name(partial.name + "-journal")):
                with contextlib.suppress(OSError):
                    leftover.unlink(missing_ok=True)
            raise
    except sqlite3.Error as exc:
        if shown.is_damage(exc):
            raise LibraryDamaged(
                "书库文件已损坏，无法备份；请用 zzreader restore 从备份恢复 / The library file is damaged "
                "and cannot be backed up; restore a backup with zzreader restore"
            ) from exc
        raise BackupError(f"无法备份书库 / Could not back up the library: {shown.sqlite_reason(exc)}") from exc
    except OSError as exc:
        where = f"{shown.name(exc.filename)}: " if exc.filename else ""  # before the reason: both halves keep it
        raise BackupError(f"无法备份书库 / Could not back up the library: {where}{shown.os_reason(exc)}") from exc


def _copy_checked(source: sqlite3.Connection, partial: Path) -> None:
    """`source` copied into the file `partial`, checked and on disk (LibraryDamaged if the copy is)."""
    dest = sqlite3.connect(sqlite_uri.read_write(partial), uri=True)
    try:
        source.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
        check = dest.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        dest.close()
    if check != "ok":
        raise LibraryDamaged(
            "书库文件已损坏，无法备份；请用 zzreader restore 从备份恢复 / The library file is damaged "
            "and cannot be backed up; restore a backup with zzreader restore"
        )
    with open(partial, "rb") as f:
        os.fsync(f.fileno())


def make_backup(
    library: Library,
    reason: str = "manual",
    keep: int = KEEP,
    now: dt.datetime | None = None,
    prune_rolling: bool = True,
) -> BackupInfo:
    """Back up an open library now; then keep only the newest `keep` rolling backups."""
    if reason not in ROLLING_REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    stamp = now or dt.datetime.now(dt.UTC)
    target = new_path(library.path, reason, stamp)
    with library.lock:
        snapshot(library.db.conn, target)
    if prune_rolling:
        prune(library.path, keep, protect=(target,))
    return BackupInfo(target, stamp.astimezone(dt.UTC).replace(microsecond=0), reason, target.stat().st_size)


def prune(library_path: Path, keep: int = KEEP, protect: tuple[Path, ...] = ()) -> list[Path]:
    """Delete rolling backups beyond the newest `keep`, and stale partial copies."""
    library_path = Path(library_path)
    rolling = [b for b in list_backups(library_path) if b.reason in ROLLING_REASONS]
    removed = []
    for b in rolling[keep:]:
        if b.path not in protect:
            b.path.unlink(missing_ok=True)
            removed.append(b.path)
    folder = backups_dir(library_path)
    if folder.is_dir():
        remove_stale_partials(folder, backup_names.parts(library_path)[0])
    return removed


def remove_stale_partials(folder: Path, stem: str) -> list[Path]:
    """Delete half-written copies (and their SQLite journals) left by a killed backup.

    A copy is `.NAME.PID.partial` (with `-journal` beside it while SQLite
    writes): stale once its process is gone, or after a day whatever the pid.
    """
    day_ago = dt.datetime.now().timestamp() - DAILY.total_seconds()
    removed = []
    for p in [*folder.glob(f".{stem}-*.partial"), *folder.glob(f".{stem}-*.partial-journal")]:
        pid = p.name.removesuffix("-journal").removesuffix(".partial").rsplit(".", 1)[-1]
        try:
            old = p.stat().st_mtime < day_ago
        except OSError:
            continue
        if old or (pid.isdigit() and not _alive(int(pid))):
            p.unlink(missing_ok=True)
            removed.append(p)
    return removed


def _alive(pid: int) -> bool:
    return atomic_file.process_alive(pid)


def _has_content(library: Library) -> bool:
    """An empty library has nothing to lose: no backup clutter for it."""
    db = library.db
    with library.lock:
        return bool(
            db.execute("SELECT EXISTS (SELECT 1 FROM issues)").fetchone()[0]
            or db.execute("SELECT EXISTS (SELECT 1 FROM highlights)").fetchone()[0]
        )


def newest_rolling(library_path: Path) -> BackupInfo | None:
    return next((b for b in list_backups(library_path) if b.reason in ROLLING_REASONS), None)


def last_commit(library_path: Path) -> float:
    """When the library last changed: the main file, or a WAL file holding commits.

    SQLite creates an empty WAL file when a library is merely opened, so only
    a non-empty one counts.
    """
    times = [library_path.stat().st_mtime]
    wal = library_path.with_name(library_path.name + "-wal")
    try:
        st = wal.stat()
    except FileNotFoundError:
        pass
    else:
        if st.st_size > 0:
            times.append(st.st_mtime)
    return max(times)


def changed_since(library_path: Path, backup: BackupInfo) -> bool:
    """True if anything was committed to the library after `backup` was taken.

    A backup whose file time is still ahead of the clock (the clock was stepped back
    since) tells nothing: every later commit looked older than it, so the closing
    backup of that session was never made. Then the library counts as changed.
    """
    try:
        taken = backup.path.stat().st_mtime
        return taken > time.time() + MTIME_SLACK_S or last_commit(Path(library_path)) > taken
    except OSError:
        return True


def backup_if_due(library: Library, now: dt.datetime | None = None, keep: int = KEEP) -> BackupInfo | None:
    """The daily backup: when the newest is a day old (or missing) and the library changed since."""
    if getattr(library, "read_only", False):
        return None  # nothing changes in a read-only library, and nowhere to write
    stamp = now or dt.datetime.now(dt.UTC)
    newest = newest_rolling(library.path)
    if newest is not None and newest.created > stamp + FUTURE_SLACK:
        newest = None  # made under a clock set ahead (list_backups): no daily backup until then
    if newest is not None and (stamp - newest.created < DAILY or not changed_since(library.path, newest)):
        return None
    if not _has_content(library):
        return None
    return make_backup(library, "daily", keep, stamp)


def backup_on_close(library: Library, now: dt.datetime | None = None, keep: int = KEEP) -> BackupInfo | None:
    """The closing backup: made if the library changed since the newest backup.

    Changes by any connection count (the window's lanes, a command-line
    import), as they are read from the files, not from this connection.
    """
    if getattr(library, "read_only", False):
        return None
    newest = newest_rolling(library.path)
    if newest is not None and not changed_since(library.path, newest):
        return None
    if not _has_content(library):
        return None
    return make_backup(library, "close", keep, now)


# -- restoring ------------------------------------------------------------------------
