"""What the window prints to a terminal never drives it either.

The window's net under every slot (gui/fault_line.py) prints a traceback to
standard error for a bug report, and an exception's message may quote a
title or a file name from the library, escape sequences included. Started
from a terminal, the window's standard error shows them as escapes, as the
command line's does (tests/cli/test_terminal_output.py); into a pipe or a log
file they stay as they were.
"""

from __future__ import annotations

import io
import sys
import types

import pytest

import zzreader.__main__ as entry
from zzreader.gui import fault_line

PLANTED_TITLE = "神农公园樱花开了\x1b]52;c;cm0gLXJmIH4=\x07\x1b[2J"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _window_whose_slot_fails(_args: object) -> int:
    """Stands in for the window: a slot fails on a planted title and the net reports it."""
    try:
        raise LookupError(f"no article titled {PLANTED_TITLE}")
    except LookupError as exc:
        fault_line.hook(lambda _line: None)(LookupError, exc, exc.__traceback__)
    return 0


def _run_window_on(stream: io.StringIO, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(entry, "run_window", _window_whose_slot_fails)
    monkeypatch.setattr(sys, "stderr", stream)
    monkeypatch.setattr(sys, "stdout", types.SimpleNamespace(write=len, flush=lambda: None, isatty=lambda: False))
    assert entry.main([]) == 0
    return stream.getvalue()


def test_a_traceback_the_window_prints_to_a_terminal_shows_escapes_not_runs_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown = _run_window_on(_Terminal(), monkeypatch)
    assert "LookupError: no article titled 神农公园樱花开了" in shown
    assert "\\x1b]52;c;cm0gLXJmIH4=\\x07\\x1b[2J" in shown
    assert not any(c in shown for c in "\x1b\x07")


def test_a_traceback_the_window_prints_into_a_log_file_stays_as_it_was(monkeypatch: pytest.MonkeyPatch) -> None:
    shown = _run_window_on(io.StringIO(), monkeypatch)
    assert PLANTED_TITLE in shown
