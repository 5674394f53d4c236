"""How untrusted names and SQLite's errors appear in a one-line message.

A file name may hold a newline, an escape sequence or bytes that are not
UTF-8 (Python keeps them as lone surrogates); printed as is, one message
becomes two lines, or the terminal obeys what the name says. `name()`
shows such characters as escapes. SQLite's own wording ("database disk
image is malformed", "no such column: x") is not for the user: `sqlite_reason()`
says in both languages what went wrong, by SQLite's error code.
"""

from __future__ import annotations

import errno
import sqlite3
import unicodedata
from os import PathLike

from zzreader.core.errors import ZZReaderError

MAX_NAME_CHARS = 200  # a message names a file; it does not quote a book

_DAMAGED = "文件已损坏或不是 zzreader 书库 / the file is damaged or not a zzreader library"
_REASONS = {
    sqlite3.SQLITE_CORRUPT: _DAMAGED,
    sqlite3.SQLITE_NOTADB: _DAMAGED,
    sqlite3.SQLITE_FULL: "磁盘已满 / the disk is full",
    sqlite3.SQLITE_BUSY: "书库正被另一个程序使用 / another program is using the library",
    sqlite3.SQLITE_LOCKED: "书库正被另一个程序使用 / another program is using the library",
    sqlite3.SQLITE_READONLY: "文件或文件夹只读 / the file or its folder is read-only",
    sqlite3.SQLITE_CANTOPEN: "无法打开文件 / the file cannot be opened",
    sqlite3.SQLITE_IOERR: "磁盘读写出错 / a disk read or write failed",
    sqlite3.SQLITE_PERM: "没有权限 / permission denied",
    sqlite3.SQLITE_NOMEM: "内存不足 / out of memory",
    sqlite3.SQLITE_TOOBIG: "内容太大 / a value is too big",
}
# SQLITE_ERROR on a library: a table, column or index zzreader needs is
# missing or changed, or the search index's own tables are damaged.
_STRUCTURE = "书库结构与 zzreader 写入的不同（可能已损坏） / the library's structure is not what zzreader wrote (it may be damaged)"


def name(text: str | PathLike | None) -> str:
    """`text` on one line: control, format and undecodable characters as escapes, long names cut."""
    shown = line("" if text is None else str(text))
    return shown if len(shown) <= MAX_NAME_CHARS else shown[:MAX_NAME_CHARS] + "…"


def line(text: str) -> str:
    """A message on one line: control, format and undecodable characters as escapes."""
    out = []
    for ch in text:
        code = ord(ch)
        if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape)
            out.append(f"\\x{code - 0xDC00:02x}")
        elif unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp"):
            out.append(ch.encode("unicode_escape", "backslashreplace").decode("ascii"))
        else:
            out.append(ch)
    return "".join(out)


def field(text: str) -> str:
    """A value from the library as one field of a printed row: whitespace runs (a tab, a line
    break) are one space, so a planted value cannot make a row of its own; other control and
    format characters are escapes, as in `line`."""
    return line(" ".join(str(text).split()))


MAX_MESSAGE_CHARS = 600  # a message is read at a glance; it may quote a value, not a file


def message(text: str) -> str:
    """An error message on one line and of readable length: an over-long quoted value loses its middle."""
    shown = line(text)
    if len(shown) <= MAX_MESSAGE_CHARS:
        return shown
    half = MAX_MESSAGE_CHARS // 2
    return shown[:half] + " … " + shown[-half:]


def sqlite_reason(exc: BaseException) -> str:
    """What a SQLite error means for the user, in both languages, without SQLite's wording."""
    if isinstance(exc, ZZReaderError):  # a refused write (core/immediate_writes.py): already ours
        cause = exc.__cause__
        return sqlite_reason(cause) if isinstance(cause, sqlite3.Error) else message(str(exc))
    code = getattr(exc, "sqlite_errorcode", None)
    if code in WRITE_FAILURES and file_size_limit() is not None:
        return _past_file_size_limit()
    if code is not None and code & 0xFF in _REASONS:
        return _REASONS[code & 0xFF]
    if isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.OperationalError):
        return _DAMAGED  # DatabaseError proper: malformed pages, a broken virtual table
    return _STRUCTURE


