"""The benchmarks' synthetic archive (tests/bench/synth.py) parses back into its
own articles: each raw dump, read by the parser, gives the generated titles in
order, with their bylines and sections (issue 18; the full ten-year check is
`python tests/bench/bench_search.py`)."""

from __future__ import annotations

import importlib.util
import sys

from tests.conftest import ROOT
from zzreader.core.parse import parse_text


def _synth():
    if "synth" not in sys.modules:
        spec = importlib.util.spec_from_file_location("synth", ROOT / "tests" / "bench" / "synth.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules["synth"] = module  # dataclasses look their module up there
        spec.loader.exec_module(module)
    return sys.modules["synth"]


def test_forty_synthetic_issues_parse_back_into_their_articles() -> None:
    gen = _synth().ArchiveGenerator()
    for i in range(40):
        made = gen.issue(i)
        parsed = parse_text(made.raw_text(), made.source)
        assert [a.title for a in parsed.articles] == [a.title for a in made.articles], made.source
        for want, got in zip(made.articles, parsed.articles):
            assert (got.reporters, got.correspondents, got.photographers) == (
                want.reporters, want.correspondents, want.photographers), (made.source, want.title)
            assert got.section == f"{want.section}·新闻"
            assert parsed.date == made.date
