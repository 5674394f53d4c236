"""An archive given to import is named as one, with what to do, and nothing is unpacked.

Before: "This is a binary file, not text" for a zip of issues, and a zip in a
folder was passed over without a word. Nothing inside an archive is read
(its names and sizes are untrusted): the user unpacks it and imports the folder.
"""

from __future__ import annotations

import gzip
import hashlib
import tarfile
import zipfile
from pathlib import Path

import pytest

from tests.reliability.helpers import ROOT, seeded_library
from zzreader.core.importer import import_paths

SEED = sorted((ROOT / "seeds").glob("*.txt"))[0]


def _zip(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as z:
        z.write(SEED, SEED.name)


def _tar(path: Path) -> None:
    with tarfile.open(path, "w") as t:
        t.add(SEED, SEED.name)


def _targz(path: Path) -> None:
    with tarfile.open(path, "w:gz") as t:
        t.add(SEED, SEED.name)


def _gzip(path: Path) -> None:
    path.write_bytes(gzip.compress(SEED.read_bytes()))


MAKERS = {"zip": (_zip, "zip"), "tar": (_tar, "tar"), "tar.gz": (_targz, "gzip"), "txt.gz": (_gzip, "gzip"),
          "txt": (_zip, "zip")}  # a zip named .txt is still a zip


@pytest.mark.parametrize("suffix", MAKERS)
def test_an_archive_named_directly_says_it_is_one(tmp_path: Path, suffix: str) -> None:
    make, kind = MAKERS[suffix]
    archive = tmp_path / f"issues.{suffix}"
    make(archive)
    library_path = tmp_path / "lib.sqlite"
    with seeded_library(library_path) as library:
        before = _contents(library)
        (result,) = import_paths(library, [archive], workers=0).files
        assert result.status == "failed"
        assert f"This is a {kind} archive" in result.error and "unpack it" in result.error
        assert _contents(library) == before  # exactly as it was


def _contents(library) -> str:
    """Every row of every ordinary table (the search index's virtual table cannot be scanned)."""
    digest = hashlib.sha256()
    tables = [r[0] for r in library.db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")]
    for table in tables:
        for row in library.db.execute(f'SELECT * FROM "{table}" ORDER BY 1'):
            digest.update(repr((table, row)).encode())
    return digest.hexdigest()


def test_an_archive_in_a_folder_is_named_not_passed_over(tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    _zip(folder / "2019.zip")
    (folder / "zzrb-2019-03-12.txt").write_bytes(SEED.read_bytes())
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff")  # not an issue, not an archive: not listed
    with seeded_library(tmp_path / "lib.sqlite") as library:
        report = import_paths(library, [folder], workers=0)
    by_name = {Path(f.path).name: f for f in report.files}
    assert set(by_name) == {"2019.zip", "zzrb-2019-03-12.txt"}
    assert by_name["2019.zip"].status == "skipped" and "unpack it" in by_name["2019.zip"].warnings[0]
