"""Libraries built from the seeds, shared by the annotation and export tests."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SEEDS
from zzreader.core.importer import import_paths
from zzreader.core.store import Library, open_library

ANNOTATION_TABLES = (
    "tags",
    "article_tags",
    "highlights",
    "highlight_tags",
    "collections",
    "collection_articles",
)


def seeded_library(path: Path, seeds: list[Path] | None = None) -> Library:
    """A library at `path` holding the seed issues, with the annotation schema."""
    library = open_library(path)
    report = import_paths(library, seeds if seeds is not None else SEEDS, workers=0)
    assert not report.failed, report.failed
    return library


def article_id(library: Library, source: str, seq: int) -> int:
    row = library.db.execute(
        "SELECT a.id FROM articles a JOIN issues i ON i.id = a.issue_id "
        "WHERE i.source = ? AND a.seq = ?",
        [source, seq],
    ).fetchone()
    assert row is not None, (source, seq)
    return row[0]


def annotation_state(library: Library) -> dict[str, list[tuple]]:
    """Every row of the annotation tables, to compare before/after undo."""
    return {
        t: library.db.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
        for t in ANNOTATION_TABLES
    }
