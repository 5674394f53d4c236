"""CSV injection: no exported cell, in any column, starts like a spreadsheet formula.

A library may hold what a hostile W3C file or another tool put there: an
annotation id, an issue source name, even text in a number column (SQLite
keeps whatever it is given). Every column is neutralised, not only the quote
and the note.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from tests.reliability.helpers import seeded_library
from zzreader.core import export

FORMULAS = ('=HYPERLINK("http://evil.example")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1")
STORED = ("id", "issue_source", "start", "end", "article_seq", "prefix", "suffix", "exact",
          "note", "color", "style", "created", "modified")  # fmt: skip
NUMBERS = ("start", "end", "article_seq")
EXPORTED = ("id", "issue_source", "start", "end", "article_seq", "prefix", "suffix", "quote",
            "note", "color", "style", "created", "modified", "tags")  # fmt: skip


@pytest.mark.parametrize("formula", FORMULAS)
def test_every_column_of_a_hostile_row_is_neutralised(tmp_path: Path, formula: str) -> None:
    library = seeded_library(tmp_path / "lib.sqlite")
    article = library.db.execute("SELECT id FROM articles ORDER BY id LIMIT 1").fetchone()[0]
    h = library.highlights.add(article, 0, 4).value
    tag = library.db.execute("SELECT count(*) FROM tags").fetchone()[0]
    with library.lock, library.db.atomic():
        sets = ", ".join(f'"{c}" = ?' for c in STORED)
        library.db.execute(
            f"UPDATE highlights SET {sets}, article_id = NULL, anchor_state = 'orphan' WHERE id = ?",
            [formula] * len(STORED) + [h.id],
        )
        library.db.execute("INSERT INTO tags (id, name) VALUES (?, ?)", [tag + 100, formula + "标签"])
        library.db.execute("INSERT INTO highlight_tags VALUES (?, ?)", [formula, tag + 100])
    rows = list(csv.DictReader(io.StringIO(export.export_csv(library))))
    assert len(rows) == 1
    for column in EXPORTED:
        cell = rows[0][column]
        assert cell[:1] not in ("=", "+", "-", "@", "\t", "\r"), (column, cell)
        if column in NUMBERS:  # a number column holding text reads as no number (core/stored_values.py)
            assert cell in ("", "0"), (column, cell)
        else:
            assert cell.startswith("'"), (column, cell)
