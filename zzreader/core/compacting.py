"""Whether a library is being compacted now, and by which process.

A compact (core/compact.py) holds the library's write lock for as long as
VACUUM runs: minutes on decades of issues. Another process's write waited
the whole busy timeout (30 s) and then failed, once per file of a queued
import (three files: 92 s, a thousand: eight hours), while a restore asked
at the same moment was refused at once. So a compact says it runs: it holds
an exclusive lock on `<library>-compacting`, a small file beside the library
holding its process id, removed when it ends. A write of another process
that finds the library busy looks there first (core/immediate_writes.py) and
is refused at once, in one line naming the compacting process; reading the
library meanwhile is safe (SQLite's WAL gives every reader the state before
the compact) and goes on. A second compact is refused the same way.

The lock is the operating system's, on that file only (never on the library:
closing any other descriptor of the library file would drop SQLite's own
locks), so a compact that was killed leaves no lock: its file is then stale,
ignored, and taken over by the next compact.

The marker's name is known, so anyone who can write the library's folder may
plant something there first: a link to one of the user's files (opening it
to write its pid truncated that file), a hard link, a FIFO, a device. Only a
regular file with one name, opened without following a link, is ever a
marker; anything else is left as it is and marks nothing, and the marker is
removed only while the name still holds the file this process locked.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path

__all__ = ["SUFFIX", "holder", "marked"]

SUFFIX = "-compacting"
_PID_BYTES = 32
# Never through a link, never waiting on a FIFO's other end.
_FLAGS = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)

try:  # POSIX
    import fcntl

    def _try_lock(fd: int, exclusive: bool) -> bool:
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

except ImportError:  # Windows
    import msvcrt

    def _try_lock(fd: int, exclusive: bool) -> bool:  # one kind of lock only: `exclusive` is not read
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)


def mark_path(library: str | Path) -> Path:
    """Beside the library's real file: a compact through a link and a write through the file's own name meet."""
    return Path(f"{os.path.realpath(library)}{SUFFIX}")


def _is_marker(fd: int) -> bool:
    """A regular file with one name: what `marked` makes, never a planted link, FIFO or device."""
    st = os.fstat(fd)
    return stat.S_ISREG(st.st_mode) and st.st_nlink == 1


def _still_ours(path: Path, fd: int) -> bool:
    """`path` names the file open as `fd` (not a link or file put there since)."""
    try:
        named, held = os.lstat(path), os.fstat(fd)
    except OSError:
        return False
    return (named.st_dev, named.st_ino) == (held.st_dev, held.st_ino)


def holder(library: str | Path) -> int | None:
    """The process id of a compact running on `library` now (this process's too), else None.

    Never waits: the lock is tried, not taken. A marker nobody holds (a killed
    compact's) is no compact.
    """
    try:
        fd = os.open(mark_path(library), os.O_RDONLY | _FLAGS)
    except OSError:
        return None
    try:
        if not _is_marker(fd):
            return None  # planted, not a compact's
        if _try_lock(fd, exclusive=False):
            _unlock(fd)
            return None
        text = os.read(fd, _PID_BYTES).decode("ascii", "replace").strip()
        return int(text) if text.isascii() and text.isdigit() and len(text) < 10 else 0
    except OSError:
        return None
    finally:
        os.close(fd)


@contextlib.contextmanager
def marked(library: str | Path) -> Iterator[int | None]:
    """Hold the marker while a compact runs; yields the pid of a compact already
    running (the caller refuses), else None. A folder where the marker cannot be
    made (read-only) marks nothing: the compact itself then says why it cannot write.
    """
    path = mark_path(library)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | _FLAGS, 0o644)
    except OSError:  # a read-only folder, or a link planted under the marker's name
        yield None
        return
    try:
        if not _is_marker(fd):
            yield None  # planted: left as it is, marks nothing
            return
        if not _try_lock(fd, exclusive=True):
            yield holder(library) or 0
            return
        try:
            os.ftruncate(fd, 0)
            os.write(fd, str(os.getpid()).encode("ascii"))
        except OSError:
            pass  # the lock alone says a compact runs
        try:
            yield None
        finally:
            if _still_ours(path, fd):
                with contextlib.suppress(OSError):
                    path.unlink()  # before the lock goes: nobody finds a stale marker of ours
            with contextlib.suppress(OSError):
                _unlock(fd)
    finally:
        os.close(fd)


def busy_message(pid: int) -> str:
    """One line for a write (or a second compact) refused while `pid` compacts the library."""
    from zzreader.core import lock_holder

    zh, en = lock_holder.describe(lock_holder.process(pid) if pid > 0 else None)
    return (f"{zh}正在整理书库，整理结束后再试 / The library is being compacted by {en}; "
            "try again when that has finished")
