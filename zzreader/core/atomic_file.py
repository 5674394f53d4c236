"""Files written whole or not at all.

An export, a citation file or a CSV is written to a hidden partial file
beside the target, flushed to disk, then renamed over it: a killed process,
a full disk or an error half-way leaves the target as it was (or absent),
never half-written, and the partial file is removed (one left by a killed
process is removed by the next write to the same target).

Only a regular file (or a new name) is replaced so. A target that already
exists as something else (`/dev/stdout`, a FIFO, a device such as
`/dev/full`) is written in place, as the user asked: renaming over it would
put a regular file where the device was (a FIFO that no program reads is
refused at once rather than waited on). A link to a file is followed, so
the file it points to is replaced and the link stays.

An SQLite database (a library, a backup) or one of its side files (`-wal`,
`-shm`, `-journal`) is never a target: `export annotations --output
library.sqlite` replaced the library with a Markdown file, and a save dialog
makes that choice one click away (`refuse_database`).
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from zzreader.core import name_fit
from zzreader.core.errors import ZZReaderError

SQLITE_MAGIC = b"SQLite format 3\x00"
SIDE_FILES = ("-wal", "-shm", "-journal")


class DatabaseTarget(ZZReaderError, ValueError):
    """An export asked to write over an SQLite database (bad input: exit code 2)."""


def refuse_database(path: str | os.PathLike) -> None:
    """DatabaseTarget when `path` (links followed) is an SQLite database or one's side file."""
    target = Path(os.path.realpath(path))
    bases = [target.with_name(target.name[: -len(s)]) for s in SIDE_FILES if target.name.endswith(s)]
    if any(_is_database(p) for p in (target, *bases)):
        from zzreader.core import shown

        name = shown.name(str(path))
        raise DatabaseTarget(f"不能写到数据库文件上（书库或备份）：{name} / Will not write over a database "
                             f"file (a library or a backup): {name}")


def _is_database(path: Path) -> bool:
    try:
        if not path.is_file():  # a FIFO is never opened to look (that would wait for a writer)
            return False
        from zzreader.core import file_head  # the open library's own file: a close() would drop its locks

        return file_head.head(path, len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


@contextlib.contextmanager
def text_file(path: str | os.PathLike, encoding: str = "utf-8", newline: str | None = None) -> Iterator[TextIO]:
    """Open `path` for writing text; it appears under its name only when the block ends without error."""
    with _whole(path, "w", encoding, newline) as out:
        yield out


def write_bytes(path: str | os.PathLike, data: bytes) -> None:
    """`Path.write_bytes`, atomically (a picture: `zzreader --screenshot`)."""
    with _whole(path, "wb", None, None) as out:
        out.write(data)


@contextlib.contextmanager
def _whole(path: str | os.PathLike, how: str, encoding: str | None, newline: str | None) -> Iterator[Any]:
    refuse_database(path)
    target = Path(os.path.realpath(path))
    try:
        # The name as given, links followed by the system: /dev/stdout is a link to
        # /proc/self/fd/1, whose "target" is no path ("pipe:[4711]"), and resolved so
        # it was taken for a new file in a folder that does not exist ("No such file").
        mode = os.stat(path).st_mode
    except OSError:
        mode = None  # a new file (a missing folder is reported when the partial file is made)
    if mode is not None and stat.S_ISDIR(mode):
        raise IsADirectoryError(21, "Is a directory", str(path))
    if mode is not None and not stat.S_ISREG(mode):
        with _named(path, target), _open_in_place(Path(path), mode, how, encoding, newline) as out:
            yield out
        return
    remove_stale_partials(target)
    partial = target.with_name(f".{_partial_stem(target)}.{os.getpid()}.part")
    try:
        with _named(path, partial):
            with open(partial, how, encoding=encoding, newline=newline) as out:
                yield out
                out.flush()
                os.fsync(out.fileno())
            os.replace(partial, target)
    finally:
        with contextlib.suppress(OSError):  # on a read-only disk even a missing file "cannot" be removed
            partial.unlink()


PARTIAL_EXTRA_BYTES = 24  # "." + "." + a pid of up to 10 digits + ".part", with room to spare


def _partial_stem(target: Path) -> str:
    """The target's name in its partial file's name, cut to fit 255 bytes (core/name_fit.py)."""
    return name_fit.fit(target.name, name_fit.NAME_MAX_BYTES - PARTIAL_EXTRA_BYTES)


def remove_stale_partials(target: Path) -> list[Path]:
    """Delete the partial files of `target` left by a process that was killed while writing it."""
    import glob  # here: the window imports this module at start and never needs it then

    removed = []
    stem = _partial_stem(target)
    for p in target.parent.glob(f".{glob.escape(stem)}.*.part"):
        pid = p.name[len(stem) + 2 : -len(".part")]
        if pid.isdigit() and not process_alive(int(pid)):
            with contextlib.suppress(OSError):
                p.unlink()
                removed.append(p)
    return removed


def process_alive(pid: int) -> bool:
    """Whether process `pid` may still be running (when unsure: yes, its file is kept)."""
    if pid == os.getpid() or os.name == "nt":  # Windows' os.kill would end the process
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _open_in_place(target: Path, mode: int, how: str, encoding: str | None, newline: str | None) -> Any:
    """A device or FIFO opened for writing; a FIFO no program reads is ENXIO, not a wait forever."""
    if not stat.S_ISFIFO(mode):
        return open(target, how, encoding=encoding, newline=newline)
    fd = os.open(target, os.O_WRONLY | getattr(os, "O_NONBLOCK", 0))
    os.set_blocking(fd, True)  # a reader is there: write as to any pipe
    return open(fd, how, encoding=encoding, newline=newline)


@contextlib.contextmanager
def _named(path: str | os.PathLike, partial: Path | str) -> Iterator[None]:
    """An error about the hidden partial file names the file the user asked for."""
    try:
        yield
    except OSError as exc:
        if exc.filename is None or str(exc.filename) == str(partial):  # a write error (a full disk) names no file
            raise type(exc)(exc.errno, exc.strerror, str(path)) from exc
        raise


def write_text(path: str | os.PathLike, text: str, encoding: str = "utf-8") -> None:
    """`Path.write_text`, atomically."""
    with text_file(path, encoding) as out:
        out.write(text)
