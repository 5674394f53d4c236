"""`zzreader search` from the command line against ripgrep over the raw files.

    python tests/bench/bench_cli_search.py --issues 365     # a quick run
    python tests/bench/bench_cli_search.py                  # the ten-year archive

Reporters script the command line, so one `zzreader search QUERY --library
FILE` is timed as a whole process (start-up included), query by query,
against `rg -F -c QUERY DIR` over the same archive's raw dump files in the
same run (the peer; `grep -rFc` when ripgrep is not installed, and the
output says so). Then a batch: the same queries, one per line, through one
`zzreader search -` against one `rg` process per query. Goals (issue 18):
one search at most 2x ripgrep's time, the batch well under it.

The archive is tests/bench/synth.py's, built as bench_search.py builds it
(cached in --dir, shared with that benchmark); the raw dumps are written
next to it. Figures are printed, nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import bench_search  # noqa: E402
from synth import ArchiveGenerator  # noqa: E402


def raw_folder(folder: Path, n_issues: int) -> Path:
    """The archive's raw dumps as files (written once)."""
    out = folder / f"raw-{n_issues}"
    done = out / ".complete"
    if done.exists():
        return out
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    gen = ArchiveGenerator()
    for i in range(n_issues):
        s = gen.issue(i)
        (out / s.source).write_text(s.raw_text(), encoding="utf-8")
    done.write_text("ok")
    return out


def library(folder: Path, n_issues: int) -> Path:
    """bench_search.py's cached library of the same archive (built when missing)."""
    path = folder / f"bench-{n_issues}.sqlite"
    if not path.exists():
        bench_search.build(path, n_issues, optimize=False)
    return path


def peer_command(query: str, raw: Path) -> tuple[list[str], str]:
    if shutil.which("rg"):
        return ["rg", "-F", "-c", "--no-messages", query, str(raw)], "ripgrep (rg -F -c)"
    return ["grep", "-rFc", query, str(raw)], "grep -rFc (ripgrep not installed)"


def wall(cmd: list[str], env: dict[str, str], stdin: str | None = None, repeats: int = 5) -> float:
    """Median wall time in ms of running `cmd` to the end."""
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        subprocess.run(cmd, env=env, input=stdin, capture_output=True, text=True, check=False)
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def queries_for(path: Path, n: int = 20, seed: int = 18) -> list[str]:
    """Rare names, common words and substrings of the archive (bench_search.py's mix)."""
    sys.path.insert(0, str(ROOT))
    from zzreader.core.store import open_library

    lib = open_library(path)
    try:
        mix = bench_search.make_queries(bench_search.load_articles(lib), ArchiveGenerator())
    finally:
        lib.close()
    rng = random.Random(seed)
    kinds = ("rare name", "common word", "2-4 char substring")
    return [q for kind in kinds for q in rng.sample(mix[kind], n // len(kinds) + 1)][:n]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--issues", type=int, default=3650)
    ap.add_argument("--dir", default=os.environ.get("ZZREADER_BENCH_DIR", "/tmp/zzreader-bench"))
    ap.add_argument("--queries", type=int, default=20)
    ap.add_argument("--repeats", type=int, default=5)
    args = ap.parse_args(argv)

    folder = Path(args.dir)
    folder.mkdir(parents=True, exist_ok=True)
    lib = library(folder, args.issues)
    raw = raw_folder(folder, args.issues)
    raw_mb = sum(p.stat().st_size for p in raw.glob("*.txt")) / 2**20
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    # An installed zzreader has its modules compiled (pip writes the .pyc files);
    # let this source tree keep them too, or every run would compile them again.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    zz = [sys.executable, "-m", "zzreader", "--library", str(lib), "search"]
    queries = queries_for(lib, args.queries)
    peer_name = peer_command("x", raw)[1]

    # Warm-up: the library, the raw files and the word table in the page cache.
    subprocess.run([*zz, queries[0]], env=env, capture_output=True, check=False)
    subprocess.run(peer_command(queries[0], raw)[0], capture_output=True, check=False)
    bare = wall([sys.executable, "-c", "pass"], env, repeats=args.repeats)

    print(f"Archive: {args.issues} issues, raw dumps {raw_mb:.1f} MiB in {raw}; library {lib}")
    print(f"Peer: {peer_name}; Python start-up alone ({sys.executable} -c pass): {bare:.0f} ms")
    print(f"\n  {'query':14s} {'zzreader ms':>12s} {'peer ms':>9s} {'ratio':>6s}")
    ratios, zz_all, peer_all = [], [], []
    for q in queries:
        z = wall([*zz, q], env, repeats=args.repeats)
        p = wall(peer_command(q, raw)[0], env, repeats=args.repeats)
        ratios.append(z / p)
        zz_all.append(z)
        peer_all.append(p)
        print(f"  {q:14s} {z:12.0f} {p:9.0f} {z / p:6.2f}")
    print(
        f"\nOne search: zzreader median {statistics.median(zz_all):.0f} ms, peer median "
        f"{statistics.median(peer_all):.0f} ms, ratio median {statistics.median(ratios):.2f}, "
        f"max {max(ratios):.2f} (goal <= 2)"
    )

    batch = "\n".join(queries) + "\n"
    z_batch = wall([*zz, "-"], env, stdin=batch, repeats=max(1, args.repeats // 2))
    t = time.perf_counter()
    for q in queries:
        subprocess.run(peer_command(q, raw)[0], capture_output=True, check=False)
    p_batch = (time.perf_counter() - t) * 1000
    print(
        f"Batch of {len(queries)} queries: `zzreader search -` {z_batch:.0f} ms "
        f"({z_batch / len(queries):.1f} ms a query), {len(queries)} peer runs {p_batch:.0f} ms, "
        f"ratio {z_batch / p_batch:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
