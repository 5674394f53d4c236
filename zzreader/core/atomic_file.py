"""Files written whole or not at all.

An export, a citation file or a CSV is written to a hidden partial file
beside the target, flushed to disk, then renamed over it: a killed process,
a full disk or an error half-way leaves the target as it was (or absent),
never half-written, and the partial file is removed.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO


@contextlib.contextmanager
def text_file(path: str | os.PathLike, encoding: str = "utf-8", newline: str | None = None) -> Iterator[TextIO]:
    """Open `path` for writing text; it appears under its name only when the block ends without error."""
    target = Path(path)
    if target.is_dir():
        raise IsADirectoryError(21, "Is a directory", str(target))
    partial = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        with open(partial, "w", encoding=encoding, newline=newline) as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def write_text(path: str | os.PathLike, text: str, encoding: str = "utf-8") -> None:
    """`Path.write_text`, atomically."""
    with text_file(path, encoding) as out:
        out.write(text)
