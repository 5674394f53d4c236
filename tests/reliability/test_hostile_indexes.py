"""An index planted in a shared library is a schema object zzreader did not create, like a trigger.

The earlier rounds removed planted triggers and views; an index was left in
place. `CREATE UNIQUE INDEX … ON highlights(color)` then made the second
highlight of a colour fail (reported as a damaged library), and an index on
an expression that fails for new rows (`json_extract(note, '$')`) made every
note fail. zzreader only ever makes plain indexes (a list of columns); any
other index is removed on open, named in the notices, and a backup holding
one is refused on restore. A plain index someone added stays: it cannot
refuse a write.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.reliability.helpers import seeded_library
from zzreader.core import backup as bk
from zzreader.core import restore as rs
from zzreader.core import safe_open
from zzreader.core.store import open_library

PLANTED = {
    "unique": "CREATE UNIQUE INDEX evil_colour ON highlights(color)",
    "expression": "CREATE INDEX evil_json ON highlights(json_extract(note, '$'))",
    "partial": 'CREATE UNIQUE INDEX "evil partial" ON highlights(article_id) WHERE note != \'\'',
    "unique on tags": "CREATE UNIQUE INDEX evil_tags ON tags(color)",
}


def _plant(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute(sql)
    conn.commit()
    conn.close()


@pytest.mark.parametrize("kind", sorted(PLANTED))
def test_a_planted_index_is_removed_and_writes_work(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "shared.sqlite"
    seeded_library(path).close()
    _plant(path, PLANTED[kind])
    name = PLANTED[kind].split(" ON ")[0].split()[-1].strip('"')
    with open_library(path) as library:
        assert any(name in n and "removed" in n for n in library.notices), library.notices
        article = library.db.execute("SELECT id FROM articles ORDER BY id LIMIT 1").fetchone()[0]
        for start in (0, 10, 20):  # same colour, same article, notes that are not JSON
            library.highlights.add(article, start, start + 4, note="株洲新闻")
        library.tags.set_for_article(article, ["防汛", "抗旱"])
        for tag in ("防汛", "抗旱"):  # two tags of one colour
            library.tags.recolor(tag, "blue")
        left = library.db.execute("SELECT count(*) FROM sqlite_master WHERE name = ?", [name]).fetchone()[0]
        assert left == 0


def test_plain_indexes_stay_and_ours_are_never_foreign(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    seeded_library(path).close()
    conn = sqlite3.connect(path)
    objects = conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
    assert safe_open.foreign_objects(objects) == ()  # every index zzreader makes is plain
    conn.execute('CREATE INDEX "reader\'s own" ON articles(title COLLATE NOCASE DESC, seq)')
    conn.commit()
    conn.close()
    with open_library(path) as library:
        assert library.notices == [] or not any("reader's own" in n for n in library.notices)


def test_a_backup_with_a_planted_index_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    seeded_library(path).close()
    evil = tmp_path / "evil-backup.sqlite"
    src, dst = sqlite3.connect(path), sqlite3.connect(evil)
    src.backup(dst)
    src.close()
    dst.execute(PLANTED["unique"])
    dst.commit()
    dst.close()
    before = path.read_bytes()
    with pytest.raises(bk.BackupError, match="evil_colour"):
        rs.restore(path, evil)
    assert path.read_bytes() == before


def test_a_library_missing_our_indexes_still_filters_titles(tmp_path: Path) -> None:
    """Another program dropped an index of ours: the title filter once named its own
    index and failed ("no such index"); now it reads the full-text index, or scans
    along the reading-order index, and neither may be required."""
    path = tmp_path / "lib.sqlite"
    seeded_library(path).close()
    with open_library(path) as library:
        expected = {text: [a.id for a in library.filter_titles(text)] for text in ("株洲", "——")}
    assert all(expected.values())
    conn = sqlite3.connect(path)
    conn.execute("DROP INDEX articles_reading_order")
    conn.commit()
    conn.close()
    with open_library(path) as library:
        assert {text: [a.id for a in library.filter_titles(text)] for text in expected} == expected
