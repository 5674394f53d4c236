"""Build zzreader with PyInstaller, check what was built, and pack it.

    pip install -e '.[build]'
    python packaging/build.py [--dist DIR] [--work DIR] [--no-archive] [--clean] [--numpy-blas]

Steps: render the icons from resources/icon.svg, prepare jieba's prefix
dictionary, write the Windows version file, on Linux get numpy built
without BLAS (compiled once, then cached: `numpy_without_blas`), run PyInstaller on
packaging/zzreader.spec (one-folder build in DIST/zzreader, plus
DIST/zzreader.app on macOS), check that every Qt library the kept binaries
need is in the bundle (Linux), run the frozen `zzreader --self-test`, pack
the archive (.tar.gz on Linux, .zip on Windows, a zipped .app on macOS),
time the cold start to a shown window (`--screenshot`) and print the
figures; they are also written to DIST/build-report.json. Exits non-zero
when any step fails, the self-test included.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
APP = "zzreader"
IS_WIN = sys.platform == "win32"
IS_MAC = sys.platform == "darwin"
IS_LINUX = sys.platform.startswith("linux")
# Targets from issue 7 (Linux); reported, and enforced by tests/packaging.
# Measured 120.1 MB and 50.7 MB (issue 18: 0.76 of a PyInstaller hello-world, bench_installer.py).
MAX_FOLDER_MB = 175
MAX_ARCHIVE_MB = 72
SELF_TEST_TIMEOUT = 300
# numpy built for the bundle without BLAS and LAPACK (numpy_without_blas says why).
NUMPY_SETUP_ARGS = ("-Dblas=none", "-Dlapack=none")


class BuildError(RuntimeError):
    pass


def log(message: str) -> None:
    print(f"[build] {message}", flush=True)


# -- inputs ----------------------------------------------------------------------
def package_version() -> str:
    """The installed package's version, refused if it disagrees with pyproject.toml."""
    import tomllib
    from importlib.metadata import PackageNotFoundError, version

    declared = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
    try:
        installed = version(APP)
    except PackageNotFoundError:
        raise BuildError("zzreader is not installed: pip install -e '.[build]'") from None
    if installed != declared:
        raise BuildError(
            f"installed metadata says {installed}, pyproject.toml says {declared}: "
            "pip install -e '.[build]' again"
        )
    return declared


