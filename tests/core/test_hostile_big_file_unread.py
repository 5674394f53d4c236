"""A file over the size limit is refused by its size, before a byte is read.

Before: `read_limited` read `limit + 1` bytes and then refused, so a 200 MB
dump of one line cost 64 MB of memory (97 MB peak for `zzreader import`)
only to be skipped, and a 300 MB annotation file 200 MB. Now the size the
file system reports is checked first; the bounded read stays for a file that
grows after the check.
"""

from __future__ import annotations

import os
import tracemalloc
from pathlib import Path

import pytest

from zzreader.core import file_limits, w3c_validate
from zzreader.core.errors import ParseError
from zzreader.core.parse import parse_file


def _sparse(path: Path, size: int) -> Path:
    with open(path, "wb") as fh:
        fh.truncate(size)  # no disk used: a hole of `size` bytes
    return path


def _peak(fn, refusal: type[Exception] = file_limits.FileRefused) -> int:
    tracemalloc.start()
    try:
        with pytest.raises(refusal, match="MB"):
            fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_200_mb_dump_is_refused_without_reading_it(tmp_path: Path) -> None:
    dump = _sparse(tmp_path / "one-line.txt", 200 * 1024 * 1024)
    assert _peak(lambda: parse_file(dump), ParseError) < 4 * 1024 * 1024


def test_an_annotation_file_over_its_limit_is_refused_without_reading_it(tmp_path: Path) -> None:
    big = _sparse(tmp_path / "w3c.json", file_limits.MAX_ANNOTATION_BYTES + 1)
    assert _peak(lambda: w3c_validate.load_file(big)) < 4 * 1024 * 1024


def test_a_file_at_the_limit_is_still_read(tmp_path: Path) -> None:
    small = tmp_path / "small.txt"
    small.write_bytes(b"x" * 100)
    assert file_limits.read_limited(small, 100) == b"x" * 100
    with pytest.raises(file_limits.FileRefused):
        file_limits.read_limited(small, 99)
    assert os.path.getsize(small) == 100
