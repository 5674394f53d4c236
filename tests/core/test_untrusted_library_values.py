"""A library file is untrusted: odd values, altered structure and damage give one line, never a traceback.

SQLite keeps whatever a column is given, so a library another tool touched
may hold bytes in a title, a number where a list of reporters belongs, text
that is not JSON, or a meta table of nonsense. Reading such a library shows
the odd value as odd text. A library whose structure zzreader did not write
(a column dropped) or whose pages are damaged stops a command with one line
in our words, not SQLite's ("database disk image is malformed").
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.reliability.helpers import seeded_library
from zzreader import cli
from zzreader.core import shown, stored_values
from zzreader.core.store import open_library

COMMANDS = (["stats"], ["search", "株洲"], ["export", "articles"], ["history", "1"], ["cite", "1"],
            ["calendar"], ["people"], ["export", "annotations", "--format", "csv"], ["export", "corrections"])  # fmt: skip
SQLITE_WORDS = ("malformed", "no such", "sqlite3", "Error:", "Traceback", "logic error", "vtable")

ODD_VALUES = {
    "bytes title": "UPDATE articles SET title = x'e6a0aaff6c'",
    "number title and text": "UPDATE articles SET title = 12345, subtitle = 3.5",
    "reporters a number": "UPDATE articles SET reporters = 5",
    "reporters not JSON": "UPDATE articles SET reporters = '[株洲', correspondents = '{\"a\": 1}'",
    "reporters a list of anything": "UPDATE articles SET photographers = '[1, null, {\"x\": 2}, \"张伟\"]'",
    "blocks not JSON": "UPDATE articles SET blocks = 'not json'",
    "issue warnings not JSON": "UPDATE issues SET warnings = '[[', number = 'abc', pages = x'00'",
    "meta of nonsense": "UPDATE meta SET value = '垃圾' WHERE key <> 'schema_compat'",
}


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("base") / "lib.sqlite"
    library = seeded_library(path)
    library.highlights.add(1, 0, 4, note="批注", tags=["株洲"])
    library.close()
    return path


def _altered(base: Path, tmp_path: Path, sql: str) -> Path:
    path = tmp_path / "lib.sqlite"
    path.write_bytes(base.read_bytes())
    conn = sqlite3.connect(path)
    conn.executescript(sql)
    conn.commit()
    conn.close()
    return path


def _run(capsys: pytest.CaptureFixture, path: Path, argv: list[str]) -> tuple[int, str, str]:
    code = cli.main(["--library", str(path), *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("name", list(ODD_VALUES))
def test_odd_values_in_columns_are_read_as_text(
    name: str, base: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    path = _altered(base, tmp_path, ODD_VALUES[name])
    for argv in COMMANDS:
        code, out, err = _run(capsys, path, argv)
        assert code == 0, (argv, err)
        assert not any(w in err for w in SQLITE_WORDS), (argv, err)
    with open_library(path) as library:
        article = library.article(1)
        assert isinstance(article.title, str) and all(isinstance(r, str) for r in article.reporters)
        assert isinstance(article.text, str)


def test_the_kept_values_read_as_they_were(base: Path, tmp_path: Path) -> None:
    path = _altered(base, tmp_path, "UPDATE articles SET title = 2024, photographers = '[1, \"张伟\"]' WHERE id = 1")
    with open_library(path) as library:
        article = library.article(1)
    assert article.title == "2024" and article.photographers == ["张伟"]


STRUCTURE = {
    "a column dropped": "ALTER TABLE articles DROP COLUMN subtitle",
    "a table dropped": "DROP TABLE highlight_tags",
}


@pytest.mark.parametrize("name", list(STRUCTURE))
def test_an_altered_structure_is_one_line_in_our_words(
    name: str, base: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    path = _altered(base, tmp_path, STRUCTURE[name])
    failed = 0
    for argv in COMMANDS:
        code, out, err = _run(capsys, path, argv)
        assert code in (0, 1, 2), (argv, err)  # a search that fails is a query error (2)
        assert not any(w in err for w in SQLITE_WORDS), (argv, err)
        if code:
            failed += 1
            assert len(err.strip().splitlines()) == 1 and "structure" in err, (argv, err)
    assert failed  # the altered part was needed by at least one command


def _flip_middle(path: Path) -> None:
    """Flip the first 4 KB of the middle page: its header, so the damage is
    never only in a page's unused space (which no check can see)."""
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    mid = len(data) // 2 // page_size * page_size
    data[mid : mid + 4096] = bytes(b ^ 0xFF for b in data[mid : mid + 4096])
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", ["flip the middle", "cut in half", "cut to one page"])
def test_a_damaged_file_is_one_line_and_stays_as_it_was(
    damage: str, base: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    path = tmp_path / "lib.sqlite"
    path.write_bytes(base.read_bytes())
    if damage == "flip the middle":
        _flip_middle(path)
    else:
        path.write_bytes(path.read_bytes()[: path.stat().st_size // 2 if damage == "cut in half" else 4096])
    before = path.read_bytes()
    for argv in (*COMMANDS, ["highlight", "1", "株洲"], ["compact"]):
        code, out, err = _run(capsys, path, argv)
        assert code == 1, (argv, err)
        assert len(err.strip().splitlines()) == 1 and "damaged" in err, (argv, err)
        assert not any(w in err for w in SQLITE_WORDS), (argv, err)
    assert path.read_bytes() == before


def test_sqlite_errors_are_told_in_our_words() -> None:
    conn = sqlite3.connect(":memory:")
    with pytest.raises(sqlite3.Error) as info:
        conn.execute("SELECT nope FROM sqlite_master")
    assert "structure" in shown.sqlite_reason(info.value) and "nope" not in shown.sqlite_reason(info.value)
    assert not shown.is_damage(ValueError("x"))


def test_stored_values_keep_what_can_be_read() -> None:
    assert stored_values.text(b"\xe6\xa0\xaa\xff") == "株\ufffd"
    assert stored_values.text(None) == "" and stored_values.text(7) == "7"
    assert stored_values.names('["张伟", 3, null]') == ["张伟"] and stored_values.names("[") == []
    assert stored_values.names(5) == [] and stored_values.names('"李明"') == ["李明"]
    assert stored_values.optional_int("12") == 12 and stored_values.optional_int("x") is None
    assert stored_values.json_value("[[", []) == []