def version_tuple(version: str) -> tuple[int, int, int, int]:
    numbers = [int(n) for n in re.findall(r"\d+", version.split("+")[0])[:4]]
    return tuple((numbers + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def windows_version_file(version: str) -> str:
    """PyInstaller's VSVersionInfo text: file properties shown by Windows Explorer."""
    v = version_tuple(version)
    strings = {
        "CompanyName": "zzreader",
        "FileDescription": "株洲日报阅读器 zzreader",
        "FileVersion": version,
        "InternalName": APP,
        "LegalCopyright": "MIT License",
        "OriginalFilename": f"{APP}.exe",
        "ProductName": "zzreader 株洲日报阅读器",
        "ProductVersion": version,
    }
    table = ",\n          ".join(f"StringStruct({k!r}, {s!r})" for k, s in strings.items())
    return f"""# UTF-8
VSVersionInfo(
  ffi=FixedFileInfo(filevers={v}, prodvers={v}, mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
      StringTable('080404B0', [
          {table}])
    ]),
    VarFileInfo([VarStruct('Translation', [2052, 1200])])
  ]
)
"""


def prepare_inputs(generated: Path, version: str) -> None:
    """Everything the spec reads from ZZREADER_GENERATED."""
    from zzreader.resources import jieba_cache_name, write_jieba_cache

    if generated.exists():
        shutil.rmtree(generated)
    generated.mkdir(parents=True)
    run([sys.executable, str(PACKAGING / "icons.py"), str(ROOT / "resources" / "icon.svg"),
         str(generated / "icons")], env={"QT_QPA_PLATFORM": "offscreen"}, quiet=True)
    cache = write_jieba_cache(generated / "cache" / jieba_cache_name())
    log(f"jieba prefix dictionary {cache.name}: {cache.stat().st_size / 2**20:.1f} MB")
    (generated / "version_info.txt").write_text(windows_version_file(version), "utf-8")


# -- build -----------------------------------------------------------------------
def run(cmd: list[str], env: dict[str, str] | None = None, quiet: bool = False,
        timeout: float | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, **(env or {})}
    result = subprocess.run(cmd, env=full_env, capture_output=quiet, text=True,
                            encoding="utf-8", errors="replace", timeout=timeout)
    if result.returncode != 0:
        if quiet:
            print(result.stdout[-4000:], result.stderr[-4000:], sep="\n", file=sys.stderr)
        raise BuildError(f"failed ({result.returncode}): {' '.join(cmd)}")
    return result


def build_cache() -> Path:
    """Where built wheels are kept between builds (ZZREADER_BUILD_CACHE, else the user's cache)."""
    from platformdirs import user_cache_dir

    return Path(os.environ.get("ZZREADER_BUILD_CACHE") or user_cache_dir(f"{APP}-build", appauthor=False))


def numpy_without_blas(work: Path) -> Path | None:
    """Linux: the installed numpy's version, built without BLAS and LAPACK; the folder holding it.

    numpy's wheels carry OpenBLAS (27 MB with libgfortran, a sixth of the
    build). zzreader's numpy work (datasketch's MinHash in
    core/discovery/reprints.py, pyqtgraph's trend chart) is elementwise
    arithmetic on small arrays, never large products or linear algebra, and
    a numpy built with `-Dblas=none -Dlapack=none` keeps every function: it
    uses its own matrix-product loops and its bundled LAPACK subset
    (lapack_lite) instead. The wheel is compiled once (about ten minutes on
    two cores; it needs a C and C++ compiler) and kept in build_cache();
    PyInstaller then collects it in place of the installed numpy. When it
    cannot be built, the installed numpy is used (returns None).
    """
    from importlib.metadata import version

    numpy_version = version("numpy")
    wheels = build_cache() / f"numpy-{numpy_version}-noblas-{sys.implementation.cache_tag}"
    if not any(wheels.glob("numpy-*.whl")):
        if shutil.which("cc") is None or shutil.which("c++") is None:
            log("no C/C++ compiler: the installed numpy (with OpenBLAS) is collected")
            return None
        log(f"building numpy {numpy_version} without BLAS/LAPACK once (kept in {wheels}) …")
        wheels.mkdir(parents=True, exist_ok=True)
        try:
            # --no-cache-dir: pip's wheel cache ignores the setup args, so it must neither
            # give us its usual numpy nor keep ours for a later plain install.
            run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-cache-dir", "--no-binary",
                 "numpy", f"numpy=={numpy_version}", "--wheel-dir", str(wheels),
                 *(f"--config-settings=setup-args={arg}" for arg in NUMPY_SETUP_ARGS)], quiet=True)
        except BuildError as exc:
            log(f"numpy without BLAS could not be built ({exc}): the installed numpy is collected")
            return None
    target = work / "numpy-noblas"
    if target.exists():
        shutil.rmtree(target)
    wheel = max(wheels.glob("numpy-*.whl"))
    run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "--target", str(target),
         str(wheel)], quiet=True)
    # Built here, not patched by auditwheel: safe to strip (strip_python says why that matters).
    strip = shutil.which("strip")
    if strip is not None:
        run([strip, "--strip-unneeded", *map(str, target.rglob("*.so"))], quiet=True)
    log(f"numpy without BLAS/LAPACK: {wheel.name}")
    return target


