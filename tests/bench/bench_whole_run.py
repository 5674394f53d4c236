"""The paper's whole run: a 70-year synthetic archive, and how every cost grows with it.

A city daily since 1949 is about 25,000 issues. This bench generates them
year by year (tests/bench/synth.py, deterministic; nothing is committed),
imports each year into one growing library through the real importer, and
at the checkpoints (by default after 1, 10 and 70 years) measures, each
against its peer in the same run:

- import time per issue for that year (flat from the first year to the last?);
- search latency for the mixed query set of tests/bench/bench_search.py
  (p50 / p95; goal p95 <= 25 ms at 70 years);
- the window: time to shown and memory, against a bare QMainWindow spawned
  in the same run (tests/bench/bench_gui.py; goal shown <= 1 s);
- the library file against the raw text it holds (goal <= 2.5x).

    python tests/bench/bench_whole_run.py                  # 70 years, ~25,550 issues
    python tests/bench/bench_whole_run.py --years 3 --checkpoints 1,3

It prints a table and asserts nothing. The 70-year run takes about an hour
on 2 cores and needs a few GB in --dir.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))  # run from a checkout

from bench_gui import peer_runs  # noqa: E402
from bench_search import file_sizes, latency, make_queries, pct  # noqa: E402
from synth import ArchiveGenerator  # noqa: E402

from zzreader.core.importer import import_paths  # noqa: E402
from zzreader.core.store import open_library  # noqa: E402

DAYS_PER_YEAR = 365
QUERY_SAMPLE = 4000  # articles the query set is drawn from


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (the importer's parse workers):
    unlike the wall clock, a busy machine does not inflate it."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def import_year(library_path: Path, gen_issues, folder: Path) -> tuple[float, float, int, int]:
    """Write one year's dumps, import them; (wall seconds, CPU seconds, issues, raw bytes)."""
    folder.mkdir(parents=True, exist_ok=True)
    raw = 0
    count = 0
    for issue in gen_issues:
        data = issue.raw_text().encode("utf-8")
        (folder / issue.source).write_bytes(data)
        raw += len(data)
        count += 1
    with open_library(library_path) as library:
        start, cpu_start = time.perf_counter(), cpu_seconds()
        report = import_paths(library, [folder])
        elapsed, cpu = time.perf_counter() - start, cpu_seconds() - cpu_start
    if report.failed:
        raise SystemExit(f"import failed: {report.failed[:3]}")
    shutil.rmtree(folder)
    return elapsed, cpu, count, raw


def library_bytes(path: Path) -> int:
    """The library file after a checkpoint folds its WAL in."""
    with open_library(path) as library:
        library.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path.stat().st_size


# Where the library's bytes go, by table (SQLite's dbstat), as parts of the whole.
PARTS = (
    ("index", ("articles_fts",)),
    ("articles", ("articles", "sqlite_autoindex_articles")),
    ("dumps", ("issues", "sqlite_autoindex_issues", "source_basis")),
    ("discovery", ("entit", "reprint", "sqlite_autoindex_entit", "sqlite_autoindex_reprint")),
)


def size_parts(path: Path, raw: int) -> str:
    """`index 1.84x, articles 1.12x, ...` of the raw text, or '' without dbstat."""
    import sqlite3

    with open_library(path) as lib:
        try:
            sizes = file_sizes(lib)
        except sqlite3.Error:
            return ""
    totals = dict.fromkeys([name for name, _ in PARTS] + ["other"], 0)
    for table, size in sizes.items():
        part = next((name for name, prefixes in PARTS if table.startswith(prefixes)), "other")
        totals[part] += size
    return ", ".join(f"{name} {size / raw:.2f}x" for name, size in totals.items())


