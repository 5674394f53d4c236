"""Per-rendition article recall/precision, bylines, types and dates over the test issues.

The test issues under tests/core/renditions/data/ are original text in every
rendition the archive holds, each with a gold file written by reading it.
Scoring reuses the seed scorer (tests/core/test_parse_gold.py); a date is
right when it equals the gold date. Run: `python tests/bench/bench_renditions.py`.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.core.test_parse_gold import load_gold, score_seed, totals  # noqa: E402
from zzreader.core.parse import parse_file  # noqa: E402

DATA = ROOT / "tests" / "core" / "renditions" / "data"


def score_all(data: Path = DATA) -> dict[str, list]:
    """Scores grouped by the rendition class named in each gold file."""
    by_class: dict[str, list] = defaultdict(list)
    for gold_path in sorted(data.glob("*.json")):
        cls = json.loads(gold_path.read_text(encoding="utf-8"))["class"]
        gold = load_gold(gold_path)
        issue = parse_file(data / gold.source)
        by_class[cls].append(score_seed(gold, issue))
    return by_class


def date_right(score) -> bool:
    return score.issue.date is not None and dt.date.fromisoformat(score.issue.date) == score.gold.date


def row(name: str, scores: list) -> str:
    t = totals(scores)
    recall = t.found_rate
    precision = (t.parsed - t.spurious) / t.parsed if t.parsed else 1.0
    dates = sum(date_right(s) for s in scores)
    return (f"| {name} | {len(scores)} | {t.required} | {recall:.3f} | {precision:.3f} | "
            f"{t.byline_rate:.3f} | {t.type_rate:.3f} | {dates}/{len(scores)} |")


def main(verbose: bool = False) -> None:
    by_class = score_all()
    print("| rendition | issues | articles | recall | precision | bylines exact | types | dates |")
    print("|---|---|---|---|---|---|---|---|")
    everything = []
    for name in sorted(by_class):
        print(row(name, by_class[name]))
        everything.extend(by_class[name])
    print(row("all", everything))
    if verbose:
        for s in everything:
            print(f"== {s.gold.source} ({s.issue.rendition}) date {s.issue.date} vs {s.gold.date}")
            for g in s.missed:
                print("   MISSED  ", g.label)
            for a in s.spurious:
                print("   SPURIOUS", a.line_start, a.title or a.paragraphs[:1])
            for g, a in s.byline_errors:
                print("   BYLINE  ", g.label, (a.reporters, a.correspondents, a.photographers))
            for g, a in s.type_errors:
                print("   TYPE    ", g.label, a.type, "want", g.type)


if __name__ == "__main__":
    main(verbose="-v" in sys.argv)
