"""A file as an SQLite URI, in one place and without pathlib.

SQLite reads a `file:` URI's path as given, except that `%HH` is decoded and
`?` and `#` end it, so those three are escaped and nothing else: names with
spaces, CJK characters or quotes stay as they are. The path is made absolute
with its links resolved, and Windows' `C:\\x` becomes `/C:/x`, as SQLite's
URI rules ask. `pathlib.Path.as_uri` would do the same work, but importing
pathlib (with urllib.parse and ipaddress) is about 5 ms of a one-shot
`zzreader search` (issue 18; tests/bench/bench_cli_search.py).
"""

from __future__ import annotations

import os

_ESCAPES = str.maketrans({"%": "%25", "?": "%3f", "#": "%23"})


def file_uri(path: str | os.PathLike[str]) -> str:
    """`file:` URI of `path` (absolute, links resolved), without a query string."""
    full = os.path.realpath(os.fspath(path)).replace(os.sep, "/")
    if not full.startswith("/"):
        full = "/" + full  # a drive letter: file:///C:/x
    return "file://" + full.translate(_ESCAPES)


def read_write(path: str | os.PathLike[str]) -> str:
    """A URI of `path` to open with `uri=True`: a plain name is read as a URI by an SQLite built
    with URI names on ('file:x?mode=memory') and ':memory:' is no file at all, so a library or
    copy so named was kept in memory and lost (tests/cli/test_hostile_uri_library_names.py)."""
    return file_uri(path)


def read_only(path: str | os.PathLike[str]) -> str:
    """A read-only URI of `path`; its `-wal` and `-shm` may still be read and made."""
    return file_uri(path) + "?mode=ro"
