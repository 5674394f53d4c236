"""jieba's words inside a search term, without loading jieba's dictionary.

Search ranks a multi-word Chinese term higher where its dictionary words
recur (core/fts_query.py, boosters). Cutting one short term with jieba needs its
whole prefix dictionary in memory: 0.15-0.3 s to load, which was most of the
time of one `zzreader search` from the command line. The cut itself (jieba's
`cut(term, HMM=False)`: a DAG of dictionary words, the most probable route
through it) only looks up the term's own substrings. So the dictionary's
entries (words and their prefixes, with jieba's frequencies and total) are
kept once in a small SQLite file in the user cache folder, and the same cut
is made here with a few dozen indexed lookups. The words, and so the
ranking, are the same as with jieba (tests/core/test_booster_words.py).
"""

from __future__ import annotations

import math
import os
import re
import sqlite3
import threading
from typing import TYPE_CHECKING

from zzreader.core import sqlite_uri

if TYPE_CHECKING:
    from pathlib import Path

FORMAT = "1"


def table_path() -> str:
    """The word table beside jieba's prefix cache (resources.user_jieba_cache), named
    for jieba's version; found without importing jieba (60 ms of start-up) or pathlib."""
    from zzreader.core.user_dirs import cache_folder
    from zzreader.resources import root_folder

    name = f"jieba-{_jieba_version()}-words{FORMAT}.sqlite"
    bundled = os.path.join(root_folder(), "cache", name)  # a build may ship it (resources.bundled_jieba_cache)
    if os.path.isfile(bundled):
        return bundled
    return os.path.join(cache_folder(), name)


def can_build_here() -> bool:
    """A build never writes caches for data it ships (README "Where zzreader keeps its
    files"): with jieba's prepared dictionary bundled and no word table beside it,
    the cut is left to jieba."""
    from zzreader.resources import bundled_jieba_cache

    return not bundled_jieba_cache().is_file()


def _jieba_version() -> str:
    """jieba's `__version__`, read from its source where it can be (cheap), else imported."""
    from importlib.util import find_spec

    try:
        spec = find_spec("jieba")
        if spec and spec.origin:
            with open(spec.origin, encoding="utf-8") as f:
                source = f.read()
        else:
            source = ""
    except (OSError, ValueError, ImportError):
        source = ""
    found = re.search(r"""^__version__\s*=\s*['"]([^'"]+)['"]""", source, re.MULTILINE)
    if found:
        return found.group(1)
    from zzreader.resources import import_jieba

    jieba = import_jieba()

    return jieba.__version__


def write_table(target: str | os.PathLike[str]) -> None:
    """Write jieba's prefix dictionary as a table (once, about 2 s; packaging may ship
    one in the build's cache folder, see `table_path`)."""
    import glob
    from pathlib import Path

    from zzreader.core import atomic_file
    from zzreader.resources import configure_jieba

    path = Path(target)
    tk = configure_jieba()
    path.parent.mkdir(parents=True, exist_ok=True)
    # Two processes (or window threads) may build it at once: each writes its own
    # file and the last rename wins; both hold the same words.
    partial = path.with_name(f"{path.name}.{os.getpid()}-{threading.get_ident()}.partial")
    partial.unlink(missing_ok=True)
    for stale in path.parent.glob(f"{glob.escape(path.name)}.*-*.partial"):  # from a killed process
        pid = stale.name[len(path.name) + 1 :].split("-", 1)[0]
        if pid.isdigit() and not atomic_file.process_alive(int(pid)):
            stale.unlink(missing_ok=True)
    try:
        conn = sqlite3.connect(partial)
        try:
            conn.execute("CREATE TABLE words (word TEXT PRIMARY KEY, freq INTEGER NOT NULL) WITHOUT ROWID")
            conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
            conn.executemany("INSERT INTO words VALUES (?, ?)", tk.FREQ.items())
            conn.execute("INSERT INTO meta VALUES ('total', ?)", [str(tk.total)])
            conn.commit()
        finally:
            conn.close()
        partial.replace(path)
    except BaseException:  # a full disk: no half table left in the cache folder
        partial.unlink(missing_ok=True)
        raise


