"""Reprints stay linear when one text arrives many times (a file of one issue repeated).

A 50 MB file made of one issue repeated took over 300 s in the reprints step:
every copy was checked against every other. The work is counted here (the
overlap checks), never timed; the clusters must stay what they were.
"""

from __future__ import annotations

import pytest

from tests.core.discovery_helpers import FLOOD, MARKET, article, issue
from zzreader.core.discovery import band_lookup, reprints
from zzreader.core.store import open_library

BRIDGE = (
    "株洲日报讯(全媒体记者/彭丽娟) 枫溪大桥引桥段昨日完成最后一段桥面铺装，预计下月底具备通车条件。"
    "施工方介绍，引桥全长六百四十米，采用装配式钢箱梁，现场吊装用了四十二个晚上，白天不影响沿线交通。"
    "附近的枫溪社区居民说，以前去河西要绕行二十分钟，桥通了以后骑电动车五分钟就到。"
    "市交通运输局提醒，通车前桥面仍在养护，请市民不要翻越围挡进入施工区域，夜间经过时注意减速慢行。"
    "桥下的滨河步道同步改造，新栽了三百多棵香樟和紫薇，还设了两处休息亭和一个儿童游乐区，预计与大桥一同开放。"
)
LETTERS = "湘江株洲醴陵攸县茶陵炎陵渌口芦淞荷塘石峰天元田心白关栗雨桃花橘子稻谷油菜茶叶竹笋鱼虾瓷器烟花电机车辆"


def _filler(seed: int) -> str:
    import random

    rng = random.Random(seed)
    return "读者来信：" + "".join(rng.choice(LETTERS) for _ in range(260))


def _counted(monkeypatch) -> list[int]:
    calls = [0]
    real = reprints.overlap

    def counting(a, b):
        calls[0] += 1
        return real(a, b)

    monkeypatch.setattr(reprints, "overlap", counting)
    return calls


def _library_with_distinct_articles(path, count: int = 30):
    """A library whose boilerplate was learned from `count` unrelated letters."""
    library = open_library(path)
    for day in range(count):
        library.import_issue(issue(f"2023-{day // 28 + 1:02d}-{day % 28 + 1:02d}",
                                   [article(f"来信{day}", _filler(day))]))
    reprints.update(library)
    return library


def _ids(library, prefix: str) -> set[int]:
    return {a.id for s in library.issue_summaries() for a in library.articles_of_issue(s.id)
            if a.title.startswith(prefix)}


@pytest.mark.parametrize(("bulk_min", "scan_max"), [(10**9, 0), (1, 0), (10**9, 10**9)],
                         ids=["one by one", "bulk", "scan"])
def test_exact_copies_are_checked_once_each_and_stay_one_cluster(tmp_path, monkeypatch, bulk_min, scan_max):
    monkeypatch.setattr(reprints, "BULK_MIN", bulk_min)
    monkeypatch.setattr(reprints, "SCAN_MAX", scan_max)  # without bands: every stored key compared
    with _library_with_distinct_articles(tmp_path / "lib.sqlite") as library:
        library.import_issue(issue("2024-05-01", [article("原稿", BRIDGE)]))
        reprints.update(library)
        calls = _counted(monkeypatch)
        copies = 80  # under the fourfold growth that would learn the boilerplate again
        library.import_issue(issue("2024-05-02", [article(f"重印{n}", BRIDGE) for n in range(copies)]))
        reprints.update(library)
        assert calls[0] <= 2 * copies, calls[0]  # every copy against every other: 3,240
        (cluster,) = reprints.clusters(library)
        assert set(cluster.articles) == _ids(library, "原稿") | _ids(library, "重印")
        assert cluster.similarity == 1.0


def test_near_copies_are_checked_against_a_bounded_number_each(tmp_path, monkeypatch):
    """Copies differing in one number each are not collapsed; the candidate cap bounds them."""
    monkeypatch.setattr(reprints, "MAX_CANDIDATES", 5)
    with _library_with_distinct_articles(tmp_path / "lib.sqlite") as library:
        calls = _counted(monkeypatch)
        copies = 80
        library.import_issue(issue("2024-05-02", [
            article(f"重印{n}", BRIDGE.replace("四十二个晚上", f"{n + 100}个晚上")) for n in range(copies)]))
        reprints.update(library)
        assert calls[0] <= 5 * copies, calls[0]
        (cluster,) = reprints.clusters(library)
        assert set(cluster.articles) == _ids(library, "重印")


def test_articles_that_are_all_boilerplate_are_not_compared(tmp_path, monkeypatch):
    """One article repeated in a new library: all its shingles are boilerplate, so nothing to match."""
    calls = _counted(monkeypatch)
    with open_library(tmp_path / "lib.sqlite") as library:
        library.import_issue(issue("2024-05-02", [article(f"重印{n}", BRIDGE) for n in range(60)]))
        reprints.update(library)
        assert calls[0] == 0  # 60 empty sets each matched the 59 others
        assert reprints.clusters(library) == []


def test_real_reprints_are_still_found_beside_many_copies(tmp_path, monkeypatch):
    """A real reprint pair is not crowded out by a flood of copies of another text."""
    monkeypatch.setattr(band_lookup, "BUCKET_CAP", 3)
    with _library_with_distinct_articles(tmp_path / "lib.sqlite") as library:
        library.import_issue(issue("2024-05-01", [article("防汛", FLOOD), article("市场", MARKET)]))
        library.import_issue(issue("2024-05-02", [article(f"重印{n}", BRIDGE) for n in range(60)]))
        reprints.update(library)
        library.import_issue(issue("2024-05-09", [article("大堤", FLOOD.replace("三百余名", "四百多名")),
                                                  article("又一份", BRIDGE)]))
        reprints.update(library)
        groups = {frozenset(c.articles) for c in reprints.clusters(library)}
        assert frozenset(_ids(library, "防汛") | _ids(library, "大堤")) in groups
        assert frozenset(_ids(library, "重印") | _ids(library, "又一份")) in groups
