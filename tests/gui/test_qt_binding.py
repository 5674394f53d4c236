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


def test_void_calls_do_not_leak_nones_references():
    """PySide6 6.12.0 on CPython 3.11 aborts long sessions (none_dealloc); it is excluded."""
    code = (
        "import sys; import zzreader.gui.qt as qt; "
        "o = qt.QObject(); start = sys.getrefcount(None)\n"
        "for _ in range(200_000): o.setObjectName('x')\n"
        "print(qt.leaks_none(), sys.getrefcount(None) >= start - 1000)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.split() == ["False", "True"]


def test_every_name_of_the_binding_resolves_from_its_module():
    """The names are made when first used (qt.py `__getattr__`): each one listed must exist."""
    for name in qt.__all__:
        assert getattr(qt, name) is not None, name
    with pytest.raises(AttributeError, match="QNoSuchWidget"):
        qt.QNoSuchWidget  # noqa: B018


def test_importing_the_binding_leaves_printing_for_later():
    """Qt's printing module loads with the first name that needs it, not with the window's start."""
    code = (
        "import sys; import zzreader.gui.qt as qt; before = 'PySide6.QtPrintSupport' in sys.modules; "
        "qt.QPrinter; print(before, 'PySide6.QtPrintSupport' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.split() == ["False", "True"]
