"""Planted reprints on top of the synthetic archive (tests/bench/synth.py).

`PlantedArchive` yields the same issues as `ArchiveGenerator`, except that
some articles are replaced by a copy of an earlier original article of at
least 200 characters: with up to MAX_EDIT of its characters edited (words
replaced, dropped or inserted, as a sub-editor does) and up to MAX_CUT of
its text cut (from the end, the start or the middle). With `worst=True` every copy gets the full 15 % and 30 %. `planted` lists
(original, copy) as (issue index, article index) pairs, so a benchmark can
map them to article ids after the build and score what the index found.
Deterministic for a seed.
"""

from __future__ import annotations

import random

from synth import ArchiveGenerator, SynthArticle, SynthIssue

MAX_EDIT = 0.15
MAX_CUT = 0.30
MIN_CHARS = 200


def edit_text(text: str, rng: random.Random, words: list[str], edit: float, cut: float) -> str:
    """Cut `cut` of the text away, then edit about `edit` of the characters left."""
    n = len(text)
    drop = int(n * cut)
    where = rng.choice(("end", "end", "start", "middle"))
    if drop:
        if where == "end":
            text = text[: n - drop]
        elif where == "start":
            text = text[drop:]
        else:
            at = rng.randrange(0, n - drop)
            text = text[:at] + text[at + drop :]
    chars = list(text)
    budget = int(len(chars) * edit)
    while budget > 0 and chars:
        span = min(budget, rng.randint(1, 4))
        at = rng.randrange(0, max(1, len(chars) - span))
        op = rng.random()
        if op < 0.6:  # replace a word
            new = list(rng.choice(words))[:span] or ["的"]
            chars[at : at + span] = new
        elif op < 0.8:  # drop a word
            del chars[at : at + span]
        else:  # insert a word
            chars[at:at] = list(rng.choice(words))[:span]
        budget -= span
    return "".join(chars)


class PlantedArchive:
    """ArchiveGenerator issues with planted, edited and cut copies of earlier articles."""

    def __init__(self, seed: int = 20240101, copies_per_issue: float = 1.0, worst: bool = False, **kwargs) -> None:
        self.gen = ArchiveGenerator(seed=seed, **kwargs)
        self.rng = random.Random(seed + 7)
        self.copies_per_issue = copies_per_issue
        self.worst = worst  # every copy edited by MAX_EDIT and cut by MAX_CUT
        self.originals: list[tuple[int, int, SynthArticle]] = []
        self.planted: list[tuple[tuple[int, int], tuple[int, int]]] = []
        self.words = [w for w in self.gen.vocab.words[:20000] if 1 <= len(w) <= 4]

    def issue(self, index: int) -> SynthIssue:
        issue = self.gen.issue(index)
        rng = self.rng
        n_copies = int(self.copies_per_issue) + (rng.random() < self.copies_per_issue % 1)
        taken: set[int] = set()
        for _ in range(n_copies if self.originals else 0):
            src_issue, src_pos, src = rng.choice(self.originals)
            pos = rng.randrange(len(issue.articles))
            if pos in taken:
                continue
            taken.add(pos)
            edit, cut = (MAX_EDIT, MAX_CUT) if self.worst else (rng.uniform(0, MAX_EDIT), rng.uniform(0, MAX_CUT))
            body = edit_text(src.text, rng, self.words, edit, cut)
            issue.articles[pos] = SynthArticle(
                title=src.title if rng.random() < 0.5 else self.gen._title(),
                subtitle="",
                section=src.section,
                type=src.type,
                reporters=list(src.reporters),
                correspondents=[],
                photographers=[],
                paragraphs=[p for p in body.split("\n") if p.strip()] or [body],
            )
            self.planted.append(((src_issue, src_pos), (index, pos)))
        for pos, a in enumerate(issue.articles):
            if pos not in taken and len("".join(a.text.split())) >= MIN_CHARS:
                self.originals.append((index, pos, a))
        return issue

    def issues(self, count: int):
        for i in range(count):
            yield self.issue(i)
