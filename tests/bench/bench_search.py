"""Search benchmark on a synthetic ten-year archive (issue 4's speed targets).

    python tests/bench/bench_search.py            # 3,650 issues, ~70,000 articles
    python tests/bench/bench_search.py --small    # 365 issues, a quick run

Builds the archive deterministically (tests/bench/synth.py) straight into a
library file through `Library.import_issue` - the store's own writes and
index calls, one transaction per issue, only the parser is bypassed - then
in one warm process measures:

- latency of 200 mixed queries (common words, rare names, 2-4 character
  substrings, two-term AND, quoted phrases), first 20 hits with snippets;
  targets p95 <= 30 ms;
- one-character queries, target <= 300 ms;
- library file size against the raw text (the issue files), target <= 3x,
  with the share of each table;
- exact recall: every single-term query's hits == a brute-force substring
  scan over every text the page shows of every article;
- the round trip: every issue's raw dump, parsed, gives back as many
  articles (and the same titles) as were generated (exit 1 otherwise).

The index is left as the imports leave it (FTS5's automerge), as in a real
library; --optimize merges it first. The library is cached in --dir and
reused when it matches the archive size. Figures are printed, nothing is
asserted.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from synth import ArchiveGenerator, SynthIssue  # noqa: E402

from zzreader.core import fts_index
from zzreader.core import search as zsearch  # noqa: E402
from zzreader.core.models import Article, Block, Issue  # noqa: E402
from zzreader.core.store import open_library  # noqa: E402
from zzreader.core.textindex import WORD_RUN, fold  # noqa: E402


def to_issue(s: SynthIssue) -> Issue:
    raw = s.raw_text()
    articles = [
        Article(
            title=a.title,
            type=a.type,
            subtitle=a.subtitle,
            section=a.section,
            reporters=a.reporters,
            correspondents=a.correspondents,
            photographers=a.photographers,
            blocks=[Block("p", p, 0, 0) for p in a.paragraphs],
        )
        for a in s.articles
    ]
    return Issue(
        source=s.source,
        sha256=hashlib.sha256(raw.encode()).hexdigest(),
        encoding="utf-8",
        text=raw,
        date=s.date,
        date_source="masthead",
        number=s.number,
        articles=articles,
    )


def build(path: Path, n_issues: int, optimize: bool) -> dict:
    """Write the archive into a fresh library; returns build figures."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    lib = open_library(path)
    gen = ArchiveGenerator()
    raw_bytes = chars = articles = 0
    t_gen = t_store = 0.0
    t0 = time.perf_counter()
    for i in range(n_issues):
        a = time.perf_counter()
        s = gen.issue(i)
        issue = to_issue(s)
        b = time.perf_counter()
        lib.import_issue(issue)
        t_store += time.perf_counter() - b
        t_gen += b - a
        raw_bytes += len(issue.text.encode("utf-8"))
        chars += sum(len(x.title) + len(x.subtitle) + len(x.text) for x in issue.articles)
        articles += len(issue.articles)
        if (i + 1) % 365 == 0:
            print(f"  built {i + 1}/{n_issues} issues ({time.perf_counter() - t0:.0f} s)", flush=True)
    t_opt = 0.0
    if optimize:
        a = time.perf_counter()
        with lib.lock:
            fts_index.optimize_index(lib.db)
            lib.db.conn.commit()
        t_opt = time.perf_counter() - a
    lib.set_meta("bench_archive", f"{n_issues}:{raw_bytes}:{chars}:{articles}:{int(optimize)}")
    lib.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    lib.close()
    return {
        "issues": n_issues,
        "articles": articles,
        "chars": chars,
        "raw_bytes": raw_bytes,
        "generate_s": t_gen,
        "store_index_s": t_store,
        "optimize_s": t_opt,
    }


def round_trip(n_issues: int) -> tuple[int, int, int]:
    """(generated articles, articles the parser reads back from the raw dumps,
    issues that differ in their list of titles) over the first `n_issues`."""
    from zzreader.core.parse import parse_text

    gen = ArchiveGenerator()
    made = read = differ = 0
    for i in range(n_issues):
        s = gen.issue(i)
        parsed = parse_text(s.raw_text(), s.source)
        made += len(s.articles)
        read += len(parsed.articles)
        differ += [a.title for a in s.articles] != [a.title for a in parsed.articles]
    return made, read, differ


