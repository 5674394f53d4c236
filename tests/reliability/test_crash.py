"""Crashes: SIGKILL an import and an annotation writer part-way, then check nothing is lost.

The kill is made deterministic by watching the library read-only (issues
committed) or the child's acknowledgements (one line per committed write)
and killing the whole process group (the import's parse workers too) once a
chosen point is passed. Each test kills more than once before letting the
work finish, so the library must recover from a crash on top of a crash.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from tests.core.annotation_fixtures import annotation_state as annotation_rows
from tests.conftest import ROOT
from tests.reliability.helpers import (
    cli,
    consistency_problems,
    copy_archive,
    count_rows,
    env,
    seeded_library,
    wait_for,
)
from zzreader.core import annotations as an
from zzreader.core.store import Library, open_library

ISSUES = 60
IMPORT_KILL_POINTS = (4, 15, 30)  # issues committed by this run before the kill
WRITE_KILL_POINTS = (20, 60, 90)  # acknowledged highlights before the kill


def _kill(proc: subprocess.Popen) -> None:
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)


def _annotate(library: Library) -> None:
    """Earlier work that a crash must not touch."""
    ids = [r[0] for r in library.db.execute("SELECT id FROM articles ORDER BY id LIMIT 3")]
    an.add_highlight(library, ids[0], 0, 4, note="早先的批注 / earlier note", tags=["人物"])
    an.add_highlight(library, ids[1], 2, 6, color="green")
    an.set_article_tags(library, ids[2], ["医保", "民生"])
    c = an.create_collection(library, "专题")
    an.add_to_collection(library, c.id, ids)


def test_import_killed_three_times_leaves_whole_issues_and_then_completes(tmp_path: Path) -> None:
    lib_path = tmp_path / "library.sqlite"
    with seeded_library(lib_path) as library:
        _annotate(library)
        before = annotation_rows(library)
        seeded = library.stats().issues
    copy_archive(tmp_path / "archive", ISSUES)
    command = cli("--library", lib_path, "import", tmp_path / "archive", "--json")

    def issues() -> int:
        return count_rows(lib_path, "SELECT count(*) FROM issues")

    for point in IMPORT_KILL_POINTS:
        start = issues()
        proc = subprocess.Popen(
            command, cwd=ROOT, env=env(), start_new_session=True,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        wait_for(lambda: issues() >= start + point or proc.poll() is not None, timeout=60)
        assert proc.poll() is None, "the import finished before it could be killed"
        _kill(proc)
        with open_library(lib_path) as library:
            assert consistency_problems(library) == []
            assert annotation_rows(library) == before
            assert seeded + point <= library.stats().issues < seeded + ISSUES

    done = subprocess.run(command, cwd=ROOT, env=env(), capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)["summary"]
    assert summary["failed"] == 0
    assert summary["imported"] + summary["unchanged"] == ISSUES and summary["unchanged"] >= 49
    with open_library(lib_path) as library:
        assert library.stats().issues == seeded + ISSUES
        assert consistency_problems(library) == []
        assert annotation_rows(library) == before


def test_annotation_writer_killed_keeps_every_acknowledged_write(tmp_path: Path) -> None:
    lib_path = tmp_path / "library.sqlite"
    with seeded_library(lib_path) as library:
        _annotate(library)
        earlier = {r[0] for r in library.db.execute("SELECT id FROM highlights")}
    acknowledged: set[str] = set()
    for point in WRITE_KILL_POINTS:
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.child", "highlights", str(lib_path)],
            cwd=ROOT, env=env(), start_new_session=True,
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )  # fmt: skip
        assert proc.stdout is not None
        for line in proc.stdout:
            item = json.loads(line)
            if "id" in item:
                acknowledged.add(item["id"])
                if item["n"] >= point:
                    break
        _kill(proc)
        # Lines the child wrote before it died are acknowledgements too.
        # (A line cut short by the kill was never a complete acknowledgement.)
        acknowledged |= {
            json.loads(x)["id"] for x in proc.stdout.read().splitlines() if x.endswith("}") and '"id"' in x
        }
        with open_library(lib_path) as library:
            assert consistency_problems(library) == []
            stored = {r[0] for r in library.db.execute("SELECT id FROM highlights")} - earlier
            # Every acknowledged write is there; at most one more (committed,
            # killed before it could print) per kill.
            assert acknowledged <= stored
            assert len(stored - acknowledged) <= len(WRITE_KILL_POINTS)
            incomplete = library.db.execute(
                "SELECT count(*) FROM highlights WHERE exact IS NULL OR start IS NULL "
                "OR text_hash IS NULL OR created IS NULL"
            ).fetchone()[0]
            assert incomplete == 0
            assert earlier <= {r[0] for r in library.db.execute("SELECT id FROM highlights")}
            assert an.undo_status(library).undo is not None  # the journal survived too
    assert len(acknowledged) >= sum(WRITE_KILL_POINTS)
