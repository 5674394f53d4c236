"""House rules that keep the core scriptable and the GUI swappable."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "zzreader"
QT_IMPORT = re.compile(r"^\s*(from|import)\s+(PySide6|shiboken6)\b", re.M)


def test_import_linter_contracts_hold():
    """core and cli never import Qt or gui; gui never talks SQL (pyproject [tool.importlinter])."""
    result = subprocess.run(
        [sys.executable, "-c", "from importlinter.cli import lint_imports_command; lint_imports_command()"],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 2 kept, 0 broken" in result.stdout


def test_pyside6_is_imported_only_in_gui_qt():
    offenders = [
        str(path.relative_to(ROOT))
        for path in PACKAGE.rglob("*.py")
        if QT_IMPORT.search(path.read_text(encoding="utf-8")) and path != PACKAGE / "gui" / "qt.py"
    ]
    assert offenders == []


def test_importing_the_core_and_cli_loads_no_qt():
    code = (
        "import sys, zzreader.cli, zzreader.core.parse, zzreader.core.store, zzreader.core.search; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'zzreader.gui'))))"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
