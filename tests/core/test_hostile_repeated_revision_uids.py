"""A corrections file whose revision carries a uid the library has, with other content.

The library's revision of that uid says one title, the file's another: the
file's was counted "already there" and silently passed over. Which one is
meant cannot be known, so it is a conflict now, and nothing is applied.
The same file again, unchanged, is still "already there".
"""

from __future__ import annotations

import copy

from tests.reliability.helpers import seeded_library
from zzreader.core import corrections_transfer as ct


def test_a_known_uid_with_other_content_is_a_conflict(tmp_path) -> None:
    library = seeded_library(tmp_path / "lib.sqlite")
    try:
        library.corrections.edit(3, {"title": "株冶集团前三季度净利润8.58亿元（更正）"})
        data, _ = ct.export_corrections(library)
        again = ct.import_corrections(library, copy.deepcopy(data))
        assert (again.applied, again.already, again.conflicts) == (0, 1, [])
        forged = copy.deepcopy(data)
        forged["articles"][0]["revisions"][0]["state"]["title"] = "被另一个文件改过的标题"
        report = ct.import_corrections(library, forged)
        assert report.applied == 0 and report.already == 0 and len(report.conflicts) == 1
        assert report.conflicts[0]["same_uid_other_content"] is True
        assert library.article(3).title == "株冶集团前三季度净利润8.58亿元（更正）"
    finally:
        library.close()