# What SQLite answers when the system refuses to let a file grow (EFBIG): it keeps no errno.
WRITE_FAILURES = (
    getattr(sqlite3, "SQLITE_IOERR_WRITE", 778),
    getattr(sqlite3, "SQLITE_IOERR_TRUNCATE", 1546),
    getattr(sqlite3, "SQLITE_IOERR_SHMSIZE", 4874),  # the 32 KB -shm file under `ulimit -f 10`
)


def file_size_limit() -> int | None:
    """The largest file this process may write (`ulimit -f`, RLIMIT_FSIZE), or None when unlimited.

    Under such a limit every write past it fails with EFBIG, which SQLite tells as
    "disk I/O error" and the system as "File too large": both were shown as "a disk
    read or write failed" / "the file is too big", which sends the user to look at a
    disk that is sound.
    """
    try:
        import resource
    except ImportError:  # Windows
        return None
    try:
        soft, _ = resource.getrlimit(resource.RLIMIT_FSIZE)
    except (OSError, ValueError):
        return None
    return None if soft == resource.RLIM_INFINITY else soft


def _past_file_size_limit() -> str:
    size = file_size_limit()
    return (f"文件超出了本进程允许的大小（ulimit -f，{size} 字节） / a file would pass the size this process "
            f"may write (ulimit -f, {size} bytes)")


# Less free space than this beside a library, and SQLite's "disk I/O error" on opening or
# writing it means a full disk: the -shm file alone takes 32 KB, the -wal a page or more.
LOW_SPACE_BYTES = 256 * 1024
_NO_ROOM = (sqlite3.SQLITE_IOERR, sqlite3.SQLITE_FULL, sqlite3.SQLITE_CANTOPEN)