def load_articles(lib) -> list[tuple[int, str, str, str, str]]:
    """(id, title, subtitle, body, the other lines the page shows: section,
    kicker, editor and each byline name on a line of its own)."""
    import json

    rows = lib.db.execute(
        "SELECT id, title, subtitle, text, section, kicker, editor, reporters, correspondents, "
        "photographers FROM articles ORDER BY id"
    ).fetchall()
    return [
        (r[0], r[1], r[2], r[3], "\n".join([r[4], r[5], r[6], *(n for c in r[7:10] for n in json.loads(c))]))
        for r in rows
    ]


def make_queries(rows, gen: ArchiveGenerator, seed: int = 7) -> dict[str, list[str]]:
    """The mixed query set: 40 of each kind, deterministic for a seed."""
    rng = random.Random(seed)
    bodies = [r[3] for r in rows]

    def substring(lo: int, hi: int) -> str:
        while True:
            text = rng.choice(bodies)
            runs = [r for r in WORD_RUN.findall(text) if len(r) >= lo]
            if runs:
                run = rng.choice(runs)
                n = rng.randint(lo, min(hi, len(run)))
                start = rng.randrange(len(run) - n + 1)
                return run[start : start + n]

    common = [w for w in gen.vocab.words[:400] if len(w) >= 2]
    words_mid = [w for w in gen.vocab.words[200:3000] if len(w) >= 2]
    queries = {
        "common word": rng.sample(common, 40),
        "rare name": rng.sample(gen.people, 40),
        "2-4 char substring": [substring(2, 4) for _ in range(40)],
        "two-term AND": [f"{rng.choice(words_mid)} {rng.choice(words_mid + common)}" for _ in range(40)],
        "phrase": [],
    }
    while len(queries["phrase"]) < 40:
        text = rng.choice(bodies)
        start = rng.randrange(max(1, len(text) - 12))
        piece = text[start : start + rng.randint(5, 10)].replace("\n", " ")
        if '"' not in piece and len(WORD_RUN.findall(piece)) >= 1 and piece.strip():
            queries["phrase"].append(f'"{piece}"')
    return queries


class ScanPeer:
    """The peer measured in the same run: a scan of every article's folded text
    (title, subtitle, body) in one string, like ripgrep over the library's own
    text - each term's regex over the whole corpus, hits mapped to articles,
    terms ANDed. It finds the same articles for these queries but ranks nothing."""

    def __init__(self, rows) -> None:
        import bisect

        self._bisect = bisect.bisect_right
        parts, self.starts, pos = [], [], 0
        for r in rows:
            text = fold("\n".join((r[1], r[2] or "", r[3], r[4])))
            self.starts.append(pos)
            parts.append(text)
            pos += len(text) + 1
        self.corpus = "\x00".join(parts)
        self.ids = [r[0] for r in rows]

    def search(self, query: str) -> set[int]:
        import re

        from zzreader.core.query import parse
        from zzreader.core.textindex import phrase_regex

        found: set[int] | None = None
        for term in parse(query).highlight:
            rx = re.compile(phrase_regex(list(term.tokens)))
            hits = {self.ids[self._bisect(self.starts, m.start()) - 1] for m in rx.finditer(self.corpus)}
            found = hits if found is None else found & hits
        return found or set()


def peer_latency(peer: ScanPeer, queries: dict[str, list[str]]) -> list[float]:
    out = []
    for qs in queries.values():
        for q in qs:
            t = time.perf_counter()
            peer.search(q)
            out.append((time.perf_counter() - t) * 1000)
    return out


