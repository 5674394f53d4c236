"""What a backup holds, read without changing it; a file that is no library answers None."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SEEDS
from tests.core.annotation_fixtures import article_id, seeded_library
from zzreader.core import backup as bk
from zzreader.core.backup_contents import backup_contents


def test_counts_and_date_range_of_a_backup(tmp_path: Path) -> None:
    library = seeded_library(tmp_path / "lib.sqlite")
    library.highlights.add(article_id(library, SEEDS[0].name, 2), 0, 4, note="核实")
    made = bk.make_backup(library, "manual")
    stats = library.stats()
    library.close()
    before = made.path.read_bytes()
    holds = backup_contents(made.path)
    assert (holds.issues, holds.articles, holds.annotations) == (stats.issues, stats.articles, 1)
    assert (holds.first_date, holds.last_date) == (stats.first_date, stats.last_date)
    assert made.path.read_bytes() == before  # read-only


def test_a_file_that_is_not_a_library(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database" * 100)
    assert backup_contents(junk) is None
    assert backup_contents(tmp_path / "missing.sqlite") is None