def pyinstaller(dist: Path, work: Path, generated: Path, clean: bool, site: Path | None = None) -> None:
    """Run PyInstaller on the spec; `site` (a folder of packages) goes first on its path."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise BuildError("PyInstaller is missing: pip install -e '.[build]'") from None
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
           "--distpath", str(dist), "--workpath", str(work / "pyinstaller"),
           str(PACKAGING / "zzreader.spec")]
    if clean:
        cmd.insert(3, "--clean")
    env = {"ZZREADER_GENERATED": str(generated)}
    if site is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(site), os.environ.get("PYTHONPATH")]))
    run(cmd, env=env)


def add_desktop_files(folder: Path, generated: Path) -> None:
    """Linux: the .desktop file and the icon theme next to the executable."""
    shutil.copy2(PACKAGING / "zzreader.desktop", folder / "zzreader.desktop")
    shutil.copy2(generated / "icons" / "zzreader.png", folder / "zzreader.png")
    target = folder / "share" / "icons" / "hicolor"
    shutil.copytree(generated / "icons" / "hicolor", target, dirs_exist_ok=True)


def strip_python(folder: Path) -> int:
    """Linux: strip the debug symbols from Python's own library and extension modules.

    A Python built from source (pyenv, the usual way to get an old-enough
    glibc) keeps them: libpython alone is 22 MB, 6 MB without. Libraries
    that come from wheels are left alone: they are stripped already, and
    stripping one that auditwheel patched (numpy's OpenBLAS) breaks it.
    Returns the bytes saved.
    """
    internal = folder / "_internal"
    targets = [*internal.glob("libpython3*.so*"), *internal.glob("python3*/lib-dynload/*.so")]
    targets = [p for p in targets if p.is_file() and not p.is_symlink()]
    strip = shutil.which("strip")
    if not targets or strip is None:
        return 0
    before = sum(p.stat().st_size for p in targets)
    run([strip, "--strip-unneeded", *map(str, targets)], quiet=True)
    saved = before - sum(p.stat().st_size for p in targets)
    log(f"stripped Python's library and {len(targets) - 1} extension modules: {saved / 2**20:.1f} MB less")
    return saved


def stub_icu_data(folder: Path, work: Path) -> int:
    """Linux: put an empty ICU data library in place of Qt's 32 MB one; the bytes saved.

    PySide6's Qt links to ICU, whose data (collation, converters, break and
    locale tables) is one 32 MB library. What zzreader shows never reads it:
    the frozen self-test passes and the window renders the same pixels with
    ICU's empty stub data (packaging/icudata_stub.c, what ICU's own stubdata
    library holds). Without the data, QCollator falls back to comparing code
    points (only Qt's own file dialog sorts with it; the desktop's portal
    dialog does not) and Qt's GB18030 codec is unavailable (zzreader decodes
    in Python). Needs a C compiler; without one the data stays.
    """
    libs = [p for p in (folder / "_internal").rglob("libicudata.so.*") if p.is_file() and not p.is_symlink()]
    compiler = shutil.which("cc") or shutil.which("gcc")
    if not libs:
        return 0
    if compiler is None:
        log("no C compiler: Qt's ICU data kept (32 MB)")
        return 0
    saved = 0
    for lib in libs:
        major = re.match(r"libicudata\.so\.(\d+)", lib.name)
        if major is None:
            continue
        entry = _icu_entry_point(lib) or f"icudt{major.group(1)}_dat"
        stub = work / f"stub-{lib.name}"
        run([compiler, "-shared", "-fPIC", "-O2", "-s", f"-DICUDATA_ENTRY={entry}",
             f"-Wl,-soname,libicudata.so.{major.group(1)}", "-o", str(stub),
             str(PACKAGING / "icudata_stub.c")], quiet=True)
        before = lib.stat().st_size
        shutil.copyfile(stub, lib)
        saved += before - lib.stat().st_size
    log(f"ICU data replaced by ICU's empty stub data: {saved / 2**20:.1f} MB less")
    return saved


def _icu_entry_point(lib: Path) -> str | None:
    """The data symbol the library exports (icudt73_dat), read with nm when there is one."""
    nm = shutil.which("nm")
    if nm is None:
        return None
    out = subprocess.run([nm, "-D", "--defined-only", str(lib)], capture_output=True, text=True).stdout
    found = re.search(r"\b(icudt\w+_dat)\b", out)
    return found.group(1) if found else None


def check_qt_libraries(folder: Path) -> None:
    """Linux: every Qt library a bundled binary links to is in the bundle.

    Catches a plugin whose library was pruned or never collected (xcb or
    wayland would then fail only on a user's desktop, not in the offscreen
    self-test).
    """
    from PyInstaller.depend import bindepend

    dangling = [str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_symlink() and not p.exists()]
    if dangling:
        raise BuildError(f"dangling links in the bundle: {', '.join(dangling)}")
    present = {p.name for p in folder.rglob("*") if p.is_file() or p.is_symlink()}
    missing: dict[str, set[str]] = {}
    for path in folder.rglob("*.so*"):
        if not path.is_file() or path.is_symlink():
            continue
        for name, _resolved in bindepend.get_imports(str(path)):
            base = Path(name).name
            if base.startswith(("libQt6", "libpyside6", "libshiboken6", "libicu")) and base not in present:
                missing.setdefault(base, set()).add(path.name)
    if missing:
        detail = "; ".join(f"{lib} (needed by {', '.join(sorted(by))})" for lib, by in missing.items())
        raise BuildError(f"Qt libraries missing from the bundle: {detail}")
    log("Qt library check: every Qt library the bundle links to is present")


def executable(dist: Path) -> Path:
    """The program a user runs (the console variant on Windows)."""
    if IS_WIN:
        return dist / APP / f"{APP}-cli.exe"
    if IS_MAC and (dist / f"{APP}.app").is_dir():
        return dist / f"{APP}.app" / "Contents" / "MacOS" / APP
    return dist / APP / APP


def self_test(exe: Path) -> float:
    """Run the frozen self-test, echoing its steps; raise if it fails."""
    log(f"self-test: {exe} --self-test")
    start = time.perf_counter()
    result = subprocess.run([str(exe), "--self-test"], capture_output=True, text=True,
                            encoding="utf-8", errors="replace", timeout=SELF_TEST_TIMEOUT,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    seconds = time.perf_counter() - start
    for line in (result.stdout + result.stderr).splitlines():
        print(f"    {line}")
    if result.returncode != 0:
        raise BuildError(f"the frozen self-test failed (exit {result.returncode})")
    return seconds


def cold_start(exe: Path, runs: int = 3) -> dict[str, float] | None:
    """Seconds from launch to a shown, populated window (`--screenshot`), timed from outside.

    `shown_s`: launch to the moment the window reported itself shown
    (ZZREADER_STARTUP_LOG, written with the screenshot); `exit_s`: launch to
    the process's exit, PNG saved. On a library of the sample issues imported
    beforehand, so the figure is start-up, not import. The runs follow the
    build, so the files are likely in the page cache, as after any install.
    """
    with tempfile.TemporaryDirectory(prefix="zzreader-start-") as tmp:
        folder = Path(tmp)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
               "ZZREADER_LIBRARY": str(folder / "library.sqlite"),
               "ZZREADER_SETTINGS": str(folder / "settings.ini")}
        subprocess.run([str(exe), "import", str(ROOT / "seeds")], env=env, capture_output=True,
                       timeout=120, check=True)
        shown, exited = [], []
        for n in range(runs):
            shot, log_file = folder / f"shot{n}.png", folder / f"startup{n}.json"
            start_wall, start = time.time(), time.perf_counter()
            result = subprocess.run([str(exe), "--screenshot", str(shot)],
                                    env={**env, "ZZREADER_STARTUP_LOG": str(log_file)},
                                    capture_output=True, text=True, timeout=120)
            exited.append(time.perf_counter() - start)
            if result.returncode != 0 or not shot.is_file():
                log(f"cold start not measured: --screenshot exit {result.returncode} "
                    f"{result.stderr.strip()[-300:]}")
                return None
            if log_file.is_file():
                shown.append(json.loads(log_file.read_text("utf-8"))["shown_at"] - start_wall)
    figures = {"runs": runs, "exit_first_s": round(exited[0], 3),
               "exit_median_s": round(statistics.median(exited), 3)}
    if shown:
        figures |= {"shown_first_s": round(shown[0], 3), "shown_median_s": round(statistics.median(shown), 3)}
    return figures


# -- archive ---------------------------------------------------------------------
def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def make_archive(dist: Path, version: str) -> Path:
    arch = platform.machine().lower() or "unknown"
    if IS_LINUX:
        target = dist / f"{APP}-{version}-linux-{arch}.tar.gz"
        with tarfile.open(target, "w:gz", compresslevel=6) as tar:
            tar.add(dist / APP, arcname=APP)
        return target
    if IS_WIN:
        target = dist / f"{APP}-{version}-windows-{arch}.zip"
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
            for path in sorted((dist / APP).rglob("*")):
                zf.write(path, Path(APP) / path.relative_to(dist / APP))
        return target
    target = dist / f"{APP}-{version}-macos-{arch}.zip"
    # ditto keeps the symlinks and extended attributes a signed .app relies on.
    run(["ditto", "-c", "-k", "--keepParent", str(dist / f"{APP}.app"), str(target)])
    return target


def ignore_outputs(folder: Path) -> None:
    """Build outputs inside the checkout ignore themselves (no top-level .gitignore needed)."""
    if ROOT in folder.resolve().parents:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / ".gitignore").write_text("# build output of packaging/build.py\n*\n")


# -- main ------------------------------------------------------------------------
def build(dist: Path, work: Path, archive: bool = True, clean: bool = False,
          numpy_blas: bool = False) -> dict:
    started = time.perf_counter()
    version = package_version()
    for folder in (dist, work):
        ignore_outputs(folder)
    log(f"zzreader {version}, Python {platform.python_version()}, {platform.platform()}")
    generated = work / "generated"
    prepare_inputs(generated, version)
    site = numpy_without_blas(work) if IS_LINUX and not numpy_blas else None
    t = time.perf_counter()
    pyinstaller(dist, work, generated, clean, site)
    pyinstaller_s = time.perf_counter() - t
    folder = dist / APP
    if IS_LINUX:
        strip_python(folder)
        stub_icu_data(folder, work)
        add_desktop_files(folder, generated)
        check_qt_libraries(folder)
    exe = executable(dist)
    self_test_s = self_test(exe)
    report: dict = {
        "version": version,
        "platform": platform.platform(),
        "folder": str(folder),
        "folder_mb": round(folder_size(folder) / 2**20, 1),
        "numpy_openblas": any(folder.rglob("*openblas*")),
        "pyinstaller_s": round(pyinstaller_s, 1),
        "self_test_s": round(self_test_s, 1),
    }
    if archive:
        t = time.perf_counter()
        target = make_archive(dist, version)
        report |= {"archive": str(target), "archive_mb": round(target.stat().st_size / 2**20, 1),
                   "archive_s": round(time.perf_counter() - t, 1)}
    report["cold_start"] = cold_start(exe)
    report["build_s"] = round(time.perf_counter() - started, 1)
    (dist / "build-report.json").write_text(json.dumps(report, indent=2), "utf-8")
    return report


def print_report(report: dict) -> None:
    log(f"one-folder build: {report['folder_mb']} MB (target <= {MAX_FOLDER_MB} MB)  {report['folder']}")
    if "archive" in report:
        log(f"archive: {report['archive_mb']} MB (target <= {MAX_ARCHIVE_MB} MB)  {report['archive']}")
    start = report["cold_start"]
    if start:
        shown = (f"shown after {start['shown_first_s']} s (median {start['shown_median_s']} s), "
                 if "shown_first_s" in start else "")
        log(f"cold start (--screenshot, {start['runs']} runs): {shown}"
            f"exited after {start['exit_first_s']} s (median {start['exit_median_s']} s); target < 2 s")
    log(f"times: PyInstaller {report['pyinstaller_s']} s, self-test {report['self_test_s']} s, "
        f"total {report['build_s']} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="work folder (build/)")
    parser.add_argument("--no-archive", action="store_true", help="skip the archive")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--numpy-blas", action="store_true",
                        help="collect the installed numpy, OpenBLAS included (Linux builds one without)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))  # zzreader.resources, even without an install
    try:
        report = build(args.dist.resolve(), args.work.resolve(), not args.no_archive, args.clean,
                       args.numpy_blas)
    except (BuildError, subprocess.SubprocessError) as exc:
        print(f"[build] FAILED: {exc}", file=sys.stderr)
        return 1
    print_report(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
