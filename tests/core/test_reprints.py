"""Reprints: edited and cut copies are found, unrelated articles are not, differences marked."""

from __future__ import annotations

import pytest

from tests.core.discovery_helpers import FLOOD, MARKET, article, issue
from zzreader.core.discovery import band_lookup, reprints
from zzreader.core.store import open_library


def edited_copy() -> str:
    """FLOOD with a few words changed and its last seventh cut, as a sub-editor would."""
    text = FLOOD.replace("三百余名", "四百多名").replace("昨日", "18日").replace("心里踏实", "很放心")
    return text[: int(len(text) * 0.85)]


@pytest.fixture
def lib(tmp_path):
    with open_library(tmp_path / "lib.sqlite") as library:
        library.import_issue(issue("2024-06-01", [article("防汛", FLOOD), article("市场", MARKET)]))
        library.import_issue(issue("2024-06-08", [article("大堤加固", edited_copy()), article("短讯", FLOOD[:150])]))
        reprints.update(library)
        yield library


def _ids(lib, title):
    return [a.id for s in lib.issue_summaries() for a in lib.articles_of_issue(s.id) if a.title == title]


def test_edited_and_cut_copy_is_found(lib):
    clusters = reprints.clusters(lib)
    assert len(clusters) == 1
    (flood,), (copy,) = _ids(lib, "防汛"), _ids(lib, "大堤加固")
    assert clusters[0].articles == tuple(sorted((flood, copy)))
    assert 0.7 < clusters[0].similarity <= 1.0
    assert clusters[0].to_json() == {"articles": sorted([flood, copy]), "similarity": round(clusters[0].similarity, 3)}


def test_short_articles_are_left_out(lib):
    (short,) = _ids(lib, "短讯")
    assert all(short not in c.articles for c in reprints.clusters(lib))
    assert reprints.clusters(lib, min_chars=10_000) == []


def test_new_issue_is_compared_with_the_library(lib):
    outcome = lib.import_issue(issue("2024-07-01", [article("市场又开", MARKET.replace("三百多个", "四百个"))]))
    reprints.update(lib, outcome.added)
    assert len(reprints.clusters(lib)) == 2
    assert reprints.pending_count(lib) == 0


def test_compare_marks_the_differences():
    left, right = reprints.compare("湘江大堤加固完成，三百余名干部参与。", "湘江大堤加固完成，四百多名干部参与。")
    assert "".join(s.text for s in left) == "湘江大堤加固完成，三百余名干部参与。"
    assert [s.text for s in left if not s.same] == ["三", "余"]
    assert [s.text for s in right if not s.same] == ["四", "多"]


def test_shingles_ignore_whitespace_and_repeat():
    assert len(reprints.shingles("湘江 大堤\n湘江大堤")) == len(reprints.shingles("湘江大堤湘江大堤"))
    assert reprints.overlap(reprints.shingles(FLOOD), reprints.shingles(FLOOD)) == 1.0


def test_boilerplate_in_many_articles_is_ignored(tmp_path):
    """A long standing notice printed under thirty different letters makes no reprints."""
    import random

    notice = (
        "本报启事：株洲日报社读者服务中心即日起搬迁至天元区神农大道新址，办公时间为每周一至周五上午八点半至十二点、"
        "下午两点半至六点。读者来信来访、订阅报纸、刊登广告、查阅往期报纸，请到新址办理，或拨打服务热线咨询。"
        "来信请注明真实姓名、住址和联系电话，本报对来信内容负责保密，不退稿，请自留底稿。"
    ) * 2
    pool = "湘江株洲醴陵攸县茶陵炎陵渌口芦淞荷塘石峰天元田心白关栗雨桃花橘子稻谷油菜茶叶竹笋鱼虾瓷器烟花电机车辆"
    with open_library(tmp_path / "lib.sqlite") as library:
        for day in range(30):
            rng = random.Random(day)
            letter = "读者来信：" + "".join(rng.choice(pool) for _ in range(220))
            library.import_issue(issue(f"2024-03-{day + 1:02d}", [article(f"来信{day}", letter + "\n" + notice)]))
        reprints.update(library)
        assert reprints._boilerplate(library).size > 0
        assert reprints.clusters(library) == []


