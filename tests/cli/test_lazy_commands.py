"""A command loads what it does, not what the other commands do.

Every `zzreader` command built its options by importing every command's
modules: `stats` loaded bibtexparser, rispy, the W3C reader, the exporters,
the corrections file and the people index (about 0.1 s of a 0.25 s run).
The options now take their choices from core/choices.py, and each command
imports its work when it runs.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.core.annotation_fixtures import seeded_library
from tests.reliability.helpers import ROOT, env

NOT_FOR_STATS = (
    "bibtexparser", "rispy", "markdown", "zzreader.core.w3c", "zzreader.core.export",
    "zzreader.core.citations", "zzreader.core.corrections_transfer",
    "zzreader.core.discovery.entities", "zzreader.core.discovery.trends",
    "zzreader.core.discovery.issue_calendar",
)  # fmt: skip


def _loaded_after(*args: str) -> set[str]:
    code = (
        "import sys\nfrom zzreader import cli\n"
        f"code = cli.main({list(args)!r})\n"
        "print(code, *sorted(sys.modules), sep='\\n', file=sys.stderr)"
    )
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env(), capture_output=True, text=True, check=True)
    lines = run.stderr.splitlines()
    assert lines[0] == "0", run.stderr
    return set(lines[1:])


def test_stats_loads_no_other_command(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    seeded_library(path).close()
    assert not _loaded_after("--library", str(path), "stats") & set(NOT_FOR_STATS)
    assert "zzreader.core.citations" in _loaded_after("--library", str(path), "cite", "1")
    assert "zzreader.core.discovery.trends" in _loaded_after("--library", str(path), "trend", "株洲")
