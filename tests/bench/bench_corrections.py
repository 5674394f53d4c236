"""Corrections on a large synthetic library: highlights, revert, re-import (prints its figures).

    python tests/bench/bench_corrections.py [--issues N] [--edits N] [--seed S]

1. Imports N synthetic issues (tests/bench/synth.py) and puts highlights on
   the articles that will be edited (and on others).
2. Makes random body-text edits (replace, insert or delete a few characters)
   through core/corrections.py, then checks every highlight of the edited
   articles: one whose characters the edit did not touch must be exactly where
   its words now are; one whose characters were edited must be an orphan or
   sit on its own words (never on different words).
3. Reverts a sample of the edited articles to revision 0 and compares text and
   bylines byte for byte with the parsed original.
4. Re-imports the unchanged dumps (nothing may change), then dumps changed
   elsewhere (every correction whose text is still there must be re-applied).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench.bench_import import write_archive  # noqa: E402

# noqa: E402
from zzreader.core.importer import import_paths  # noqa: E402
from zzreader.core.store import open_library  # noqa: E402

BYLINES = ("reporters", "correspondents", "photographers")


def random_edit(rng: random.Random, text: str) -> tuple[str, int, int]:
    """A new text and the [lo, hi) span of the old text the edit touched."""
    at = rng.randrange(0, max(1, len(text) - 8))
    kind = rng.choice(("replace", "insert", "delete"))
    n = rng.randint(1, 6)
    new = "".join(rng.choice("株洲市天元区荷塘芦淞石峰新闻记者") for _ in range(n))
    if kind == "insert":
        return text[:at] + new + text[at:], at, at
    if kind == "delete":
        return text[:at] + text[at + n:], at, at + n
    return text[:at] + new + text[at + n:], at, at + n


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--issues", type=int, default=365)
    ap.add_argument("--edits", type=int, default=200)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "dumps"
        folder.mkdir()
        write_archive(folder, args.issues)
        with open_library(Path(tmp) / "lib.sqlite") as lib:
            t = time.perf_counter()
            import_paths(lib, [folder])
            ids = [r[0] for r in lib.db.execute("SELECT id FROM articles WHERE length(text) >= 200")]
            print(f"library: {args.issues} issues, {lib.stats().articles} articles, "
                  f"imported in {time.perf_counter() - t:.1f} s")
            run(lib, rng, ids, args.edits, folder)


def run(lib, rng: random.Random, ids: list[int], edits: int, folder: Path) -> None:
    edited = rng.sample(ids, edits)
    for aid in edited + rng.sample(ids, edits):  # highlights on edited articles and on others
        text = lib.article(aid).text
        for _ in range(rng.randint(3, 8)):
            start = rng.randrange(0, len(text) - 12)
            lib.highlights.add(aid, start, start + rng.randint(2, 12))
    originals = {aid: lib.article(aid) for aid in edited}
    intact = exact = misplaced = touched = orphaned = 0
    t = time.perf_counter()
    for aid in edited:
        before = {h.id: h for h in lib.highlights.for_article(aid)}
        text = lib.article(aid).text
        new_text, lo, hi = random_edit(rng, text)
        lib.corrections.edit(aid, {"text": new_text}, why="bench")
        after_text = lib.article(aid).text
        for hid, h in before.items():
            now = lib.highlights.get(hid)
            if h.end <= lo or h.start >= hi:  # the edit did not touch its characters
                intact += 1
                exact += (not now.orphan) and after_text[now.start:now.end] == h.exact
            else:
                touched += 1
                if now.orphan:
                    orphaned += 1
                elif abs(now.start - h.start) > 12 or abs(now.end - h.end) > 12:
                    misplaced += 1  # placed away from where its words were: on other words
    took = time.perf_counter() - t
    print(f"{edits} edits in {took:.1f} s ({1000 * took / edits:.0f} ms each)")
    print(f"highlights on unchanged text: {exact}/{intact} exactly where their words are "
          f"({100 * exact / max(intact, 1):.2f} %)")
    print(f"highlights whose text was edited: {touched} ({orphaned} orphaned, "
          f"{touched - orphaned - misplaced} re-anchored on their own words, {misplaced} on other words)")

    sample = edited[:50]
    same = 0
    for aid in sample:
        lib.corrections.revert(aid, 0, why="bench")
        a, o = lib.article(aid), originals[aid]
        same += a.text == o.text and all(getattr(a, f) == getattr(o, f) for f in BYLINES)
    print(f"revert to revision 0: {same}/{len(sample)} byte-identical (text and bylines)")

    def state() -> list[tuple]:
        return lib.db.execute("SELECT id, title, text, reporters FROM articles ORDER BY id").fetchall()

    before = state()
    import_paths(lib, [folder])
    print(f"re-import of the unchanged dumps: {'nothing changed' if state() == before else 'CHANGED'}")

    still = edited[50:]
    wanted = {aid: lib.article(aid).text for aid in still}
    sources = dict(lib.db.execute(
        "SELECT a.id, i.source FROM articles a JOIN issues i ON i.id = a.issue_id WHERE a.id IN (%s)"
        % ",".join("?" * len(still)), still).fetchall())
    for name in sorted(set(sources.values()))[:40]:  # change each of these dumps elsewhere
        path = folder / name
        path.write_text(path.read_text(encoding="utf-8") + "\n\n本报声明\n\n本版稿件未经许可不得转载。\n",
                        encoding="utf-8")
    changed = {aid for aid, name in sources.items() if name in sorted(set(sources.values()))[:40]}
    import_paths(lib, [folder])
    kept = sum(lib.article(aid).text == wanted[aid] for aid in changed)
    review = len(lib.corrections.pending_review())
    print(f"re-import of {len({sources[a] for a in changed})} changed dumps: {kept}/{len(changed)} corrections "
          f"re-applied, {review} listed for review")


if __name__ == "__main__":
    main()
