"""Build the Linux one-folder app with packaging/build.py and check it the way a user runs it.

Slow (about a minute on two cores): one PyInstaller build shared by the
tests below. build.py itself fails when the frozen self-test fails. It builds
with --numpy-blas, collecting the installed numpy as it is: a release build
first compiles numpy without BLAS (about ten minutes on two cores, then
cached; build.py numpy_without_blas), which a test run on a fresh machine
should not wait for.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from tests.packaging import packaging_module

ROOT = Path(__file__).resolve().parents[2]
build = packaging_module("build")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the CI build runs on Linux"),
]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Run the build script once; its report (sizes, times, paths) for every test."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        pytest.fail("PyInstaller is not installed: pip install -e '.[build]'")
    base = tmp_path_factory.mktemp("build")
    dist, work = base / "dist", base / "work"
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), "--dist", str(dist), "--work", str(work),
         "--numpy-blas"],
        capture_output=True, text=True, encoding="utf-8", timeout=1200,
    )
    print(result.stdout[-6000:], result.stderr[-3000:], sep="\n")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    report = json.loads((dist / "build-report.json").read_text("utf-8"))
    report["dist"] = dist
    return report


def frozen(report: dict) -> Path:
    return Path(report["folder"]) / "zzreader"


def run_frozen(report: dict, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(frozen(report)), *args], capture_output=True, text=True, encoding="utf-8", timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
    )


def test_frozen_self_test_passes_every_step(built: dict) -> None:
    result = run_frozen(built, "--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    steps = [line for line in lines if line.startswith(("[ok]", "[FAIL]"))]
    assert len(steps) >= 10 and all(s.startswith("[ok]") for s in steps), result.stdout
    assert "(frozen," in result.stdout
    jieba_line = next(s for s in steps if "prefix dictionary" in s)
    assert str(Path(built["folder"]) / "_internal" / "cache") in jieba_line  # the bundled dictionary
    assert "窗口 / window" in result.stdout


def test_version_comes_from_the_package(built: dict) -> None:
    result = run_frozen(built, "--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"zzreader {build.package_version()}"


def test_sizes_meet_the_targets(built: dict) -> None:
    assert built["folder_mb"] <= build.MAX_FOLDER_MB
    assert built["archive_mb"] <= build.MAX_ARCHIVE_MB


def test_bundle_holds_what_the_app_needs_and_not_what_it_does_not(built: dict) -> None:
    internal = Path(built["folder"]) / "_internal"
    qt = internal / "PySide6" / "Qt"
    files = {str(p.relative_to(internal)) for p in internal.rglob("*")}
    for needed in (
        "jieba/dict.txt",
        "seeds",
        "resources/icon.svg",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/translations/qtbase_zh_CN.qm",
    ):
        assert needed in files, needed
    assert any(f.startswith("cache/jieba-") and f.endswith(".pickle") for f in files)
    assert sorted(p.name for p in (internal / "seeds").glob("*.txt")) == sorted(
        p.name for p in (ROOT / "seeds").glob("*.txt")
    )
    libs = {p.name for p in (qt / "lib").iterdir()}
    for unused in ("libQt6Qml.so.6", "libQt6Quick.so.6", "libQt6Pdf.so.6", "libQt6Designer.so.6"):
        assert unused not in libs, unused
    # pyqtgraph imports QtOpenGLWidgets; QtOpenGL's binding is a stand-in (rthook_without_qtopengl.py).
    assert "PySide6/QtOpenGLWidgets.abi3.so" in files and "PySide6/QtOpenGL.abi3.so" not in files
    # Issue 18: rapidfuzz's generic builds only, libcups from the system (numpy keeps
    # OpenBLAS here only because of --numpy-blas above).
    assert built["numpy_openblas"] is True
    assert not any(f.startswith("rapidfuzz/") and "_avx2." in f for f in files)
    assert any(f.startswith("rapidfuzz/fuzz_cpp.") for f in files)
    assert not {"libcups.so.2", "libgnutls.so.30"} & files
    assert "libgssapi_krb5.so.2" in files  # QtNetwork (single instance) links it
    assert not (qt / "qml").exists()
    assert {p.name for p in (qt / "translations").iterdir()} <= {"qt_zh_CN.qm", "qtbase_zh_CN.qm"}
    assert not any(f.startswith(("jieba/lac_small", "setuptools", "pkg_resources")) for f in files)
    top = {p.name for p in Path(built["folder"]).iterdir()}
    assert {"zzreader", "zzreader.desktop", "zzreader.png", "share"} <= top


def test_archive_unpacks_to_the_same_folder(built: dict) -> None:
    with tarfile.open(built["archive"]) as tar:
        names = tar.getnames()
    assert "zzreader/zzreader" in names
    assert "zzreader/zzreader.desktop" in names
    assert all(n == "zzreader" or n.startswith("zzreader/") for n in names)


def test_frozen_app_never_writes_next_to_itself(built: dict, tmp_path: Path) -> None:
    """A search through the CLI (jieba's first use in that process) leaves the bundle as it was."""
    folder = Path(built["folder"])
    before = {p: p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}
    (tmp_path / "tmp").mkdir()
    env = {
        "ZZREADER_LIBRARY": str(tmp_path / "lib.sqlite"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "TMPDIR": str(tmp_path / "tmp"),  # where jieba would put its own cache
    }
    assert run_frozen(built, "import", str(ROOT / "seeds"), env=env).returncode == 0
    result = run_frozen(built, "search", "天元区文化", "--json", env=env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["query"] == "天元区文化"
    after = {p: p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}
    assert after == before
    assert not (tmp_path / "cache").exists()  # the bundled dictionary was enough
    assert not any((tmp_path / "tmp").iterdir())


def test_desktop_file_is_valid(built: dict) -> None:
    text = (Path(built["folder"]) / "zzreader.desktop").read_text("utf-8")
    assert text.startswith("[Desktop Entry]\n")
    entries = dict(line.split("=", 1) for line in text.splitlines()[1:] if line and not line.startswith("#"))
    assert entries["Type"] == "Application"
    assert entries["Exec"] == "zzreader" and entries["Icon"] == "zzreader"
    assert entries["Categories"].endswith(";")


def test_cold_start_was_measured(built: dict) -> None:
    """The figure itself is reported by build.py (target < 2 s), not asserted here."""
    start = built["cold_start"]
    assert start is not None and 0 < start["shown_first_s"] < start["exit_first_s"]
