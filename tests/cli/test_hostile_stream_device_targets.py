"""`export --output /dev/stdout` (or /dev/fd/1, or a link to either) writes into standard output, whatever it is.

Into a pipe, /dev/stdout resolved to /proc/self/fd/1 whose target is no path
("pipe:[4711]"): the export took it for a new file in a folder that does not
exist and said "No such file or folder: /dev/stdout", exit 2.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.reliability.helpers import cli, env, seeded_library

pytestmark = pytest.mark.skipif(not os.path.exists("/dev/stdout"), reason="no /dev/stdout here")


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("lib") / "lib.sqlite"
    seeded_library(path).close()
    return path


def test_an_export_to_dev_stdout_reaches_the_pipe(library: Path, tmp_path: Path) -> None:
    import subprocess

    (tmp_path / "out").symlink_to("/dev/stdout")
    plain = subprocess.run(cli("--library", library, "export", "articles", "--format", "txt"),
                           cwd=ROOT, env=env(), capture_output=True, timeout=120, check=False)
    assert plain.returncode == 0 and plain.stdout
    for target in ("/dev/stdout", "/dev/fd/1", str(tmp_path / "out")):
        run = subprocess.run(cli("--library", library, "export", "articles", "--format", "txt", "--output", target),
                             cwd=ROOT, env=env(), capture_output=True, timeout=120, check=False)
        assert run.returncode == 0, (target, run.stderr.decode())
        assert run.stdout == plain.stdout, target
        assert run.stderr.decode().count("\n") == 1  # "Exported 57 articles to …"
