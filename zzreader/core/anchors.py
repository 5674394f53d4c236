"""Anchor highlights to an article's canonical text so they survive re-imports.

A highlight is stored the way the W3C Web Annotation model and Hypothesis
store it: a position (code-point offsets into
`Article.text`, a TextPositionSelector) *and* a quote (`exact` plus up to
`CONTEXT_CHARS` characters of `prefix`/`suffix`, a TextQuoteSelector), plus a
hash of the whole text it was made on.

When the text changes (an OCR fix, a better parser) `reanchor` looks for the
highlight again, cheapest evidence first:

1. the text hash is unchanged: the offsets still hold;
2. every exact occurrence of the quote is scored on its context and its
   distance from the old start;
3. approximate matches (rapidfuzz alignments of the quote, of its context and
   of both, refined locally) are scored the same way;

and the best candidate is accepted only when its score reaches `MIN_SCORE`.
The score is Hypothesis' `matchQuote` weighting: quote 50, prefix 20, suffix
20, position 2, each part a similarity in [0, 1], divided by 92.

Why 0.85: with a perfect context the quote must still be at least 72 %
similar, and with a third of the context gone it must be exact, so an OCR fix
of a character or two keeps its highlight, while a short quote whose text was
replaced (2 characters, one changed: 0.73) or the same words in an unrelated
sentence does not. A wrong place is worse than no place: an unplaced
highlight becomes a visible orphan that a person can re-attach, a misplaced
one silently annotates the wrong words. Measured with
tests/bench/anchor_threshold.py (86,558 highlights in seed articles under
random insertions, deletions and changed characters, 9 runs): the first
guess, 0.75, put 19 highlights in a wrong place (1-3 character quotes whose
text was deleted, put on the same characters in a similar sentence; none
scored 0.82 or more); at 0.85 none were wrong, every highlight whose text
survived was kept (the lowest scored 0.897), and 89 % of the highlights
whose own text was edited were still followed (94 % at 0.75).

Two rules accept an exact quote that occurs exactly once although its score
is lower, because a paragraph beside it may have been rewritten or moved by
a better parser: a quote of at least `LONG_QUOTE_CHARS` characters, or one of
at least `ONE_SIDE_QUOTE_CHARS` whose prefix or suffix is still at least
`ONE_SIDE_CONTEXT` similar. Neither rule added a wrong placement in the runs.
Neither applies when the highlight's words were rewritten in place and the
article says the same words again elsewhere: the damaged passage still stands
between its old context (or an approximate match of it outscores the exact
quote), so the exact quote is a repeat, not the highlight moved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from zzreader.core.textindex import fold

CONTEXT_CHARS = 32
MIN_SCORE = 0.85
LONG_QUOTE_CHARS = 16
ONE_SIDE_QUOTE_CHARS = 4
ONE_SIDE_CONTEXT = 0.9
QUOTE_WEIGHT, PREFIX_WEIGHT, SUFFIX_WEIGHT, POSITION_WEIGHT = 50, 20, 20, 2
_TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT
# An exact occurrence scoring this high is taken without the slower
# approximate search: an approximate match could beat it only by a hair.
_CONFIDENT = 0.95
# Characters of the stored prefix and suffix looked for around a damaged quote.
_CONTEXT_PROBE = 8
# Exact occurrences scored per highlight; a one-character quote in a long
# article can occur hundreds of times.
_MAX_OCCURRENCES = 2000
# How far (in characters) local refinement moves a candidate's boundaries.
_MAX_SLACK = 32

METHODS = ("unchanged", "position", "quote", "fuzzy")


class AnchorError(ValueError):
    """A span that is not a valid highlight of the text (bilingual message)."""


@dataclass(frozen=True)
class Anchor:
    """Where a highlight sits: W3C TextPositionSelector + TextQuoteSelector."""

    start: int
    end: int
    exact: str
    prefix: str
    suffix: str
    text_hash: str


class Placement(NamedTuple):
    """Where `reanchor` put a highlight in the new text, how, and how sure."""

    start: int
    end: int
    method: str  # one of METHODS
    score: float


def text_hash(text: str) -> str:
    """Fingerprint of a whole article text (sha256 of its UTF-8), to skip work."""
    import hashlib  # OpenSSL's libcrypto (3 MB resident) loads with the first hash, not at start

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def make_anchor(text: str, start: int, end: int, *, hash_: str | None = None) -> Anchor:
    """Describe `text[start:end]` by position, quote and context.

    Pass `hash_` when anchoring many spans of one text to hash it once.
    """
    if not (0 <= start < end <= len(text)):
        raise AnchorError(
            f"无效的划线范围 {start}–{end}（正文 {len(text)} 字） / "
            f"Invalid highlight span {start}-{end} for a text of {len(text)} characters"
        )
    return Anchor(
        start=start,
        end=end,
        exact=text[start:end],
        prefix=text[max(0, start - CONTEXT_CHARS) : start],
        suffix=text[end : end + CONTEXT_CHARS],
        text_hash=hash_ if hash_ is not None else text_hash(text),
    )


# Characters one highlight may cover: what an annotation file may carry as its quote
# (core/w3c_validate.py), so the library's own export of any highlight comes back. A highlight
# over a whole article of 1.1 million characters (select all, then 1) was exported and then
# skipped by the import.
MAX_QUOTE_CHARS = 1_000_000


def chosen_anchor(text: str, start: int, end: int) -> Anchor:
    """`make_anchor` for a span a user chose (a new highlight, a re-attached one): at most
    MAX_QUOTE_CHARS long."""
    if end - start > MAX_QUOTE_CHARS:
        raise AnchorError(
            f"划线太长（{end - start:,} 字，最多 {MAX_QUOTE_CHARS:,} 字） / A highlight is at most "
            f"{MAX_QUOTE_CHARS:,} characters long ({end - start:,} chosen)"
        )
    return make_anchor(text, start, end)


def anchor_at(text: str, placement: Placement, *, hash_: str | None = None) -> Anchor:
    """The anchor a placed highlight gets on its new text (quote and context refreshed)."""
    return make_anchor(text, placement.start, placement.end, hash_=hash_)


def occurrences(text: str, quote: str, limit: int = _MAX_OCCURRENCES) -> list[int]:
    """Start offsets of every (possibly overlapping) exact occurrence of `quote`."""
    found: list[int] = []
    if not quote:
        return found
    i = text.find(quote)
    while i >= 0 and len(found) < limit:
        found.append(i)
        i = text.find(quote, i + 1)
    return found


def find_quote(text: str, quote: str, occurrence: int = 1) -> tuple[int, int] | None:
    """The span of the `occurrence`-th (1-based) match of `quote`, or None.

    Exact matches first; if there is none, full-width/half-width and Latin
    case differences are ignored (folding keeps offsets, see textindex.fold),
    so a quote typed on the command line still finds 'ＸＲ技术' as 'XR技术'.
    """
    if not quote or occurrence < 1:
        return None
    for haystack, needle in ((text, quote), (fold(text), fold(quote))):
        found = occurrences(haystack, needle, limit=occurrence)
        if len(found) >= occurrence:
            start = found[occurrence - 1]
            return start, start + len(quote)
    return None


def _similarity(a: str, b: str) -> float:
    """1 - edit distance / longer length; two empty strings are identical."""
    if not a and not b:
        return 1.0
    from rapidfuzz.distance import (
        Levenshtein,  # rapidfuzz loads with the first re-anchoring
    )

    return Levenshtein.normalized_similarity(a, b)


def score(anchor: Anchor, text: str, start: int, end: int) -> float:
    """How well `text[start:end]` matches the anchor: 0..1, Hypothesis weights."""
    quote = _similarity(anchor.exact, text[start:end])
    prefix = _context_score(_stored_prefix(anchor), _prefix_window(text, start))
    suffix = _context_score(_stored_suffix(anchor), _suffix_window(text, end))
    position = 1.0 - abs(start - anchor.start) / max(len(text), 1)
    raw = (
        QUOTE_WEIGHT * quote
        + PREFIX_WEIGHT * prefix
        + SUFFIX_WEIGHT * suffix
        + POSITION_WEIGHT * max(position, 0.0)
    )
    return raw / _TOTAL_WEIGHT


# Context is compared as "how many of the stored context characters are still
# there, in order" (the longest common subsequence) against a window a little
# longer than the context. So characters inserted between a quote and its
# context cost nothing extra, and a candidate gains nothing by swallowing them
# into the quote. The ends of the text count as context too: they are padded
# with a character that never occurs in text, so an empty stored prefix only
# vouches for a candidate that is still near the start.
_EDGE = "\x00"
_WINDOW_SLACK = 8


def _context_score(stored: str, window: str) -> float:
    from rapidfuzz.distance import LCSseq

    return LCSseq.similarity(stored, window) / CONTEXT_CHARS


def _stored_prefix(anchor: Anchor) -> str:
    prefix = anchor.prefix[-CONTEXT_CHARS:]
    return _EDGE * (CONTEXT_CHARS - len(prefix)) + prefix


def _stored_suffix(anchor: Anchor) -> str:
    suffix = anchor.suffix[:CONTEXT_CHARS]
    return suffix + _EDGE * (CONTEXT_CHARS - len(suffix))


def _prefix_window(text: str, start: int) -> str:
    width = CONTEXT_CHARS + _WINDOW_SLACK
    return _EDGE * max(0, width - start) + text[max(0, start - width) : start]


def _suffix_window(text: str, end: int) -> str:
    width = CONTEXT_CHARS + _WINDOW_SLACK
    window = text[end : end + width]
    return window + _EDGE * (width - len(window))


def reanchor(
    anchor: Anchor, text: str, min_score: float = MIN_SCORE, *, fuzzy: bool = True
) -> Placement | None:
    """Find the anchor's passage in `text`; None means orphan (never a guess).

    `fuzzy=False` accepts exact quotes only, for looking in texts other than
    the highlight's own article (more texts searched, more chances to err).
    """
    if (
        anchor.text_hash == text_hash(text)
        and 0 <= anchor.start < anchor.end <= len(text)
        and text[anchor.start : anchor.end] == anchor.exact
    ):
        return Placement(anchor.start, anchor.end, "unchanged", 1.0)
    if not anchor.exact or not text:
        return None
    exact = _best_exact(anchor, text)
    if exact is not None and exact.score >= _CONFIDENT:
        return exact
    approx = _best_fuzzy(anchor, text) if fuzzy else None
    best = max((p for p in (exact, approx) if p is not None), key=lambda p: p.score, default=None)
    if best is not None and best.score >= min_score:
        return best
    return _unique_quote(anchor, text, exact, approx)


def _unique_quote(
    anchor: Anchor, text: str, exact: Placement | None, approx: Placement | None
) -> Placement | None:
    """Accept an exact quote that occurs once, if long enough or with one side's context.

    For a paragraph whose neighbour was rewritten or moved away, one side of
    the context is gone and the score cannot reach the threshold, yet a quote
    found exactly once right beside its other context is the same passage.
    Not when an approximate match elsewhere scores higher: that is the
    highlighted passage itself, edited in place, and the exact quote is
    another copy of the same words (an article that repeats a phrase).
    """
    if exact is None or len(occurrences(text, anchor.exact, limit=2)) != 1:
        return None
    if approx is not None and approx.score > exact.score and not _overlap(approx, exact):
        return None
    if _edited_in_place(anchor, text, exact):
        return None
    if len(anchor.exact) >= LONG_QUOTE_CHARS:
        return exact
    if len(anchor.exact) >= ONE_SIDE_QUOTE_CHARS:
        prefix = _context_score(_stored_prefix(anchor), _prefix_window(text, exact.start))
        suffix = _context_score(_stored_suffix(anchor), _suffix_window(text, exact.end))
        if max(prefix, suffix) >= ONE_SIDE_CONTEXT:
            return exact
    return None


def _edited_in_place(anchor: Anchor, text: str, exact: Placement) -> bool:
    """Whether the highlight's own context still stands together somewhere
    else than `exact`, with other words between: the highlighted words were
    rewritten where they were, and `exact` is a repeat of them. (A paragraph
    moved away leaves its old neighbours side by side, with nothing between.)
    """
    before, after = anchor.prefix[-_CONTEXT_PROBE:], anchor.suffix[:_CONTEXT_PROBE]
    if len(before) < _CONTEXT_PROBE or len(after) < _CONTEXT_PROBE:
        return False  # at an edge of the text: no evidence either way
    widest = 2 * len(anchor.exact) + _WINDOW_SLACK
    for i in occurrences(text, before):
        lo = i + len(before)
        hi = text.find(after, lo, lo + widest + len(after))
        between = text[lo:hi]
        if hi >= 0 and between.strip() and not (lo < exact.end and exact.start < hi):
            return True
    return False


def _overlap(a: Placement, b: Placement) -> bool:
    return a.start < b.end and b.start < a.end


def _best_exact(anchor: Anchor, text: str) -> Placement | None:
    """The best-scoring exact occurrence of the quote (ties go to the nearest)."""
    n = len(anchor.exact)
    best: Placement | None = None
    for start in occurrences(text, anchor.exact):
        s = score(anchor, text, start, start + n)
        if best is None or s > best.score:
            method = "position" if start == anchor.start else "quote"
            best = Placement(start, start + n, method, s)
    return best


def _best_fuzzy(anchor: Anchor, text: str) -> Placement | None:
    """The best approximate match, from a few rapidfuzz alignments refined locally."""
    best: Placement | None = None
    seen: set[tuple[int, int]] = set()
    for hint in _fuzzy_hints(anchor, text):
        start, end = _refine(anchor, text, hint)
        if end <= start or (start, end) in seen:
            continue
        seen.add((start, end))
        s = score(anchor, text, start, end)
        if best is None or s > best.score:
            best = Placement(start, end, "fuzzy", s)
    return best


def _fuzzy_hints(anchor: Anchor, text: str) -> list[int]:
    """Likely start offsets of the (edited) quote in the new text."""
    n = len(anchor.exact)
    hints = [min(anchor.start, max(len(text) - 1, 0))]

    def align(
        needle: str, haystack_start: int = 0, haystack: str | None = None
    ) -> tuple[int, int] | None:
        hay = text if haystack is None else haystack
        if not needle or not hay:
            return None
        if len(needle) > len(hay):
            return None
        from rapidfuzz import fuzz

        al = fuzz.partial_ratio_alignment(needle, hay)
        if al is None or al.score <= 0:
            return None
        return haystack_start + al.dest_start, haystack_start + al.dest_end

    if (al := align(anchor.exact)) is not None:
        hints.append(al[0])
    lo = max(0, anchor.start - n - 2 * CONTEXT_CHARS)
    if (al := align(anchor.exact, lo, text[lo : anchor.end + n + 2 * CONTEXT_CHARS])) is not None:
        hints.append(al[0])
    context = anchor.prefix + anchor.exact + anchor.suffix
    if (al := align(context)) is not None:
        hints.append(al[0] + len(anchor.prefix))
    if (al := align(anchor.prefix)) is not None:
        hints.append(al[1])
    if (al := align(anchor.suffix)) is not None:
        hints.append(al[0] - n)
    return [max(0, min(h, len(text) - 1)) for h in hints]


def _refine(anchor: Anchor, text: str, hint: int) -> tuple[int, int]:
    """Move a candidate's start and end (a few characters each way) to the best score."""
    n, size = len(anchor.exact), len(text)
    slack = min(max(4, n // 3), _MAX_SLACK)

    def best_start(lo: int, hi: int, end_of: Callable[[int], int]) -> int:
        choices = range(max(0, lo), min(size - 1, hi) + 1)
        return max(choices, key=lambda s: (score(anchor, text, s, end_of(s)), -abs(s - hint)))

    start = best_start(hint - slack, hint + slack, lambda s: min(s + n, size))
    ends = range(min(max(start + 1, start + n - slack), size), min(size, start + n + slack) + 1)
    end = max(ends, key=lambda e: (score(anchor, text, start, e), -abs(e - start - n)))
    start = best_start(start - slack, min(start + slack, end - 1), lambda s: end)
    return start, end
