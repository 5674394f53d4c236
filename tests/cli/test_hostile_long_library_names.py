"""A library whose name fills nearly all of a file name's 255 bytes.

An 80-character Chinese name (247 bytes with `.sqlite`) is a valid library,
but every backup name adds a time, a reason and `.partial` to it: `backup`
failed with "file name too long", and every other command warned that it
could not back up. Backup names now cut the stem to fit and add a digest of
the whole name (core/backup_names.py), so two such libraries in one folder
keep their backups apart.
"""

from __future__ import annotations

import shutil

from tests.reliability.helpers import call_cli, seeded_library


def test_a_library_with_a_very_long_name_is_backed_up_listed_and_restored(tmp_path, capsys) -> None:
    name = "株洲日报" * 20 + ".sqlite"
    assert len(name.encode()) == 247
    path = tmp_path / name
    seeded_library(path).close()
    code, out, err = call_cli(capsys, "--library", str(path), "stats")
    assert code == 0 and err == ""  # no "could not back up" warning
    code, out, err = call_cli(capsys, "--library", str(path), "backup")
    assert code == 0, err
    code, out, err = call_cli(capsys, "--library", str(path), "backup", "--list")
    assert code == 0 and len([line for line in out.splitlines() if "sqlite" in line]) >= 1, out
    code, out, err = call_cli(capsys, "--library", str(path), "restore", "1")
    assert code == 0, err
    assert all(len(p.name.encode()) <= 255 for p in (tmp_path / "backups").iterdir())


def test_two_long_names_that_share_a_beginning_keep_their_backups_apart(tmp_path, capsys) -> None:
    first = tmp_path / ("株洲日报" * 20 + ".sqlite")
    second = tmp_path / ("株洲日报" * 19 + "湘江晚报.sqlite")
    seeded_library(first).close()
    shutil.copy(first, second)
    for path in (first, second):
        code, _out, err = call_cli(capsys, "--library", str(path), "backup")
        assert code == 0, err
    lists = []
    for path in (first, second):
        code, out, _err = call_cli(capsys, "--library", str(path), "backup", "--list")
        lists.append({line.split()[-1] for line in out.splitlines() if "sqlite" in line})
    assert lists[0] and lists[1] and not lists[0] & lists[1]
