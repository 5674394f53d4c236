"""While another process compacts the library, its writes are refused at once; reading goes on.

A compact holds the library's write lock for as long as VACUUM runs (minutes
on decades of issues). Another process's write waited the whole busy timeout
and failed, once per file of a queued import (three files: 92 s), and a second
compact did the same, while a restore was refused at once. Now a compact
holds a marker beside the library (core/compacting.py): a write, a second
compact and a restore from another process are refused in one line naming
the compacting process; a search and `stats` still answer; a marker a killed
compact left (nobody holds its lock) is no compact.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import table_dump
from tests.reliability.helpers import call_cli, env, seeded_library
from zzreader.core import compacting

HOLDER = """
import sqlite3, sys
from zzreader.core import compacting
with compacting.marked(sys.argv[1]) as running:
    assert running is None
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")  # what VACUUM holds
    print("ready", flush=True)
    sys.stdin.read()
    conn.execute("ROLLBACK")
"""


@pytest.fixture
def library(tmp_path: Path) -> Path:
    path = tmp_path / "lib.sqlite"
    seeded_library(path).close()
    return path


def test_writes_elsewhere_are_refused_at_once_and_reads_go_on(capsys, library: Path, tmp_path: Path) -> None:
    issue = tmp_path / "new.txt"
    issue.write_text("株洲日报 2021年3月4日 第12345期\n\n新闻标题\n\n这是一段新写的正文，供导入用。\n", encoding="utf-8")
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(library)], env=env(), text=True,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        assert compacting.holder(library) == child.pid
        (tmp_path / "link.sqlite").symlink_to(library)
        assert compacting.holder(tmp_path / "link.sqlite") == child.pid  # the same file by another name
        before = table_dump(library)
        for argv in (["highlight", "1", "医保"], ["compact"], ["import", str(issue)], ["restore", "1"]):
            code, out, err = call_cli(capsys, "--lang", "en", "--library", str(library), *argv)
            assert code == 1, (argv, code, err)
            said = out + err  # `import` reports each file in its summary on stdout
            assert "being compacted by another" in said and f"process {child.pid}" in said, (argv, out, err)
            assert "Traceback" not in said and "locked" not in said
        code, out, err = call_cli(capsys, "--library", str(library), "search", "医保", "--limit", "1")
        assert code == 0 and "(#" in out, err
        assert table_dump(library) == before
    finally:
        assert child.stdin is not None
        child.stdin.close()
        child.wait(timeout=30)
    assert not compacting.mark_path(library).exists()
    code, out, err = call_cli(capsys, "--library", str(library), "highlight", "1", "医保")
    assert code == 0, err


def test_a_marker_nobody_holds_is_no_compact(capsys, library: Path) -> None:
    compacting.mark_path(library).write_text("999999")  # left by a compact that was killed
    assert compacting.holder(library) is None
    code, _out, err = call_cli(capsys, "--library", str(library), "highlight", "1", "医保")
    assert code == 0, err
    code, _out, err = call_cli(capsys, "--library", str(library), "compact")
    assert code == 0, err
    assert not compacting.mark_path(library).exists()  # taken over and removed


def test_this_processs_own_compact_is_waited_for_not_refused(library: Path) -> None:
    """The window compacts in one of its own threads; its edits wait (gui/write_gate.py), as before."""
    with compacting.marked(library) as running:
        assert running is None
        assert compacting.holder(library) is not None
        with compacting.marked(library) as second:  # a second compact is refused, even here
            assert second is not None
