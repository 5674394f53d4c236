"""Schema objects another process plants while zzreader has the library open.

A library is inspected when it opens (core/safe_open.py), but a window stays
open for hours: a trigger another program created meanwhile ran on the
window's next highlight (every title became "defaced"), and a UNIQUE index
on highlights(color) refused the next highlight of a colour already used.
Each write transaction now looks at the schema again when its version
changed and removes what zzreader did not create before writing.
"""

from __future__ import annotations

import sqlite3

from tests.reliability.helpers import seeded_library

PLANTS = {
    "trigger": "CREATE TRIGGER evil AFTER INSERT ON highlights BEGIN UPDATE articles SET title = 'defaced'; END",
    "unique index": "CREATE UNIQUE INDEX one_per_colour ON highlights(color)",
    "trigger on revisions": "CREATE TRIGGER evil2 BEFORE INSERT ON highlights BEGIN "
                            "DELETE FROM articles WHERE id > 10; END",
}


def test_objects_planted_while_open_never_run_and_are_removed(tmp_path) -> None:
    for name, sql in PLANTS.items():
        path = tmp_path / f"{name}.sqlite"
        library = seeded_library(path)
        try:
            library.highlights.add(3, 0, 4, note="打开后的第一条")
            titles = library.db.execute("SELECT id, title FROM articles ORDER BY id").fetchall()
            other = sqlite3.connect(path)
            other.execute(sql)
            other.commit()
            other.close()
            library.highlights.add(4, 0, 2, note="另一个程序动过之后")  # the same colour as the first
            assert library.db.execute("SELECT id, title FROM articles ORDER BY id").fetchall() == titles, name
            assert library.db.execute("SELECT count(*) FROM highlights").fetchone()[0] == 2
            left = library.db.execute(
                "SELECT name FROM sqlite_master WHERE name IN ('evil', 'evil2', 'one_per_colour')").fetchall()
            assert left == [], name
            assert any("evil" in n or "one_per_colour" in n for n in library.db.writer.planted_notices)
        finally:
            library.close()
