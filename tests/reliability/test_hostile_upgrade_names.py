"""A library whose own name fills a file name is upgraded like any other.

Before: opening an older library named with 80 Chinese characters (247 bytes)
failed with Python's "OSError: [Errno 36] File name too long" (the upgrade
copy `<stem>.bak-<n>.sqlite.partial` is longer than 255 bytes), so such a
library could not be opened at all by the new version. Now the copy's stem is
cut and given a digest (core/name_fit.py), the copy is made and listed among
the backups as "upgrade", and the library opens migrated.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.reliability.test_upgrades import fixture
from zzreader.core import backup, migrations
from zzreader.core.store import open_library

NAMES = ("株" * 80 + ".sqlite", "z" * 240 + ".sqlite", "株洲日报" * 15 + "." + "长" * 20)


@pytest.mark.parametrize("name", NAMES, ids=["chinese", "latin", "long-suffix"])
def test_an_old_library_with_a_long_name_is_backed_up_and_upgraded(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    shutil.copy(fixture(9), path)
    with open_library(path) as library:
        assert migrations.user_version(library.db) == migrations.SCHEMA_VERSION
    made = migrations.backup_path(path, 9)
    assert made.exists() and len(made.name.encode()) <= 255 - len(".partial")
    listed = [b for b in backup.list_backups(path) if b.reason == "upgrade"]
    assert [b.path for b in listed] == [made]


def test_two_long_names_sharing_a_beginning_get_their_own_copies(tmp_path: Path) -> None:
    first, second = tmp_path / ("株" * 80 + "甲.db"), tmp_path / ("株" * 80 + "乙.db")
    assert migrations.backup_path(first, 3) != migrations.backup_path(second, 3)
    shutil.copy(fixture(9), first)
    open_library(first).close()
    assert backup.list_backups(second) == []
