"""How re-anchoring fares at different minimum scores (the figures behind anchors.MIN_SCORE).

Runs the property-test generator of tests/core/test_anchors.py (seed article
text, highlights, random insertions/deletions/changes around and inside them)
with no threshold, then prints per candidate threshold:

- wrong:  placements that are not where the highlighted text is (or was);
- lost:   highlights whose text survived intact but would be orphaned;
- placed: highlights whose own text was edited that would still be followed.

Usage: python tests/bench/anchor_threshold.py [EXAMPLES_PER_RUN] [RUNS] [FIRST_SEED]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from hypothesis import HealthCheck, given, seed, settings  # noqa: E402

from tests.core import test_anchors as t  # noqa: E402
from zzreader.core.anchors import (  # noqa: E402
    CONTEXT_CHARS,
    MIN_SCORE,
    Placement,
    make_anchor,
    reanchor,
)

THRESHOLDS = (0.70, 0.72, 0.75, 0.78, 0.80, 0.82, 0.85, 0.90)


Row = tuple[str, float | None, bool, bool | None]


def collect(examples: int, run: int) -> list[Row]:
    """Per highlight: intact|damaged, best score (None = no candidate), is the best
    candidate right, and whether the unique-quote rules alone place it (None =
    they don't) rightly."""
    rows: list[Row] = []

    @settings(max_examples=examples, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))  # fmt: skip
    @seed(run)
    @given(t.edited_texts())
    def check(case: tuple) -> None:
        text, spans, edited = case
        for start, end in spans:
            anchor = make_anchor(text, start, end)
            intact = edited.span_of(start, end)

            def right(placed: Placement) -> bool:
                same_text = edited.text[placed.start : placed.end] == anchor.exact
                if intact is not None:
                    return (placed.start, placed.end) == intact or (
                        same_text and not t._distinguishable(anchor, edited, intact)
                    )
                lo, hi = edited.region(start, end)
                near = placed.start < hi + t.MAX_EDIT and lo - t.MAX_EDIT < placed.end
                copy = (
                    same_text
                    and placed.start < hi + CONTEXT_CHARS
                    and lo - CONTEXT_CHARS < placed.end
                )
                return near or copy

            best = reanchor(anchor, edited.text, min_score=0.0)
            # With an unreachable threshold only the unique-quote rules place it.
            rescued = reanchor(anchor, edited.text, min_score=2.0)
            rows.append(
                (
                    "intact" if intact is not None else "damaged",
                    best.score if best else None,
                    right(best) if best else True,
                    right(rescued) if rescued else None,
                )
            )

    check()
    return rows


def outcome(row: Row, threshold: float) -> str:
    """right | wrong | none for one highlight at a threshold."""
    _kind, score, best_right, rescued = row
    if score is not None and score >= threshold:
        return "right" if best_right else "wrong"
    if rescued is None:
        return "none"
    return "right" if rescued else "wrong"


def main() -> None:
    examples = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    first = int(sys.argv[3]) if len(sys.argv) > 3 else 1000
    rows = [r for run in range(runs) for r in collect(examples, first + run)]
    damaged = sum(1 for r in rows if r[0] == "damaged")
    print(f"{len(rows)} highlights, {damaged} of them with edited text")
    print(f"{'threshold':>9} {'wrong':>6} {'lost':>5} {'placed':>14}")
    for th in THRESHOLDS:
        results = [(r[0], outcome(r, th)) for r in rows]
        wrong = sum(1 for _k, o in results if o == "wrong")
        lost = sum(1 for k, o in results if k == "intact" and o != "right")
        placed = sum(1 for k, o in results if k == "damaged" and o == "right")
        mark = "  <- MIN_SCORE" if abs(th - MIN_SCORE) < 1e-9 else ""
        print(f"{th:9.2f} {wrong:6d} {lost:5d} {placed:6d} ({placed / max(damaged, 1):5.1%}){mark}")
    scores = [r[1] for r in rows if r[0] == "intact" and r[2] and r[1] is not None]
    if scores:
        print(f"lowest score of a rightly placed intact highlight: {min(scores):.3f}")


if __name__ == "__main__":
    main()
