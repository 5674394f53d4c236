"""People, places and organisations: bylines exactly, body mentions, aliases, m005."""

from __future__ import annotations

import itertools
import json
import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import SEEDS
from tests.core.discovery_helpers import FLOOD, MARKET, article, issue
from zzreader.core import migrations
from zzreader.core.discovery import entities, entity_extract
from zzreader.core.importer import import_paths
from zzreader.core.store import open_library

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def seeds_lib(tmp_path_factory):
    path = tmp_path_factory.mktemp("ent") / "lib.sqlite"
    with open_library(path) as library:
        import_paths(library, SEEDS, workers=0)  # the after-import step indexes them
        yield library


def names(found, kind):
    return {f.name for f in found if f.kind == kind}


def test_byline_entries_equal_the_bylines(seeds_lib):
    pairs = entities.byline_pairs(seeds_lib)
    assert len(pairs) > 30
    assert entities.indexed_byline_pairs(seeds_lib) == pairs
    reporters = {e.name for e in entities.entries(seeds_lib, "person", "reporter")}
    assert reporters == {n for n, _, role in pairs if role == "reporter"}


def test_body_mentions_in_the_seeds(seeds_lib):
    people = {e.name: e for e in entities.entries(seeds_lib, "person")}
    # 000_...: "副市长杨胜跃出席并讲话".
    assert people["杨胜跃"].roles["mentioned"] >= 1
    places = {e.name for e in entities.entries(seeds_lib, "place")}
    assert {"株洲", "天元区", "渌口区", "湘江"} <= places
    orgs = {e.name for e in entities.entries(seeds_lib, "org")}
    assert "市直机关工委" in orgs


def test_extract_from_original_text():
    found = entity_extract.extract(FLOOD + "今天下午，副市长周立新来到南洲镇。", ["罗晓燕"])
    assert names(found, "person") == {"罗晓燕", "陈德明", "周立新"}
    assert {"渌口区", "湘江", "南洲镇"} <= names(found, "place")
    assert "今天下午" not in names(found, "person")
    market = entity_extract.extract(MARKET)
    assert names(market, "person") == {"谭桂英"}
    assert {"天元区", "湘江", "炎陵"} <= names(market, "place")


def test_entry_detail_and_aliases(seeds_lib):
    before = {e.name: e.articles for e in entities.entries(seeds_lib, "place")}
    entities.merge_alias(seeds_lib, "place", "株洲市", "株洲")
    try:
        merged = {e.name: e for e in entities.entries(seeds_lib, "place")}
        assert "株洲市" not in merged
        assert merged["株洲"].aliases == ("株洲市",)
        assert max(before["株洲"], before["株洲市"]) <= merged["株洲"].articles <= before["株洲"] + before["株洲市"]
        detail = entities.detail(seeds_lib, "place", "株洲")
        assert len(detail.article_ids) == merged["株洲"].articles
        assert sum(detail.by_year.values()) == merged["株洲"].articles
        assert ("place", "天元区") in {(k, n) for k, n, _ in detail.with_names}
    finally:
        entities.remove_alias(seeds_lib, "place", "株洲市")
    assert "株洲市" in {e.name for e in entities.entries(seeds_lib, "place")}


def test_index_follows_imports(tmp_path):
    with open_library(tmp_path / "lib.sqlite") as library:
        outcome = library.import_issue(issue("2024-06-01", [article("防汛", FLOOD, ("罗晓燕",))]))
        entities.update(library)
        assert {e.name for e in entities.entries(library, "person")} == {"罗晓燕", "陈德明"}
        changed = issue("2024-06-01", [article("市场", MARKET, ("罗晓燕",))])
        changed.source = "zzrb-2024-06-01.txt"
        outcome = library.import_issue(changed)
        from zzreader.core.discovery import refresh

        refresh.after_import(library, outcome.added, outcome.changed)
        assert {e.name for e in entities.entries(library, "person")} == {"罗晓燕", "谭桂英"}
        assert entities.pending_count(library) == 0


