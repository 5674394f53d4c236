"""The word table in the cache folder (core/booster_words.py) is a file from outside too.

Search cuts a Chinese term into jieba's words from a small SQLite table it keeps in the user's
cache folder. Before: a table damaged or written by another program was believed: a frequency
of -5 or of text ended every search of a Chinese term in a traceback (`math domain error`,
`must be real number`), and a `words` view that never ends made every search run for ever.
Now a table that is not what zzreader writes is passed over (jieba cuts the term, as when no
cache folder can be written), and the search answers as with a sound table.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

from tests.core.cache_search import search
from tests.reliability.helpers import seeded_library
from zzreader.core import booster_words

DAMAGE = {
    "negative frequency": "UPDATE words SET freq = -5 WHERE freq > 0",
    "text frequency": "UPDATE words SET freq = 'abc' WHERE freq > 0",
    "endless view": "DROP TABLE words; CREATE VIEW words AS WITH RECURSIVE c(x) AS "
    "(SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT '株洲' || x AS word, x AS freq FROM c",
}


@pytest.fixture(scope="module")
def library_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("words") / "lib.sqlite"
    seeded_library(path).close()
    return path


@pytest.mark.skipif(sys.platform != "linux", reason="XDG_CACHE_HOME names the cache folder on Linux")
@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_a_damaged_word_table_changes_nosearch(library_path: Path, tmp_path: Path, damage: str) -> None:
    sound = search(library_path, None)
    assert sound.returncode == 0 and "1 hits" in sound.stdout
    table = tmp_path / "zzreader" / f"jieba-{booster_words._jieba_version()}-words{booster_words.FORMAT}.sqlite"
    table.parent.mkdir()
    conn = sqlite3.connect(table)
    conn.execute("CREATE TABLE words (word TEXT PRIMARY KEY, freq INTEGER NOT NULL) WITHOUT ROWID")
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    conn.executemany("INSERT INTO words VALUES (?, ?)", [("株", 0), ("株洲", 900), ("株洲市", 300), ("医", 0), ("医疗", 5000), ("保", 0), ("保障", 4000)])
    conn.execute("INSERT INTO meta VALUES ('total', '60101967')")
    conn.executescript(DAMAGE[damage])
    conn.close()
    run = search(library_path, tmp_path)  # was a traceback (exit 1), or no end
    assert run.returncode == 0 and "Traceback" not in run.stderr, run.stderr[-500:]
    assert run.stdout == sound.stdout
