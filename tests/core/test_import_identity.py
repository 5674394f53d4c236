"""Issue identity on import: a renamed copy, and the same issue in a different text.

A copy of a stored file under another name is `unchanged` (naming the stored
file); a different file with the same date and issue number is a `duplicate`
and is not added unless `replace=True`.
"""

from __future__ import annotations

from pathlib import Path

from zzreader.core.importer import import_paths
from zzreader.core.store import Library, open_library

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "004_705f82d224ee76e4.txt"  # carries a masthead: date and number


def _library(tmp_path: Path) -> Library:
    return open_library(tmp_path / "lib.sqlite")


def _sources(library: Library) -> list[str]:
    return [row[0] for row in library._db.execute("SELECT source FROM issues")]


def test_renamed_copy_is_unchanged_and_names_the_stored_file(tmp_path):
    copy = tmp_path / "zzrb-2024-12-05.txt"
    copy.write_bytes(SEED.read_bytes())
    with _library(tmp_path) as library:
        first = import_paths(library, [SEED], workers=0)
        second = import_paths(library, [copy], workers=0)
        assert first.files[0].status == "imported"
        result = second.files[0]
        assert result.status == "unchanged"
        assert result.duplicate_of == SEED.name
        assert result.to_json()["duplicate_of"] == SEED.name
        assert _sources(library) == [SEED.name]


def test_same_date_and_number_is_a_duplicate_until_replaced(tmp_path):
    other = tmp_path / "zzrb-copy.txt"
    text = SEED.read_text(encoding="utf-8-sig")
    other.write_text(text.replace("我市发布冬春季无偿献血倡议书", "我市发布冬春季无偿献血倡议"), encoding="utf-8")
    with _library(tmp_path) as library:
        import_paths(library, [SEED], workers=0)
        dup = import_paths(library, [other], workers=0).files[0]
        assert dup.status == "duplicate"
        assert dup.duplicate_of == SEED.name
        assert _sources(library) == [SEED.name]
        replaced = import_paths(library, [other], workers=0, replace=True).files[0]
        assert replaced.status == "updated"
        assert _sources(library) == [other.name]
