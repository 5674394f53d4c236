"""What stands in the cache folder at the names of jieba's two prepared files.

Search reads jieba's words from a table (core/booster_words.py) and, for other terms or when
that table is unusable, jieba's prefix dictionary from a packed pickle (resources.py), both in
the user's cache folder. Before: a FIFO at either name made every search of a Chinese term
wait for ever (SQLite and `read_bytes` open it and wait for a writer), and a packed file that
inflates to 2 GB took 4.2 GB of memory and 14 s for one search. Now only a regular file is
opened, the pickle is read and inflated within 32 MB, and anything else is passed over (the
table) or made again (the pickle): the search answers as usual.
"""

from __future__ import annotations

import os
import sys
import tracemalloc
import zlib
from pathlib import Path

import pytest

from tests.core.cache_search import search
from tests.reliability.helpers import seeded_library
from zzreader import resources
from zzreader.core import booster_words


@pytest.fixture(scope="module")
def library_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cache") / "lib.sqlite"
    seeded_library(path).close()
    return path


@pytest.mark.skipif(sys.platform != "linux", reason="FIFOs and XDG_CACHE_HOME are Linux's")
@pytest.mark.parametrize("which", ["word table", "prefix dictionary"])
def test_a_fifo_in_the_cache_folder_stops_nosearch(library_path: Path, tmp_path: Path, which: str) -> None:
    version = booster_words._jieba_version()
    folder = tmp_path / "zzreader"
    folder.mkdir()
    table = folder / f"jieba-{version}-words{booster_words.FORMAT}.sqlite"
    if which == "word table":
        os.mkfifo(table)
    else:  # the table unusable (a folder), so jieba's own dictionary is read
        table.mkdir()
        os.mkfifo(folder / f"jieba-{version}-prefix.pickle")
    run = search(library_path, tmp_path)  # waited for ever (the 60 s ran out)
    assert run.returncode == 0 and "Traceback" not in run.stderr, run.stderr[-400:]
    assert run.stdout == search(library_path, None).stdout


def test_a_packed_prefix_dictionary_that_inflates_past_the_bound_is_not_inflated(tmp_path: Path) -> None:
    bomb = tmp_path / "prefix.pickle"
    bomb.write_bytes(zlib.compress(b"\0" * (256 * 1024 * 1024), 9))  # 256 MB from 250 KB
    resources.import_jieba()
    tracemalloc.start()
    try:
        assert resources._read_jieba_cache(bomb) is None
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 100 * 1024 * 1024, peak  # was the whole 256 MB
