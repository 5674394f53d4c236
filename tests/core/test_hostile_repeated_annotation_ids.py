"""A W3C file that holds the same annotation id twice, with different content.

The second copy was counted "unchanged" and its note silently dropped: which
of the two the file meant cannot be known. It is now skipped with its reason
(the first is imported), on every import of that file.
"""

from __future__ import annotations

import copy

from tests.reliability.helpers import seeded_library
from zzreader.core import w3c


def test_a_repeated_id_is_skipped_with_its_reason(tmp_path) -> None:
    library = seeded_library(tmp_path / "lib.sqlite")
    try:
        library.highlights.add(3, 0, 4, note="原来的批注")
        doc = w3c.export_w3c(library)
        (item,) = [i for i in doc["first"]["items"] if i.get("motivation") == "highlighting"]
        first = copy.deepcopy(item)
        first["id"] = "urn:uuid:0b1f5a0e-8c55-4a8e-9b7e-2f0d3c1a9e11"
        first["body"][0]["value"] = "芦淞市场的第一条批注"
        second = copy.deepcopy(first)
        second["body"][0]["value"] = "同一个 id 的第二条批注"
        doc["first"]["items"] = [first, second]
        for _ in range(2):
            report = w3c.import_w3c(library, copy.deepcopy(doc), "shared.json")
            assert len(report.skipped) == 1 and "more than once in the file on the same words" in report.skipped[0]
            assert "0b1f5a0e-8c55-4a8e-9b7e-2f0d3c1a9e11" in report.skipped[0]
        notes = {h.note for h in library.highlights.find()}
        assert notes == {"原来的批注", "芦淞市场的第一条批注"}
    finally:
        library.close()
