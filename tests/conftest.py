"""Shared test setup: offscreen Qt and the paths of the sample issues."""

import os
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# CI runs the same examples every time (a red CI must be reproducible, not a
# roll of the dice); on a developer's machine Hypothesis keeps exploring and
# remembers what failed in .hypothesis/.
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture
def seed_paths() -> list[Path]:
    return list(SEEDS)


def table_dump(path: Path) -> list[tuple]:
    """Every row of every real table (FTS shadow tables included), to compare states.

    `iterdump()` cannot be used: it tries to scan contentless FTS5 tables.
    """
    import sqlite3

    conn = sqlite3.connect(str(path))
    try:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"
            )
        ]
        return [(name, *row) for name in names for row in conn.execute(f'SELECT * FROM "{name}" ORDER BY 1')]
    finally:
        conn.close()
