"""The dump deltas of m011 in a library someone else edited (core/sources.py).

A library is untrusted input, and `issues.source_packed` with its log table
`source_basis` and four triggers are new ground: a crafted blob (a bomb of
many chunks, lengths that do not add up, a wrong CRC, bytes that are not
UTF-8, text or a number instead of a blob), a log with rows no trigger of
ours writes (ids that are text, text that is bytes), a log replaced by a
view that never ends or by a table of other columns, a trigger of ours with
other SQL or missing. Each ends in the issue's true dump or in one line
saying it cannot be rebuilt: never a traceback, a hang or a wrong dump.
Corrections keep working afterwards, and keep the dump readable.
"""

from __future__ import annotations

import bz2
import os
import sqlite3
import struct
import zlib
from pathlib import Path

import pytest

from tests.reliability.helpers import seeded_library
from zzreader import cli
from zzreader.core import safe_open, sources
from zzreader.core.database import Database
from zzreader.core.migrations import M011_BASIS_TABLE
from zzreader.core.store import open_library


def _deflated(data: bytes) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush()


def _blob(bodies: list[bytes], crc: int = 0) -> bytes:
    heads = b"".join(struct.pack("<III", 0, 0, len(b)) for b in bodies)
    return struct.pack("<4sII", sources.MAGIC, crc, len(bodies)) + heads + b"".join(bodies)


_ZEROS = _deflated(b"\0" * sources.CHUNK)  # 16 KB from a few dozen bytes
_NOT_UTF8 = b"\xff\xfe\xc0\xaf" * 8

BLOBS = {
    "many small bombs": _blob([_ZEROS] * (sources.MAX_CHUNKS + 1)),
    "a chunk count of 2**32-1": struct.pack("<4sII", sources.MAGIC, 0, 0xFFFFFFFF),
    "lengths past the end": _blob([_ZEROS])[:-3],
    "bytes after the last chunk": _blob([_ZEROS], zlib.crc32(b"\0" * sources.CHUNK)) + b"junk",
    "a short chunk in the middle": _blob([_deflated(b"a"), _deflated(b"b")], zlib.crc32(b"ab")),
    "a chunk without its end": _blob([_deflated(b"x" * 100)[:-2]], zlib.crc32(b"x" * 100)),
    "right CRC, not UTF-8": _blob([_deflated(_NOT_UTF8)], zlib.crc32(_NOT_UTF8)),
    "random bytes": bytes(range(256)) * 40,
}
# Values SQLite keeps in the BLOB column whatever its type says.
STORED = {
    "text": "'ZZD1 not a blob'",
    "a number": "12345",
    "a real": "1.5",
    "a blob cast to text": "CAST(source_packed AS TEXT)",
    "CRC spliced as text": "substr(source_packed, 1, 4) || x'00000000' || substr(source_packed, 9)",
}
LOG_ROWS = {
    "an article id that is text": "INSERT INTO source_basis VALUES (1, 'abc', '改写')",
    "an article id that is a blob": "INSERT INTO source_basis VALUES (1, x'01', '改写')",
    "an article id that is real": "INSERT INTO source_basis VALUES (1, 2.5, '改写')",
    "text that is bytes": "INSERT INTO source_basis SELECT issue_id, id, CAST(text AS BLOB) FROM articles WHERE issue_id = 1",
    "text that is a 20 MB blob": "INSERT INTO source_basis VALUES (1, 99999, zeroblob(20000000))",
}  # fmt: skip
LOG_TABLES = {
    "a view that never ends": "DROP TABLE source_basis; CREATE VIEW source_basis AS WITH RECURSIVE c(x) AS "
    "(SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT 1 AS issue_id, x AS article_id, '株洲' AS text FROM c",
    "a view of one odd row": "DROP TABLE source_basis; CREATE VIEW source_basis AS SELECT 1 AS issue_id, "
    "'x' AS article_id, x'00' AS text",
    "dropped": "DROP TABLE source_basis",
    "other columns": "DROP TABLE source_basis; CREATE TABLE source_basis (a, b)",
    "a STRICT table that refuses text": "DROP TABLE source_basis; CREATE TABLE source_basis (issue_id INTEGER "
    "NOT NULL, article_id INTEGER NOT NULL, text INTEGER, PRIMARY KEY (issue_id, article_id)) STRICT",
    "no primary key": "DROP TABLE source_basis; CREATE TABLE source_basis (issue_id, article_id, text)",
    "a trigger of ours altered": "DROP TRIGGER source_basis_on_update; CREATE TRIGGER source_basis_on_update "
    "AFTER UPDATE OF text ON articles BEGIN DELETE FROM source_basis; END",
    "all triggers missing": "DROP TRIGGER source_basis_on_update; DROP TRIGGER source_basis_on_delete; "
    "DROP TRIGGER source_basis_on_insert; DROP TRIGGER source_basis_issue_gone",
    "the dump column dropped": "ALTER TABLE issues DROP COLUMN source_packed",
}


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[int, str]]:
    path = tmp_path_factory.mktemp("dumps") / "lib.sqlite"
    library = seeded_library(path)
    dumps = {i: library.issue_source_text(i) for (i,) in library.db.execute("SELECT id FROM issues")}
    library.close()
    return path, dumps


