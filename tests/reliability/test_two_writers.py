"""Two writers: annotations written from a second process while the CLI imports.

Stands in for the reader window (which writes highlights while a terminal
runs `zzreader import`). Both must finish, no "database is locked" may reach
either user, and every acknowledged write must be in the library.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT
from tests.reliability.helpers import (
    cli,
    consistency_problems,
    copy_archive,
    count_rows,
    env,
    wait_for,
    seeded_library,
)
from zzreader.core.store import open_library

ISSUES = 40
MIN_WRITES = 150


def test_annotations_and_a_cli_import_both_finish_and_lose_nothing(tmp_path: Path) -> None:
    lib_path = tmp_path / "library.sqlite"
    seeded_library(lib_path).close()
    seeded = count_rows(lib_path, "SELECT count(*) FROM issues")
    copy_archive(tmp_path / "archive", ISSUES)
    stop = tmp_path / "import-finished"
    writer_out, writer_err = tmp_path / "writer.out", tmp_path / "writer.err"

    # The writer's output goes to files: an unread pipe would fill up and
    # block it in print(), which would look like a lock wait.
    with writer_out.open("w") as out, writer_err.open("w") as err:
        writer = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.child", "highlights", str(lib_path),
             "--until", str(stop), "--min", str(MIN_WRITES)],
            cwd=ROOT, env=env(), stdout=out, stderr=err, text=True,
        )  # fmt: skip
    wait_for(lambda: '"id"' in writer_out.read_text() or writer.poll() is not None)
    written_at_import_start = count_rows(lib_path, "SELECT count(*) FROM highlights")
    importer = subprocess.Popen(
        cli("--library", lib_path, "import", tmp_path / "archive", "--json"),
        cwd=ROOT, env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    import_out, import_err = importer.communicate(timeout=120)
    written_at_import_end = count_rows(lib_path, "SELECT count(*) FROM highlights")
    stop.touch()
    writer.wait(timeout=120)
    write_out, write_err = writer_out.read_text(), writer_err.read_text()

    assert importer.returncode == 0, import_err
    assert writer.returncode == 0, write_err
    assert "locked" not in import_out + import_err + write_out + write_err
    report = json.loads(import_out)
    assert report["summary"]["imported"] == ISSUES and report["summary"]["failed"] == 0

    lines = [json.loads(line) for line in write_out.splitlines()]
    # The writer wrote before the import started and stopped only after it
    # ended; count the writes committed between the import's first and last issue.
    interleaved = sum(1 for x in lines if seeded < x.get("issues", seeded) < seeded + ISSUES)
    assert written_at_import_end > written_at_import_start and interleaved > 0
    acknowledged = {x["id"] for x in lines if "id" in x}
    assert lines[-1]["done"] == len(acknowledged) >= MIN_WRITES

    with open_library(lib_path) as library:
        stored = {
            r[0]
            for r in library.db.execute("SELECT id FROM highlights WHERE note LIKE 'reliability %'")
        }
        assert stored == acknowledged
        assert library.stats().issues == seeded + ISSUES
        assert consistency_problems(library) == []
    print(f"\ntwo writers: {ISSUES} issues imported; {len(acknowledged)} highlight writes, "
          f"{interleaved} of them between the import's first and last issue; none lost")
