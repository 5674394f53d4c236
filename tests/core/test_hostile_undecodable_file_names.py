"""Issue files whose names hold bytes that are not UTF-8 keep their own identity.

An issue is known by its file name, with such bytes stored as `\\xNN`
escapes (core/issue_import.py `source_name`). The importer named each file
once and the store named it again, and the second pass took the escape's
backslash for a folder: "a\\xff.txt" was stored as "xff.txt". Two different
issues named "a<FF>.txt" and "b<FF>.txt" were then one: importing the second
"updated" the first, replacing its articles (and orphaning its highlights).
Now a name is kept as it was named the first time, and naming is idempotent.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.conftest import SEEDS
from zzreader.core.importer import import_paths
from zzreader.core.issue_import import source_name
from zzreader.core.store import open_library

pytestmark = pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="file names of any bytes are POSIX's")


@pytest.mark.parametrize("raw", ["a/b\udcff.txt", "a\\xff.txt", r"C:\archive\2019\x.txt", "dir/a\\b.txt", "株洲.txt",
                                 "gbk\udcd6\udcea.txt"])
def test_naming_a_name_again_changes_nothing(raw: str) -> None:
    once = source_name(raw)
    assert source_name(once) == once


def test_two_issues_whose_names_differ_before_an_odd_byte_stay_two(tmp_path: Path) -> None:
    folder = tmp_path / "dumps"
    folder.mkdir()
    first, second = folder / os.fsdecode(b"a\xff.txt"), folder / os.fsdecode(b"b\xff.txt")
    first.write_bytes(SEEDS[0].read_bytes())
    second.write_bytes(SEEDS[1].read_bytes())
    with open_library(tmp_path / "lib.sqlite") as library:
        report = import_paths(library, [folder], workers=0)
        assert sorted(f.status for f in report.files) == ["imported", "imported"]
        sources = sorted(r[0] for r in library.db.execute("SELECT source FROM issues"))
        assert sources == ["a\\xff.txt", "b\\xff.txt"]
        again = import_paths(library, [first], workers=0)
        assert [f.status for f in again.files] == ["unchanged"]
        assert library.db.execute("SELECT count(*) FROM issues").fetchone()[0] == 2
