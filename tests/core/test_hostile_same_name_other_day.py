"""Two days' pages of the same name, from folders not named by date: both are stored.

An issue is known by its file name, and new bytes under a stored name update
that issue in place. Folders named by their date keep it in the name
(core/dated_folders.py), but archives in other folders often name every
day's page alike (`第一周/A02.txt`, `第二周/A02.txt`): importing the tree
"updated" the first day with the second; later the second was refused with
advice (`--replace`) the window does not have. Both are different issues, so
a file whose date differs from the stored issue's, over articles that are not
mostly the same, is stored beside it under its dated name (`2024-12-05_A02.txt`),
with one line that says so. A corrected dump of the same issue whose date was
fixed still updates it (tests/core/test_store.py).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from tests.conftest import SEEDS, table_dump
from tests.reliability.helpers import call_cli
from zzreader.core.importer import import_paths
from zzreader.core.issue_import import OtherIssueError
from zzreader.core.parse import parse_bytes
from zzreader.core.store import open_library


def _rows(library) -> list[tuple]:
    return library.db.execute("SELECT source, date FROM issues ORDER BY id").fetchall()


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "archive"
    for day, seed in (("第一周", SEEDS[3]), ("第二周", SEEDS[4])):
        (root / day).mkdir(parents=True)
        (root / day / "A02.txt").write_bytes(seed.read_bytes())
    return root


def test_another_days_file_of_the_same_name_is_stored_beside_it(tmp_path: Path, tree: Path) -> None:
    with open_library(tmp_path / "lib.sqlite") as library:
        first = import_paths(library, [tree / "第一周"], workers=0)
        assert [f.status for f in first.files] == ["imported"]
        titles = library.db.execute("SELECT id, title FROM articles ORDER BY id").fetchall()
        (result,) = import_paths(library, [tree / "第二周"], workers=0).files
        assert result.status == "imported" and result.error is None
        note = [w for w in result.warnings if "stored as" in w]
        assert len(note) == 1 and "\n" not in note[0] and "--replace" not in note[0]
        (day_one, _), (day_two, date_two) = _rows(library)
        assert day_one == "A02.txt" and day_two == f"{date_two}_A02.txt"
        # the first day's articles are untouched
        assert library.db.execute("SELECT id, title FROM articles WHERE id <= ? ORDER BY id",
                                  [titles[-1][0]]).fetchall() == titles


def test_importing_the_tree_again_changes_nothing(tmp_path: Path, tree: Path) -> None:
    lib = tmp_path / "lib.sqlite"
    with open_library(lib) as library:
        import_paths(library, [tree], workers=0)
    before = table_dump(lib)
    with open_library(lib) as library:
        again = import_paths(library, [tree], workers=0)
        assert [f.status for f in again.files] == ["unchanged", "unchanged"]
        assert all(f.duplicate_of is None for f in again.files)
    assert table_dump(lib) == before


def test_a_corrected_second_day_updates_its_own_issue(tmp_path: Path, tree: Path) -> None:
    with open_library(tmp_path / "lib.sqlite") as library:
        import_paths(library, [tree], workers=0)
        first_day = library.db.execute("SELECT sha256, updated_at FROM issues WHERE source = 'A02.txt'").fetchone()
        page = tree / "第二周" / "A02.txt"
        page.write_bytes(page.read_bytes() + "\n\n读者来信更正：上期一处笔误已改正。\n".encode())
        (result,) = import_paths(library, [page], workers=0).files
        assert result.status == "updated"
        assert len(_rows(library)) == 2
        assert library.db.execute("SELECT sha256, updated_at FROM issues WHERE source = 'A02.txt'").fetchone() == first_day


def test_replace_does_not_merge_two_days_either(tmp_path: Path, tree: Path) -> None:
    with open_library(tmp_path / "lib.sqlite") as library:
        import_paths(library, [tree / "第一周"], workers=0)
        (result,) = import_paths(library, [tree / "第二周"], workers=0, replace=True).files
        assert result.status == "imported"
        assert len(_rows(library)) == 2


def _issue(seed: Path, name: str, date: str):
    return dataclasses.replace(parse_bytes(seed.read_bytes(), name), date=date)


def test_both_names_taken_by_other_days_is_one_line_and_changes_nothing(tmp_path: Path) -> None:
    lib = tmp_path / "lib.sqlite"
    with open_library(lib) as library:
        library.import_issue(_issue(SEEDS[3], "A02.txt", "2020-04-28"))
        # a page whose own name holds the date the next file's dated name would take
        library.import_issue(_issue(SEEDS[0], "2024-12-05_A02.txt", "2025-10-31"))
    before = table_dump(lib)
    with open_library(lib) as library, pytest.raises(OtherIssueError) as caught:
        library.import_issue(_issue(SEEDS[1], "A02.txt", "2024-12-05"))
    message = str(caught.value)
    assert "\n" not in message and "--replace" not in message and "rename it" in message
    assert table_dump(lib) == before


def test_the_command_line_says_it_in_one_line_per_file(capsys, tmp_path: Path, tree: Path) -> None:
    code, out, err = call_cli(capsys, "--lang", "en", "--library", str(tmp_path / "lib.sqlite"), "import", str(tree))
    assert code == 0 and "Traceback" not in err
    assert "imported: 2" in out and not [line for line in out.splitlines() if line.startswith("✗")], out
    assert sum("stored as" in line for line in out.splitlines()) == 1, out
