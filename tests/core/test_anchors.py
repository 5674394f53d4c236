"""Highlights survive edits of their article's text, and are never misplaced.

The property test edits real article text from the seeds the way corrected
re-imports do (characters inserted, deleted and changed around and inside
highlights) while tracking where every original character went, so it knows
the right answer for each highlight.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tests.conftest import SEEDS
from zzreader.core.anchors import (
    CONTEXT_CHARS,
    LONG_QUOTE_CHARS,
    MIN_SCORE,
    AnchorError,
    anchor_at,
    find_quote,
    make_anchor,
    occurrences,
    reanchor,
    score,
    text_hash,
)
from zzreader.core.parse import parse_file


@cache
def seed_texts() -> tuple[str, ...]:
    texts = [a.text for path in SEEDS for a in parse_file(path).articles]
    return tuple(t for t in texts if len(t) >= 300)


@cache
def seed_alphabet() -> str:
    return "".join(sorted(set("".join(seed_texts()))))


def long_text() -> str:
    return max(seed_texts(), key=len)


# -- making anchors ---------------------------------------------------------------
def test_make_anchor_keeps_quote_context_and_hash() -> None:
    text = long_text()
    a = make_anchor(text, 100, 120)
    assert a.exact == text[100:120]
    assert a.prefix == text[100 - CONTEXT_CHARS : 100]
    assert a.suffix == text[120 : 120 + CONTEXT_CHARS]
    assert a.text_hash == text_hash(text)
    start = make_anchor(text, 0, 5)
    assert start.prefix == "" and len(start.suffix) == CONTEXT_CHARS
    end = make_anchor(text, len(text) - 3, len(text))
    assert end.suffix == "" and end.exact == text[-3:]


@pytest.mark.parametrize("span", [(5, 5), (7, 3), (-1, 4), (0, 10**6)])
def test_make_anchor_refuses_bad_spans(span: tuple[int, int]) -> None:
    with pytest.raises(AnchorError, match="Invalid highlight span"):
        make_anchor("株洲日报社地址", *span)


def test_find_quote_counts_occurrences_and_folds_width() -> None:
    text = "株洲今天晴，株洲明天雨。XR技术"
    assert find_quote(text, "株洲") == (0, 2)
    assert find_quote(text, "株洲", occurrence=2) == (6, 8)
    assert find_quote(text, "株洲", occurrence=3) is None
    assert find_quote(text, "长沙") is None
    assert find_quote(text, "ｘｒ技术") == (12, 16)
    assert find_quote(text, "") is None
    assert occurrences("aaaa", "aa") == [0, 1, 2]


# -- re-anchoring, case by case ---------------------------------------------------
def test_unchanged_text_keeps_offsets() -> None:
    text = long_text()
    a = make_anchor(text, 200, 230)
    p = reanchor(a, text)
    assert (p.start, p.end, p.method, p.score) == (200, 230, "unchanged", 1.0)


def test_insertion_before_moves_the_highlight() -> None:
    text = long_text()
    a = make_anchor(text, 200, 230)
    new = text[:50] + "（本报讯）" + text[50:]
    p = reanchor(a, new)
    assert (p.start, p.end, p.method) == (205, 235, "quote")
    assert new[p.start : p.end] == a.exact


def test_ocr_fix_inside_the_quote_is_followed_and_refreshes_the_quote() -> None:
    text = long_text()
    a = make_anchor(text, 200, 230)
    new = text[:210] + "错" + text[211:]
    p = reanchor(a, new)
    assert (p.start, p.end, p.method) == (200, 230, "fuzzy")
    assert p.score >= MIN_SCORE
    refreshed = anchor_at(new, p)
    assert refreshed.exact == new[200:230] and refreshed.text_hash == text_hash(new)


def test_deleted_passage_becomes_an_orphan() -> None:
    text = long_text()
    a = make_anchor(text, 200, 230)
    assert reanchor(a, text[:200] + text[230:]) is None
    assert reanchor(a, text[:190] + text[240:]) is None
    assert reanchor(a, "") is None


def test_same_words_in_another_sentence_are_not_the_highlight() -> None:
    text = "甲" * 40 + "株洲市" + "乙" * 40 + "。另有一句：丙丁戊己庚辛壬癸株洲市子丑寅卯辰巳午未申酉戌亥。"
    a = make_anchor(text, 40, 43)
    edited = "甲" * 40 + "乙" * 40 + text[83:]  # the highlighted 株洲市 was removed
    assert occurrences(edited, "株洲市")
    assert reanchor(a, edited) is None


def test_repeated_quote_is_told_apart_by_context() -> None:
    text = "第一段说起株洲的天气晴朗。" * 1 + "第二段讲到株洲的交通繁忙。" + "第三段写株洲的美食很多。"
    start = text.index("株洲", 15)
    a = make_anchor(text, start, start + 2)
    new = "新加的导语。" + text
    p = reanchor(a, new)
    assert (p.start, p.end) == (start + 6, start + 8)


def test_short_half_changed_quote_is_not_guessed() -> None:
    text = "前文" * 20 + "献血" + "后文" * 20
    a = make_anchor(text, 40, 42)
    new = text[:41] + "液" + text[42:]
    assert reanchor(a, new) is None


def test_long_unique_quote_survives_a_rewritten_context() -> None:
    text = long_text()
    a = make_anchor(text, 300, 300 + LONG_QUOTE_CHARS)
    new = "完全不同的开头" * 10 + a.exact + "完全不同的结尾" * 10
    p = reanchor(a, new)
    assert p is not None and new[p.start : p.end] == a.exact
    short = make_anchor(text, 300, 304)
    assert reanchor(short, "完全不同的开头" * 10 + short.exact + "完全不同的结尾" * 10) is None


def test_rewritten_neighbour_paragraph_keeps_a_unique_quote_beside_its_other_context() -> None:
    first, second = "上一段的旧文字讲别事后来被整改写了" * 3, long_text()[:200]
    a = make_anchor(first + "\n" + second, len(first) + 1, len(first) + 7)
    rewritten = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥" * 3 + "\n" + second
    assert score(a, rewritten, len(rewritten) - 200, len(rewritten) - 194) < MIN_SCORE
    p = reanchor(a, rewritten)
    assert p is not None and rewritten[p.start : p.end] == a.exact
    assert p.start == len(rewritten) - 200
    # Too short to stand on one side's context alone.
    short = make_anchor(first + "\n" + second, len(first) + 1, len(first) + 3)
    assert reanchor(short, rewritten) is None


def test_a_long_quote_edited_in_place_does_not_jump_to_its_repeat() -> None:
    phrase = "快递小哥、外卖骑手和网约车司机们"  # said twice in one article
    text = (
        "新就业形态劳动者越来越多。" + phrase + "都能在驿站歇脚喝水，充电热饭。"
        "荷塘区已建成十二个这样的驿站，明年还要再建八个。"
        "市总工会负责人说，" + phrase + "是城市的新风景。"
    )
    start = text.index(phrase)
    a = make_anchor(text, start, start + len(phrase))
    assert len(a.exact) >= LONG_QUOTE_CHARS
    lightly = text[:start] + "快递员、骑手和网约车司机们" + text[start + len(phrase) :]
    p = reanchor(a, lightly)  # followed where it was
    assert p is not None and (p.start, p.end) == (start, start + 13)
    for rewritten in ("快递员和司机们", "送快递送外卖的人"):
        edited = text[:start] + rewritten + text[start + len(phrase) :]
        assert reanchor(a, edited) is None  # an orphan, never the second copy
    moved = "开头全部改写了。" * 4 + phrase + "结尾也全部改写了。" * 4
    p = reanchor(a, moved)  # no damaged copy left: the one exact quote still counts
    assert p is not None and moved[p.start : p.end] == phrase


def test_score_is_one_for_the_original_place() -> None:
    text = long_text()
    a = make_anchor(text, 10, 40)
    assert score(a, text, 10, 40) == pytest.approx(1.0)
    assert score(a, text, 60, 90) < MIN_SCORE


# -- the property: random edits around and inside highlights ----------------------
@dataclass
class Edited:
    text: str
    origin: list[int | None]  # for each new character, its index in the old text (None = new)

    def span_of(self, start: int, end: int) -> tuple[int, int] | None:
        """Where old [start, end) is now, if every character survived, in order, untouched."""
        where = [i for i, o in enumerate(self.origin) if o is not None and start <= o < end]
        if len(where) != end - start or where[-1] - where[0] != end - start - 1:
            return None
        return where[0], where[-1] + 1

    def region(self, start: int, end: int) -> tuple[int, int]:
        """Where old [start, end) went: first survivor at/after start to last one before end.

        When every character of it was deleted, this is the gap it left
        (then the first value can exceed the second by the edits' length).
        """
        after = [i for i, o in enumerate(self.origin) if o is not None and o >= start]
        before = [i for i, o in enumerate(self.origin) if o is not None and o < end]
        return (after[0] if after else len(self.origin)), (before[-1] + 1 if before else 0)


def apply_edits(text: str, edits: list[tuple[int, int, str]]) -> Edited:
    """Apply (position, characters deleted, inserted string) edits one after another."""
    chars: list[tuple[str, int | None]] = [(c, i) for i, c in enumerate(text)]
    for pos, delete, insert in edits:
        pos = min(pos, len(chars))
        chars[pos : pos + delete] = [(c, None) for c in insert]
    return Edited("".join(c for c, _ in chars), [o for _, o in chars])


MAX_EDIT = 5  # characters one edit inserts, deletes or changes at most


@st.composite
def edited_texts(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]], Edited]:
    source = draw(st.sampled_from(seed_texts()))
    lo = draw(st.integers(0, max(0, len(source) - 400)))
    text = source[lo : lo + draw(st.integers(300, 1500))]
    spans: list[tuple[int, int]] = []
    for _ in range(draw(st.integers(1, 4))):
        start = draw(st.integers(0, len(text) - 2))
        length = draw(st.integers(1, min(60, len(text) - start)))
        spans.append((start, start + length))
    alphabet = seed_alphabet()
    edits: list[tuple[int, int, str]] = []
    for _ in range(draw(st.integers(1, 6))):
        s, e = draw(st.sampled_from(spans))
        # Mostly near a highlight (just before, inside, just after), sometimes anywhere.
        near = draw(st.integers(max(0, s - 2 * CONTEXT_CHARS), e + 2 * CONTEXT_CHARS))
        pos = draw(st.one_of(st.just(near), st.integers(0, len(text))))
        kind = draw(st.sampled_from(["insert", "delete", "change"]))
        ins = draw(st.text(alphabet=alphabet, min_size=1, max_size=MAX_EDIT))
        if kind == "insert":
            edits.append((pos, 0, ins))
        elif kind == "delete":
            edits.append((pos, draw(st.integers(1, MAX_EDIT)), ""))
        else:
            edits.append((pos, len(ins), ins))
    return text, spans, apply_edits(text, edits)


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(edited_texts())
def test_random_edits_keep_intact_quotes_and_never_misplace(
    case: tuple[str, list[tuple[int, int]], Edited],
) -> None:
    text, spans, edited = case
    assume(edited.text != text)
    for start, end in spans:
        anchor = make_anchor(text, start, end)
        placed = reanchor(anchor, edited.text)
        intact = edited.span_of(start, end)
        if intact is not None:
            # The highlighted characters are all still there, side by side.
            assert placed is not None, f"lost intact quote {anchor.exact!r}"
            assert edited.text[placed.start : placed.end] == anchor.exact
            if _distinguishable(anchor, edited, intact):
                assert (placed.start, placed.end) == intact
        elif placed is not None:
            # Some highlighted characters were edited: a placement must be on
            # (or within one edit of) where they were, never elsewhere.
            # The one exception: the text itself repeats the quote within its
            # context window, where no method can tell the copies apart.
            lo, hi = edited.region(start, end)
            near = placed.start < hi + MAX_EDIT and lo - MAX_EDIT < placed.end
            copy_nearby = (
                edited.text[placed.start : placed.end] == anchor.exact
                and placed.start < hi + CONTEXT_CHARS
                and lo - CONTEXT_CHARS < placed.end
            )
            assert near or copy_nearby, (
                f"misplaced {anchor.exact!r} at {placed} (its text was at {lo}-{hi})"
            )


def _distinguishable(anchor, edited: Edited, intact: tuple[int, int]) -> bool:
    """Whether the right occurrence of a repeated quote can be known at all.

    It can when the quote occurs once, or when no other occurrence has a
    context at least as close to the stored one as the right occurrence's.
    """
    others = [s for s in occurrences(edited.text, anchor.exact) if s != intact[0]]
    if not others:
        return True
    right = score(anchor, edited.text, *intact)
    return all(score(anchor, edited.text, s, s + len(anchor.exact)) < right for s in others)
