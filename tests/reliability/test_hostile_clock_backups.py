"""Backups made while the clock was set ahead, found after it was put right.

A laptop whose clock ran years ahead (a flat CMOS battery, a wrong manual
setting, a test) names its backups by that time. Once the clock was right
again those names were still "newest": `restore 1` and the restore dialog
offered the oldest copy first, each new backup was pruned by the next one (the
ten from the future were kept), and no daily backup was due until that future
date, so a week of work was in no backup at all.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.reliability.helpers import seeded_library
from zzreader.core import backup as bk

AHEAD = dt.datetime(2099, 1, 1, 0, 0, tzinfo=dt.UTC)


@pytest.fixture
def lib(tmp_path: Path):
    library = seeded_library(tmp_path / "lib.sqlite")
    yield library
    library.close()


def _made_ahead(lib, n: int) -> list[Path]:
    return [bk.make_backup(lib, "close", now=AHEAD + dt.timedelta(minutes=i)).path for i in range(n)]


def test_a_backup_made_now_is_the_newest_and_survives_the_next(lib) -> None:
    _made_ahead(lib, bk.KEEP)
    first = bk.make_backup(lib).path
    assert bk.list_backups(lib.path)[0].path == first  # `restore 1` takes it
    second = bk.make_backup(lib).path
    kept = [b.path for b in bk.list_backups(lib.path)]
    assert kept[:2] == [second, first]
    assert len(kept) == bk.KEEP  # the copies from the future go first


def test_the_daily_backup_is_due_again(lib) -> None:
    _made_ahead(lib, 3)
    lib.highlights.add(lib.db.execute("SELECT id FROM articles ORDER BY id LIMIT 1").fetchone()[0], 0, 4)
    daily = bk.backup_if_due(lib)
    assert daily is not None and daily.reason == "daily"
    assert bk.newest_rolling(lib.path).path == daily.path


def test_a_clock_a_few_hours_ahead_is_believed(lib) -> None:
    """Time zones and small steps are no reason to doubt a backup's name."""
    soon = dt.datetime.now(dt.UTC) + dt.timedelta(hours=3)
    ahead = bk.make_backup(lib, now=soon).path
    bk.make_backup(lib)
    assert bk.list_backups(lib.path)[0].path == ahead


def test_a_clock_stepped_back_after_a_backup_still_gets_the_closing_backup(lib) -> None:
    """An hour back (a wrong time zone put right): the edits after it looked older than the backup."""
    import os
    import time

    made = bk.make_backup(lib, "close").path
    hour_ahead = time.time() + 3600
    os.utime(made, (hour_ahead, hour_ahead))
    lib.highlights.add(lib.db.execute("SELECT id FROM articles ORDER BY id LIMIT 1").fetchone()[0], 0, 4)
    closing = bk.backup_on_close(lib)
    assert closing is not None and closing.path != made
