"""Installer size against its peer: a PyInstaller hello-world with the same Qt (issue 18).

    python tests/bench/bench_installer.py                  # builds zzreader too (packaging/build.py)
    python tests/bench/bench_installer.py --folder DIST/zzreader   # an existing one-folder build

Builds, in a temporary folder and with the same Python, PyInstaller and
PySide6, a ten-line app that shows an empty QMainWindow (one-folder,
PyInstaller's defaults), then prints the size of zzreader's one-folder build
next to it and the ratio zzreader / hello-world (goal: at most 0.8), plus
the largest parts of each, so a change in either shows where it came from.
Prints figures and asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

HELLO = '''\
import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("hello")
window.setCentralWidget(QLabel("hello, world"))
window.show()
sys.exit(app.exec())
'''


def folder_size(path: Path) -> int:
    return sum(f.lstat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def largest_parts(folder: Path, n: int = 8) -> list[tuple[str, int]]:
    """The biggest entries one level inside the bundle's _internal folder (or the folder)."""
    inner = folder / "_internal" if (folder / "_internal").is_dir() else folder
    sizes = []
    for entry in inner.iterdir():
        size = folder_size(entry) if entry.is_dir() else (entry.lstat().st_size if not entry.is_symlink() else 0)
        sizes.append((entry.name, size))
    return sorted(sizes, key=lambda x: -x[1])[:n]


def build_hello(work: Path) -> Path:
    """PyInstaller --onedir on the hello-world, defaults otherwise; the built folder."""
    script = work / "hello.py"
    script.write_text(HELLO, encoding="utf-8")
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--onedir", "--name", "hello",
           "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
           "--specpath", str(work), str(script)]
    result = subprocess.run(cmd, cwd=work, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        print(result.stderr[-3000:])
        raise SystemExit("the hello-world build failed")
    return work / "dist" / "hello"


def build_zzreader(work: Path) -> Path:
    dist = work / "zz-dist"
    subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"), "--dist", str(dist),
                    "--work", str(work / "zz-work"), "--no-archive"], check=True, cwd=ROOT)
    return Path(json.loads((dist / "build-report.json").read_text("utf-8"))["folder"])


def mb(n: int) -> str:
    return f"{n / 2**20:6.1f} MB"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--folder", help="zzreader's one-folder build (default: build it now)")
    args = ap.parse_args(argv)
    import PyInstaller
    import PySide6

    with tempfile.TemporaryDirectory(prefix="zzreader-installer-") as tmp:
        work = Path(tmp)
        env_note = f"PyInstaller {PyInstaller.__version__}, PySide6 {PySide6.__version__}, Python {sys.version.split()[0]}"
        print(f"Building the hello-world ({env_note}) …", flush=True)
        hello = build_hello(work)
        ours = Path(args.folder) if args.folder else build_zzreader(work)
        h, z = folder_size(hello), folder_size(ours)
        print(f"\nOne-folder builds ({sys.platform}):")
        print(f"  hello-world (QMainWindow, PyInstaller defaults) {mb(h)}")
        print(f"  zzreader                                        {mb(z)}   {ours}")
        print(f"  ratio zzreader / hello-world: {z / h:.2f} (goal <= 0.8)")
        for name, folder in (("hello-world", hello), ("zzreader", ours)):
            parts = ", ".join(f"{n} {s / 2**20:.1f}" for n, s in largest_parts(folder))
            print(f"  largest parts of {name} (MB): {parts}")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
