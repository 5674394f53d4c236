"""A library another process keeps locked: the write says what it waits for, then gives up in one line.

Before, a write behind another process's transaction waited up to 30 s in
silence (core/immediate_writes.py); now, after WAIT_NOTICE_S, stderr (or the
window's status bar, gui/workers.py) says it waits for another zzreader and,
where /proc/locks tells, which process (core/lock_holder.py).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability.helpers import call_cli, env, seeded_library
from zzreader.core import immediate_writes, lock_holder

# Another program holding the write lock; its argv names zzreader, as a second zzreader's would.
HOLDER = """
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("BEGIN IMMEDIATE")
print("held", flush=True)
sys.stdin.read()
"""


@pytest.fixture(scope="module")
def library(tmp_path_factory) -> tuple[Path, int, str]:
    path = tmp_path_factory.mktemp("locked") / "lib.sqlite"
    with seeded_library(path) as lib:
        article, text = lib.db.execute("SELECT id, text FROM articles ORDER BY id LIMIT 1").fetchone()
    return path, article, text[:4]


@pytest.fixture
def held(library, tmp_path: Path):
    """A child process (named like a zzreader) holding the library's write lock until the test ends."""
    script = tmp_path / "zzreader_holder.py"
    script.write_text(HOLDER, encoding="utf-8")
    child = subprocess.Popen([sys.executable, str(script), str(library[0])], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, env=env(), text=True)  # fmt: skip
    try:
        assert child.stdout.readline().strip() == "held"
        yield child
    finally:
        child.stdin.close()
        child.wait(10)


@pytest.fixture
def short_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(immediate_writes, "WAIT_NOTICE_S", 0.05)
    monkeypatch.setattr(immediate_writes, "BUSY_TIMEOUT_S", 0.6)


@pytest.mark.parametrize("lang", ["zh", "en", None])
def test_a_write_behind_another_zzreader_says_it_waits_then_gives_up(capsys, library, held, short_waits, lang) -> None:
    path, article, quote = library
    argv = ["--library", str(path), *(["--lang", lang] if lang else []), "highlight", str(article), quote]
    code, out, err = call_cli(capsys, *argv)
    assert code == 1 and out == "", (code, out, err)
    lines = err.splitlines()
    assert len(lines) == 2, err  # "waiting …", then one line giving up
    waits, gives_up = lines
    if lang != "en":
        assert waits.startswith("正在等待另一个 zzreader") and "写入书库失败" in gives_up
    if lang != "zh":
        assert "Waiting for another zzreader" in waits and "try again" in gives_up
    if lang == "zh":
        assert not any(ch.isascii() and ch.isalpha() for ch in waits.replace("zzreader", "").split("（进程")[0])
    if lock_holder.find(str(path)) is not None:  # /proc/locks: the process is named
        assert f"{held.pid}" in waits and f"{held.pid}" in gives_up
    assert "locked" not in err and "Traceback" not in err


def test_the_holder_is_read_from_proc_locks(library, held) -> None:
    if not Path("/proc/locks").exists():
        pytest.skip("no /proc/locks here")
    found = lock_holder.find(str(library[0]))
    assert found is not None and found.pid == held.pid and found.is_zzreader


def test_a_write_that_gets_the_lock_in_time_says_it_waited_and_succeeds(library, short_waits) -> None:
    import sqlite3
    import threading

    path, article, _ = library
    told: list[str] = []
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    threading.Timer(0.3, lambda: other.execute("ROLLBACK")).start()
    from zzreader.core.store import open_library

    with open_library(path) as lib:
        lib.db.waiting = told.append
        lib.highlights.add(article, 0, 2)
    other.close()
    assert len(told) == 1 and "another zzreader" in told[0]  # this process's own lock: no pid to name


def test_a_hostile_lock_table_never_breaks_the_wait(tmp_path: Path) -> None:
    """/proc/locks lines of odd shapes (a waiter's "->", EOF ends, garbage) are skipped."""
    lib = tmp_path / "lib.sqlite"
    lib.write_bytes(b"x")
    st = lib.stat()
    dev = f"{__import__('os').major(st.st_dev):02x}:{__import__('os').minor(st.st_dev):02x}:{st.st_ino}"
    locks = tmp_path / "locks"
    locks.write_text(
        f"1: POSIX  ADVISORY  WRITE 999999 {dev} 0 EOF\n"
        f"2: -> POSIX  ADVISORY  WRITE 4242 {dev} 1073741825 1073741825\n"
        "3: garbage\n4: POSIX ADVISORY WRITE x y z w\n",
        encoding="ascii",
    )
    found = lock_holder.find(str(lib), str(locks))
    assert found == lock_holder.Holder(999999, "")
    zh, en = lock_holder.describe(lock_holder.Holder(7, "evil / x: y\n\x1b[2J"))
    assert "\n" not in zh + en and "\x1b" not in zh + en and " / " not in zh + en and ": " not in en
