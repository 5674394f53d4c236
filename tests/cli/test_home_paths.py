"""`~nosuchuser/…` as a library, a backup or in ZZREADER_LIBRARY: one line and exit 2, not a traceback.

`Path.expanduser()` raises RuntimeError when the user after `~` has no home
folder; `zzreader --library ~nosuchuser/lib.sqlite stats` printed Python's
traceback, and so did the window's start and `restore`. The path is now
refused as bad input with the reason, and nothing is created anywhere.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reliability.helpers import call_cli, seeded_library
from zzreader import __main__ as entry

NOBODY = "~zz_no_such_user_4242/lib.sqlite"


@pytest.mark.parametrize("argv", [("stats",), ("search", "株洲"), ("export", "articles"), ()])
def test_a_library_under_an_unknown_home_is_bad_input(argv: tuple[str, ...], tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    code = entry.main(["--library", NOBODY, *argv])
    err = capsys.readouterr().err
    assert code == 2 and "Cannot expand ~zz_no_such_user_4242" in err and len(err.strip().splitlines()) == 1, err
    assert list(tmp_path.iterdir()) == []  # no folder named after the word was made


def test_the_environment_variable_is_checked_the_same_way(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("ZZREADER_LIBRARY", NOBODY)
    assert entry.main(["search", "株洲"]) == 2
    assert "Cannot expand" in capsys.readouterr().err


def test_a_backup_under_an_unknown_home_is_bad_input(tmp_path: Path, capsys) -> None:
    lib = tmp_path / "lib.sqlite"
    seeded_library(lib).close()
    before = lib.read_bytes()
    code, _out, err = call_cli(capsys, "--library", str(lib), "restore", "~zz_no_such_user_4242/b.sqlite")
    assert code == 2 and "Cannot expand" in err and len(err.strip().splitlines()) == 1, err
    assert lib.read_bytes() == before
