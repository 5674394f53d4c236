"""Where a query's terms stand in a text: hit spans, and the snippets the hit lists show.

The index (core/fts_index.py) says which articles match, not where; here each
highlighted term of the query becomes an overlapping-match regex over the
folded text (`textindex.phrase_regex`), the same characters-stand-together
rule as the index, so every hit an article was found for can be marked.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from zzreader.core.fts_index import byline_names
from zzreader.core.query import Query, parse
from zzreader.core.textindex import fold, phrase_regex

__all__ = ["MARK_CLOSE", "MARK_OPEN", "SNIPPET_WIDTH", "Spans", "hit_snippet", "hit_spans", "make_snippet",
           "mark", "term_regexes"]

SNIPPET_WIDTH = 110
MARK_OPEN, MARK_CLOSE = "【", "】"
Spans = tuple[tuple[int, int], ...]  # (start, end) offsets, sorted and disjoint


def mark(
    text: str, spans: Iterable[tuple[int, int]], open_: str = MARK_OPEN, close: str = MARK_CLOSE
) -> str:
    """`text` with every span wrapped in the markers (spans sorted, disjoint)."""
    out, pos = [], 0
    for start, end in spans:
        out += [text[pos:start], open_, text[start:end], close]
        pos = end
    out.append(text[pos:])
    return "".join(out)


def term_regexes(q: Query) -> list[re.Pattern[str]]:
    """One overlapping-match regex per distinct highlighted term."""
    seen: dict[str, re.Pattern[str]] = {}
    for t in q.highlight:
        pattern = phrase_regex(list(t.tokens), word_start=t.prefix)
        if pattern not in seen:
            seen[pattern] = re.compile(f"(?=({pattern}))")
    return list(seen.values())


def _spans_by_term(folded: str, regexes: list[re.Pattern[str]]) -> list[list[tuple[int, int]]]:
    return [[m.span(1) for m in rx.finditer(folded)] for rx in regexes]


def _merge(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def hit_spans(text: str, query: str | Query) -> list[tuple[int, int]]:
    """Every place in `text` where a term of `query` matches, as sorted, merged
    (start, end) offsets into `text` itself - for marking hits in the reader."""
    q = query if isinstance(query, Query) else parse(query)
    by_term = _spans_by_term(fold(text), term_regexes(q))
    return _merge(s for spans in by_term for s in spans)


def hit_snippet(text: str, shown: list[str], regexes: list[re.Pattern[str]]) -> tuple[str, Spans]:
    """The body's snippet; when the body has no hit but a line around it does
    (subtitle, kicker, byline names, section or editor: `shown` as core/search.py
    fetches them), that line comes first, its hits marked, so the list
    shows why the article was found."""
    snippet, spans = make_snippet(text, regexes)
    if spans or len(shown) < 6:
        return snippet, spans
    subtitle, kicker, reporters, correspondents, photographers, editor = shown
    names = [*byline_names(reporters), *byline_names(correspondents), *byline_names(photographers)]
    # The section is in the hit's own `section` field; the lines here are the others.
    for line in (subtitle, kicker, " ".join(names), editor):
        if not line:
            continue
        found = _merge(s for by in _spans_by_term(fold(line), regexes) for s in by)
        if found:
            shift = len(line) + 3
            return (
                f"{line} · {snippet}",
                tuple(found) + tuple((a + shift, b + shift) for a, b in spans),
            )
    return snippet, spans


_SENTENCE_END = re.compile(r"[\n。！？!?；;]")


def make_snippet(
    text: str, regexes: list[re.Pattern[str]], width: int = SNIPPET_WIDTH
) -> tuple[str, Spans]:
    """A one-line excerpt of `text` around its hits, and the hit spans in it.

    The window is the one that shows the most distinct terms (then the most
    hits); a term it misses gets a short second fragment. Newlines become
    spaces so offsets stay valid.
    """
    by_term = _spans_by_term(fold(text), regexes)
    all_spans = _merge(s for spans in by_term for s in spans)
    if not all_spans:
        return _fragment(text, 0, width, [])
    lo = _best_window(by_term, all_spans, width)
    first = next(s for s, _ in all_spans if s >= lo)
    cut = max((m.end() for m in _SENTENCE_END.finditer(text, lo, first)), default=None)
    if cut is not None and lo > 0 and cut <= first:
        lo = cut
    snippet, spans = _fragment(text, lo, lo + width, all_spans)
    missing = [
        spans_[0] for spans_ in by_term
        if spans_ and not any(s >= lo and e <= lo + width for s, e in spans_)
    ]  # fmt: skip
    if missing:
        s2 = max(0, missing[0][0] - 15)
        if s2 >= lo + width:
            extra, extra_spans = _fragment(text, s2, s2 + width // 2, all_spans)
            sep = " " if snippet.endswith("…") else " …"
            offset = len(snippet) + len(sep)
            if extra.startswith("…"):
                extra, extra_spans = extra[1:], tuple((a - 1, b - 1) for a, b in extra_spans)
            snippet = snippet + sep + extra
            spans = spans + tuple((a + offset, b + offset) for a, b in extra_spans)
    return snippet, spans


def _best_window(
    by_term: list[list[tuple[int, int]]], all_spans: list[tuple[int, int]], width: int
) -> int:
    """Start of the window showing the most distinct terms, then the most hits
    (binary searches, so a long article with hundreds of hits stays cheap)."""
    lead = width // 5
    starts = [s for s, _ in all_spans]
    ends = [e for _, e in all_spans]  # merged spans: ends are sorted too
    term_starts = [[s for s, _ in spans] for spans in by_term]
    best, best_key = 0, (-1, -1)
    for start in starts:
        lo = max(0, start - lead)
        hi = lo + width
        count = bisect.bisect_right(ends, hi) - bisect.bisect_left(starts, lo)
        covered = 0
        for spans, firsts in zip(by_term, term_starts):
            i = bisect.bisect_left(firsts, lo)
            if i < len(spans) and spans[i][1] <= hi:
                covered += 1
        if (covered, count) > best_key:
            best, best_key = lo, (covered, count)
    return best


def _fragment(text: str, lo: int, hi: int, spans: list[tuple[int, int]]) -> tuple[str, Spans]:
    hi = min(hi, len(text))
    head = "…" if lo > 0 else ""
    tail = "…" if hi < len(text) else ""
    body = text[lo:hi].replace("\n", " ")
    shift = len(head) - lo
    inside = tuple((max(s, lo) + shift, min(e, hi) + shift) for s, e in spans if s < hi and e > lo)
    return head + body + tail, inside