def _altered(base: Path, tmp_path: Path, sql: str, params: list | None = None) -> Path:
    path = tmp_path / "lib.sqlite"
    path.write_bytes(base.read_bytes())
    conn = sqlite3.connect(path)
    if params is None:
        conn.executescript(sql)
    else:
        conn.execute(sql, params)
    conn.commit()
    conn.close()
    return path


def _dump_or_message(library, issue_id: int, truth: str) -> str:
    """The dump, which must then be the true one; or the one-line refusal."""
    try:
        text = library.issue_source_text(issue_id)
    except sources.SourceError as exc:
        assert "\n" not in str(exc) and "cannot be rebuilt" in str(exc)
        return "refused"
    assert text == truth
    return "read"


def _first_article(library, issue_id: int) -> int:
    return library.db.execute("SELECT min(id) FROM articles WHERE issue_id = ?", [issue_id]).fetchone()[0]


def _check(path: Path, dumps: dict[int, str], *, refused: bool | None) -> None:
    with open_library(path) as library:
        outcomes = {i: _dump_or_message(library, i, dumps[i]) for i in dumps}
        if refused is not None:
            assert (outcomes[1] == "refused") is refused, outcomes
        pane = library.article_source(_first_article(library, 1))
        assert isinstance(pane, str) and pane
        # A correction still works and leaves every other issue's dump as it was.
        article = _first_article(library, 2)
        library.corrections.edit(article, {"text": "株洲市民在神农公园晨练。"}, why="测试")
        for i in dumps:
            _dump_or_message(library, i, dumps[i])
        assert outcomes[2] == "refused" or library.issue_source_text(2) == dumps[2]


@pytest.mark.parametrize("name", list(BLOBS))
def test_a_crafted_blob_is_one_line(name: str, base, tmp_path: Path) -> None:
    path = _altered(base[0], tmp_path, "UPDATE issues SET source_packed = ? WHERE id = 1", [BLOBS[name]])
    _check(path, base[1], refused=True)


@pytest.mark.parametrize("name", list(STORED))
def test_a_dump_stored_as_another_type_is_one_line(name: str, base, tmp_path: Path) -> None:
    path = _altered(base[0], tmp_path, f"UPDATE issues SET source_packed = {STORED[name]} WHERE id = 1")
    _check(path, base[1], refused=True)


@pytest.mark.parametrize("name", list(LOG_ROWS))
def test_log_rows_no_trigger_writes_are_one_line(name: str, base, tmp_path: Path) -> None:
    path = _altered(base[0], tmp_path, LOG_ROWS[name])
    _check(path, base[1], refused=True)


@pytest.mark.parametrize("name", list(LOG_TABLES))
def test_an_altered_log_or_trigger_is_repaired_or_refused(name: str, base, tmp_path: Path) -> None:
    path = _altered(base[0], tmp_path, LOG_TABLES[name])
    _check(path, base[1], refused=True if name == "the dump column dropped" else None)
    with open_library(path) as library:  # repaired on the first open: ours, word for word
        row = library.db.execute("SELECT type, sql FROM sqlite_master WHERE name = 'source_basis'").fetchone()
        assert tuple(row) == ("table", M011_BASIS_TABLE)
        assert library.db.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                                  "AND name LIKE 'source_basis_%'").fetchone()[0] == 4  # fmt: skip


def test_a_rebuilt_log_keeps_its_rows_and_says_so(base, tmp_path: Path) -> None:
    """A log table with our columns but another definition keeps what it logged."""
    path = tmp_path / "lib.sqlite"
    path.write_bytes(base[0].read_bytes())
    with open_library(path) as library:
        library.corrections.edit(_first_article(library, 3), {"text": "改写后的正文。"}, why="测试")
    conn = sqlite3.connect(path)
    conn.executescript("CREATE TEMP TABLE t AS SELECT * FROM source_basis; DROP TABLE source_basis; "
                       "CREATE TABLE source_basis (issue_id, article_id, text); "
                       "INSERT INTO source_basis SELECT * FROM t")  # fmt: skip
    conn.close()
    with open_library(path) as library:
        assert any("source_basis" in n for n in library.notices)
        assert library.issue_source_text(3) == base[1][3]


def _endless_view(table: str, columns: list[str]) -> str:
    values = ", ".join(f"x AS {c}" for c in columns)
    return (f"DROP TABLE {table}; CREATE VIEW {table} AS WITH RECURSIVE c(x) AS "
            f"(SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT {values} FROM c")  # fmt: skip


