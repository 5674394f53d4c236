"""A one-shot `zzreader search` run with its cache folder chosen (tests of what that folder may hold)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

TERM = "株洲市医疗保障局"  # seven Han characters: cut with the word table


def search(library_path: Path, cache: Path | None) -> subprocess.CompletedProcess[str]:
    """Search TERM in `library_path`, its cache folder `cache` (None: the usual one)."""
    env = dict(os.environ, LANG="en_US.UTF-8")
    if cache is not None:
        env["XDG_CACHE_HOME"] = str(cache)
    return subprocess.run(
        [sys.executable, "-m", "zzreader", "--library", str(library_path), "search", TERM, "--limit", "3"],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