def one_char_queries(rows, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    common = ["的", "一", "是", "在", "市", "株", "发", "人", "了", "中"]
    pool = sorted({c for r in rows[:2000] for c in r[3] if "\u4e00" <= c <= "\u9fff"})
    return common + rng.sample(pool, 10)


def timed(lib, q: str, **kw) -> tuple[float, float, int]:
    """(wall ms, CPU ms, total hits) of one search with snippets for its first 20 hits."""
    w, c = time.perf_counter(), time.process_time()
    res = zsearch.search(lib, q, limit=20, **kw)
    return (time.perf_counter() - w) * 1000, (time.process_time() - c) * 1000, res.total


def pct(values: list[float], p: float) -> float:
    """Nearest-rank percentile."""
    s = sorted(values)
    return s[min(len(s) - 1, max(0, -(-len(s) * p // 100) - 1))]


def latency(lib, queries: dict[str, list[str]], repeats: int, **kw) -> dict[str, list[tuple[float, float]]]:
    """Per query the median wall and CPU time of `repeats` runs, after a warm-up pass."""
    for qs in queries.values():
        for q in qs:
            timed(lib, q, **kw)
    out: dict[str, list[tuple[float, float]]] = {}
    for kind, qs in queries.items():
        out[kind] = []
        for q in qs:
            runs = [timed(lib, q, **kw) for _ in range(repeats)]
            out[kind].append((statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)))
    return out


def report_latency(title: str, by_kind: dict[str, list[tuple[float, float]]]) -> tuple[list[float], list[float]]:
    """Print wall-clock and CPU percentiles (CPU is what a busy machine can't inflate)."""
    print(f"\n{title}")
    print(f"  {'kind':20s} {'n':>4s}   wall p50   p95   max |  cpu p50   p95   max  (ms)")
    walls: list[float] = []
    cpus: list[float] = []

    def line(kind: str, w: list[float], c: list[float]) -> None:
        print(
            f"  {kind:20s} {len(w):4d}   {pct(w, 50):8.1f} {pct(w, 95):5.1f} {max(w):5.1f} | "
            f"{pct(c, 50):8.1f} {pct(c, 95):5.1f} {max(c):5.1f}"
        )

    for kind, ms in by_kind.items():
        w, c = [m[0] for m in ms], [m[1] for m in ms]
        walls += w
        cpus += c
        line(kind, w, c)
    if len(by_kind) > 1:
        line("ALL", walls, cpus)
    return walls, cpus


def recall_check(lib, rows, terms: list[str]) -> tuple[int, int, int]:
    """(terms checked, missed articles, false hits) against a substring scan."""
    folded = [(r[0], [fold(x) for x in (r[1], r[2], r[3], *r[4].split("\n"))]) for r in rows]
    missed = false = 0
    for term in terms:
        t = fold(term)
        expect = {i for i, texts in folded if any(t in x for x in texts)}
        got = {h.article_id for h in zsearch.search(lib, f'"{term}"', limit=None).hits}
        missed += len(expect - got)
        false += len(got - expect)
    return len(terms), missed, false


def file_sizes(lib) -> dict[str, int]:
    rows = lib.db.execute(
        "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC"
    ).fetchall()
    return dict(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--small", action="store_true", help="365 issues instead of 3,650")
    ap.add_argument("--issues", type=int, help="number of issues (overrides --small)")
    ap.add_argument("--dir", default=os.environ.get("ZZREADER_BENCH_DIR", "/tmp/zzreader-bench"))
    ap.add_argument("--rebuild", action="store_true", help="rebuild the cached library")
    ap.add_argument(
        "--optimize", action="store_true", help="merge the index into one segment after the import"
    )
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument(
        "--round-trip", type=int, default=None, metavar="N",
        help="parse the raw dumps of the first N issues back and compare (default all; 0 skips)",
    )
    ap.add_argument("--variants", action="store_true", help="also time without jieba boosters and sorted by date")
    args = ap.parse_args(argv)

    n = args.issues or (365 if args.small else 3650)
    optimize = args.optimize
    folder = Path(args.dir)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"bench-{n}{'-optimized' if optimize else ''}.sqlite"

    built = None
    if args.rebuild or not path.exists():
        print(f"Building {n} issues into {path} …", flush=True)
        built = build(path, n, optimize)
    lib = open_library(path)
    tag = lib.meta("bench_archive")
    if tag is None or not tag.startswith(f"{n}:"):
        lib.close()
        print("cached library is stale; rebuilding", flush=True)
        built = build(path, n, optimize)
        lib = open_library(path)
        tag = lib.meta("bench_archive")
    _, raw_bytes, chars, n_articles, _ = (int(x) for x in tag.split(":"))

    print(f"\nArchive: {n} issues, {n_articles} articles, {chars:,} characters, raw text {raw_bytes / 1e6:.1f} MB")
    if built:
        print(
            f"Build: generate {built['generate_s']:.1f} s, store+index {built['store_index_s']:.1f} s"
            f" ({chars / built['store_index_s'] / 1e6:.2f} M chars/s), optimize {built['optimize_s']:.1f} s"
        )
    size = path.stat().st_size
    sizes = file_sizes(lib)
    fts = sum(v for k, v in sizes.items() if k.startswith("articles_fts"))
    print(f"Library file: {size / 1e6:.1f} MB = {size / raw_bytes:.2f} x raw text (target <= 3)")
    for name in ("issues", "articles", "articles_fts_data"):
        print(f"  {name:22s} {sizes.get(name, 0) / 1e6:7.1f} MB  {sizes.get(name, 0) / raw_bytes:5.2f} x")
    print(f"  {'all of articles_fts*':22s} {fts / 1e6:7.1f} MB  {fts / raw_bytes:5.2f} x")

    gen = ArchiveGenerator()
    rows = load_articles(lib)
    queries = make_queries(rows, gen)
    every, every_cpu = report_latency(
        "Mixed queries, limit 20 with snippets (warm):", latency(lib, queries, args.repeats)
    )
    peer = ScanPeer(rows)
    peer_ms = peer_latency(peer, queries)
    print(
        f"  peer (scan of the articles' text) p50 {pct(peer_ms, 50):.1f} p95 {pct(peer_ms, 95):.1f} ms; "
        f"zzreader / peer: p50 {pct(every, 50) / pct(peer_ms, 50):.3f}, p95 {pct(every, 95) / pct(peer_ms, 95):.3f}"
    )
    ones = one_char_queries(rows)
    one_ms, one_cpu = report_latency("One-character queries (warm):", latency(lib, {"1 char": ones}, args.repeats))
    totals = [timed(lib, q)[2] for q in ones]
    print(f"  hits per 1-char query: {min(totals)}..{max(totals)}")
    if args.variants:
        year = 2015 + (n // 365) // 2
        report_latency("Mixed queries without jieba boosters:", latency(lib, queries, args.repeats, boost=False))
        report_latency("Mixed queries sorted by date:", latency(lib, queries, args.repeats, sort="date"))
        report_latency(
            "Mixed queries within one year (--from/--to):",
            latency(lib, queries, args.repeats, date_from=f"{year}-01-01", date_to=f"{year}-12-31"),
        )

    single = [q for kind in ("common word", "rare name", "2-4 char substring") for q in queries[kind]]
    single += [q.strip('"') for q in queries["phrase"] if WORD_RUN.fullmatch(q.strip('"'))]
    single += ones[:5]
    t = time.perf_counter()
    checked, missed, false = recall_check(lib, rows, single)
    print(
        f"\nRecall check vs brute-force substring scan: {checked} terms, "
        f"{missed} missed articles, {false} false hits ({time.perf_counter() - t:.0f} s)"
    )
    print(
        f"\nSUMMARY p95 {pct(every, 95):.1f} ms wall / {pct(every_cpu, 95):.1f} ms CPU (<= 10), "
        f"1-char max {max(one_ms):.1f} ms wall / {max(one_cpu):.1f} ms CPU (<= 300), "
        f"file {size / raw_bytes:.2f} x raw (<= 3), misses {missed}, false hits {false}"
    )
    lib.close()
    checked = n if args.round_trip is None else min(args.round_trip, n)
    if checked:
        made, read, differ = round_trip(checked)
        print(
            f"Round trip of {checked} raw dumps through the parser: {made} articles generated, "
            f"{read} read back, {differ} issues with other titles"
        )
        if made != read:
            print("ROUND TRIP FAILED: the parser does not read the archive back into its articles")
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
