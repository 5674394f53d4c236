"""Odd stored values in the tables beyond articles and issues: highlights, revisions, entities, reprints.

The first rounds covered odd titles, bylines and issue fields. A library is
untrusted in every column every command reads: a highlight's offsets as text
or bytes, its note as bytes, a revision's state that is not JSON (or JSON of
another shape), a revision number stored as text, an entity role code that is
none of ours, a reprint similarity in text, an issue date as a number. Each
command then answers (exit 0), or says in one line what it cannot do; undo,
history and revert keep working or refuse in one line.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.reliability.helpers import call_cli, seeded_library
from zzreader.core import corrections as co
from zzreader.core.store import open_library

ODD = {
    "highlight offsets as text and bytes": "UPDATE highlights SET start = 'abc', \"end\" = x'00'",
    "highlight offsets past 64 bits' ends": "UPDATE highlights SET start = 9223372036854775807, \"end\" = -1",
    "highlight colour and style odd": "UPDATE highlights SET color = 5, style = x'ff', anchor_state = 'weird'",
    "highlight note and quote as bytes": "UPDATE highlights SET note = x'ff00fe', exact = 3.5, suffix = x'00'",
    "highlight times odd": "UPDATE highlights SET created = 12345, modified = 'not a time'",
    "highlight seq and source odd": "UPDATE highlights SET article_seq = 'x', issue_source = 5",
    "tag name as bytes": "UPDATE tags SET name = x'e6a0aaff', color = 'javascript:'",
    "collection name a number": "UPDATE collections SET name = 42, created = x'00'",
    "revision state not JSON": "UPDATE article_revisions SET state = '{{', fields = 'x', extra = '[1'",
    "revision state a list": "UPDATE article_revisions SET state = '[1,2]', fields = '{\"a\":1}', extra = '5'",
    "revision number as text": "UPDATE article_revisions SET revision = 'x', article_seq = 'y', created = 5",
    "journal not JSON": "UPDATE annotation_journal SET changes = '{{'",
    "journal of another shape": "UPDATE annotation_journal SET changes = '[[1,2]]'",
    "entity names as bytes": "UPDATE entities SET name = CAST(name AS BLOB) || x'ff'",
    "entity lists not ours": "UPDATE entity_articles SET version = 'x', mentions = CASE article_id % 4 "
    "WHEN 0 THEN 'text' WHEN 1 THEN x'ff' WHEN 2 THEN x'03ffffffffffffffffff7f7f00' ELSE 5 END; "
    "UPDATE entity_postings SET data = CASE entity_id % 4 WHEN 0 THEN 'text' WHEN 1 THEN x'80' "
    "WHEN 2 THEN x'ffffffffffffffffff7f0001' ELSE 5.5 END",
    "reprint signatures odd": "UPDATE reprint_signatures SET sig = 'text', chars = 'x', version = x'00'",
    "reprint similarity as text": "INSERT OR REPLACE INTO reprint_pairs VALUES (1, 2, 'x'), (3, 2, x'00')",
    "issue dates as bytes and a real": "UPDATE issues SET date = x'ff' WHERE id = 1; "
    "UPDATE issues SET date = 3.5 WHERE id = 2; UPDATE issues SET number = 'x', article_count = 'y'",
    "article dates as numbers": "UPDATE articles SET issue_date = 20241205 WHERE id % 2 = 0",
}
COMMANDS = (
    ["stats"], ["search", "株洲"], ["export", "articles"], ["export", "annotations", "--format", "csv"],
    ["export", "annotations", "--format", "json"], ["export", "annotations", "--format", "md"],
    ["export", "corrections"], ["history", "1"], ["cite", "1"], ["cite", "--collection", "1"], ["calendar"],
    ["people"], ["places"], ["reprints"], ["review"], ["revert", "1", "0"], ["highlight", "2", "株洲"],
    ["onthisday", "10-28"], ["trend", "株洲"],
)  # fmt: skip


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("annotated") / "lib.sqlite"
    with seeded_library(path) as library:
        library.highlights.add(1, 0, 4, note="神农公园的批注", tags=["株洲"])
        collection = library.collections.create("湘江风光带").value
        library.collections.add_articles(collection.id, [1, 2])
        library.corrections.edit(1, {"title": "改过的标题"}, why="错字")
    for argv in (["people"], ["reprints"]):  # the discovery tables, filled as a user would
        assert call_cli(_NoCapture(), "--library", str(path), *argv)[0] == 0
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # one file to copy
    conn.close()
    return path


class _NoCapture:
    """`call_cli` reads a capture fixture; the module fixture has none, and needs no output."""

    def readouterr(self) -> tuple[str, str]:
        return "", ""


@pytest.mark.parametrize("name", list(ODD))
def test_odd_values_beyond_articles_are_one_line_at_worst(
    name: str, base: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    path = tmp_path / "lib.sqlite"
    path.write_bytes(base.read_bytes())
    conn = sqlite3.connect(path)
    conn.executescript(ODD[name])
    conn.commit()
    conn.close()
    for argv in COMMANDS:
        code, out, err = call_cli(capsys, "--library", str(path), *argv)
        assert code in (0, 2), (argv, code, err)
        assert "Traceback" not in err and len(err.strip().splitlines()) <= 1, (argv, err)
    with open_library(path) as library:
        library.journal.undo()
        library.journal.redo()
        assert all(isinstance(h.note, str) and isinstance(h.start, int) for h in library.highlights.find())
        assert all(isinstance(r.state, dict) for r in library.corrections.history(1))


def test_reverting_to_a_damaged_revision_says_so(base: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = tmp_path / "lib.sqlite"
    path.write_bytes(base.read_bytes())
    conn = sqlite3.connect(path)
    conn.execute("UPDATE article_revisions SET state = '[1, 2]' WHERE revision = 0")
    conn.commit()
    conn.close()
    code, out, err = call_cli(capsys, "--library", str(path), "revert", "1", "0")
    assert code == 2 and "damaged" in err and len(err.strip().splitlines()) == 1, (code, err)
    with open_library(path) as library:
        assert library.article(1).title == "改过的标题"
        assert co.read_state("[1, 2]") is None and co.read_state('{"title": 5}')["title"] == "5"
