"""A terminal gets its own encoding; pipes and files get UTF-8.

Before the fix every stream was switched to UTF-8, so in a terminal of a
GB18030 locale (PYTHONIOENCODING or LC_ALL=zh_CN.GB18030) `zzreader search
株洲` showed "銆屾牚娲层" where "「株洲」" was meant. A terminal now gets
the encoding its locale names, and what it cannot show (Chinese on an ASCII
terminal, an emoji in GB2312) comes as an escape such as `\\u682a`, never a
traceback. Output into a pipe or a file stays UTF-8 whatever the locale, so
JSON and exports read the same everywhere.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability.helpers import ROOT, cli, env, seeded_library

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="a pseudo-terminal is POSIX")


@pytest.fixture(scope="module")
def lib(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("tty") / "lib.sqlite"
    seeded_library(path).close()
    return path


def _on_a_terminal(*args: str | Path, **environ: str) -> tuple[int, bytes]:
    """Run the command line with stdout and stderr on a pseudo-terminal: its exit code and bytes."""
    import pty

    pid, fd = pty.fork()
    if pid == 0:  # the child: never returns
        os.chdir(ROOT)
        os.execvpe(sys.executable, cli(*args), env(**environ))
    out = b""
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    return os.waitstatus_to_exitcode(status), out


def test_a_gb18030_terminal_gets_gb18030(lib: Path) -> None:
    code, out = _on_a_terminal("--library", lib, "search", "株洲", "--limit", "1", PYTHONIOENCODING="gb18030")
    assert code == 0
    assert "「株洲」".encode("gb18030") in out and "「株洲」".encode() not in out


@pytest.mark.parametrize("encoding", ["ascii", "latin-1", "gb2312"])
def test_what_a_terminal_cannot_show_comes_as_an_escape(lib: Path, encoding: str) -> None:
    code, out = _on_a_terminal("--library", lib, "search", "株洲😀", "--limit", "1", PYTHONIOENCODING=encoding)
    assert code == 0 and b"Traceback" not in out, out[-500:]
    assert b"\\U0001f600" in out  # the emoji no one of these can show


def test_an_error_on_an_ascii_terminal_is_one_line_with_escapes(lib: Path) -> None:
    code, out = _on_a_terminal("--library", lib, "history", "99999", PYTHONIOENCODING="ascii")
    assert code == 2 and b"Traceback" not in out and out.count(b"\n") == 1, out
    assert b"\\u" in out  # the Chinese half, escaped


def test_a_pipe_stays_utf8_whatever_the_locale(lib: Path) -> None:
    done = subprocess.run(cli("--library", lib, "search", "株洲", "--limit", "1"), cwd=ROOT, capture_output=True,
                          env=env(PYTHONIOENCODING="gb18030"), timeout=60, check=False)  # fmt: skip
    assert done.returncode == 0 and "「株洲」".encode() in done.stdout
