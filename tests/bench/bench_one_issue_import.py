"""One issue imported with `zzreader import`, into a young library and into one that holds a whole run's reprint signatures.

Issue 18 asks that importing an issue cost the same in year 70 as in year
1. What a one-issue import reads in full grows with the archive; this bench
isolates the reprint signatures (417,000 at 70 years): it builds a one-year
library (tests/bench/synth.py, deterministic), copies it, pads the copy's
signature store with synthetic band keys up to --signatures, then imports
the same unseen issues into fresh copies of each, alternating, each in its
own `zzreader import` process as a reporter would run it, and prints the
CPU time of each (user + system, its parse workers included) and the ratio
padded / young (flat = about 1). Prints figures; asserts nothing.

    python tests/bench/bench_one_issue_import.py                     # 417,000 signatures
    python tests/bench/bench_one_issue_import.py --signatures 100000 --issues 3
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))  # run from a checkout

from synth import ArchiveGenerator

from zzreader.core.discovery import reprints, signature_chunks
from zzreader.core.importer import import_paths
from zzreader.core.store import open_library

DAYS = 365
# /usr/bin/time is not everywhere: the child reports its own and its workers' CPU time.
RUN = (
    "import os, sys\n"
    "from zzreader.__main__ import main\n"
    "code = main(sys.argv[1:])\n"
    "t = os.times()\n"
    "print(t.user + t.system + t.children_user + t.children_system, file=sys.stderr)\n"
    "sys.exit(code)\n"
)


def build_young(folder: Path) -> Path:
    """A one-year library through the real importer."""
    dumps = folder / "year-1"
    dumps.mkdir(parents=True)
    for issue in ArchiveGenerator(start="1949-01-01").issues(DAYS):
        (dumps / issue.source).write_bytes(issue.raw_text().encode("utf-8"))
    path = folder / "young.sqlite"
    with open_library(path) as library:
        import_paths(library, [dumps])
        library.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.rmtree(dumps)
    return path


def pad(young: Path, target: Path, signatures: int) -> int:
    """A copy of `young` whose signature store holds `signatures` entries; returns those added.

    The added entries stand for articles of earlier years: random band keys
    under ids no article has, as a whole run's store would hold them."""
    import numpy as np

    shutil.copyfile(young, target)
    with open_library(target) as library:
        have = len(signature_chunks.read(library.db, reprints.STORED)[0])
        extra = max(0, signatures - have)
        top = library.db.execute("SELECT max(id) FROM articles").fetchone()[0] or 0
        rng = np.random.default_rng(18)
        with library.lock, library.db.atomic():
            for start in range(0, extra, 50_000):
                n = min(50_000, extra - start)
                ids = list(range(top + 1 + start, top + 1 + start + n))
                keys = rng.integers(0, 2**32, size=(n, reprints.STORED), dtype=np.uint32)
                signature_chunks.append(library.db, ids, keys, reprints.STORED)
        library.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return extra


def import_cpu(library: Path, issue: Path, work: Path) -> float:
    """CPU seconds of `zzreader import ISSUE` into a fresh copy of `library`."""
    copy = work / "copy.sqlite"
    shutil.copyfile(library, copy)
    done = subprocess.run(
        [sys.executable, "-c", RUN, "--library", str(copy), "import", str(issue)],
        cwd=work, env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True, check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"import failed: {done.stderr.strip()[-300:]}")
    copy.unlink()
    return float(done.stderr.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--signatures", type=int, default=417_000, help="signatures in the padded library")
    ap.add_argument("--issues", type=int, default=4, help="issues imported into each")
    ap.add_argument("--dir", default=os.environ.get("ZZREADER_BENCH_DIR", "/tmp/zzreader-one-issue"))
    args = ap.parse_args(argv)
    work = Path(args.dir)
    young = work / "young.sqlite"
    if not young.exists():
        print("building a one-year library …", flush=True)
        work.mkdir(parents=True, exist_ok=True)
        young = build_young(work)
    padded = work / f"padded-{args.signatures}.sqlite"
    if not padded.exists():
        added = pad(young, padded, args.signatures)
        print(f"padded library: {added:,} synthetic signatures added", flush=True)
    issues = Path(tempfile.mkdtemp(dir=work))
    later = ArchiveGenerator(start="1980-01-01").issues(args.issues)
    files = []
    for issue in later:
        files.append(issues / issue.source)
        files[-1].write_bytes(issue.raw_text().encode("utf-8"))
    young_cpu, padded_cpu = [], []
    for f in files:  # alternating, so a machine that slows down weighs on both
        young_cpu.append(import_cpu(young, f, issues))
        padded_cpu.append(import_cpu(padded, f, issues))
        print(f"  {f.name}: young {young_cpu[-1]:.2f} s, padded {padded_cpu[-1]:.2f} s CPU", flush=True)
    shutil.rmtree(issues)
    med_y, med_p = statistics.median(young_cpu), statistics.median(padded_cpu)
    print(f"\none-issue import, CPU median of {len(files)}: young library {med_y:.2f} s, "
          f"with {args.signatures:,} signatures {med_p:.2f} s (ratio {med_p / med_y:.2f}; flat = about 1)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
