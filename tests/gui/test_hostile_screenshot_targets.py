"""`zzreader --screenshot` onto a FIFO, a full device or a folder.

Before: the PNG was saved by Qt straight to the name, so a FIFO no program
reads kept the window open and the command waiting forever, and a failed
write could leave half a picture. Now the picture is made in memory and
written whole (core/atomic_file.py): a FIFO without a reader, /dev/full and
a folder each end with one line and exit 1, a regular file appears only
complete.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _shoot(library_path: Path, target: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ZZREADER_SETTINGS=str(tmp_path / "s.ini"))
    code = (
        "import sys; from zzreader.__main__ import main; "
        f"sys.exit(main(['--library', {str(library_path)!r}, '--screenshot', {str(target)!r}]))"
    )
    return subprocess.run([sys.executable, "-c", code], check=False, cwd=ROOT, env=env, capture_output=True, text=True, timeout=30)


@pytest.mark.parametrize("kind", ["fifo", "full", "folder"])
def test_a_screenshot_onto_no_regular_file_ends_in_one_line(library_path: Path, tmp_path: Path, kind: str) -> None:
    if kind == "fifo":
        target = tmp_path / "pipe"
        os.mkfifo(target)
    elif kind == "full":
        target = Path("/dev/full")
        if not target.exists():
            pytest.skip("no /dev/full here")
    else:
        target = tmp_path / "folder"
        target.mkdir()
    result = _shoot(library_path, target, tmp_path)
    assert result.returncode == 1, result.stderr
    lines = [ln for ln in result.stderr.splitlines() if "截图" in ln]
    assert len(lines) == 1 and " / " in lines[0] and "Traceback" not in result.stderr
    if kind == "fifo":
        assert Path(target).is_fifo()  # still the FIFO, nothing put in its place
    assert not list(tmp_path.glob(".*.part"))
