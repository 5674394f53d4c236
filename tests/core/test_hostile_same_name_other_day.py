"""A file named as a stored issue but holding another day's issue does not replace it.

An issue is known by its file name, and new bytes under a stored name update
that issue in place. Folders named by their date keep it in the name
(core/dated_folders.py), but archives in other folders often name every
day's page alike (`第一周/A01.txt`, `第二周/A01.txt`): importing the tree
"updated" the first day with the second, articles and highlights' places
and all, and only one issue was left. Now a file whose date differs from the
stored issue's, over articles that are not mostly the same, is refused with
one line that says why and what to do (rename it, or `--replace`); the
stored issue is exactly as it was. A corrected dump of the same issue whose
date was fixed still updates it (tests/core/test_store.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SEEDS
from tests.reliability.helpers import call_cli
from zzreader.core.importer import import_paths
from zzreader.core.store import open_library


def _rows(library) -> list[tuple]:
    return library.db.execute("SELECT id, source, date, sha256, article_count FROM issues ORDER BY id").fetchall()


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "archive"
    for day, seed in (("第一周", SEEDS[3]), ("第二周", SEEDS[4])):
        (root / day).mkdir(parents=True)
        (root / day / "A01.txt").write_bytes(seed.read_bytes())
    return root


def test_another_days_file_of_the_same_name_is_refused_and_changes_nothing(tmp_path: Path, tree: Path) -> None:
    with open_library(tmp_path / "lib.sqlite") as library:
        first = import_paths(library, [tree / "第一周"], workers=0)
        assert [f.status for f in first.files] == ["imported"]
        before = _rows(library)
        titles = library.db.execute("SELECT id, title FROM articles ORDER BY id").fetchall()
        second = import_paths(library, [tree / "第二周"], workers=0)
        (result,) = second.files
        assert result.status == "failed" and "already the issue of" in result.error and "\n" not in result.error
        assert _rows(library) == before
        assert library.db.execute("SELECT id, title FROM articles ORDER BY id").fetchall() == titles


def test_replace_still_replaces_on_purpose(tmp_path: Path, tree: Path) -> None:
    with open_library(tmp_path / "lib.sqlite") as library:
        import_paths(library, [tree / "第一周"], workers=0)
        (result,) = import_paths(library, [tree / "第二周"], workers=0, replace=True).files
        assert result.status == "updated"
        assert len(_rows(library)) == 1


def test_the_command_line_says_it_in_one_line_per_file(capsys, tmp_path: Path, tree: Path) -> None:
    code, out, err = call_cli(capsys, "--lang", "en", "--library", str(tmp_path / "lib.sqlite"), "import", str(tree))
    assert code == 1 and "Traceback" not in err
    refused = [line for line in out.splitlines() if line.startswith("✗")]
    assert len(refused) == 1 and "rename it" in refused[0] and "--replace" in refused[0], out
