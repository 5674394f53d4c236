"""No export writes over a library, a backup or their side files (core/atomic_file.py).

Before the fix `zzreader export annotations --output library.sqlite` replaced
the library with a Markdown file (the next start said "damaged or not a
database"), and the same went for every --output, a citation file and the
window's save dialogs.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.reliability.helpers import call_cli, seeded_library
from zzreader.core import atomic_file

COMMANDS = [
    ["export", "annotations", "--output", "{t}"], ["export", "annotations", "--format", "csv", "--output", "{t}"],
    ["export", "annotations", "--format", "json", "--output", "{t}"], ["export", "articles", "--output", "{t}"],
    ["export", "corrections", "--output", "{t}"], ["cite", "1", "--output", "{t}"],
    ["trend", "株洲", "--csv", "{t}"],
]


@pytest.fixture
def library(tmp_path: Path, capsys) -> Path:
    path = tmp_path / "lib.sqlite"
    seeded_library(path).close()
    code, _, err = call_cli(capsys, "--library", str(path), "highlight", "1", "医保", "--note", "留着")
    assert code == 0, err
    return path


def _state(capsys, library: Path) -> tuple[dict, int]:
    code, out, err = call_cli(capsys, "--library", str(library), "stats", "--json")
    assert code == 0, err
    stats = json.loads(out)
    code, out, err = call_cli(capsys, "--library", str(library), "export", "annotations", "--format", "json")
    return {k: stats[k] for k in ("issues", "articles")}, json.loads(out)["total"]


@pytest.mark.parametrize("argv", COMMANDS, ids=lambda a: " ".join(a[:3]))
@pytest.mark.parametrize("which", ["library", "wal", "backup", "link"])
def test_an_export_onto_a_database_is_refused(capsys, library: Path, argv: list[str], which: str) -> None:
    before = _state(capsys, library)
    if which == "backup":
        assert call_cli(capsys, "--library", str(library), "backup")[0] == 0
        target = next((library.parent / "backups").glob("*.sqlite"))
    elif which == "link":
        target = library.parent / "notes.md"
        target.symlink_to(library.name)
    else:
        target = library if which == "library" else library.with_name(library.name + "-wal")
    bytes_before = target.read_bytes() if which in ("backup", "link") else None
    code, out, err = call_cli(capsys, "--library", str(library), *[a.replace("{t}", str(target)) for a in argv])
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err, (code, out, err)
    assert "Will not write over a database file" in err
    if bytes_before is not None:
        assert target.read_bytes() == bytes_before
    assert _state(capsys, library) == before


def test_the_window_pdf_writer_refuses_a_library(library: Path, qapp) -> None:
    from zzreader.gui.annotation_io import write_pdf

    with pytest.raises(atomic_file.DatabaseTarget):
        write_pdf("<p>株洲</p>", library)
    assert library.read_bytes().startswith(atomic_file.SQLITE_MAGIC)


def test_an_ordinary_file_is_still_replaced(tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    target.write_text("旧", "utf-8")
    atomic_file.write_text(target, "新")
    assert target.read_text("utf-8") == "新"
    (tmp_path / "x.sqlite-wal").write_text("not a side file of a database", "utf-8")
    atomic_file.write_text(tmp_path / "x.sqlite-wal", "新")  # no x.sqlite beside it
