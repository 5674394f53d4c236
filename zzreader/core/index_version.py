"""Which tokenizer wrote a library's full-text index, read without loading the search modules.

Opening a library asks only this (core/store.py `open_library`); the search
modules (core/search.py, core/query.py) load with the first search or write,
so the window does not pay for them before its first paint
(tests/bench/bench_gui.py).
"""

from __future__ import annotations

import sqlite3
from typing import Any

# Bump when `index_pairs` (core/textindex.py), the index key layout or the
# table definition (core/search.py) changes: libraries whose
# meta.tokenizer_version differs get their index rebuilt.
TOKENIZER_VERSION = 3  # 3: every text the page shows, in character pairs (m008)


def index_is_current(db: Any) -> bool:
    """False when the library was indexed by another tokenizer version (rebuild it)."""
    conn = getattr(getattr(db, "db", db), "conn", db)
    if not isinstance(conn, sqlite3.Connection):
        raise TypeError(f"need a Library, Database or sqlite3.Connection, not {type(db)!r}")
    row = conn.execute("SELECT value FROM meta WHERE key = 'tokenizer_version'").fetchone()
    return row is not None and row[0] == str(TOKENIZER_VERSION)
