"""An output named on the command line that is not a regular file: written in place, never waited on forever.

`--output` may name a FIFO on purpose (another program reads it). One that
no program reads would block the open for good; it is refused at once with
one line instead, and the FIFO stays a FIFO.
"""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from tests.reliability.helpers import call_cli, seeded_library


@pytest.fixture(scope="module")
def lib_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("outputs") / "lib.sqlite"
    with seeded_library(path) as library:
        library.highlights.add(1, 0, 4, note="湘江边的批注")
    return path


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
@pytest.mark.parametrize("argv", [
    ["export", "annotations", "--format", "json"],
    ["export", "annotations", "--format", "csv"],
    ["export", "articles"],
    ["cite", "1"],
])  # fmt: skip
def test_a_fifo_nobody_reads_is_one_line_not_a_hang(
    argv: list[str], lib_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    fifo = tmp_path / "out.json"
    os.mkfifo(fifo)
    if argv[0] == "cite":
        argv = [*argv, "--output", str(fifo)] if "--output" in _help(capsys, "cite") else None
        if argv is None:
            pytest.skip("cite prints to standard output only")
    else:
        argv = [*argv, "--output", str(fifo)]
    code, out, err = call_cli(capsys, "--library", str(lib_path), *argv)
    assert code == 2, err
    assert len(err.strip().splitlines()) == 1 and "named pipe" in err and "Traceback" not in err
    assert stat.S_ISFIFO(fifo.stat().st_mode)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_fifo_a_program_reads_gets_the_export(lib_path: Path, tmp_path: Path, capsys) -> None:
    fifo = tmp_path / "out.csv"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    try:
        for _ in range(200):  # the reader's open must come first
            code, out, err = call_cli(capsys, "--library", str(lib_path), "export", "annotations",
                                      "--format", "csv", "--output", str(fifo))  # fmt: skip
            if code == 0:
                break
            threading.Event().wait(0.01)
    finally:
        reader.join(timeout=10)
    assert code == 0, err
    assert "湘江边的批注" in got[0].decode("utf-8-sig")


def _help(capsys: pytest.CaptureFixture, command: str) -> str:
    code, out, err = call_cli(capsys, command, "--help")
    return out
