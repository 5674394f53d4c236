"""What the command line prints to a terminal: text from a library never drives the terminal.

A dump may carry escape sequences (`ESC ] 0 ; … BEL` retitles the window,
others move the cursor or rewrite the screen), and a title or a snippet
printed as is would run them in the user's terminal. When standard output
or standard error is a terminal, every control character but newline and tab
is shown as an escape (`\\x1b`) instead, and so is a format character
(U+202E reverses the rest of its line). Output into a pipe or a file is data
and stays byte for byte as it was.
"""

from __future__ import annotations

import errno
import os
import sys
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

_KEPT = "\n\t\u200c\u200d"  # and the joiners some scripts and emoji need


def _escaped(c: str) -> bool:
    # Control characters drive the terminal; format characters (U+202E, U+2066 …)
    # reorder what follows them on the line, so a title could show another's words.
    return c not in _KEPT and unicodedata.category(c) in ("Cc", "Cf")


def visible(text: str) -> str:
    """`text` with control characters (C0, DEL, C1) other than newline and tab, and format
    characters (bidirectional overrides, zero-width spaces), escaped."""
    if text.isprintable() or not any(_escaped(c) for c in text):
        return text
    return "".join(c.encode("unicode_escape").decode("ascii") if _escaped(c) else c for c in text)


class TerminalStream:
    """A terminal's text stream that shows control characters as escapes."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        self.stream.write(visible(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:  # flush, encoding, isatty, fileno … of the real stream
        return getattr(self.stream, name)


def _is_terminal(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


@contextmanager
def safe_streams() -> Iterator[None]:
    """Within the block, standard output and error that are terminals show control characters escaped."""
    saved = sys.stdout, sys.stderr
    if _is_terminal(sys.stdout):
        sys.stdout = TerminalStream(sys.stdout)  # type: ignore[assignment]
    if _is_terminal(sys.stderr):
        sys.stderr = TerminalStream(sys.stderr)  # type: ignore[assignment]
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


CLOSED_MESSAGE = "标准输入或输出已关闭 / standard input or output is closed"


class ClosedStream:
    """Stands in for a standard stream the shell closed (`zzreader search x >&-`, `<&-`).

    Python then has no `sys.stdout` at all, and a command would either print
    nowhere and report success or fail with a traceback. Writing here raises
    EBADF, so a command that has something to print ends with one line and
    exit 2, as `ls >&-` does; a command that prints nothing (an export into a
    file) is not disturbed.
    """

    encoding = "utf-8"
    errors = "strict"

    def write(self, text: str) -> int:
        if not text:
            return 0
        raise OSError(errno.EBADF, CLOSED_MESSAGE)

    def read(self, size: int = -1) -> str:
        raise OSError(errno.EBADF, CLOSED_MESSAGE)

    readline = read

    @property
    def buffer(self) -> ClosedStream:  # `import-annotations -` reads bytes
        return self

    def flush(self) -> None:
        return None

    def isatty(self) -> bool:
        return False

    def fileno(self) -> int:
        raise OSError(errno.EBADF, CLOSED_MESSAGE)


def fill_closed_streams() -> None:
    """Give a closed standard input or output a stream that says so, a closed standard error /dev/null.

    `print(..., file=sys.stderr)` with no stderr would print to standard
    output instead, mixing a message into the data a script reads.
    """
    if sys.stdin is None:
        sys.stdin = ClosedStream()  # type: ignore[assignment]
    if sys.stdout is None:
        sys.stdout = ClosedStream()  # type: ignore[assignment]
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
