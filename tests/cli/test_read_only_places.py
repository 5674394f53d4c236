"""Writing commands aimed at places that cannot be written: one line, exit 2, nothing half-written.

A read-only folder (by permissions, or a place even root cannot write such
as /sys), a full disk (/dev/full), a path through a file: every export,
citation file and trend CSV says so on one line, in both languages, naming
the file the user gave (not the hidden partial file). A target that is not
a regular file (a FIFO, a link) is written through, never replaced.
"""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from tests.reliability.helpers import seeded_library
from zzreader import cli

WRITERS = (["export", "articles", "--output"], ["export", "corrections", "--output"],
           ["export", "annotations", "--format", "csv", "--output"], ["cite", "1", "--output"],
           ["trend", "株洲", "--csv"])  # fmt: skip


@pytest.fixture(scope="module")
def lib_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ro") / "lib.sqlite"
    seeded_library(path).close()
    return path


def _run(capsys: pytest.CaptureFixture, lib: Path, *argv: str) -> tuple[int, str]:
    code = cli.main(["--library", str(lib), *argv])
    return code, capsys.readouterr().err


def _unwritable_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    if os.access(folder, os.W_OK):  # root: permissions do not bind; /sys refuses even root
        folder.chmod(0o755)
        if not os.path.isdir("/sys") or os.access("/sys", os.W_OK) and _writable("/sys"):
            pytest.skip("no folder here refuses a write")
        return Path("/sys")
    return folder


def _writable(folder: str) -> bool:
    try:
        with open(os.path.join(folder, ".zz-probe"), "w"):
            pass
    except OSError:
        return False
    os.unlink(os.path.join(folder, ".zz-probe"))
    return True


@pytest.mark.parametrize("argv", WRITERS, ids=lambda a: " ".join(a[:2]))
def test_an_unwritable_folder_is_one_line_naming_the_file(
    argv: list[str], lib_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    folder = _unwritable_folder(tmp_path)
    target = folder / "导出.txt"
    code, err = _run(capsys, lib_path, *argv, str(target))
    assert code == 2, err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    assert str(target) in err and ".part" not in err and " / " in err, err  # named, in both languages
    assert not target.exists()


@pytest.mark.parametrize("argv", WRITERS, ids=lambda a: " ".join(a[:2]))
def test_a_full_disk_and_a_path_through_a_file(
    argv: list[str], lib_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    if os.path.exists("/dev/full"):
        code, err = _run(capsys, lib_path, *argv, "/dev/full")
        assert code == 2 and "disk is full" in err and len(err.strip().splitlines()) == 1, err
        assert stat.S_ISCHR(os.stat("/dev/full").st_mode)  # written through, never replaced
    (tmp_path / "a-file").write_text("株洲", encoding="utf-8")
    code, err = _run(capsys, lib_path, *argv, str(tmp_path / "a-file" / "out.txt"))
    assert code == 2 and "not a folder" in err and ".part" not in err, err


def test_a_fifo_and_a_link_are_written_through(lib_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    threading.Event().wait(0.2)  # the reader is in open(): a FIFO no one reads is refused (core/atomic_file.py)
    code, err = _run(capsys, lib_path, "trend", "株洲", "--csv", str(fifo))
    reader.join(10)
    assert code == 0, err
    assert stat.S_ISFIFO(os.stat(fifo).st_mode) and "株洲".encode() in got[0]
    real = tmp_path / "real.txt"
    real.write_text("旧", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    code, err = _run(capsys, lib_path, "cite", "1", "--output", str(link))
    assert code == 0, err
    assert link.is_symlink() and real.read_text(encoding="utf-8") != "旧"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.txt", "pipe.csv", "real.txt"]
