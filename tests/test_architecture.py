"""House rules that keep the core scriptable and the GUI swappable."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "zzreader"
QT_IMPORT = re.compile(r"^\s*(from|import)\s+(PySide6|shiboken6)\b", re.M)


CONTRACTS = ("core and cli never import Qt or the GUI", "the GUI never talks SQL directly")


def test_import_linter_contracts_hold():
    """Each contract in pyproject [tool.importlinter] is reported kept, by its name."""
    result = subprocess.run(
        [sys.executable, "-c", "from importlinter.cli import lint_imports_command; lint_imports_command()"],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for name in CONTRACTS:
        assert re.search(rf"^{re.escape(name)} KEPT$", result.stdout, re.M), result.stdout


def test_the_contracts_name_the_cli_and_core_packages_whole():
    import tomllib

    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]["contracts"]
    by_name = {c["name"]: c for c in contracts}
    assert set(by_name) == set(CONTRACTS)
    assert by_name[CONTRACTS[0]]["source_modules"] == ["zzreader.core", "zzreader.cli"]


def test_command_line_modules_live_in_the_cli_package():
    assert sorted(p.name for p in PACKAGE.glob("*cli*.py")) == []
    assert (PACKAGE / "__main__.py").exists() and (PACKAGE / "cli" / "__init__.py").exists()


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


def test_migrations_keep_their_own_frozen_ddl() -> None:
    """An old migration must not change when a live module does: the migrations
    package imports none of them, and each migration is a module of its own."""
    import ast

    from zzreader.core import migrations

    package = ROOT / "zzreader" / "core" / "migrations"
    assert sorted(p.stem for p in package.glob("m[0-9]*.py")) == list(migrations.STEPS)
    for path in package.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in list(tree.body):  # imports for type hints only run nothing
            if isinstance(node, ast.If) and getattr(node.test, "id", "") == "TYPE_CHECKING":
                tree.body.remove(node)
        imported = {
            node.module if isinstance(node, ast.ImportFrom) else alias.name
            for node in ast.walk(tree)
            if isinstance(node, (ast.Import, ast.ImportFrom))
            for alias in node.names
        }
        ours = {m for m in imported if m and m.startswith("zzreader")}
        allowed = {"zzreader", "zzreader.core.errors", "zzreader.core.migrations.dump_log"}
        assert ours <= allowed, (path.name, ours)


def test_the_library_facade_has_its_parts() -> None:
    """Annotations, corrections and undo are parts of `Library`, one module each."""
    from zzreader.core import collections, corrections, highlights, journal, tags

    store = (ROOT / "zzreader" / "core" / "store.py").read_text(encoding="utf-8")
    for part, cls in [("highlights", highlights.Highlights), ("tags", tags.Tags),
                      ("collections", collections.Collections), ("journal", journal.Journal),
                      ("corrections", corrections.Corrections)]:  # fmt: skip
        made = f"self.{part} = " in store or f"def {part}(self) -> {cls.__name__}:" in store  # or on first use
        assert made and cls.__name__ in store
    assert not (ROOT / "zzreader" / "core" / "annotations.py").exists()
