"""An annotations file of the wrong shape is refused in one line naming it; a long plain list is no "too many".

`import-annotations a.json` named the file for broken JSON but not for a
document of the wrong shape ("Not W3C Web Annotation JSON", "A page's items
must be a list"); and every annotation of a plain list counted as a page, so
a list of 10,001 annotations was refused as "too many annotations", while the
walk moved the whole rest of the list at every step.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import table_dump
from tests.reliability.helpers import call_cli, seeded_library
from zzreader.core import w3c_validate

SHAPES = {
    "an object": {},
    "a list of numbers": [1, 2],
    "items that are a number": {"type": "AnnotationPage", "items": 5},
    "a string": "注释",
    "a first page that is a link": {"type": "AnnotationCollection", "first": "http://example.invalid/p1"},
}


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("lib") / "lib.sqlite"
    seeded_library(path).close()
    return path


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_wrong_shape_names_the_file(capsys, library: Path, tmp_path: Path, shape: str) -> None:
    file = tmp_path / "同事的批注.json"
    file.write_text(json.dumps(SHAPES[shape]), encoding="utf-8")
    before = table_dump(library)
    for lang in ("zh", "en"):
        code, out, err = call_cli(capsys, "--lang", lang, "--library", str(library), "import-annotations", str(file))
        assert code == 2 and out == "" and err.count("\n") == 1, (shape, err)
        assert "同事的批注.json" in err, (shape, lang, err)
    assert table_dump(library) == before


def test_a_plain_list_of_many_annotations_is_read_in_order() -> None:
    items = [{"type": "Annotation", "id": f"urn:uuid:{n}"} for n in range(50_000)]
    found = w3c_validate.annotation_items(items)
    assert [i["id"] for i in found] == [i["id"] for i in items]
    pages = {"type": "AnnotationPage", "items": items[:2],
             "next": {"type": "AnnotationPage", "items": items[2:4]}}
    assert w3c_validate.annotation_items([pages, items[4]]) == items[:5]
