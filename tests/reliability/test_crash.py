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
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.core.annotation_fixtures import annotation_state as annotation_rows
from tests.reliability.helpers import (
    cli,
    consistency_problems,
    copy_archive,
    count_rows,
    env,
    seeded_library,
    wait_for,
)
from zzreader.core.store import Library, open_library

ISSUES = 60
IMPORT_KILL_POINTS = (4, 15, 30)  # issues committed by this run before the kill
WRITE_KILL_POINTS = (20, 60, 90)  # acknowledged highlights before the kill


def _kill(proc: subprocess.Popen) -> None:
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)


def _session(sid: int) -> list[int]:
    """Live processes of session `sid` (Linux /proc), the killed one excluded."""
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid = int(stat.parent.name)
        if int(fields[3]) == sid and fields[0] != "Z" and pid != sid:
            out.append(pid)
    return out


def _kill_main_only(proc: subprocess.Popen) -> list[int]:
    """SIGKILL the importing process alone (as the OOM killer would); its parse
    workers (and a fork server) must then exit by themselves. Returns the
    processes of its session still alive after 10 s (and kills them)."""
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    deadline = time.monotonic() + 10
    while _session(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = _session(proc.pid)
    for pid in left:  # don't leave them behind whatever the outcome
        os.kill(pid, signal.SIGKILL)
    return left


THREADED_IMPORTER = """
import sys, threading, time
from zzreader.core.importer import import_paths
from zzreader.core.store import open_library
if __name__ == "__main__":
    threading.Thread(target=time.sleep, args=(600,), daemon=True).start()  # as in the window
    import_paths(open_library(sys.argv[1]), [sys.argv[2]])
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_parse_workers_of_a_threaded_importer_exit_when_it_is_killed(tmp_path: Path) -> None:
    """The window imports from a process with threads: workers come from a fork server."""
    lib_path = tmp_path / "library.sqlite"
    copy_archive(tmp_path / "archive", 40)
    proc = subprocess.Popen(
        [sys.executable, "-c", THREADED_IMPORTER, str(lib_path), str(tmp_path / "archive")],
        cwd=ROOT, env=env(), start_new_session=True,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    wait_for(lambda: count_rows(lib_path, "SELECT count(*) FROM issues") >= 5 or proc.poll() is not None)
    assert proc.poll() is None
    assert len(_session(proc.pid)) >= 2  # a fork server and a worker at least
    assert _kill_main_only(proc) == []
    with open_library(lib_path) as library:
        assert consistency_problems(library) == []


def _annotate(library: Library) -> None:
    """Earlier work that a crash must not touch."""
    ids = [r[0] for r in library.db.execute("SELECT id FROM articles ORDER BY id LIMIT 3")]
    library.highlights.add(ids[0], 0, 4, note="早先的批注 / earlier note", tags=["人物"])
    library.highlights.add(ids[1], 2, 6, color="green")
    library.tags.set_for_article(ids[2], ["医保", "民生"])
    c = library.collections.create("专题").value
    library.collections.add_articles(c.id, ids)


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
        if point == IMPORT_KILL_POINTS[1] and sys.platform.startswith("linux"):
            assert _kill_main_only(proc) == [], "parse workers outlived the killed import"
        else:
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
            assert library.journal.status().undo is not None  # the journal survived too
    assert len(acknowledged) >= sum(WRITE_KILL_POINTS)
