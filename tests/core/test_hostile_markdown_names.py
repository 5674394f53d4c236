"""A file name or tag in a Markdown export is text, like the headline beside it.

Before: `export annotations --format md` escaped an article's headline but
wrote the issue's source (the dump's file name, chosen by whoever made the
file) and the tags as they were, so a dump named `<img src=x onerror=…>.txt`
or a tag `<script>` became live HTML in any Markdown viewer that renders it.
Now both are escaped; a tag keeps its `#tag` form (`_` inside stays).
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import SEEDS
from zzreader.core import export
from zzreader.core.importer import import_paths
from zzreader.core.store import open_library

SOURCE = "<img src=x onerror=alert(1)>株洲.txt"
TAGS = ["<script>", "<b>要闻</b>", "科技_创新"]
RAW_TAG = re.compile(r"(?<!\\)<[A-Za-z/]")  # an HTML tag a Markdown viewer would render


def test_a_hostile_source_and_tags_are_escaped(tmp_path: Path) -> None:
    dump = tmp_path / SOURCE
    dump.write_bytes(SEEDS[0].read_bytes())
    with open_library(tmp_path / "l.sqlite") as library:
        report = import_paths(library, [dump], workers=0)
        (result,) = report.files
        aid = library.article_summaries(result.issue_id)[0].id
        library.highlights.add(aid, 0, 4, note="", tags=TAGS)
        library.tags.set_for_article(aid, TAGS)
        md = export.export_markdown(library)
    heads = [line for line in md.splitlines() if line.startswith("## ")]
    assert heads and all("onerror" in line for line in heads)  # the name is still there, as text
    for line in md.splitlines():
        assert not RAW_TAG.search(line), line
    assert "#科技_创新" in md
