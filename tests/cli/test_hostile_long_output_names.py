"""Output files whose names use nearly all of a file name's 255 bytes.

`export articles --output <80 Chinese characters>.jsonl` (246 bytes, a valid
name) failed with "file name too long": the hidden partial file it is written
to first, `.<name>.<pid>.part`, was longer than the system allows. Its name
is now fitted into 255 bytes (core/name_fit.py) and stale ones still found.
"""

from __future__ import annotations

import pytest

from tests.reliability.helpers import call_cli, seeded_library

WRITERS = (["export", "articles", "--output"], ["export", "corrections", "--output"],
           ["export", "annotations", "--format", "csv", "--output"], ["cite", "3", "--output"],
           ["trend", "株洲", "--csv"])  # fmt: skip


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    path = tmp_path_factory.mktemp("long") / "lib.sqlite"
    seeded_library(path).close()
    return path


@pytest.mark.parametrize("argv", WRITERS, ids=lambda a: " ".join(a[:2]))
@pytest.mark.parametrize("chars", [80, 83])
def test_an_output_name_of_nearly_255_bytes_is_written(tmp_path, capsys, library, argv, chars) -> None:
    target = tmp_path / ("芦" * chars + ".out")
    assert 240 < len(target.name.encode()) <= 255
    code, _out, err = call_cli(capsys, "--library", str(library), *argv, str(target))
    assert code == 0, err
    assert target.stat().st_size > 0
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no partial file left


def test_a_stale_partial_of_a_long_name_is_cleaned_up(tmp_path, capsys, library) -> None:
    from zzreader.core import atomic_file

    target = tmp_path / ("芦" * 83 + ".out")
    with atomic_file.text_file(target) as out:
        out.write("第一次")
    stale = tmp_path / (f".{atomic_file._partial_stem(target)}.999999999.part")
    stale.write_text("被杀掉的进程留下的", encoding="utf-8")
    code, _out, err = call_cli(capsys, "--library", str(library), "export", "articles", "--output", str(target))
    assert code == 0, err
    assert not stale.exists()
