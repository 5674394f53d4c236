"""The single-instance socket and lock for libraries with hostile names.

A library named with a line break, markup, a U+202E, 80 Chinese characters,
or sitting in a folder path of more than 3,600 bytes still gets one short
ASCII socket name (a digest), a second start on it still brings the first
window forward, and what that second start prints is one fixed line that
quotes no name at all.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from zzreader.gui import single_instance

NAMES = ["a\n伪造的第二行.sqlite", "<b>粗体</b><img src=x>.sqlite", "\u202egnp.sqlite", "株洲日报" * 20 + ".sqlite",
         "-x --library.sqlite", "\x1b]0;title\x07.sqlite"]


def _deep(tmp_path: Path) -> Path:
    folder = tmp_path
    while len(str(folder).encode()) < 3600:
        folder = folder / ("芦淞区" * 13)
    folder.mkdir(parents=True)
    return folder


@pytest.mark.parametrize("name", NAMES, ids=range(len(NAMES)))
def test_a_hostile_name_gets_a_plain_socket_and_brings_the_first_window_forward(qtbot, tmp_path, name) -> None:
    for folder in (tmp_path, _deep(tmp_path)):
        lib = folder / name
        assert re.fullmatch(r"zzreader-[0-9a-f]{20}", single_instance.server_name(lib))
        first = single_instance.claim(lib)
        assert first is not None
        try:
            with qtbot.waitSignal(first.activated, timeout=5000):
                assert single_instance.claim(lib) is None
        finally:
            first.close()


def test_the_second_start_says_one_fixed_line(qtbot, tmp_path, settings, capsys) -> None:
    from zzreader.gui import app
    from tests.reliability.helpers import seeded_library

    lib = tmp_path / NAMES[0]
    seeded_library(lib).close()
    first = single_instance.claim(lib)
    try:
        with qtbot.waitSignal(first.activated, timeout=5000):
            assert app.main(lib, settings=settings) == 0
    finally:
        first.close()
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["书库已在另一个窗口中打开，已将其置前（另开窗口用 --new-window） / The library is already open "
                   "in a window, brought forward (use --new-window for a second one)"]