def test_upgrade_from_the_last_fixture_adds_the_tables(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copy(DATA / "library_v4.sqlite", path)  # the last schema before m005 made these tables
    with open_library(path) as library:
        assert migrations.user_version(library.db) == migrations.SCHEMA_VERSION
        n = entities.update(library)
        assert n == library.stats().articles
        assert entities.indexed_byline_pairs(library) == entities.byline_pairs(library)
    conn = sqlite3.connect(str(path))
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    conn.close()
    assert {"entities", "entity_articles", "entity_postings", "entity_aliases", "reprint_pairs",
            "reprint_signatures"} <= tables


def test_gold_precision_and_recall():
    """The hand-labelled gold (tests/core/gold/entities_gold.md): people and places."""
    import json

    gold = Path(__file__).parent / "gold" / "entities_gold.jsonl"
    rows = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 100
    for kind, key in (("person", "people"), ("place", "places")):
        tp = fp = fn = 0
        for row in rows:
            found = names(entity_extract.extract(row["text"], row["bylines"]), kind)
            tp += len(found & set(row[key]))
            fp += len(found - set(row[key]))
            fn += len(set(row[key]) - found)
        assert tp / (tp + fp) >= 0.9, kind
        assert tp / (tp + fn) >= 0.8, kind


SURVEY = "清晨六点，龙晓川和两名队员已经蹚过了枫溪港的浅滩，他们要赶在涨水前测完最后三个断面。"
FERRY = "渡口的老船工说，黎青禾这几年每到汛期都来，拍下的照片比他撑过的船还多。"


def test_later_issues_know_earlier_bylines(tmp_path):
    """A byline name is recognised in the bodies of later issues, in this process
    and after another connection imported it (the names are kept per process)."""
    from zzreader.core.discovery import refresh

    assert "龙晓川" not in names(entity_extract.extract(SURVEY), "person")
    assert "黎青禾" not in names(entity_extract.extract(FERRY), "person")

    def add(library, date, art):
        outcome = library.import_issue(issue(date, [art]))
        refresh.after_import(library, outcome.added, outcome.changed)

    def mentioned(library):
        return {e.name for e in entities.entries(library, "person", "mentioned")}

    path = tmp_path / "lib.sqlite"
    with open_library(path) as library:
        add(library, "2024-07-01", article("防汛", FLOOD, ("龙晓川",)))
        add(library, "2024-07-02", article("测量", SURVEY))
        assert "龙晓川" in mentioned(library)
        with open_library(path) as other:
            add(other, "2024-07-03", article("摄影", MARKET, (), ("黎青禾",)))
        add(library, "2024-07-04", article("渡口", FERRY))
        assert "黎青禾" in mentioned(library)


def _stored_names(path: Path) -> list[str] | None:
    conn = sqlite3.connect(str(path))
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", [entities.BYLINE_NAMES]).fetchone()
    finally:
        conn.close()
    return None if row is None else json.loads(row[0])


def test_byline_names_are_kept_in_the_library(tmp_path):
    """The names the body scan knows are stored once, not read from every posting
    on each opening; a library without the list (schema 12 before it) or with a
    hostile one reads them from the index, and compact drops the list."""
    from zzreader.core.compact import compact
    from zzreader.core.discovery import refresh

    def add(library, date, art):
        outcome = library.import_issue(issue(date, [art]))
        refresh.after_import(library, outcome.added, outcome.changed)

    path = tmp_path / "lib.sqlite"
    with open_library(path) as library:
        add(library, "2024-07-01", article("防汛", FLOOD, ("龙晓川",)))
    assert _stored_names(path) == ["龙晓川"]
    for day, hostile in enumerate((None, "not json", '{"a": 1}', "[1, 2]"), start=2):
        conn = sqlite3.connect(str(path))
        with conn:
            conn.execute("DELETE FROM meta WHERE key = ?", [entities.BYLINE_NAMES])
            if hostile is not None:
                conn.execute("INSERT INTO meta(key, value) VALUES (?, ?)", [entities.BYLINE_NAMES, hostile])
        conn.close()
        with open_library(path) as library:
            add(library, f"2024-06-{day:02d}", article("摄影", MARKET, (), ("黎青禾",)))
        assert _stored_names(path) == sorted(["龙晓川", "黎青禾"])
    with open_library(path) as library:
        add(library, "2024-07-03", article("测量", SURVEY))
        assert "龙晓川" in {e.name for e in entities.entries(library, "person", "mentioned")}
        compact(library)
    assert _stored_names(path) is None
    with open_library(path) as library:
        add(library, "2024-07-04", article("渡口", FERRY))
        assert "黎青禾" in {e.name for e in entities.entries(library, "person", "mentioned")}
    assert _stored_names(path) == sorted(["龙晓川", "黎青禾"])


def _mentions(path: Path) -> set[tuple]:
    conn = sqlite3.connect(str(path))
    try:
        rows = conn.execute(
            "SELECT e.kind, e.name, m.article_id, m.role, m.count FROM entity_mentions m "
            "JOIN entities e ON e.id = m.entity_id"
        ).fetchall()
    finally:
        conn.close()
    return set(rows)


def test_upgrade_stores_roles_as_numbers_and_keeps_every_mention(tmp_path):
    path = tmp_path / "v8.sqlite"
    shutil.copy(DATA / "library_v8.sqlite", path)  # the last schema with roles as text (m009)
    before = _mentions(path)
    assert {r[3] for r in before} == {"mentioned", "reporter", "correspondent", "photographer"}
    with open_library(path) as library:
        assert migrations.user_version(library.db) == migrations.SCHEMA_VERSION
        assert entities.indexed_byline_pairs(library) == entities.byline_pairs(library)
        reporters = {e.name for e in entities.entries(library, "person", "reporter")}
        after = {(k, n, a, entities.ROLE_NAMES[r], c) for k, n, a, r, c in entities.mention_rows(library)}
    assert after == before
    assert reporters == {n for _k, n, _a, role, _c in before if role == "reporter"}


_NAME_CHARS = "钟周汤谭贺颜邓海峰然明丽华强某一二"


@given(
    names=st.lists(st.text(alphabet=_NAME_CHARS, min_size=1, max_size=4), max_size=12),
    more=st.lists(st.text(alphabet=_NAME_CHARS, min_size=2, max_size=4), max_size=4),
    text=st.text(alphabet=_NAME_CHARS + "，的说", max_size=80),
)
def test_name_matcher_finds_what_a_trie_regex_of_the_names_finds(names, more, text):
    """Leftmost, longest, not overlapping; names added later count at once."""
    matcher = entity_extract.NameMatcher(names)
    matcher.add(more)
    stop = entity_extract.stop_words()
    wanted = {n for n in [*names, *more] if len(n) >= 2 and n not in stop}
    expected = re.findall(entity_extract.trie_pattern(wanted), text) if wanted else []
    assert matcher.findall(text) == expected
    assert len(matcher) == len(wanted)


def _mentions_by_article(library) -> list[tuple]:
    where = {r[0]: (r[1], r[2]) for r in library.db.execute("SELECT id, issue_date, seq FROM articles")}
    return sorted((k, n, *where[a], r, c) for k, n, a, r, c in entities.mention_rows(library))


def test_scans_made_where_the_issues_are_parsed_index_the_same_mentions_by_article(tmp_path):
    """An import's parse workers scan the bodies; the index is what scanning at home gives."""
    found = {}
    for workers in (2, 0):
        with open_library(tmp_path / f"w{workers}.sqlite") as library:
            import_paths(library, SEEDS, workers=workers)
            found[workers] = _mentions_by_article(library)
            library.db.execute("UPDATE entity_articles SET version = 0")
            entities.update(library)  # every article scanned again, here
            assert _mentions_by_article(library) == found[workers]
    assert found[2] == found[0] and len(found[0]) > 100


def test_a_scan_made_ahead_gives_what_extract_finds_alone():
    text = "本报讯（记者 罗晓燕）市防汛办主任陈德明说，渌口区和炎陵县已转移群众。罗晓燕在现场看到，株洲市应急管理局的队员还在巡堤。"
    known = entity_extract.NameMatcher(["罗晓燕", "王建宁"])
    assert entity_extract.extract(text, known, entity_extract.scan(text)) == entity_extract.extract(text, known)
    assert ("person", "陈德明") in {(f.kind, f.name) for f in entity_extract.extract(text, known)}


def _dict_lines() -> list[list[str]]:
    """jieba's dict.txt read the plain way, line by line (the reference for the regex reading)."""
    from zzreader.resources import import_jieba

    path = Path(import_jieba().__file__).with_name("dict.txt")
    return [parts for line in path.read_text(encoding="utf-8").splitlines() if len(parts := line.split()) == 3]


def test_the_kept_jieba_lines_are_those_of_the_installed_dict_txt():
    """resources/discovery/jieba_entity_lines.txt stands in for jieba's whole dict.txt: both
    readings give the same lists (run tests/core/data/make_jieba_entity_lines.py if not)."""
    from zzreader.resources import import_jieba

    ee = entity_extract
    text = "\n" + Path(import_jieba().__file__).with_name("dict.txt").read_text(encoding="utf-8")
    tagged, pairs = ee._jieba_lines()
    assert (tagged, pairs) == (ee._TAGGED.findall(text), ee._PAIRS.findall(text))
    assert len(tagged) > 20_000 and len(pairs) > 15_000
    kept = ee._resource(ee.JIEBA_LINES).read_text(encoding="utf-8")
    assert kept == ee.JIEBA_LINES_HEADER + "".join(line + "\n" for line in ee.entity_lines(text[1:]))


def test_jieba_word_lists_read_by_regex_equal_a_line_by_line_reading():
    """entity_extract reads dict.txt with regexes (one pass in C); the lists are the ones the
    plain line-by-line reading gives, whatever the thresholds are set to."""
    ee = entity_extract
    words: dict[str, str] = {}
    for word, freq, tag in _dict_lines():
        if tag not in ("ns", "nt") or len(word) < 2 or int(freq) < ee.MIN_DICT_FREQ[tag]:
            continue
        if (tag == "ns" and word[-1] not in ee.PLACE_SUFFIXES) or (tag == "nt" and len(word) < 3):
            continue
        words[word] = ee._TAG_KIND[tag]
    for line in ee._read_lines(ee._resource("entity_user_dict.txt")):
        parts = line.split()
        if len(parts) >= 3 and parts[2] in ee._TAG_KIND:
            words[parts[0]] = ee._TAG_KIND[parts[2]]
    assert ee.dictionary() == {w: k for w, k in words.items() if w not in ee.stop_words()}
    for proper in (("nr", "nrt", "nrfg"), ee._PLACE_TAGS):
        expected = {w for w, f, t in _dict_lines() if len(w) == 2 and int(f) >= ee.COMMON_WORD_FREQ and t not in proper}
        assert ee._common_words(proper) == expected


def test_dictionary_words_are_leftmost_longest_across_the_buckets():
    """Each bucket's matches were merged after the fact: a bucket's match dropped for overlapping a
    longer word of another bucket had already hidden that bucket's next word. The spans are now
    exactly what one pass over every dictionary word gives."""
    words = entity_extract.dictionary()
    oracle = entity_extract.NameMatcher(words)
    texts = [  # a place ending in 市 right before 人大常委会: 市人大常委会 overlapped it and hid the rest
        "来自石首市人大常委会的代表", "来自荆州市人大常委会的代表", "株洲市人民政府和市人大常委会联合发文。",
    ]
    for text in texts:
        spans = entity_extract.dictionary_spans(text)
        assert [w for _, _, w in spans] == oracle.findall(text)
        assert all(text[s:e] == w and w in words for s, e, w in spans)
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    assert [w for _, _, w in entity_extract.dictionary_spans(texts[0])] == ["石首市", "人大常委会"]
