"""Which tokenizer wrote a library's full-text index, read without loading the search modules.

Opening a library asks only this (core/store.py `open_library`); the search
modules (core/search.py, core/fts_index.py, core/query.py) load with the first search or write,
so the window does not pay for them before its first paint
(tests/bench/bench_gui.py).
"""

from __future__ import annotations

import sqlite3
from typing import Any

from zzreader.core import stored_values

# Bump when `index_pairs` (core/textindex.py), the index key layout or the
# table definition (core/fts_index.py) changes: libraries whose
# meta.tokenizer_version differs get their index rebuilt.
TOKENIZER_VERSION = 3  # 3: every text the page shows, in character pairs (m008)
# The meta key of the index keys' slot width (core/fts_index.py `_new_key`).
SLOT_BITS_META = "fts_slot_bits"


def slot_bits_value(value: object) -> int | None:
    """The stored slot width, or None when the library holds something else there."""
    bits = stored_values.whole_number(value, 0, 1, 40)
    return bits or None


def index_is_current(db: Any) -> bool:
    """False when the library was indexed by another tokenizer version (rebuild it)."""
    conn = getattr(getattr(db, "db", db), "conn", db)
    if not isinstance(conn, sqlite3.Connection):
        raise TypeError(f"need a Library, Database or sqlite3.Connection, not {type(db)!r}")
    row = conn.execute("SELECT value FROM meta WHERE key = 'tokenizer_version'").fetchone()
    bits = conn.execute("SELECT value FROM meta WHERE key = ?", [SLOT_BITS_META]).fetchone()
    # A slot width that is not a number (an altered library) means the index cannot be read either.
    return row is not None and row[0] == str(TOKENIZER_VERSION) and (bits is None or slot_bits_value(bits[0]) is not None)
