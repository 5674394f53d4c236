"""A message that quotes a reason in both languages shows one language, reason included.

Core messages put a system's or SQLite's reason (core/shown.py, itself
"中文 / English") after their own words and often a file's name: "无法备份书库
/ Could not back up the library: a.sqlite: 磁盘只读 / the disk is read-only".
The language pick took the first pair only, so a backup into a read-only or
full folder said "Could not back up the library: …partial: 磁盘只读 / the disk
is read-only" on the command line and in the window. `i18n.pick` now picks
again what it picked (zzreader/i18n.py MAX_NESTED).
"""

from __future__ import annotations

import errno
import os
import re
from pathlib import Path

import pytest

from tests.reliability.helpers import call_cli, seeded_library
from zzreader.core import backup, shown
from zzreader.i18n import pick

HAN = re.compile(r"[\u3400-\u9fff]")
REASONS = sorted(set(shown._OS_REASONS.values()))
FRAMES = (
    "无法备份书库 / Could not back up the library: {reason}",
    "无法备份书库 / Could not back up the library: /srv/书库/.lib.sqlite.25285.partial: {reason}",
    "/srv/a.txt: {reason}",
    "无法导出 / Could not export: 无法写入 / cannot write: out.csv: {reason}",
)


@pytest.mark.parametrize("frame", FRAMES)
@pytest.mark.parametrize("reason", REASONS)
def test_each_language_gets_its_own_half_of_the_reason(frame: str, reason: str) -> None:
    text = frame.format(reason=reason)
    zh_reason, en_reason = reason.split(" / ", 1)
    english, chinese = pick(text, "en"), pick(text, "zh")
    assert english.endswith(en_reason) and " / " not in english.replace("/srv/", "")
    assert chinese.endswith(zh_reason) and en_reason not in chinese


def test_a_picked_message_is_picked_alike_again() -> None:
    for reason in REASONS:
        for frame in FRAMES:
            once = pick(frame.format(reason=reason), "en")
            assert pick(once, "en") == once


@pytest.mark.parametrize("number", [errno.EROFS, errno.EISDIR, errno.EAGAIN])
def test_a_backup_into_a_blocked_folder_says_it_in_one_language(
    capsys, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, number: int
) -> None:
    library = tmp_path / "lib.sqlite"
    seeded_library(library).close()

    def refused(source, partial: Path) -> None:  # what a read-only backups folder answers
        raise OSError(number, os.strerror(number), str(partial))

    monkeypatch.setattr(backup, "_copy_checked", refused)
    code, out, err = call_cli(capsys, "--lang", "en", "--library", str(library), "backup")
    assert not out
    assert code == 1 and len(err.strip().splitlines()) == 1 and not HAN.search(err), err
    code, _out, err = call_cli(capsys, "--lang", "zh", "--library", str(library), "backup")
    assert code == 1 and " / " not in err and "Could not" not in err, err