def search_figures(path: Path, gen: ArchiveGenerator) -> tuple[float, float, int]:
    """(p50, p95 ms, queries) of the mixed set, drawn from a sample of the library's articles."""
    with open_library(path) as lib:
        total = lib.stats().articles
        step = max(1, total // QUERY_SAMPLE)
        rows = lib.db.execute(
            "SELECT id, title, subtitle, text FROM articles WHERE id % ? = 0 ORDER BY id", [step]
        ).fetchall()
        queries = make_queries(rows, gen)
        by_kind = latency(lib, queries, repeats=3)
    walls = [w for values in by_kind.values() for w, _cpu in values]
    return pct(walls, 50), pct(walls, 95), len(walls)


def search_in_child(path: Path) -> tuple[float, float, int]:
    """`search_figures` in a process of its own. Ranking a common word leaves a worker
    thread in the process (core/rank_split.py), and the importer starts its parse
    workers from a fork server in a process with threads (core/importer.py
    `_pool_context`): os.times() here would then stop counting their CPU time, and
    every year after the first such checkpoint would look cheaper than it was."""
    out = subprocess.run([sys.executable, __file__, "--search-figures", str(path)],
                         capture_output=True, text=True, check=True)
    p50, p95, n = out.stdout.split()
    return float(p50), float(p95), int(n)


def window_figures(path: Path, work: Path, runs: int) -> dict[str, float]:
    work.mkdir(parents=True, exist_ok=True)
    bare, app = peer_runs(path, runs, work)
    med = statistics.median
    return {
        "shown_s": med(r["shown_s"] for r in app),
        "bare_s": med(r["shown_s"] for r in bare),
        "rss_mb": med(r["rss_mb"] for r in app),
        "bare_mb": med(r["rss_mb"] for r in bare),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--years", type=int, default=70)
    ap.add_argument("--checkpoints", default="1,10,70", help="years after which to measure")
    ap.add_argument("--dir", default=os.environ.get("ZZREADER_BENCH_DIR", "/tmp/zzreader-whole-run"))
    ap.add_argument("--window-runs", type=int, default=3)
    ap.add_argument("--keep-year", type=int, default=0,
                    help="also keep a copy of the library as it stood after this year (to profile the next import)")
    ap.add_argument("--search-figures", metavar="LIBRARY", help=argparse.SUPPRESS)  # search_in_child's child
    args = ap.parse_args(argv)
    if args.search_figures:
        print(*search_figures(Path(args.search_figures), ArchiveGenerator(start="1949-01-01")))
        return 0
    checkpoints = sorted({int(c) for c in args.checkpoints.split(",") if int(c) <= args.years})
    work = Path(args.dir)
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    library_path = work / "whole-run.sqlite"
    gen = ArchiveGenerator(start="1949-01-01")
    issues = gen.issues(args.years * DAYS_PER_YEAR)
    raw_total, per_issue_ms, cpu_ms, rows = 0, [], [], []
    print(f"{args.years} years x {DAYS_PER_YEAR} issues into {library_path}; cpus={os.cpu_count()}")
    for year in range(1, args.years + 1):
        year_issues = (next(issues) for _ in range(DAYS_PER_YEAR))
        seconds, cpu, count, raw = import_year(library_path, year_issues, work / f"year-{year}")
        raw_total += raw
        if year == args.keep_year:
            shutil.copyfile(library_path, work / f"after-year-{year}.sqlite")
        per_issue_ms.append(seconds / count * 1000)
        cpu_ms.append(cpu / count * 1000)
        print(f"  year {year:2d}: {count} issues in {seconds:6.1f} s = {per_issue_ms[-1]:5.1f} ms/issue "
              f"(CPU {cpu_ms[-1]:5.1f} ms/issue)", flush=True)
        if year not in checkpoints:
            continue
        size = library_bytes(library_path)
        p50, p95, n = search_in_child(library_path)
        win = window_figures(library_path, work / f"gui-{year}", args.window_runs)
        with open_library(library_path) as lib:
            stats = lib.stats()
        rows.append((year, stats.issues, stats.articles, raw_total, size, per_issue_ms[-1], p50, p95, n, win))
        print(f"  checkpoint {year}: search p50 {p50:.1f} ms p95 {p95:.1f} ms ({n} queries); "
              f"window shown {win['shown_s']:.2f} s (bare {win['bare_s']:.2f} s); "
              f"library {size / raw_total:.2f}x raw ({size_parts(library_path, raw_total)})", flush=True)

    print("\n| years | issues | articles | raw text | library (× raw) | import ms/issue | search p50 / p95 | "
          "window shown (bare) | memory (bare) |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for year, n_issues, n_articles, raw, size, ms, p50, p95, _n, win in rows:
        print(f"| {year} | {n_issues:,} | {n_articles:,} | {raw / 1e6:,.0f} MB | {size / 1e6:,.0f} MB "
              f"({size / raw:.2f}×) | {ms:.0f} | {p50:.1f} / {p95:.1f} ms | {win['shown_s']:.2f} s "
              f"({win['bare_s']:.2f} s) | {win['rss_mb']:.0f} MB ({win['bare_mb']:.0f} MB) |")
    for label, values in (("wall", per_issue_ms), ("CPU", cpu_ms)):
        first, last = values[0], values[-1]
        print(f"\nimport per issue ({label}): first year {first:.1f} ms, last year {last:.1f} ms "
              f"(last/first {last / first:.2f}; flat = about 1)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