class WordTable:
    """Lookups of jieba's dictionary entries in the cached table."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = os.fspath(path) if path is not None else table_path()
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()  # the window searches from worker threads
        self.total = 0

    def _open(self) -> sqlite3.Connection:
        """Raises OSError or sqlite3.Error when the table cannot be made or read, or is not
        what `write_table` writes (search then cuts with jieba): the file in the cache folder
        is untrusted like any other (a frequency damaged to -5 or text was a traceback of every
        search, a `words` view that never ends a search that never did)."""
        if self._conn is None:
            if not os.path.exists(self.path):
                write_table(self.path)
            if not os.path.isfile(self.path):  # a FIFO there made every search wait for ever
                raise sqlite3.DatabaseError(f"word table that is no regular file: {self.path}")
            conn = sqlite3.connect(sqlite_uri.read_only(self.path), uri=True, check_same_thread=False)
            kinds = dict(conn.execute("SELECT name, type FROM sqlite_master WHERE name IN ('words', 'meta')"))
            row = None
            if kinds == {"words": "table", "meta": "table"}:  # a view (another program's, a damaged file) may never end
                row = conn.execute("SELECT value FROM meta WHERE key = 'total'").fetchone()
            if row is None or not str(row[0]).isdigit() or int(row[0]) <= 0:
                conn.close()
                raise sqlite3.DatabaseError(f"word table without a total: {self.path}")
            self.total = int(row[0])
            self._conn = conn
        return self._conn

    def freqs(self, term: str) -> dict[str, int]:
        """Every substring of `term` that is a dictionary entry, with its frequency."""
        subs = sorted({term[i:j] for i in range(len(term)) for j in range(i + 1, len(term) + 1)})
        out: dict[str, int] = {}
        with self._lock:
            conn = self._open()
            for k in range(0, len(subs), 500):
                chunk = subs[k : k + 500]
                marks = ",".join("?" * len(chunk))
                out.update(conn.execute(f"SELECT word, freq FROM words WHERE word IN ({marks})", chunk))
        if not all(type(f) is int and 0 <= f < 2**53 for f in out.values()):  # noqa: E721 (not a bool)
            raise sqlite3.DatabaseError(f"word table with a frequency that is none: {self.path}")  # jieba cuts
        return out


_TABLE: WordTable | None = None


def _table() -> WordTable:
    global _TABLE
    if _TABLE is None:
        _TABLE = WordTable()
    return _TABLE


def _is_han_run(term: str) -> bool:
    """A run of the characters jieba cuts with its dictionary (its `re_han_default`
    without the Latin part); a term with others is cut by jieba itself. Compared,
    not matched: compiling the range as a regex costs a millisecond of start-up."""
    return bool(term) and all("\u4e00" <= c <= "\u9fd5" for c in term)


def cut(term: str, table: WordTable | None = None) -> tuple[list[str], dict[str, int]] | None:
    """jieba's `cut(term, HMM=False)` for a run of Han characters, with the
    frequencies of the term's dictionary substrings; None for other text."""
    if not _is_han_run(term):
        return None
    if table is None:
        table = _table()
        if not os.path.exists(table.path) and not can_build_here():
            return None
    freq = table.freqs(term)
    n = len(term)
    dag: dict[int, list[int]] = {}
    for k in range(n):  # jieba.Tokenizer.get_DAG
        ends, i = [], k
        frag = term[k]
        while i < n and frag in freq:
            if freq[frag]:
                ends.append(i)
            i += 1
            frag = term[k : i + 1]
        dag[k] = ends or [k]
    log_total = math.log(table.total)
    route: dict[int, tuple[float, int]] = {n: (0.0, 0)}
    for idx in range(n - 1, -1, -1):  # jieba.Tokenizer.calc
        route[idx] = max(
            (math.log(freq.get(term[idx : x + 1]) or 1) - log_total + route[x + 1][0], x)
            for x in dag[idx]
        )
    words, x = [], 0
    while x < n:
        y = route[x][1] + 1
        words.append(term[x:y])
        x = y
    return words, freq


def boosters(term: str, max_freq: int, table: WordTable | None = None) -> tuple[str, ...] | None:
    """The words of two characters or more inside `term` that are rarer than
    `max_freq`, in order of first appearance; None when jieba must cut it."""
    found = cut(term, table)
    if found is None:
        return None
    words, freq = found
    chosen = {w for w in words if len(w) >= 2 and w != term and freq.get(w, 0) < max_freq}
    return tuple(sorted(chosen, key=term.find))
