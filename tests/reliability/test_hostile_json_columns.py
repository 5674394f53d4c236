"""JSON another tool left in a library (nested past Python's stack, the wrong shape) never
stops an update, an undo or the window's change follower.

Before: `entity_byline_names` in `meta` or a byline column nested 100,000
deep made every later import say "Discovery indexes not updated:
RecursionError: maximum recursion depth exceeded while decoding a JSON
array…" (Python's words, and the people/places index never caught up again),
and an undo entry that was not a list of rows ended in a Python error. Every
JSON column is now read through `core/stored_values.py` (`json_value`,
`names`), and an unreadable undo entry is refused in one line.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import SEEDS
from tests.reliability.helpers import call_cli, seeded_library
from zzreader.core.errors import AnnotationError
from zzreader.core.store import open_library

DEEP = "[" * 100_000


@pytest.fixture
def lib(tmp_path) -> Path:
    path = tmp_path / "lib.sqlite"
    seeded_library(path).close()
    return path


def _new_issue(tmp_path: Path) -> Path:
    text = SEEDS[2].read_text(encoding="utf-8")
    text = re.sub(r"第\s*(\d{3,6})\s*期", lambda m: f"第{int(m.group(1)) + 7000}期", text)
    path = tmp_path / "zzrb-new.txt"
    path.write_text(text + "\n本期另附 渌口区新闻一则\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "sql",
    [
        ("UPDATE meta SET value = ? WHERE key = 'entity_byline_names'", [DEEP]),
        ("UPDATE articles SET reporters = ?, photographers = '{\"a\": 1}' WHERE id < 4", [DEEP]),
    ],
    ids=["byline names in meta", "byline columns"],
)
def test_an_import_keeps_the_discovery_index_current(lib, tmp_path, capsys, sql):
    code, _out, err = call_cli(capsys, "--library", str(lib), "people", "--limit", "1")
    assert code == 0, err
    conn = sqlite3.connect(lib)
    conn.execute(*sql)
    conn.commit()
    conn.close()
    code, out, err = call_cli(capsys, "--library", str(lib), "import", str(_new_issue(tmp_path)))
    assert code == 0, err
    assert "RecursionError" not in out + err and "Discovery indexes not updated" not in out + err
    code, out, err = call_cli(capsys, "--library", str(lib), "people", "--limit", "3")
    assert code == 0 and out.strip(), err


@pytest.mark.parametrize("changes", [DEEP, '{"a": 1}', "[1, 2]", '[["highlights", "x", 5, null]]'])
def test_an_undo_entry_another_tool_wrote_is_refused_in_one_line(lib, changes):
    library = open_library(lib)
    try:
        _issue, article = next(iter(library.iter_articles()))
        library.highlights.add(article.id, 0, 4, note="核对")
        with library.lock, library.db.atomic():
            library.db.execute("UPDATE annotation_journal SET changes = ?", [changes])
        with pytest.raises(AnnotationError) as caught:
            library.journal.undo()
        assert "\n" not in str(caught.value) and "damaged" in str(caught.value)
        assert len(library.highlights.find()) == 1  # nothing was undone half way
    finally:
        library.close()


@pytest.mark.parametrize(
    "extra", ["{bad", DEEP, '{"absorbed_articles": [5, {"title": 3}], "absorbed_lines": [{"a": 1}, 7, "x"]}'],
    ids=["not JSON", "nested past the stack", "wrong shape"],
)
def test_a_reimport_reads_a_revision_another_tool_wrote(lib, tmp_path, capsys, extra):
    """Before: the re-import of that issue failed every time ("Import failed: JSONDecodeError…")."""
    seed = SEEDS[0]
    conn = sqlite3.connect(lib)
    conn.execute(
        "INSERT INTO article_revisions (article_id, issue_source, article_seq, revision, created, state, uid, "
        "fields, extra, kind, status) VALUES (1, ?, 1, 1, 'x', '{}', 'u-hostile', '[]', ?, 'merge', 'applied')",
        [seed.name, extra],
    )
    conn.commit()
    conn.close()
    changed = tmp_path / "changed" / seed.name
    changed.parent.mkdir()
    changed.write_text(seed.read_text(encoding="utf-8").replace("株洲日报讯", "株洲日报讯 ", 1), encoding="utf-8")
    code, out, err = call_cli(capsys, "--library", str(lib), "import", "--replace", str(changed))
    assert code == 0, out + err
    assert "updated: 1" in out and "Error" not in out + err
