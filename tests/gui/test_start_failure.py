"""A library that cannot be opened, told in a message box when there is no terminal to read."""

from __future__ import annotations

import io

from zzreader.core.migrations import LibraryError
from zzreader.gui import start_failure
from zzreader.gui.qt import QMessageBox, Qt


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_box_only_without_a_terminal_and_with_a_screen():
    wanted = start_failure.wanted
    assert wanted({"DISPLAY": ":0"}, io.StringIO(), "linux")  # a start from the menu
    assert wanted({}, None, "win32")  # the windowed build has no stderr at all
    assert not wanted({"DISPLAY": ":0"}, _Tty(), "linux")  # a terminal shows the line
    assert not wanted({}, io.StringIO(), "linux")  # no display: the line alone
    assert not wanted({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, io.StringIO(), "linux")


def test_the_box_shows_the_one_line_as_plain_text(qtbot, monkeypatch):
    seen: list[tuple[str, object]] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: seen.append((box.text(), box.textFormat())) or 0)
    start_failure.show(LibraryError("无法打开书库 / Cannot open <b>库</b>.sqlite\n第二行"))
    text, fmt = seen[0]
    assert fmt == Qt.TextFormat.PlainText and "<b>库</b>" in text and "\n" not in text


def test_running_the_window_on_a_bad_library_tells_the_desktop(tmp_path, monkeypatch, capsys):
    from zzreader.__main__ import main

    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a library at all" * 100)
    told: list[str] = []
    monkeypatch.setattr(start_failure, "tell", lambda exc: told.append(str(exc)))
    code = main(["--library", str(bad)])
    assert code != 0 and told and capsys.readouterr().err.count("\n") == 1
