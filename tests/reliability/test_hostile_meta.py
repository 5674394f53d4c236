"""A library's `meta` values are untrusted: a hostile count or slot width never stops a command.

Another tool can write anything into `meta`. Before the fix, a
`reprint_boilerplate_sample` of 5,000 digits stopped `reprints` with
Python's ValueError (int() refuses more than 4,300 digits), and an
`fts_slot_bits` of 1, 2, 33, 40 or Arabic-Indic "٣٣" stopped `trend` with
"year 129237 is out of range" (the days decoded from the index keys).
Counts kept as text now pass `stored_values.whole_number` (plain ASCII
digits within bounds), and a day decoded from a key that is no real date
counts as undated (`fts_index.key_day`).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.reliability.helpers import call_cli, seeded_library
from zzreader.core import stored_values
from zzreader.core.fts_index import key_day


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("meta") / "base.sqlite"
    seeded_library(path).close()
    return path


def _with_meta(base: Path, tmp_path: Path, key: str, value: object) -> Path:
    path = tmp_path / "lib.sqlite"
    path.write_bytes(base.read_bytes())
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [key, value],
    )
    conn.commit()
    conn.close()
    return path


HOSTILE = ["9" * 5000, "٣٣", "-5", "1e99", "\x00", b"\xff\x00", "99999999999999999999999", "[" * 10_000]


@pytest.mark.parametrize("value", HOSTILE + ["1", "2", "33", "40"], ids=repr)
def test_trend_counts_whatever_the_slot_width_says(base, tmp_path, capsys, value):
    lib = _with_meta(base, tmp_path, "fts_slot_bits", value)
    code, out, err = call_cli(capsys, "--library", str(lib), "trend", "株洲", "--by", "year", "--json")
    assert code == 0, err
    assert err.count("\n") <= 1 and "Traceback" not in err


@pytest.mark.parametrize("key", ["reprint_boilerplate_sample", "entity_high_water", "entity_byline_names"])
@pytest.mark.parametrize("value", HOSTILE, ids=repr)
def test_discovery_reads_a_hostile_count_as_unknown(base, tmp_path, capsys, key, value):
    lib = _with_meta(base, tmp_path, key, value)
    for argv in (["reprints"], ["people", "--limit", "3"], ["import", "--replace", *map(str, _one_seed())]):
        code, _out, err = call_cli(capsys, "--library", str(lib), *argv)
        assert code == 0, (argv, err)
        assert "Traceback" not in err


def _one_seed() -> list[Path]:
    from tests.conftest import SEEDS

    return [SEEDS[0]]


def test_whole_number_takes_only_plain_digits_in_range():
    assert stored_values.whole_number("57", 0) == 57
    assert stored_values.whole_number(" 57\n", 0) == 57
    for bad in ("9" * 5000, "٣٣", "-5", "1e99", "+7", "0x7", None, b"\xff", "", "7.0"):
        assert stored_values.whole_number(bad, -1) == -1, bad
    assert stored_values.whole_number("41", 0, 1, 40) == 0
    assert stored_values.whole_number(True, 3) == 3


def test_a_key_that_is_no_real_day_is_undated():
    assert key_day((738000 << 7) | 5, 7) == 738000
    assert key_day(-(1 << 40) - 3, 7) is None
    assert key_day(738000 << 7, 1) is None  # past 9999-12-31
    assert key_day(5, 7) is None  # day 0