def test_bulk_build_finds_the_same_pairs_as_one_by_one(tmp_path, monkeypatch):
    """A first build of many articles (hash all, then look up) equals the per-issue path."""
    found = {}
    for mode, bulk_min in (("one by one", 10**9), ("bulk", 1)):
        monkeypatch.setattr(reprints, "BULK_MIN", bulk_min)
        with open_library(tmp_path / f"{bulk_min}.sqlite") as library:
            library.import_issue(issue("2024-06-01", [article("防汛", FLOOD), article("市场", MARKET)]))
            library.import_issue(issue("2024-06-08", [article("大堤加固", edited_copy())]))
            library.import_issue(issue("2024-06-15", [article("市场开业", MARKET.replace("三百多个", "四百个"))]))
            assert reprints.update(library) == 4
            found[mode] = [(c.articles, round(c.similarity, 3)) for c in reprints.clusters(library)]
    assert len(found["bulk"]) == 2
    assert found["bulk"] == found["one by one"]


def test_a_few_articles_are_compared_without_bands_and_find_the_same_pairs(tmp_path, monkeypatch):
    """An issue or two imported in a process without bands scans the stored keys (no sort)."""
    found = {}
    for mode, scan_max in (("bands", 0), ("scan", 10**9)):
        monkeypatch.setattr(reprints, "SCAN_MAX", scan_max)
        with open_library(tmp_path / f"{mode}.sqlite") as library:
            library.import_issue(issue("2024-06-01", [article("防汛", FLOOD), article("市场", MARKET)]))
            reprints.update(library)
            reprints._INDEXES.pop(library, None)  # as in a new process
            outcome = library.import_issue(
                issue("2024-06-08", [article("大堤加固", edited_copy()), article("市场开业", MARKET.replace("三百多个", "四百个"))])
            )
            assert reprints.update(library, outcome.added) == 2
            assert (library in reprints._INDEXES) == (mode == "bands")
            found[mode] = [(c.articles, round(c.similarity, 3)) for c in reprints.clusters(library)]
    assert len(found["scan"]) == 2
    assert found["scan"] == found["bands"]


def test_scan_and_bands_answer_the_same_lookups():
    import numpy as np

    rng = np.random.default_rng(3)
    keys = rng.integers(0, 50, size=(400, reprints.BANDS), dtype=np.uint32)  # small keys: many shared
    ids = np.arange(1, 401, dtype=np.int64)
    bands, scan = band_lookup.BandIndex(ids, keys, reprints.BANDS), band_lookup.BandScan(ids, keys, reprints.BANDS)
    extra = rng.integers(0, 50, size=reprints.BANDS, dtype=np.uint32)
    for idx in (bands, scan):
        idx.add(1000, extra)
    for probe in [keys[7], keys[123], extra, rng.integers(50, 99, size=reprints.BANDS, dtype=np.uint32)]:
        assert scan.query(probe) == bands.query(probe)
    assert 7 + 1 in scan.query(keys[7]) and 1000 in scan.query(extra)


def test_the_banding_is_the_one_datasketch_chooses_for_the_threshold(monkeypatch):
    """reprints gives MinHashLSH its bands (so the built app needs no SciPy): the ones it would choose."""
    import datasketch.lsh
    import scipy.integrate
    from datasketch import MinHashLSH

    # core/discovery/datasketch_loader.py loaded datasketch without the integrator its choice needs
    monkeypatch.setattr(datasketch.lsh, "integrate", scipy.integrate.quad)

    chosen = MinHashLSH(threshold=reprints.LSH_THRESHOLD, num_perm=reprints.NUM_PERM)
    assert (chosen.b, chosen.r) == reprints.LSH_PARAMS == (reprints.BANDS, reprints.ROWS)
