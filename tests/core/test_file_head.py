"""Reading a library's header keeps the process's SQLite locks (core/file_head.py)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from zzreader.core import file_head


def _open_fds() -> int:
    return len(os.listdir("/proc/self/fd")) if Path("/proc/self/fd").exists() else 0


def test_the_header_is_read_without_closing_a_descriptor_of_the_file(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    assert file_head.head(path, 16) == b"SQLite format 3\x00"
    before = _open_fds()
    for _ in range(50):  # the window's watch, once a second
        assert file_head.head(path, 16) == b"SQLite format 3\x00"
    assert _open_fds() == before  # one kept descriptor, reused: none opened and closed
    conn.close()


def test_a_replaced_file_is_read_afresh(tmp_path: Path) -> None:
    path = tmp_path / "f.bin"
    path.write_bytes(b"first contents")
    assert file_head.head(path, 5) == b"first"
    other = tmp_path / "g.bin"
    other.write_bytes(b"other contents")
    os.replace(other, path)
    assert file_head.head(path, 5) == b"other"
    assert file_head.head(path, 100) == b"other contents"
