"""Where SQLite keeps its temporary files: away from a temporary folder that has no room.

SQLite writes a statement journal, a big sort or a merge's rewrite to a
temporary file in the first of `$SQLITE_TMPDIR`, `$TMPDIR`, /var/tmp, /usr/tmp
and /tmp that is a folder it may write (a missing or read-only one is passed
over by SQLite itself). A full one is not passed over: with `TMPDIR` on a full
tmpfs, `merge`, `split` and every file of an import failed with "the disk is
full" while the library's own disk had room. Before a library's first
connection works, the folder SQLite would take is looked at once; without
MIN_FREE_BYTES free, SQLite is pointed at the next candidate with room, else
at the library's own folder (its temporary files are unlinked as they are
made, so nothing is left there).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

__all__ = ["MIN_FREE_BYTES", "fit"]

MIN_FREE_BYTES = 64 << 20  # a year's import or a merge in a ten-year library sorts less than this
_CANDIDATES = ("/var/tmp", "/usr/tmp", "/tmp")

_fitted = False  # SQLite's temporary folder is one for the whole process


def fit(conn: sqlite3.Connection, library: Path) -> None:
    """Point SQLite's temporary files at a folder with room, if the one it would take has none."""
    global _fitted
    if _fitted or os.name != "posix":
        return
    _fitted = True
    folders = [os.environ.get("SQLITE_TMPDIR"), os.environ.get("TMPDIR"), *_CANDIDATES]
    usable = [f for f in folders if f and _writable_folder(f)]
    if usable and _room(usable[0]):
        return
    for folder in [*usable[1:], str(Path(library).absolute().parent)]:
        if _writable_folder(folder) and _room(folder):
            try:
                conn.execute("PRAGMA temp_store_directory = " + _quoted(folder))
            except sqlite3.Error:  # a build without the pragma: SQLite's own choice stands
                pass
            return


def _writable_folder(folder: str) -> bool:
    """As SQLite tests a candidate: a folder this process may write and enter."""
    return os.path.isdir(folder) and os.access(folder, os.W_OK | os.X_OK)


def _room(folder: str) -> bool:
    try:
        return shutil.disk_usage(folder).free >= MIN_FREE_BYTES
    except OSError:
        return False


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"
