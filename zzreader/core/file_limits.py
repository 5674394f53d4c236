"""Reading files named by the user: regular files only, never more than a limit.

A folder may hold a FIFO called `x.txt` (opening it waits forever), a link
to `/dev/zero` (reading it never ends) or a multi-gigabyte file. Every
import reads through `read_limited`, which checks the file type first,
opens without blocking and reads at most `limit + 1` bytes, so a skip comes
with a reason instead of a hang or an exhausted disk. Limits are in README
("Hardening").
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from zzreader.core import shown
from zzreader.core.errors import ZZReaderError

# One day's issue is well under 1 MB; the ten-year archive's biggest file is
# ~2 MB. Anything bigger than this is not an issue.
MAX_ISSUE_BYTES = 64 * 1024 * 1024
# One line of an issue: a paragraph is a few hundred characters, a whole issue
# without a line break a few hundred thousand. The import's work and memory grow
# with the longest line (a 17-million-character line took 55 s and 2.9 GB; one of
# 4 million about 13 s and 0.75 GB), so a file with a longer line is refused as
# no page of the paper.
MAX_LINE_CHARS = 4_000_000
# Lines in one issue: a day's paper has a few thousand, a long PDF-text dump with
# short column lines some tens of thousands. The parser spends about 0.1 ms on a
# line of text and a few microseconds on a blank one, so a 200,000-line file took
# ~17 s and ten million blank lines 39 s (a 50 MB web archive holding either,
# longer) before an answer. More lines than these are refused right after the
# file is decoded, before any parsing.
MAX_LINES = 80_000  # with a visible character
MAX_ALL_LINES = 500_000  # blank ones too
# A W3C annotation file of 100,000 highlights is ~100 MB.
MAX_ANNOTATION_BYTES = 200 * 1024 * 1024


class FileRefused(ZZReaderError, ValueError):
    """A file we will not read (not a regular file, too big); the message says why."""


def skip_reason(path: Path) -> str | None:
    """Why `path` (links followed) is not a readable regular file, or None."""
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        return f"无法读取 / cannot read: {shown.os_reason(exc)}"
    if stat.S_ISREG(mode):
        return None
    kind = (
        "文件夹 / a folder" if stat.S_ISDIR(mode)
        else "命名管道 / a FIFO (named pipe)" if stat.S_ISFIFO(mode)
        else "设备文件 / a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
        else "套接字 / a socket" if stat.S_ISSOCK(mode)
        else "特殊文件 / a special file"
    )  # fmt: skip
    return f"不是普通文件，已跳过 / not a regular file, skipped: {kind}"


def read_limited(path: str | Path, limit: int) -> bytes:
    """The bytes of a regular file no bigger than `limit`; FileRefused otherwise."""
    path = Path(path)
    reason = skip_reason(path)
    if reason is not None:
        raise FileRefused(f"{path}: {reason}")
    # O_NONBLOCK: should the file be swapped for a FIFO after the check, the
    # open returns at once instead of waiting for a writer.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise FileRefused(f"{path}: 无法读取 / cannot read: {shown.os_reason(exc)}") from exc
    with os.fdopen(fd, "rb") as f:
        st = os.fstat(f.fileno())
        if not stat.S_ISREG(st.st_mode):
            raise FileRefused(f"{path}: 不是普通文件 / not a regular file")
        if st.st_size > limit:  # by its size: a 200 MB dump cost 64 MB of memory to skip
            raise _too_big(path, limit)
        # Read by its size, not the limit: a read of `limit + 1` bytes sets that much memory
        # aside first, 64 MB for every issue file, which `ulimit -v` / `-d` refused (a
        # MemoryError traceback). Bounded still: the file may grow after the look.
        data = f.read(st.st_size + 1)
        if len(data) > st.st_size:
            data += f.read(limit + 1 - len(data))
    if len(data) > limit:
        raise _too_big(path, limit)
    return data


_TEXT_LINE = re.compile(r"^[^\S\n]*\S", re.MULTILINE)  # a line with any visible character


def too_many_lines(text: str) -> str | None:
    """Why `text` has too many lines to be one issue (see MAX_LINES), or None.

    Counts no further than the limit, so a file of ten million lines answers as fast as one of
    a hundred thousand.
    """
    lines = text.count("\n")
    if lines < MAX_LINES:
        return None
    if lines >= MAX_ALL_LINES:
        return _lines_message(MAX_ALL_LINES, "行", "lines")
    for found, _ in enumerate(_TEXT_LINE.finditer(text), start=1):
        if found > MAX_LINES:
            return _lines_message(MAX_LINES, "行文字", "lines of text")
    return None


def _lines_message(limit: int, zh: str, en: str) -> str:
    return f"文件有超过 {limit:,} {zh}，不是一期报纸，未读 / The file has more than {limit:,} {en}: not one issue of the paper; not read"


def _too_big(path: Path, limit: int) -> FileRefused:
    mb = limit // (1024 * 1024)
    return FileRefused(f"{path}: 文件太大（超过 {mb} MB），已跳过 / file too big (over {mb} MB), skipped")
