"""Side-by-side comparisons of long articles take work bounded by their length.

The reprints view and an article's history marked the changed characters
with difflib's character diff, whose work is the product of the two lengths:
two 50,000-character articles took 25 s on the window's thread, a 1 MB one
(an issue file may hold it) hours. `core/text_diff.py` keeps the character
diff for short texts and goes sentence by sentence for longer ones. The
spy below fails any character diff over the budget at once, so the test
needs no timing.
"""

from __future__ import annotations

import difflib

import pytest

from zzreader.core import text_diff
from zzreader.core.discovery import reprints

BUDGET = 10_000_000  # characters × characters one comparison may take


class _BoundedMatcher(difflib.SequenceMatcher):
    def set_seqs(self, a, b):  # noqa: ANN001 - difflib's signature
        if isinstance(a, str) and isinstance(b, str):
            assert len(a) * len(b) <= BUDGET, f"a character diff of {len(a):,} × {len(b):,}"
        super().set_seqs(a, b)


@pytest.fixture
def bounded(monkeypatch):
    monkeypatch.setattr(difflib, "SequenceMatcher", _BoundedMatcher)


def _paragraph(n: int) -> str:
    return (f"株洲市第{n}批城市更新项目今日全线完工，沿线新增绿地{n}千平方米。"
            f"市民李女士说，傍晚带孩子到第{n}号公园散步，成了一家人的新习惯。"
            f"据市住建局介绍，项目还同步改造了{n}处排涝泵站，汛期防洪能力明显提升。\n")


def _joined(segments: list[reprints.Segment]) -> str:
    return "".join(s.text for s in segments)


def test_two_long_reprints_are_compared_with_the_changes_marked(bounded) -> None:
    left = "".join(_paragraph(n) for n in range(400))  # about 40,000 characters
    right = left.replace("沿线新增绿地17千", "沿线新增绿地18千").replace("改造了305处", "改造了306处")
    lhs, rhs = reprints.compare(left, right)
    assert _joined(lhs) == left and _joined(rhs) == right  # nothing lost, nothing added
    assert [s.text for s in rhs if not s.same] == ["8", "6"]  # only the changed characters
    assert [s.text for s in lhs if not s.same] == ["7", "5"]


def test_a_megabyte_article_against_itself_with_one_character_added(bounded) -> None:
    left = "株洲" * 500_000  # one repeated run: no sentence to align by
    right = left[:999] + "新" + left[999:]
    lhs, rhs = reprints.compare(left, right)
    assert _joined(rhs) == right and [s.text for s in rhs if not s.same] == ["新"]
    assert _joined(lhs) == left and all(s.same for s in lhs)


def test_texts_with_nothing_in_common_are_marked_whole(bounded) -> None:
    left, right = "株" * 300_000, "洲" * 300_000
    ops = text_diff.opcodes(left, right)
    assert [op[0] for op in ops] == ["replace"] and ops[0][1:] == (0, 300_000, 0, 300_000)


def test_short_texts_keep_the_exact_character_diff() -> None:
    old, new = "湘江大堤加固完成，三百余名干部参与。", "湘江大堤加固完成，四百多名干部参与。"
    exact = difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
    assert text_diff.opcodes(old, new) == exact
