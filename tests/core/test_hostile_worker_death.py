"""A parse worker that dies (killed out of memory, a crash in C code) fails its own file only.

Before: the process pool broke, every later parse raised BrokenProcessPool and
the import ended in a traceback half way. Now the parses that were in flight
are tried again alone, the one that kills its worker is reported in one line,
and the rest of the import goes on.
"""

from __future__ import annotations

import os
from pathlib import Path

from tests.reliability.helpers import copy_archive
from zzreader.core import importer
from zzreader.core.importer import _parse_job as _real_parse_job
from zzreader.core.store import open_library

FATAL = "zzrb-copy-003.txt"


def dying_parse(data: bytes, name: str):
    """Module level, so a worker finds it by name; kills its worker on one file."""
    if name == FATAL:
        os._exit(9)
    return _real_parse_job(data, name)


def test_a_dead_worker_fails_its_file_and_the_import_goes_on(tmp_path: Path, monkeypatch) -> None:
    files = copy_archive(tmp_path / "archive", 8)
    monkeypatch.setattr(importer, "_parse_job", dying_parse)
    with open_library(tmp_path / "lib.sqlite") as library:
        report = importer.import_paths(library, files, workers=2)
        by_name = {Path(f.path).name: f for f in report.files}
        assert by_name[FATAL].status == "failed" and by_name[FATAL].error == importer.WORKER_DIED
        assert all(f.status == "imported" for name, f in by_name.items() if name != FATAL)
        assert library.stats().issues == len(files) - 1
