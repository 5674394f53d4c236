"""The first bytes of a library file, read without dropping SQLite's locks on it.

POSIX record locks belong to the process, not to a descriptor: closing ANY
descriptor of a file releases every lock the process holds on it, SQLite's
included (https://sqlite.org/howtocorrupt.html, section 2.2). zzreader looked
at a library's header with `open()`/`close()` while its own connections had
the file open (the window's file watch every second, each worker lane's
`safe_open.inspect`). The window's shared lock was silently gone, so a
`zzreader compact` in a terminal took itself for the last user of the file,
checkpointed and reset the log under the window, and the window then read
"database disk image is malformed" from a sound file (its next backup said the
library was damaged).

`head()` keeps one read-only descriptor per file (device and inode) for the
life of the process and reads with `pread`, so no descriptor of a file SQLite
may be using is ever closed. Files are few (the libraries and backups looked
at in one session); past MAX_KEPT distinct files, the descriptors of deleted
files and then the least recently read are closed. Windows locks per handle
and has no `pread`: there it simply reads.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

MAX_KEPT = 256  # descriptors kept open; a session looks at a handful of libraries and backups

_kept: dict[tuple[int, int], int] = {}
_lock = threading.Lock()


def head(path: str | os.PathLike[str], size: int) -> bytes:
    """The first `size` bytes of `path` (fewer if it is shorter); OSError as `open()` raises it."""
    if not hasattr(os, "pread"):
        with open(path, "rb") as f:
            return f.read(size)
    st = os.stat(path)
    key = (st.st_dev, st.st_ino)
    with _lock:
        fd = _kept.pop(key, None)
        if fd is not None and not _same_file(fd, key):
            os.close(fd)  # the file it named was deleted or replaced: nobody's locks are on it
            fd = None
        if fd is None:
            fd = os.open(Path(path), os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
            if not _same_file(fd, key):  # replaced while looking
                try:
                    return os.pread(fd, size, 0)
                finally:
                    os.close(fd)
            _make_room()
        _kept[key] = fd  # the most recently read last
        return os.pread(fd, size, 0)


def _make_room() -> None:
    """Below MAX_KEPT descriptors: those of deleted files go first, then the least recently read.

    A test run looks at thousands of libraries; falling back to open and close
    for every file past the first 256 brought the lost locks back for them.
    """
    if len(_kept) < MAX_KEPT:
        return
    for key, fd in list(_kept.items()):
        if not _same_file(fd, key):
            del _kept[key]
            os.close(fd)
    while len(_kept) >= MAX_KEPT:
        os.close(_kept.pop(next(iter(_kept))))


def _same_file(fd: int, key: tuple[int, int]) -> bool:
    """Whether `fd` is (still) the file `key` names: an inode number is reused after a delete."""
    try:
        st = os.fstat(fd)
    except OSError:
        return False
    return (st.st_dev, st.st_ino) == key and st.st_nlink > 0
