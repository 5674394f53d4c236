"""Unbalanced braces in a title never unbalance a BibTeX entry.

BibTeX and biber count braces to find where a field ends, and a backslash
does not hide a brace from that count. Before, a headline `}}}}}{{{{` was
written as `title = {\\}\\}\\}\\}\\}\\{\\{\\{\\{}`: the field ended at the first
escaped `}` (the entry was an error), and a headline of `{` alone left the
field open so that it swallowed every later entry of the file. Now each
brace is written as `\\textbraceleft{}` / `\\textbraceright{}`, which keeps
every field balanced and prints the brace.
"""

from __future__ import annotations

import bibtexparser
import pytest

from zzreader.core import citations as ci

TITLES = ("}}}}}{{{{", "{", "}", "标题}, author={Evil}, note={x} @misc{y, title={", "a\\}b", "\\{")


def _balanced(raw: str) -> bool:
    """BibTeX's own count: every brace counts, escaped or not."""
    depth = 0
    for c in raw:
        depth += {"{": 1, "}": -1}.get(c, 0)
        if depth < 0:
            return False
    return depth == 0


@pytest.mark.parametrize("title", TITLES)
def test_each_field_stays_balanced_and_the_next_entry_survives(title: str) -> None:
    odd = ci.Citation(3, title, (title,), "2024-01-02", title, title)
    plain = ci.Citation(4, "天元区新建三座口袋公园", ("王晓丽",), "2024-12-05", "", "")
    text = ci.render([odd, plain], "bibtex")
    parsed = bibtexparser.parse_string(text)
    assert not parsed.failed_blocks and len(parsed.entries) == 2
    for entry in parsed.entries:
        for field in entry.fields:
            assert _balanced(field.value), (field.key, field.value)
    assert "{" not in parsed.entries[0].fields_dict["title"].value.replace("\\textbraceleft{}", "").replace(
        "\\textbraceright{}", "").replace("\\textbackslash{}", "")
