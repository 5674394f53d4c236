"""The cached word table cuts a search term exactly as jieba does (so search
ranking does not change when the command line leaves jieba unloaded)."""

from __future__ import annotations

import random

import pytest

from tests.conftest import SEEDS
from zzreader.core import booster_words as bw
from zzreader.core import fts_query
from zzreader.resources import configure_jieba


@pytest.fixture(scope="module")
def table(tmp_path_factory):
    return bw.WordTable(tmp_path_factory.mktemp("words") / "words.sqlite")


def han_runs() -> list[str]:
    text = "".join(p.read_text(encoding="utf-8") for p in SEEDS)
    runs = [r for r in bw.re.findall(r"[\u4e00-\u9fd5]{3,}", text)]
    rng = random.Random(18)
    out = []
    for run in rng.sample(runs, 300):
        n = rng.randint(3, min(12, len(run)))
        start = rng.randrange(len(run) - n + 1)
        out.append(run[start : start + n])
    return out + ["二医院", "株洲市二医院", "知株侠", "全力以赴完成医保参保工作任务"]


def test_the_table_cuts_every_sampled_term_as_jieba_does(table) -> None:
    tk = configure_jieba()
    for term in han_runs():
        words, _ = bw.cut(term, table)
        assert words == list(tk.cut(term, HMM=False)), term


def test_boosters_are_the_ones_jieba_gives(table) -> None:
    tk = configure_jieba()
    for term in han_runs():
        expect = tuple(sorted(
            {w for w in tk.cut(term, HMM=False) if len(w) >= 2 and w != term
             and tk.FREQ.get(w, 0) < fts_query.BOOSTER_MAX_FREQ}, key=term.find))  # fmt: skip
        assert bw.boosters(term, fts_query.BOOSTER_MAX_FREQ, table) == expect, term


def test_text_jieba_reads_otherwise_is_left_to_jieba(table) -> None:
    assert bw.cut("株洲5G网络", table) is None and bw.cut("㐀㐁㐂", table) is None


def test_a_damaged_word_table_leaves_the_cut_to_jieba(tmp_path, monkeypatch) -> None:
    bad = tmp_path / "words.sqlite"
    bad.write_bytes(b"not a database at all, just bytes")
    monkeypatch.setattr(bw, "_TABLE", bw.WordTable(bad))
    fts_query._booster_words.cache_clear()
    tk = configure_jieba()
    term = "株洲市二医院"
    expect = tuple(sorted(
        {w for w in tk.cut(term, HMM=False) if len(w) >= 2 and w != term
         and tk.FREQ.get(w, 0) < fts_query.BOOSTER_MAX_FREQ}, key=term.find))  # fmt: skip
    assert fts_query._booster_words(term) == expect
    fts_query._booster_words.cache_clear()
