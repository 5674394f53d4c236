"""Help, the version and error lines written where they cannot go: a full disk, a closed stream.

Before the fix `zzreader --help > /dev/full` and `zzreader search --help >&-`
wrote nothing and exited 0 (argparse drops a failed write), `--version` into
either ended in a Python traceback, and a command whose stderr was full too
(`zzreader stats > /dev/full 2>&1`, a usage error with `2> /dev/full`) ended
in a traceback nobody could read, exit 1. Now help and the version that cannot
be written are one line on stderr and exit 2, as any command's output is, and
an error line that cannot be written leaves exit 2 to say it.

Without a display (no DISPLAY, no WAYLAND_DISPLAY, no QT_QPA_PLATFORM on
Linux) the window's start was Qt's five lines and an abort (exit 134);
it is now one line and exit 1.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import zzreader.__main__ as entry
from tests.reliability.helpers import ROOT, cli, env, seeded_library

pytestmark = pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")


@pytest.fixture(scope="module")
def lib(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("channels") / "lib.sqlite"
    seeded_library(path).close()
    return path


def _run(*args: str | Path, stdout=None, stderr=subprocess.PIPE, close: int | None = None):
    return subprocess.run(
        cli(*args), check=False, cwd=ROOT, env=env(), stdout=stdout, stderr=stderr, text=True, timeout=60,
        preexec_fn=None if close is None else (lambda: os.close(close)),
    )  # fmt: skip


HELPS = [["--help"], ["--version"], ["search", "--help"], ["--lang", "en", "import", "--help"]]


@pytest.mark.parametrize("argv", HELPS, ids=" ".join)
def test_help_or_version_into_a_full_disk_is_one_line_and_exit_2(argv: list[str]) -> None:
    with open("/dev/full", "w") as full:
        done = _run(*argv, stdout=full)
    assert done.returncode == 2, done
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr, done.stderr
    assert "disk is full" in done.stderr or "磁盘已满" in done.stderr


@pytest.mark.parametrize("argv", HELPS, ids=" ".join)
def test_help_or_version_into_a_closed_stdout_is_one_line_and_exit_2(argv: list[str]) -> None:
    done = _run(*argv, close=1)
    assert done.returncode == 2, done
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr, done.stderr


@pytest.mark.parametrize("argv", [["stats"], ["search", "株洲"], ["search", "x", "--limit", "z"],
                                  ["history", "99999"], ["--help"]], ids=" ".join)
def test_nowhere_to_write_at_all_is_exit_2_without_a_traceback(lib: Path, argv: list[str]) -> None:
    with open("/dev/full", "w") as full:
        done = _run("--library", lib, *argv, stdout=full, stderr=full)
    assert done.returncode == 2, done


def test_help_to_a_terminal_or_pipe_is_unchanged() -> None:
    done = _run("--version", stdout=subprocess.PIPE)
    assert done.returncode == 0 and done.stdout.startswith("zzreader ") and done.stderr == ""


@pytest.mark.parametrize(("environ", "platform", "refused"), [
    ({}, "linux", True),
    ({"DISPLAY": ":0"}, "linux", False),
    ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
    ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
    ({}, "freebsd14", True),
    ({}, "darwin", False),
    ({}, "win32", False),
])
def test_no_display_is_told_before_qt_aborts(environ: dict[str, str], platform: str, refused: bool) -> None:
    said = entry._no_display(environ, platform)
    assert (said is not None) == refused
    if said:
        assert "\n" not in said and "DISPLAY" in said


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a Linux session without a display")
def test_the_window_without_a_display_is_one_line_and_exit_1(lib: Path) -> None:
    bare = {k: v for k, v in env().items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run(cli("--library", lib), check=False, cwd=ROOT, env=bare, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 1, done
    assert done.stderr.count("\n") == 1 and "DISPLAY" in done.stderr, done.stderr
