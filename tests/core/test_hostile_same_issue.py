"""The same-issue test (core/same_issue.py) over stored texts another tool wrote.

Before: the work bound counted only the word characters kept, so stored
texts of punctuation alone (200 articles of 400,000 dashes) were each read
whole: 1.5 s per import of a page of that date, growing with every such
article. Now every character read counts, and the walk stops at MAX_CHARS.
Stored values that are no text (bytes, numbers, NULL) are skipped.
"""

from __future__ import annotations

from zzreader.core import same_issue

PAGE = ["株洲日报讯 神农城广场今晚举行迎春灯会，市民携家人赏灯。" * 5]


def _counted(texts: list) -> tuple[list[int], object]:
    read = [0]

    def walk():
        for text in texts:
            read[0] += 1
            yield text

    return read, walk()


def test_punctuation_counts_against_the_bound() -> None:
    read, stored = _counted(["——" * 200_000 for _ in range(200)])
    assert same_issue.same_text(stored, PAGE)  # nothing to compare: taken as the same issue, as documented
    assert read[0] <= 2  # before: all 200 were read


def test_values_that_are_no_text_are_skipped() -> None:
    stored = [b"\xe6\xa0\xaa\xe6\xb4\xb2", 42, None, 1.5, PAGE[0]]
    assert same_issue.same_text(stored, PAGE)
    assert not same_issue.same_text([b"x", 7, "湘江两岸的桥梁今年全部完成检修，交通恢复正常运行。" * 5], PAGE)


def test_a_huge_stored_text_is_read_only_to_the_bound() -> None:
    huge = "株洲" * 5_000_000  # 10 million characters
    assert len(same_issue.shingles([huge])) <= same_issue.MAX_CHARS
