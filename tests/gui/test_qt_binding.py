"""The single Qt import point: version gate and the None-reference guard."""

from __future__ import annotations

import subprocess
import sys

import pytest

from zzreader.gui import qt


def test_minimum_qt_version_is_enforced_with_a_bilingual_message():
    qt.check_version("6.6.0")
    with pytest.raises(ImportError, match="需要 Qt 6.6.*needs Qt 6.6"):
        qt.check_version("6.5.3")


def test_many_void_calls_cannot_exhaust_nones_references():
    """A long session makes far more void calls than None has references to lose."""
    code = (
        "import sys; import zzreader.gui.qt as qt; "
        "o = qt.QObject(); start = sys.getrefcount(None)\n"
        "for _ in range(200_000): o.setObjectName('x')\n"
        "print(qt.NONE_PINNED, start > 200_000)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-500:]
    pinned, plenty = result.stdout.split()
    assert plenty == "True" or pinned == "False"