def sqlite_reason_at(exc: BaseException, path: str | PathLike) -> str:
    """`sqlite_reason` for a library at `path`: an I/O error on a full disk says the disk is full
    (SQLite answers "disk I/O error" when it cannot make the -shm file, not "database or disk is full")."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in _NO_ROOM and no_room_beside(path):
        return _REASONS[sqlite3.SQLITE_FULL]
    return sqlite_reason(exc)


def no_room_beside(path: str | PathLike) -> bool:
    """Whether the folder of `path` has (almost) no free space left."""
    import os
    import shutil

    try:
        return shutil.disk_usage(os.path.dirname(os.path.abspath(path))).free < LOW_SPACE_BYTES
    except (OSError, ValueError):
        return False


def is_damage(exc: BaseException) -> bool:
    """Whether a SQLite error says the file is damaged or not what zzreader wrote."""
    if isinstance(exc, ZZReaderError):  # a refused write: damage only if what SQLite said was
        return isinstance(exc.__cause__, sqlite3.Error) and is_damage(exc.__cause__)
    if not isinstance(exc, sqlite3.DatabaseError):
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in _REASONS:
        return code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
    return True


_OS_REASONS = {
    errno.ENOENT: "文件不存在 / no such file",
    errno.EISDIR: "这是文件夹，不是文件 / it is a folder, not a file",
    errno.EROFS: "磁盘只读 / the disk is read-only",
    errno.ENOSPC: "磁盘已满 / the disk is full",
    errno.EDQUOT: "超出磁盘配额 / the disk quota is used up",
    errno.ELOOP: "符号链接循环 / a loop of symbolic links",
    errno.ENAMETOOLONG: "文件名太长 / the file name is too long",
    errno.EACCES: "没有权限 / permission denied",
    errno.EPERM: "没有权限 / permission denied",
    errno.ENXIO: "没有程序在读这个命名管道或设备 / no program is reading this named pipe or device",
    errno.EEXIST: "已有同名的文件挡在路径上 / a file of that name is in the way",
    errno.ENOTDIR: "路径中有一段不是文件夹 / a part of the path is not a folder",
    errno.EBADF: "标准输入或输出已关闭 / standard input or output is closed",
    errno.EPIPE: "读取输出的程序已退出 / the program reading the output has exited",
    errno.EIO: "磁盘读写出错 / a disk read or write failed",
    errno.EFBIG: "文件太大 / the file is too big",
    errno.EMFILE: "打开的文件太多 / too many files are open",
    errno.ENFILE: "打开的文件太多 / too many files are open",
    errno.EBUSY: "文件或设备正忙 / the file or device is busy",
    errno.ETXTBSY: "文件正被使用 / the file is in use",
    errno.ENODEV: "没有这个设备 / no such device",
    errno.EINVAL: "系统不接受这个操作 / the system refused this operation",
    errno.ENOMEM: "内存不足 / out of memory",
    errno.EAGAIN: "暂时无法读写，请重试 / not readable or writable just now; try again",
    errno.ENOTEMPTY: "文件夹不是空的 / the folder is not empty",
    errno.ESPIPE: "这是管道，不能定位 / it is a pipe and cannot be sought",
}


def os_reason(exc: OSError) -> str:
    """What an OS error means in both languages; an error we have no words for keeps the
    system's words in the English half, after a Chinese one."""
    if exc.errno == errno.EFBIG and file_size_limit() is not None:
        return _past_file_size_limit()
    known = _OS_REASONS.get(exc.errno or 0)
    if known is not None:
        return known
    if not exc.strerror:  # no words at all: the number, never Python's class name
        number = exc.errno if exc.errno is not None else "?"
        return f"系统错误（{number}） / system error {number}"
    said = line(exc.strerror)
    return f"系统错误（{said}） / system error: {said}"


def error(exc: BaseException) -> str:
    """Any error as one line in zzreader's words: SQLite's and the system's wording replaced.

    The window shows what a background job raised (a search on a damaged
    library, an export to a full disk); `str(exc)` would show "database disk
    image is malformed" or "[Errno 28] No space left on device: '…'" as is.
    """
    if isinstance(exc, sqlite3.Error) and not isinstance(exc, ZZReaderError):  # a WriteError is both: its words
        return sqlite_reason(exc)
    if isinstance(exc, OSError) and not isinstance(exc, ZZReaderError):
        reason = os_reason(exc)
        return f"{reason}: {name(exc.filename)}" if exc.filename else reason
    if isinstance(exc, ZZReaderError):
        # Ours: one line of readable length. A file name it quotes may hold a line break
        # (its first line alone lost the rest, the English half too) or be thousands long.
        return message(str(exc).strip()) or _INTERNAL
    return internal_reason(exc)


_INTERNAL = "程序内部错误 / an internal error"
_PYTHON_REASONS: tuple[tuple[type[BaseException], str], ...] = (
    (RecursionError, "内容嵌套太深 / the content is nested too deeply"),
    (MemoryError, "内存不足 / out of memory"),
    (OverflowError, "数值太大 / a number is too big"),
    (UnicodeError, "含有无法处理的字符 / it holds characters that cannot be handled"),
)


def internal_reason(exc: BaseException) -> str:
    """What Python's or another library's exception means, in our words: its own text
    ("maximum recursion depth exceeded", "list index out of range") and class name are
    a bug report's, not the user's."""
    import json

    if isinstance(exc, json.JSONDecodeError):
        return f"不是有效的 JSON（第 {exc.lineno} 行第 {exc.colno} 列） / not valid JSON (line {exc.lineno}, column {exc.colno})"
    return next((words for kind, words in _PYTHON_REASONS if isinstance(exc, kind)), _INTERNAL)