@pytest.fixture
def read_only_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    folder = tmp_path / "ro"
    folder.mkdir()
    yield folder
    folder.chmod(0o755)


def _make_read_only(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder.chmod(0o555)
    if os.access(folder, os.W_OK):  # running as root: permissions do not bind
        real = safe_open.writable
        monkeypatch.setattr(safe_open, "writable", lambda p: real(p) and folder not in p.parents)


@pytest.mark.parametrize("table, columns", [
    ("source_basis", ["issue_id", "article_id", "text"]),
    ("tags", ["id", "name"]),
    ("entities", ["id", "kind", "name"]),
    ("collection_articles", ["collection_id", "article_id"]),
])  # fmt: skip
def test_a_view_in_our_tables_place_in_a_read_only_library_is_refused(
    table: str, columns: list[str], base, read_only_folder: Path,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture,
) -> None:  # fmt: skip
    """Read-only, the view cannot be dropped, and it would run (this one never ends): one line instead."""
    path = _altered(base[0], read_only_folder, _endless_view(table, columns))
    _make_read_only(read_only_folder, monkeypatch)
    with pytest.raises(safe_open.UntrustedFileError, match=table) as info:
        open_library(path)
    assert "\n" not in str(info.value)
    assert cli.main(["--library", str(path), "stats"]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and table in err and "Traceback" not in err


def test_a_view_of_another_name_in_a_read_only_library_is_left_unread(
    base, read_only_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _altered(base[0], read_only_folder, "CREATE VIEW my_notes AS WITH RECURSIVE c(x) AS "
                    "(SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c")  # fmt: skip
    _make_read_only(read_only_folder, monkeypatch)
    with open_library(path) as library:
        assert library.read_only and any("my_notes" in n for n in library.notices)
        assert [library.issue_source_text(i) for i in base[1]] == list(base[1].values())
        assert library.search("株洲").total > 0


def test_the_log_is_read_from_a_table_only(base, tmp_path: Path) -> None:
    """Defence in depth: `basis` never runs a view named like the log."""
    path = _altered(base[0], tmp_path, _endless_view("source_basis", ["issue_id", "article_id", "text"]))
    db = Database(sqlite3.connect(path))
    try:
        assert sources.unpack(db.execute("SELECT source_packed FROM issues WHERE id = 1").fetchone()[0],
                              sources.basis(db, 1)) == base[1][1]  # fmt: skip
    finally:
        db.close()


def test_damaged_article_values_leave_corrections_working(base, tmp_path: Path) -> None:
    """Bytes where the text and title belong: the correction, its undo record and the index take them as text."""
    path = _altered(base[0], tmp_path, "UPDATE articles SET text = CAST(text AS BLOB), "
                    "title = CAST(title AS BLOB) WHERE issue_id = 1")  # fmt: skip
    with open_library(path) as library:
        first = _first_article(library, 1)
        library.corrections.edit(first, {"text": "改写后的正文。"}, why="测试")
        library.corrections.split(first + 1, 3)
        library.highlights.add(first + 2, 0, 2, note="批注")
        library.journal.undo()
        assert library.issue_source_text(1) == base[1][1]


V10 = Path(__file__).parent / "data" / "library_v10.sqlite"
OLD_DUMPS = {
    "not bzip2": b"\x00\x11\x22\x33",
    "text": "株洲日报",
    "a number": 5,
    "bzip2 of bytes that are not UTF-8": bz2.compress(b"\xff\xfe\xfa"),
    "bzip2 cut short": bz2.compress("株洲日报 2024年".encode() * 50)[:30],
    "a bzip2 bomb": bz2.compress(b"\0" * 120_000_000),
}


@pytest.mark.parametrize("name", list(OLD_DUMPS))
def test_upgrading_a_library_with_an_unreadable_old_dump_is_one_line_later(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    """m011 repacks every bzip2 dump of a v10 library: one that another tool spoiled must not stop
    the upgrade (it was a traceback), nor inflate without bound; its issue says so, the rest read."""
    path = tmp_path / "lib.sqlite"
    path.write_bytes(V10.read_bytes())
    conn = sqlite3.connect(path)
    first = conn.execute("SELECT min(id) FROM issues").fetchone()[0]
    others = dict(conn.execute("SELECT id, source_bz2 FROM issues WHERE id <> ?", [first]).fetchall())
    conn.execute("UPDATE issues SET source_bz2 = ? WHERE id = ?", [OLD_DUMPS[name], first])
    conn.commit()
    conn.close()
    assert cli.main(["--library", str(path), "stats"]) == 0, capsys.readouterr().err
    with open_library(path) as library:
        with pytest.raises(sources.SourceError):
            library.issue_source_text(first)
        assert "cannot be rebuilt" in library.article_source(_first_article(library, first))
        for i, blob in others.items():
            assert library.issue_source_text(i) == bz2.decompress(blob).decode("utf-8")
