"""Lines joined into one paragraph cost work in proportion to the text, not to its square.

Before: a Markdown file of 3,000 unterminated quote lines ('>' … '>>>…>' with a few words)
made one block that every further line copied and searched again (CONTACT.search on the
whole block); `zzreader import` had not ended after 60 s. Now a joined paragraph stops at
MAX_JOINED_CHARS and the search looks only at what each join added (core/lines.py ContactMemo).
"""

from __future__ import annotations

import random
import re

import pytest

from zzreader.core import lines, parse
from zzreader.core.lines import CONTACT, ContactMemo
from zzreader.core.models import Block


class _Counting:
    """A compiled pattern that counts the characters its searches start over."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.scanned = 0

    def search(self, text: str, pos: int = 0):
        self.scanned += len(text) - pos
        return self.pattern.search(text, pos)


def _quotes(n: int) -> str:
    return "\n".join(">" * (i % 40 + 1) + " 株洲日报讯 记者在河边看到" for i in range(n))


def test_a_wall_of_unterminated_lines_is_searched_about_once(monkeypatch: pytest.MonkeyPatch) -> None:
    counting = _Counting(lines._PHONE)
    monkeypatch.setattr(lines, "_PHONE", counting)
    text = _quotes(3000)
    issue = parse.parse_bytes(text.encode(), "quotes.md")
    assert issue.articles or issue.unassigned
    assert counting.scanned < 20 * len(text), (counting.scanned, len(text))  # quadratic: thousands of times


def test_no_joined_paragraph_is_longer_than_the_bound() -> None:
    issue = parse.parse_bytes(_quotes(3000).encode(), "quotes.md")
    for article in issue.articles:
        for block in article.blocks:
            assert len(block.text) <= parse.MAX_JOINED_CHARS + 200


PIECES = ["株洲日报讯", "电话：", "1", "3", "9", "0731-", "2812345", "@", "a", "www.", "zz.cn", "。", " ", "联系人：",
          "13912345678", "x@y.com", "http://", "８", "１３９"]


@pytest.mark.parametrize("seed", range(40))
def test_the_memo_answers_as_the_whole_search(seed: int) -> None:
    """Grown piece by piece as the parser joins lines, the memo says what CONTACT.search on the whole text says."""
    rng = random.Random(seed)
    memo = ContactMemo()
    block = Block("p", "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 5))), 1, 1)
    for _ in range(60):
        assert memo.found(block) == (CONTACT.search(block.text) is not None), block.text
        if memo.found(block):
            break  # the parser never joins onto a block with a contact
        block.text += "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 4)))
