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


def test_past_the_kept_count_the_file_in_use_stays_kept(tmp_path: Path, monkeypatch) -> None:
    """Past MAX_KEPT files the descriptors of deleted files and then the least recently read
    are closed, never the one read all along: a full test run looks at thousands of
    libraries, and falling back to open and close for each new one brought the lost locks
    back (the window's library read 'malformed' after a compact elsewhere)."""
    monkeypatch.setattr(file_head, "_kept", {})
    monkeypatch.setattr(file_head, "MAX_KEPT", 3)
    library = tmp_path / "library.sqlite"
    library.write_bytes(b"SQLite format 3\x00")
    file_head.head(library, 16)
    kept = dict(file_head._kept)
    for n in range(10):
        other = tmp_path / f"other-{n}.bin"
        other.write_bytes(b"x")
        file_head.head(other, 1)
        if n % 3 == 0:
            other.unlink()  # a deleted file's descriptor goes first
        assert file_head.head(library, 16) == b"SQLite format 3\x00"  # the window's watch, between them
        assert len(file_head._kept) <= 3
    assert set(kept.items()) <= set(file_head._kept.items())  # the same descriptor all along
