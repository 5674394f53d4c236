"""A file name the user gave (or a library's folder) is shown escaped on one line in every report.

`zzreader export articles --output $'a\\nb\\u202e\\x1b[31m.txt'` wrote the file,
then reported "Exported 57 articles to a", a second line "b", a direction
mark that turns the rest of the line around and an escape that recolours the
terminal; so did the annotation and corrections exports, `backup`, `backup
--list` and `restore`. Names in these reports now go through
`core/shown.py` like the error messages do.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reliability.helpers import call_cli, seeded_library

ODD = "a\nb\u202e\x1b[31m.txt"


@pytest.fixture
def lib(tmp_path: Path) -> str:
    path = tmp_path / "lib.sqlite"
    seeded_library(path).close()
    return str(path)


@pytest.mark.parametrize(
    "argv",
    [("export", "articles", "--output"), ("export", "annotations", "--format", "csv", "--output"),
     ("export", "corrections", "--output")],
)  # fmt: skip
def test_an_export_names_its_file_on_one_line(lib: str, tmp_path: Path, argv: tuple[str, ...], capsys) -> None:
    target = tmp_path / ODD
    code, _out, err = call_cli(capsys, "--library", lib, *argv, str(target))
    assert code == 0 and target.exists()
    assert len(err.strip().splitlines()) == 1, err
    assert "\x1b" not in err and "\u202e" not in err and "\\n" in err


def test_backups_are_listed_and_named_on_one_line(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "odd\nfolder\u202e"
    folder.mkdir()
    lib = folder / "lib.sqlite"
    seeded_library(lib).close()
    code, out, _ = call_cli(capsys, "--library", str(lib), "backup")
    assert code == 0 and len(out.strip().splitlines()) == 1 and "\u202e" not in out, out
    code, out, _ = call_cli(capsys, "--library", str(lib), "backup", "--list")
    assert code == 0 and all("\u202e" not in line for line in out.splitlines())
    assert len(out.strip().splitlines()) == 1, out  # one backup, one line
    code, out, _ = call_cli(capsys, "--library", str(lib), "restore", "1")
    assert code == 0 and len(out.strip().splitlines()) == 2 and "\u202e" not in out, out  # restored; kept at
