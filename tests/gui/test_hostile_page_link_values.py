"""The page's searching links (a byline chip, the section, the date) over names another tool stored.

Before: the link's value was put into the query as it stood, so a section
named `要闻" OR 广告` searched section 要闻 OR the word 广告, and a name with
a space or a bracket searched a second word. Now the value is quoted with a
quote pair it does not hold (core/query.py `field_query`) and reads back whole.
"""

from __future__ import annotations

import pytest

from zzreader.core import query
from zzreader.core.query import field_query

VALUES = ['要闻" OR 广告', 'A「B」C"D“E”', "谢 (嘉)", "“引”", "-广告", "date:2024", "a" * 300, "神农城"]


@pytest.mark.parametrize("field", ["section", "author"])
@pytest.mark.parametrize("value", VALUES)
def test_a_link_value_reads_back_as_one_filter(field: str, value: str) -> None:
    parsed = query.parse(field_query(field, value) + " 株洲")
    filters = [node for node in parsed.root.children if isinstance(node, query.Filter)]
    assert len(filters) == 1 and filters[0].field == field
    expected = value if field == "section" else value.replace(" ", "")  # author: spaces never count
    if not any(q in value for q in "「」") or '"' not in value:
        assert filters[0].value == expected
    else:  # a value holding every quote: those quotes become spaces, the rest is kept
        assert filters[0].value.replace(" ", "") == "".join(c for c in expected if c not in '"「」“”').replace(" ", "")


def test_the_section_link_searches_the_stored_name(qtbot, window) -> None:
    window.page_links.follow("section", '要闻" OR 广告')
    qtbot.waitUntil(lambda: not window.search.busy, timeout=10_000)
    assert window.search.query.text() == 'section:「要闻" OR 广告」'
    assert window.search.model.rowCount() == 0  # no such section: not every article holding 广告


def test_a_typed_section_with_a_quote_filters_by_that_name(qtbot, window) -> None:
    """The section box alone (no words): its value was put between two '"' as typed."""
    window.search.query.clear()
    window.search.section.setText('要闻" OR 广告')
    window.search.run()
    qtbot.waitUntil(lambda: not window.search.busy, timeout=10_000)
    assert window.search.model.rowCount() == 0
