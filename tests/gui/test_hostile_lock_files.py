"""The window's start lock in the cache folder, when something else stands at its name.

Before: QLockFile reads a lock that is already there to learn its holder. A FIFO made at the
lock's name (`~/.cache/zzreader/windows/NAME.lock`) kept the window from ever appearing (the
read waits for a writer), and so did a link to /dev/zero or a 3 GB file (read whole). Now only
a small regular file is taken for a lock; anything else counts as a lock that cannot be made,
as for a folder that cannot be written, and the window opens (gui/single_instance.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="FIFOs, /dev/zero and XDG_CACHE_HOME are Linux's")

NAME = "zzreader-0123456789abcdef0123"
CALL = (
    "from zzreader.gui import single_instance\n"
    f"lock, busy = single_instance.start_lock({NAME!r})\n"
    "print(lock is not None, busy)\n"
)


def _start_lock(cache: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, XDG_CACHE_HOME=str(cache), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-c", CALL], capture_output=True, text=True, env=env, timeout=30)


@pytest.mark.parametrize("kind", ["fifo", "link to /dev/zero", "3 GB file"])
def test_what_stands_at_the_lock_name_never_stops_the_start(tmp_path: Path, kind: str) -> None:
    place = tmp_path / "zzreader" / "windows" / f"{NAME}.lock"
    place.parent.mkdir(parents=True)
    if kind == "fifo":
        os.mkfifo(place)
    elif kind == "link to /dev/zero":
        place.symlink_to("/dev/zero")
    else:
        with open(place, "wb") as f:
            f.truncate(3 * 1024**3)
    run = _start_lock(tmp_path)  # waited for ever (the test's 30 s ran out)
    assert run.returncode == 0 and run.stdout.split() == ["False", "False"], run.stderr[-400:]
    assert place.is_symlink() or place.exists()  # left as it was
    place.unlink()
    killed = CALL + "import os, signal\nos.kill(os.getpid(), signal.SIGKILL)\n"  # a window that died holding it
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    subprocess.run([sys.executable, "-c", killed], capture_output=True, env=env, timeout=30)
    assert place.is_file()
    assert _start_lock(tmp_path).stdout.split()[0] == "True"  # a dead window's lock is still taken over
