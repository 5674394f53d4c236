"""Resource limits a script or a laptop's shell sets (`ulimit`): the commands still work or say why.

Found by running every command under RLIMIT_NOFILE 8–32, RLIMIT_AS 120–500 MB,
RLIMIT_DATA 60–150 MB, RLIMIT_FSIZE 10 KB–1 MB, RLIMIT_CPU and refused forks.
Each read of an issue file set 64 MB aside (its size limit) before reading, so
an import under `ulimit -d 150000` ended in a MemoryError traceback; numpy's
OpenBLAS, unable to start its threads under `ulimit -v`, raised SIGINT, so the
import said "Interrupted" (exit 130) with no one at the keys; a refused fork
of the parse workers ended the whole import; a memory cap made the workers'
feeder thread fail where nothing could report it and the import wait for ever;
and the kernel's SIGXCPU at `ulimit -t` dumped core without a word.
"""

from __future__ import annotations

import resource
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability.helpers import ROOT, call_cli, cli, copy_archive, env, seeded_library
from zzreader.core import importer
from zzreader.core.store import open_library

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX resource limits")


@pytest.fixture(scope="module")
def lib(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("limits") / "lib.sqlite"
    seeded_library(path).close()
    return path


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dumps")
    copy_archive(out, 40)
    return out


def _limited(limits: list[tuple[int, tuple[int, int]]], *args: str | Path) -> subprocess.CompletedProcess[str]:
    def apply() -> None:
        for which, values in limits:
            resource.setrlimit(which, values)

    return subprocess.run(
        cli(*args), cwd=ROOT, env=env(), capture_output=True, text=True, timeout=300, preexec_fn=apply,
    )  # fmt: skip


def _issues(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return conn.execute("SELECT count(*) FROM issues").fetchone()[0]


def test_an_import_under_a_data_limit_reads_each_file_by_its_size(lib: Path, folder: Path, tmp_path: Path) -> None:
    target = tmp_path / "lib.sqlite"
    target.write_bytes(lib.read_bytes())
    done = _limited([(resource.RLIMIT_DATA, (150 << 20, 150 << 20))], "--library", target, "import", folder)
    assert done.returncode == 0, done.stderr[-800:]
    assert "Traceback" not in done.stderr and "MemoryError" not in done.stderr
    assert _issues(target) == 5 + 40


def test_an_import_under_an_address_space_limit_is_not_interrupted(lib: Path, folder: Path, tmp_path: Path) -> None:
    """OpenBLAS started a thread per core as numpy loaded; refused, it raised SIGINT."""
    target = tmp_path / "lib.sqlite"
    target.write_bytes(lib.read_bytes())
    done = _limited([(resource.RLIMIT_AS, (300 << 20, 300 << 20))], "--library", target, "import", folder)
    assert done.returncode == 0, done.stderr[-800:]
    assert "Interrupted" not in done.stderr and "OpenBLAS" not in done.stderr
    assert _issues(target) == 5 + 40


def test_the_cpu_time_limit_stops_an_import_in_one_line(lib: Path, folder: Path, tmp_path: Path) -> None:
    target = tmp_path / "lib.sqlite"
    target.write_bytes(lib.read_bytes())
    # SIGXCPU at one second of CPU time, SIGKILL at thirty: the import needs several.
    done = _limited([(resource.RLIMIT_CPU, (1, 30))], "--library", target, "--lang", "en", "import", folder)
    assert done.returncode == 128 + 24, (done.returncode, done.stderr[-800:])
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert lines == ["The CPU time limit (ulimit -t) was reached; stopped"], done.stderr[-800:]
    assert 5 <= _issues(target) < 5 + 40  # what was stored stays, sound


def test_refused_worker_processes_leave_the_import_to_this_thread(
    lib: Path, folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`ulimit -u` (or a full process table): the first fork said "Resource temporarily
    unavailable" and the whole import ended on it."""
    import errno
    import multiprocessing.process

    def refused(self: object) -> None:
        raise BlockingIOError(errno.EAGAIN, "Resource temporarily unavailable")

    monkeypatch.setattr(multiprocessing.process.BaseProcess, "start", refused)
    target = tmp_path / "lib.sqlite"
    target.write_bytes(lib.read_bytes())
    library = open_library(target)
    try:
        report = importer.import_paths(library, [folder], workers=2)
    finally:
        library.close()
    assert not report.failed, report.failed[:3]
    assert _issues(target) == 5 + 40


def test_a_memory_cap_parses_in_this_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    """Under `ulimit -v 120000` the workers' feeder thread ran out of memory unseen and the import hung."""
    real = resource.getrlimit
    monkeypatch.setattr(
        resource, "getrlimit",
        lambda which: (120 << 20, resource.RLIM_INFINITY) if which == resource.RLIMIT_AS else real(which),
    )  # fmt: skip
    monkeypatch.setattr(importer.os, "cpu_count", lambda: 8)
    assert importer._pool_size(500, None) == 0


def test_running_out_of_memory_is_one_line(lib: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from zzreader.core import article_export

    def no_memory(*args: object, **kwargs: object) -> None:
        raise MemoryError

    monkeypatch.setattr(article_export, "write", no_memory)
    code, out, err = call_cli(capsys, "--library", str(lib), "--lang", "en", "export", "articles")
    assert code == 1
    assert err.strip().splitlines() == ["Not enough memory to finish"], err


@pytest.mark.parametrize("args", [("backup",), ("compact",)])
def test_a_file_size_limit_is_named_not_taken_for_a_disk_fault(lib: Path, tmp_path: Path, args: tuple[str, ...]) -> None:
    """`ulimit -f`: SQLite's "disk I/O error" and the system's "File too large" were "a disk read or
    write failed" / "the file is too big", sending the user to a disk that is sound."""
    target = tmp_path / "lib.sqlite"
    target.write_bytes(lib.read_bytes())
    limit = target.stat().st_size // 2  # the library opens and reads; a whole copy of it cannot be written
    done = _limited([(resource.RLIMIT_FSIZE, (limit, limit))], "--library", target, "--lang", "en", *args)
    assert done.returncode == 1, (done.returncode, done.stderr[-500:])
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    # compact first says its automatic backup could not be made (a "!" notice), then why it stopped
    assert all("ulimit -f" in line for line in lines) and len(lines) <= 2, done.stderr[-500:]
    assert "disk read or write failed" not in done.stderr
    with sqlite3.connect(target) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert _issues(target) == 5  # sound, and all there
