"""Which process holds a library's write lock, when the system can say (Linux's /proc/locks).

A write that waits for another process's transaction (core/immediate_writes.py)
tells the user what it waits for. SQLite takes its locks with fcntl(): in WAL
mode the write lock is byte 120 of the `-shm` file, in rollback mode the
RESERVED byte of the library file itself; /proc/locks lists every such lock
with its process id. The command line of that process (/proc/PID/cmdline) is
another program's text: it is shown through core/shown.py, never used.
Elsewhere (or without /proc) nothing is known and the message says less.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

__all__ = ["Holder", "describe", "find", "process"]

_WAL_WRITE_LOCK = 120  # sqlite3.c WALINDEX_LOCK_OFFSET + WAL_WRITE_LOCK
_RESERVED_BYTE = 0x40000001  # sqlite3.c PENDING_BYTE + 1
MAX_COMMAND_CHARS = 60


@dataclass(frozen=True)
class Holder:
    pid: int
    command: str  # its command line, shortened ("" when unreadable)
    is_zzreader: bool = False  # its command line names zzreader (`zzreader import`, `python -m zzreader`)


def find(library: str, locks_file: str = "/proc/locks") -> Holder | None:
    """The other process holding `library`'s write lock, or None when unknown."""
    wanted = {}
    for name, byte in ((library + "-shm", _WAL_WRITE_LOCK), (library, _RESERVED_BYTE)):
        try:
            st = os.stat(name)
        except OSError:
            continue
        wanted[(os.major(st.st_dev), os.minor(st.st_dev), st.st_ino)] = byte
    try:
        with open(locks_file, encoding="ascii", errors="replace") as f:
            lines = f.read(1 << 20).splitlines()
    except OSError:
        return None
    for line in lines:
        pid = _holder_pid(line.split(), wanted)
        if pid is not None and pid != os.getpid():
            return _holder(pid)
    return None


def _holder_pid(fields: list[str], wanted: dict[tuple[int, int, int], int]) -> int | None:
    """The pid of a /proc/locks line "1: POSIX ADVISORY WRITE 27310 fe:00:2533253 120 120"
    when it write-locks a wanted byte; None for any other line (a waiter's "->" line too)."""
    if len(fields) != 8 or fields[3] != "WRITE" or "->" in fields:
        return None
    try:
        major, minor, inode = fields[5].split(":")
        key = (int(major, 16), int(minor, 16), int(inode))
        pid, start = int(fields[4]), int(fields[6])
        end = _RESERVED_BYTE if fields[7] == "EOF" else int(fields[7])
    except ValueError:
        return None
    byte = wanted.get(key)
    if byte is None or not start <= byte <= end or pid <= 0:
        return None
    return pid


def process(pid: int) -> Holder:
    """Process `pid` as `find` describes a lock holder (core/compacting.py names a compacting one so)."""
    return _holder(pid)


def _holder(pid: int) -> Holder:
    """`pid` with its command line, each path cut to its file name ("python -m zzreader import a.txt")."""
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            raw = f.read(4096)
    except OSError:
        return Holder(pid, "")
    words = [os.path.basename(w.decode("utf-8", "replace")) or w.decode("utf-8", "replace")
             for w in raw.split(b"\0") if w]  # fmt: skip
    text = " ".join(words)
    if len(text) > MAX_COMMAND_CHARS:
        text = text[: MAX_COMMAND_CHARS - 1] + "…"
    return Holder(pid, text, any("zzreader" in w.lower() for w in words))


def describe(holder: Holder | None) -> tuple[str, str]:
    """Who holds the lock, as (Chinese, English): "另一个 zzreader（进程 27310：zzreader import a）"."""
    from zzreader.core import shown  # another program's command line: one line, escaped

    if holder is None:
        return "另一个 zzreader", "another zzreader"
    who = ("另一个 zzreader", "another zzreader") if holder.is_zzreader else ("另一个程序", "another program")
    # " / " splits a "中文 / English" message and ": " ends its English label (i18n.py pick)
    command = shown.line(holder.command).replace(" / ", "/").replace(": ", ":")
    detail = (f"（进程 {holder.pid}：{command}）", f" (process {holder.pid}, {command})") if command else (
        f"（进程 {holder.pid}）", f" (process {holder.pid})")
    return who[0] + detail[0], who[1] + detail[1]
