"""The raw dumps, kept as deltas against their articles (core/sources.py): whatever
changes the articles afterwards, the dump reads back byte for byte."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import SEEDS
from zzreader.core import sources
from zzreader.core.importer import import_paths
from zzreader.core.store import open_library

TEXT = st.text(st.characters(codec="utf-8"), max_size=40_000)


@settings(max_examples=60, deadline=None)
@given(text=TEXT, basis=st.binary(max_size=40_000))
def test_any_text_round_trips_against_any_basis(text: str, basis: bytes) -> None:
    assert sources.unpack(sources.pack(text, basis), basis) == text


def test_a_dump_of_its_articles_packs_small() -> None:
    body = "".join(f"第{i}段：株洲市民在神农公园晨练，湘江风光带游人如织。" for i in range(900))
    dump = "株洲日报 2024年5月1日\n\n标题\n" + body + "\n（本报记者 谭某）\n"
    packed = sources.pack(dump, body.encode())
    assert len(packed) < len(dump.encode()) * 0.05
    assert sources.unpack(packed, body.encode()) == dump


def test_another_basis_is_refused_not_misread() -> None:
    dump = "一期报纸的原文。\n" * 200
    packed = sources.pack(dump, "一期报纸的原文。".encode())
    with pytest.raises(sources.SourceError):
        sources.unpack(packed, "别的文章。".encode() * 10)
    with pytest.raises(sources.SourceError):
        sources.unpack(packed[:-5], "一期报纸的原文。".encode())


@pytest.fixture
def library(tmp_path: Path):
    lib = open_library(tmp_path / "lib.sqlite")
    import_paths(lib, SEEDS, workers=0)
    yield lib
    lib.close()


def _dumps(lib) -> dict[int, str]:
    return {i: lib.issue_source_text(i) for (i,) in lib.db.execute("SELECT id FROM issues")}


def _seed_texts() -> set[str]:
    from zzreader.core.parse import parse_file

    return {parse_file(p).text for p in SEEDS}


def test_every_correction_and_its_undo_keep_the_dumps(library) -> None:
    originals = _dumps(library)
    assert set(originals.values()) == _seed_texts()
    first, second, third = (r[0] for r in library.db.execute(
        "SELECT id FROM articles WHERE issue_id = 1 ORDER BY seq LIMIT 3"
    ))  # fmt: skip
    text = library.article(first).text
    steps = [
        lambda: library.corrections.edit(first, {"text": text[:10] + "（更正）" + text[10:]}, why="错字"),
        lambda: library.corrections.revert(first, 0),
        lambda: library.corrections.edit(first, {"text": "整篇重写。"}),
        lambda: library.corrections.split(second, 5, title="后半篇"),
        lambda: library.corrections.merge(first, second),
        lambda: library.corrections.mark_not_article(third),
    ]
    done = 0
    for step in steps:
        step()
        done += 1
        assert _dumps(library) == originals
    for _ in range(done):
        library.journal.undo()
        assert _dumps(library) == originals
    for _ in range(done):
        library.journal.redo()
        assert _dumps(library) == originals
    assert library.db.execute("SELECT count(*) FROM source_basis").fetchone()[0] > 0


def test_a_reimport_repacks_and_forgets_the_log(library, tmp_path: Path) -> None:
    article = library.db.execute("SELECT id FROM articles WHERE issue_id = 2 LIMIT 1").fetchone()[0]
    library.corrections.edit(article, {"text": "改写后的正文。"}, why="测试")
    assert library.db.execute("SELECT count(*) FROM source_basis WHERE issue_id = 2").fetchone()[0] == 1
    source = library.issue(2).source
    changed = tmp_path / source
    original = next(p for p in SEEDS if p.name == source)
    changed.write_bytes(original.read_bytes().replace("株洲".encode(), "株洲市".encode(), 3))
    report = import_paths(library, [changed], workers=0)
    assert report.counts["failed"] == 0
    assert library.issue_source_text(2) == changed.read_text(encoding="utf-8")
    assert library.db.execute("SELECT count(*) FROM source_basis WHERE issue_id = 2").fetchone()[0] == 0


def test_deleting_an_issue_leaves_no_log_behind(library) -> None:
    article = library.db.execute("SELECT id FROM articles WHERE issue_id = 3 LIMIT 1").fetchone()[0]
    library.corrections.edit(article, {"text": "改写。"})
    library.delete_issue(3)
    assert library.db.execute("SELECT count(*) FROM source_basis").fetchone()[0] == 0
    assert set(_dumps(library)) == {1, 2, 4, 5}


def test_a_crafted_blob_is_refused_without_inflating() -> None:
    """A library is untrusted input: a chunk that inflates past its size is not unpacked."""
    import struct
    import zlib

    bomb = zlib.compressobj(9, zlib.DEFLATED, -15)
    body = bomb.compress(b"\0" * 50_000_000) + bomb.flush()
    blob = struct.pack("<4sII", sources.MAGIC, 0, 1) + struct.pack("<III", 0, 0, len(body)) + body
    with pytest.raises(sources.SourceError):
        sources.unpack(blob, b"")
    with pytest.raises(sources.SourceError):
        sources.unpack(b"not a packed dump at all", b"")


def test_a_dump_changed_outside_zzreader_says_so_in_one_line(library) -> None:
    """Without the log (a trigger dropped by another tool), a changed article
    makes the dump unrebuildable: a clear message, never a wrong dump."""
    library.db.execute("DROP TRIGGER source_basis_on_update")
    article = library.db.execute("SELECT id FROM articles WHERE issue_id = 1 LIMIT 1").fetchone()[0]
    library.corrections.edit(article, {"text": "完全不同的正文。" * 40})
    with pytest.raises(sources.SourceError, match="outside zzreader"):
        library.issue_source_text(1)
    shown = library.article_source(article)  # the original-lines pane shows the reason
    assert "无法还原" in shown and "\n" not in shown
    assert library.issue_source_text(2)  # other issues are untouched


def test_importing_the_unchanged_file_again_gives_the_dump_back(tmp_path: Path) -> None:
    """After another tool dropped the log's trigger and changed an article, the
    way back is the file itself, imported again."""
    import sqlite3

    path = tmp_path / "lib.sqlite"
    with open_library(path) as lib:
        import_paths(lib, SEEDS, workers=0)
        source = lib.issue(1).source
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER source_basis_on_update")
    conn.execute("UPDATE articles SET text = '完全不同的正文。' WHERE id = (SELECT min(id) FROM articles WHERE issue_id = 1)")
    conn.commit()
    conn.close()
    seed = next(p for p in SEEDS if p.name == source)
    with open_library(path) as lib:
        assert lib.dumps_in_doubt
        with pytest.raises(sources.SourceError):
            lib.issue_source_text(1)
        report = import_paths(lib, [seed], workers=0)
        assert [f.status for f in report.files] == ["unchanged"]
        assert lib.issue_source_text(1) == seed.read_text(encoding="utf-8")
    with open_library(path) as lib:  # the trigger is back and nothing is in doubt now
        assert not lib.dumps_in_doubt
        assert lib.issue_source_text(1) == seed.read_text(encoding="utf-8")
