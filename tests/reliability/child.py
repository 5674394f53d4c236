"""A second process for the reliability tests: annotation writes through the core API.

    python -m tests.reliability.child highlights LIBRARY [--until FILE] [--min N] [--max N]

adds highlights one operation at a time (each its own transaction, as the
window does) and prints one JSON line per committed write (with the number
of issues the library then held), flushed, so the
parent knows exactly which writes were acknowledged before it kills us. It
stops after `--max` writes, or once `--until` exists and `--min` were made,
then prints {"done": count}. Errors are not caught: a "database is locked"
would end the process with a traceback, which is what the tests look for.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from zzreader.core.store import open_library


def highlights(library_path: Path, until: Path | None, min_writes: int, max_writes: int) -> int:
    library = open_library(library_path)
    articles = [
        (r[0], len(r[1]))
        for r in library.db.execute("SELECT id, text FROM articles ORDER BY id LIMIT 50")
        if len(r[1]) >= 4
    ]
    issues_at_start = library.db.execute("SELECT count(*) FROM issues").fetchone()[0]
    print(json.dumps({"issues_at_start": issues_at_start}), flush=True)
    n = 0
    while n < max_writes and not (until is not None and until.exists() and n >= min_writes):
        article_id, length = articles[n % len(articles)]
        start = n % (length - 3)
        h = library.highlights.add(article_id, start, start + 3, note=f"reliability {n}").value
        n += 1
        issues = library.db.execute("SELECT count(*) FROM issues").fetchone()[0]
        print(json.dumps({"id": h.id, "n": n, "issues": issues}), flush=True)
    library.close()
    print(json.dumps({"done": n}), flush=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    h = sub.add_parser("highlights")
    h.add_argument("library", type=Path)
    h.add_argument("--until", type=Path)
    h.add_argument("--min", type=int, default=0)
    h.add_argument("--max", type=int, default=1_000_000)
    args = p.parse_args(argv)
    return highlights(args.library, args.until, args.min, args.max)


if __name__ == "__main__":
    sys.exit(main())
