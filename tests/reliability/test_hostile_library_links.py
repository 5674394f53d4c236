"""A library reached through a link: one file, one log, or not opened at all.

SQLite names a library's log after the name it was opened by. Through a hard
link (two names, one file) a library got two logs, and neither saw the
other's changes: a highlight saved through one name while the other name's
log still held changes (left by a crash) was lost when the other name was
opened again. A hard-linked library is now refused in one line, untouched;
a symbolic link is followed to the one file, so every write survives.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.reliability.helpers import call_cli, env, seeded_library
from zzreader.core.safe_open import UntrustedFileError
from zzreader.core.store import open_library

# Add a highlight through one name; "crash" leaves its log unwritten back, as a killed process does.
STEP = (
    "import os, sys\n"
    "from zzreader.core.store import open_library\n"
    "lib = open_library(sys.argv[1])\n"
    "lib.db.execute('PRAGMA wal_autocheckpoint = 0')\n"
    "lib.highlights.add(3, 0, 4, note=sys.argv[2])\n"
    "if sys.argv[3] == 'crash':\n"
    "    os._exit(0)\n"
    "lib.close()\n"
)


def _step(path: Path, note: str, how: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", STEP, str(path), note, how], check=False, cwd=ROOT, env=env(),
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def library(tmp_path: Path) -> Path:
    path = tmp_path / "lib.sqlite"
    seeded_library(path).close()
    return path


def _state(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_a_hard_linked_library_is_refused_untouched(library: Path, capsys) -> None:
    alias = library.with_name("alias.sqlite")
    os.link(library, alias)
    before = _state(library.parent)
    for name in (library, alias):
        with pytest.raises(UntrustedFileError) as caught:
            open_library(name)
        assert "hard link" in str(caught.value) and "\n" not in str(caught.value)
        for argv in (["search", "株洲"], ["stats"], ["highlight", "3", "株洲"]):
            code, out, err = call_cli(capsys, "--lang", "en", "--library", str(name), *argv)
            assert code == 1 and not out and len(err.strip().splitlines()) == 1 and "hard link" in err, (argv, err)
    assert _state(library.parent) == before


def test_every_write_through_a_symbolic_link_and_its_target_survives(library: Path) -> None:
    link = library.with_name("link.sqlite")
    link.symlink_to(library.name)
    for path, note, how in ((link, "经链接", "crash"), (library, "经原名", "close"), (link, "再经链接", "close")):
        result = _step(path, note, how)
        assert result.returncode == 0, result.stderr
    with open_library(library) as lib:
        notes = [n for (n,) in lib.db.execute("SELECT note FROM highlights ORDER BY id")]
        assert lib.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert sorted(notes) == sorted(["经链接", "经原名", "再经链接"])


def test_restoring_into_a_hard_linked_library_changes_nothing(library: Path, capsys) -> None:
    code, _, err = call_cli(capsys, "--lang", "en", "--library", str(library), "backup")
    assert code == 0, err
    os.link(library, library.with_name("twin.sqlite"))
    before = _state(library.parent)
    backups = sorted(p.name for p in (library.parent / "backups").iterdir())
    code, out, err = call_cli(capsys, "--lang", "en", "--library", str(library), "restore", "1")
    assert not out and code == 1 and len(err.strip().splitlines()) == 1 and "hard link" in err, err
    assert _state(library.parent) == before  # no pre-restore copy was taken either
    assert sorted(p.name for p in (library.parent / "backups").iterdir()) == backups
