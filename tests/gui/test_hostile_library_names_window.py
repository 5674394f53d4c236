"""Library and file names in the window's error boxes: one line, escaped, bounded.

Opening a library by a name holding a line break, a U+202E or markup showed
the name raw in the message box: a forged second line, the rest of the
message reversed, and the English half lost (`shown.error` kept the first
line of the message only). 4,000 characters made a box wider than the screen.
Messages now go through `shown.message` (one line, at most about 600 characters).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.gui.conftest import open_window
from zzreader.gui import prompts

NAMES = ["a\n伪造的第二行 — forged line\u202e.sqlite", "<b>粗体<img src=x onerror=alert(1)>.sqlite", "长" * 80 + ".sqlite"]


def _captured(monkeypatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(prompts, "warn", lambda _parent, _title, text: said.append(text))
    return said


@pytest.mark.parametrize("name", NAMES, ids=range(len(NAMES)))
def test_a_library_that_cannot_be_opened_is_named_on_one_line(qtbot, library_path, settings, monkeypatch,
                                                               tmp_path: Path, name) -> None:
    deep = tmp_path
    for _ in range(15):  # a long path as well as a long name
        deep = deep / ("文件夹" * 20)
    deep.mkdir(parents=True)
    bad = deep / name
    os.mkfifo(bad)  # not a regular file: refused, naming it
    win = open_window(qtbot, library_path, settings)
    try:
        said = _captured(monkeypatch)
        assert win.switch_library(bad) is False
        (text,) = said
        assert "\n" not in text and "\u202e" not in text
        assert len(text) <= 700
        assert text.startswith("书库必须是普通文件") or text.startswith("A library must be a regular file")
    finally:
        win.shutdown()
