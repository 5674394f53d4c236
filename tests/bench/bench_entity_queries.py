"""How fast the people/places index answers, and a digest of what it answers.

    python tests/bench/bench_entity_queries.py LIBRARY [--reindex 500]

Runs on a copy of LIBRARY (any schema this checkout opens; an older one is
migrated, and the time that takes is printed). Times the listing of each
kind, the detail of the ten busiest places and people (their articles and
the names they appear with), the byline check, and indexing the last
`--reindex` articles again. The digest covers every listing and detail
(co-occurring names sorted by count, kind and name), so running this with
two checkouts over copies of one library tells whether both answer the same.
Figures are printed; nothing is asserted.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # run from a checkout

from zzreader.core.discovery import entities
from zzreader.core.store import open_library

KINDS = ("person", "place", "org")


def timed(fn, repeat: int = 3) -> tuple[float, object]:
    walls, out = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        walls.append(time.perf_counter() - t)
    return statistics.median(walls), out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("library")
    ap.add_argument("--reindex", type=int, default=500)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "copy.sqlite"
        shutil.copyfile(args.library, path)
        t = time.perf_counter()
        library = open_library(path)
        print(f"open (with any migration and its backup): {time.perf_counter() - t:.2f} s")
        digest = hashlib.sha256()
        for kind in KINDS:
            took, found = timed(lambda kind=kind: entities.entries(library, kind))
            print(f"entries({kind}): {len(found)} names in {took * 1000:.0f} ms")
            digest.update(json.dumps([e.to_json() for e in found], ensure_ascii=False).encode())
        for kind in ("place", "person"):
            top = [e.name for e in entities.entries(library, kind, limit=10)]
            walls = []
            for name in top:
                took, one = timed(lambda kind=kind, name=name: entities.detail(library, kind, name, with_limit=100_000), repeat=1)
                walls.append(took)
                names = sorted(one.with_names, key=lambda t: (-t[2], t[0], t[1]))
                digest.update(json.dumps([one.entry.to_json(), one.by_year, names, one.article_ids],
                                         ensure_ascii=False).encode())
            print(f"detail({kind}) of the ten busiest: median {statistics.median(walls) * 1000:.0f} ms, "
                  f"max {max(walls) * 1000:.0f} ms")
        took, same = timed(lambda: entities.byline_pairs(library) == entities.indexed_byline_pairs(library), 1)
        print(f"byline entries == bylines: {same} ({took * 1000:.0f} ms)")
        ids = [r[0] for r in library.db.execute("SELECT id FROM articles ORDER BY id DESC LIMIT ?", [args.reindex])]
        took, _ = timed(lambda: entities.update(library, ids), 1)
        print(f"index {len(ids)} articles again: {took:.2f} s")
        print(f"digest of every listing and detail: {digest.hexdigest()[:16]}")
        library.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
