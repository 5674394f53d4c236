"""A highlight over a whole long article, and a file's quote of that length.

Before: nothing bounded a highlight's length, while an annotation file's quote may hold at
most 1,000,000 characters. A highlight over an article of 1.1 million characters (in the
window: select all, then 1) was saved and exported, and the import of that export skipped it
as "exact is not text": the exchange lost it, and the reason was wrong. Now a highlight covers
at most the 1,000,000 characters a file may carry (core/anchors.py MAX_QUOTE_CHARS), refused
in one line past it, and a file's quote that is too long is skipped as too long.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from zzreader.core.errors import AnnotationError
from zzreader.core.importer import import_paths
from zzreader.core.store import open_library
from zzreader.core.w3c import import_w3c
from zzreader.core.w3c_export import write_w3c

LIMIT = 1_000_000  # core/anchors.py MAX_QUOTE_CHARS
PHRASES = ["市民在口袋公园里散步健身", "天元区持续推进城市微更新", "居民家门口多了休闲好去处", "园林工人正在补种月季和紫薇"]


def _long_issue(folder: Path) -> Path:
    """An invented issue whose one article is a single paragraph of 1.1 million characters."""
    body = "，".join(PHRASES[k % len(PHRASES)] for k in range(1_100_000 // 13 + 1))[:1_100_000]
    dump = folder / "zzrb-2024-12-05.txt"
    dump.write_text(f"株洲日报\n2024年12月5日 星期四\n\n天元区新建三座口袋公园\n\n本报记者 王晓丽\n\n{body}。\n", encoding="utf-8")
    return dump


@pytest.fixture(scope="module")
def long_library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("long")
    path = folder / "lib.sqlite"
    with open_library(path) as library:
        assert import_paths(library, [_long_issue(folder)], workers=0).count("imported") == 1
    return path


def _longest(library) -> tuple[int, int]:
    return library.db.execute("SELECT id, length(text) FROM articles ORDER BY length(text) DESC").fetchone()


def test_a_highlight_over_more_than_a_file_carries_is_refused(long_library: Path, tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    path.write_bytes(long_library.read_bytes())
    with open_library(path) as library:
        article, length = _longest(library)
        assert length > LIMIT
        with pytest.raises(AnnotationError, match="at most 1,000,000 characters") as refused:
            library.highlights.add(article, 0, length, note="全文")  # was saved
        assert "\n" not in str(refused.value)
        assert library.highlights.count() == 0
        library.highlights.add(article, 0, LIMIT, note="前一百万字")


def test_every_highlight_the_library_holds_comes_back_through_its_export(long_library: Path, tmp_path: Path) -> None:
    source, target = tmp_path / "source.sqlite", tmp_path / "target.sqlite"
    source.write_bytes(long_library.read_bytes())
    target.write_bytes(long_library.read_bytes())
    with open_library(source) as library:
        article, length = _longest(library)
        for span in ((0, length), (0, LIMIT), (length - 10, length)):
            try:
                library.highlights.add(article, *span)
            except AnnotationError:
                pass
        kept = library.highlights.count()
        out = io.StringIO()
        write_w3c(library, out)
    with open_library(target) as library:
        report = import_w3c(library, json.loads(out.getvalue()))
    assert report.skipped == () and report.added == kept == 2


def test_a_quote_too_long_is_skipped_as_too_long(long_library: Path, tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    path.write_bytes(long_library.read_bytes())
    item = {"id": "urn:uuid:5b0f6c1e-3a52-4d6e-9d7e-1f2a3b4c5d6e", "type": "Annotation", "motivation": "highlighting",
            "target": {"source": "urn:zzreader:article:zzrb-2024-12-05.txt:1",
                       "selector": [{"type": "TextQuoteSelector", "exact": "园" * (LIMIT + 1)}]}}  # fmt: skip
    with open_library(path) as library:
        report = import_w3c(library, [item])
    assert len(report.skipped) == 1 and "exact is too long (1,000,001 characters" in report.skipped[0]
