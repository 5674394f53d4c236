"""Fuzzing at CI size, longer on request: `ZZ_FUZZ_EXAMPLES=5000 pytest tests/reliability/test_fuzz.py`.

- Queries: any string (full Unicode, control characters, FTS5 syntax, field
  prefixes, dates) gives results or the documented QueryError, and a
  QueryError is never an SQLite error in disguise (search.py turns
  sqlite3.Error into QueryError; the test refuses that as a way out).
- Dumps: seed lines shuffled, cut, doubled and salted with odd characters
  parse to an issue that loses no non-blank line (or a ParseError), and
  store into a library that stays consistent.
The query parser's own properties are in tests/core/test_query.py and
test_search.py, the anchoring ones in tests/core/test_anchors.py.
"""

from __future__ import annotations

import io
import os
import random
import sqlite3
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import SEEDS
from tests.core.parse_checks import assert_nothing_lost
from tests.reliability.helpers import consistency_problems, seeded_library
from zzreader.cli.search_command import run_cli_query
from zzreader.core import search as zs
from zzreader.core.errors import ParseError
from zzreader.core.parse import parse_bytes
from zzreader.core.query import QueryError, parse
from zzreader.core.store import Library, open_library

EXAMPLES = int(os.environ.get("ZZ_FUZZ_EXAMPLES", "0")) or None


def examples(default: int) -> int:
    return EXAMPLES or default


FUZZ = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

_QUERY_PIECES = st.sampled_from(
    ['"', "“", "”", "(", ")", "-", "*", "^", ":", "：", "OR", "AND", "NOT", "NEAR", "title:", "author:",
     "section:", "type:", "tag:", "note:", "date:", "date:2024-12", "date:2024-13-45", " ", "\u3000",
     "株洲", "二医院", "献血", "GDP", "gd*", "\x00", "\\", "'", "{", "}", "+", "~", "|", "&", "\n"]
)  # fmt: skip
QUERIES = st.one_of(st.text(max_size=40), st.lists(_QUERY_PIECES, max_size=12).map("".join))


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    lib = seeded_library(tmp_path_factory.mktemp("fuzz") / "library.sqlite")
    yield lib
    lib.close()


def _not_sqlite(exc: QueryError) -> None:
    assert not isinstance(exc.__cause__, sqlite3.Error), f"SQLite error reached the user: {exc}"
    assert " / " in str(exc)  # bilingual, as documented


@settings(max_examples=examples(300), **FUZZ)
@given(query=QUERIES)
def test_any_query_gives_results_or_a_query_error(library: Library, query: str) -> None:
    try:
        parse(query)
    except QueryError as exc:
        _not_sqlite(exc)
    try:
        result = library.search(query, limit=5)
    except QueryError as exc:
        _not_sqlite(exc)
    else:
        assert result.total >= len(result.hits)


@settings(max_examples=examples(150), **FUZZ)
@given(query=QUERIES, date_from=st.one_of(st.none(), st.text(max_size=12)), sort=st.sampled_from(["relevance", "date"]))
def test_any_query_with_any_dates_and_sort(library: Library, query: str, date_from: str | None, sort: str) -> None:
    try:
        zs.search(library, query, limit=3, date_from=date_from, date_to="2030-01-01", sort=sort)
    except QueryError as exc:
        _not_sqlite(exc)


@settings(max_examples=examples(150), **FUZZ)
@given(query=QUERIES)
def test_the_cli_json_answer_is_always_one_json_line(library: Library, query: str) -> None:
    import json

    out = io.StringIO()
    args = SimpleNamespace(limit=3, date_from=None, date_to=None, json=True)
    status = run_cli_query(library, query, args, out)
    data = json.loads(out.getvalue())
    assert data["query"] == query
    assert ("error" in data) == (status == 2)


# -- dumps ----------------------------------------------------------------------
_SEED_LINES = [line for s in SEEDS for line in s.read_text(encoding="utf-8").split("\n")]
_SALT = ["\ufeff", "\u200b", "\x00", "\x0c", "\r", "\t", "　", "●", "|", "上接2版", "## ", "𠮷", "\ud7ff", "́"]


@st.composite
def mangled_dumps(draw: st.DrawFn) -> str:
    rng = random.Random(draw(st.integers(0, 2**32 - 1)))
    start = rng.randrange(len(_SEED_LINES))
    lines = _SEED_LINES[start : start + rng.randrange(1, 120)]
    out = []
    for line in lines:
        roll = rng.random()
        if roll < 0.05:
            continue  # dropped
        if roll < 0.10:
            out.append(line)  # doubled
        if roll < 0.20 and line:
            cut = rng.randrange(len(line))
            line = line[:cut] + rng.choice(_SALT) + line[cut:]
        out.append(line)
    if rng.random() < 0.3:
        rng.shuffle(out)
    return "\n".join(out)


@settings(max_examples=examples(80), **FUZZ)
@given(text=mangled_dumps())
def test_mangled_dumps_parse_without_losing_a_line(text: str) -> None:
    try:
        issue = parse_bytes(text.encode("utf-8", "surrogatepass"), "zzrb-2024-01-02.txt")
    except ParseError as exc:
        assert " / " in str(exc)
        return
    assert_nothing_lost(issue)


@settings(max_examples=examples(25), **FUZZ)
@given(texts=st.lists(mangled_dumps(), min_size=1, max_size=4))
def test_mangled_dumps_store_into_a_consistent_library(tmp_path_factory: pytest.TempPathFactory, texts: list[str]) -> None:
    path = tmp_path_factory.mktemp("store") / "library.sqlite"
    with open_library(path) as lib:
        for n, text in enumerate(texts):
            # The same name more than once: later dumps update the issue in place.
            name = f"zzrb-2024-01-0{1 + n % 2}.txt"
            try:
                issue = parse_bytes(text.encode("utf-8", "surrogatepass"), name)
            except ParseError:
                continue
            lib.import_issue(issue)
        assert consistency_problems(lib) == []
    for p in Path(path).parent.iterdir():
        p.unlink()
