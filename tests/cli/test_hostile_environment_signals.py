"""SIGTERM, SIGHUP and Ctrl+C in the middle of a command: one line, its exit code, nothing half done.

SIGTERM (a `kill`, a logout) and SIGHUP (the terminal closed) ended a command
at once: no line, the shell's -15 or -1, a partial export left behind. A Ctrl+C
or SIGTERM that came while SQLite ran the search's work-budget callback was
dropped by SQLite: a search batch (`search -`) said "Search failed: the
library's structure is not what zzreader wrote (it may be damaged)" and went
on answering. Each signal is sent here by the command to itself at a chosen
moment (inside the search's callback, in the middle of writing an export), so
the moment is the same on every run.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability.helpers import ROOT, env, seeded_library

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")

# The command runs in a child that sends itself SIGNAL when the patched function is first called.
_DRIVER = """
import os, signal, sys
from zzreader.core import {module} as target
signum = getattr(signal, {signal!r})
real = target.{owner}{function}
sent = []
def patched(*args, **kwargs):
    if not sent:
        sent.append(1)
        os.kill(os.getpid(), signum)
    return real(*args, **kwargs)
{assign}
from zzreader.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


def _run_signalled(where: str, signame: str, *args: str | Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    module, _, function = where.partition(":")
    owner, _, name = function.rpartition(".")
    code = _DRIVER.format(
        module=module, signal=signame, owner=f"{owner}." if owner else "", function=name,
        assign=f"target.{owner}.{name} = patched" if owner else f"target.{name} = patched",
    )  # fmt: skip
    return subprocess.run(
        [sys.executable, "-c", code, *map(str, args)], cwd=ROOT, env=env(), input=stdin,
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip


@pytest.fixture(scope="module")
def lib(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("signals") / "lib.sqlite"
    seeded_library(path).close()
    return path


def _one_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    return lines[0]


@pytest.mark.parametrize(
    ("signame", "code", "said"),
    [("SIGINT", 130, "Interrupted"), ("SIGTERM", 143, "Terminated"), ("SIGHUP", 129, "terminal closed")],
)
def test_a_signal_inside_the_search_budget_stops_a_search_batch(lib: Path, signame: str, code: int, said: str) -> None:
    queries = "株洲\n记者\n工作\n" * 50
    done = _run_signalled("search:_Budget.check", signame, "--library", lib, "search", "-", stdin=queries)
    assert done.returncode == code, (done.returncode, done.stderr[-500:])
    line = _one_line(done.stderr)
    assert said in line and "damaged" not in line
    # Stopped at the query the signal came in (SQLite asks the budget only in longer queries):
    # the rest of the 150 were not answered.
    assert done.stdout.count(" hits, ") < 150


@pytest.mark.parametrize(("signame", "code"), [("SIGTERM", 143), ("SIGHUP", 129)])
def test_a_stop_signal_during_an_export_leaves_no_partial_file(lib: Path, tmp_path: Path, signame: str, code: int) -> None:
    out = tmp_path / "articles.md"
    done = _run_signalled(
        "atomic_file:os.fsync", signame,
        "--library", lib, "export", "articles", "--format", "md", "--output", out,
    )  # fmt: skip
    assert done.returncode == code, (done.returncode, done.stderr[-500:])
    _one_line(done.stderr)
    assert list(tmp_path.iterdir()) == [], "a partial or finished export was left: " + str(list(tmp_path.iterdir()))


def test_a_sigterm_during_a_highlight_keeps_the_library_as_it_was(lib: Path, tmp_path: Path) -> None:
    target = tmp_path / "lib.sqlite"
    target.write_bytes(lib.read_bytes())
    with sqlite3.connect(target) as conn:
        before = conn.execute("SELECT count(*) FROM highlights").fetchone()[0]
        article = conn.execute("SELECT id, substr(text, 1, 4) FROM articles ORDER BY id LIMIT 1").fetchone()
    done = _run_signalled(
        "changes:stamp_origin", "SIGTERM", "--library", target, "highlight", str(article[0]), article[1]
    )
    assert done.returncode == 143, (done.returncode, done.stderr[-500:])
    assert "Terminated" in _one_line(done.stderr)
    with sqlite3.connect(target) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM highlights").fetchone()[0] == before


def test_a_hangup_the_shell_ignores_stays_ignored(lib: Path) -> None:
    """`nohup zzreader …` starts with SIGHUP ignored: the command must keep going."""
    code = (
        "import os, signal, sys\n"
        "signal.signal(signal.SIGHUP, signal.SIG_IGN)\n"
        "from zzreader.core import search as target\n"
        "real = target._Budget.check\n"
        "def patched(self):\n"
        "    os.kill(os.getpid(), signal.SIGHUP)\n"
        "    return real(self)\n"
        "target._Budget.check = patched\n"
        "from zzreader.__main__ import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, "--library", str(lib), "search", "株洲"], cwd=ROOT, env=env(),
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "hits" in done.stdout


def test_a_sigterm_while_the_command_line_loads_is_one_line(lib: Path) -> None:
    """Sent as soon as the command line's package has loaded, before the command's own modules."""
    child = subprocess.Popen(
        [sys.executable, "-X", "importtime", "-m", "zzreader", "--library", str(lib), "--lang", "en", "search", "-"],
        cwd=ROOT, env=env(), stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert child.stderr is not None
    for line in child.stderr:
        if line.rsplit("|", 1)[-1].strip() == "zzreader.cli":
            break
    child.send_signal(signal.SIGTERM)
    _, rest = child.communicate(timeout=60)
    said = [line for line in rest.splitlines() if line.strip() and not line.startswith("import time:")]
    assert child.returncode == 143, (child.returncode, said)
    assert said == ["Terminated"] or said == ["已被终止 / Terminated"], said
