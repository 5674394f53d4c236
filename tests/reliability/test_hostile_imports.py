"""Hostile files to import: W3C annotation files and special files in a folder.

W3C: huge offsets, wrong types, out-of-range times, deep nesting, control
characters in tags. Each bad annotation is skipped with its reason, the
good ones beside it are imported, and nothing raises a Python error.
Special files: a FIFO named like an issue, a link to /dev/zero, a file over
the size limit are skipped with a reason; the import neither hangs nor grows.
"""

from __future__ import annotations

import copy
import json
import os
import threading
from pathlib import Path

import pytest

from tests.conftest import SEEDS
from tests.reliability.helpers import seeded_library
from zzreader import cli
from zzreader.core import file_limits, w3c_validate
from zzreader.core import w3c
from zzreader.core.importer import import_paths


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """A real export with one highlight, to bend into hostile shapes."""
    library = seeded_library(tmp_path_factory.mktemp("w3c") / "a.sqlite")
    article, text = library.db.execute("SELECT id, text FROM articles ORDER BY id LIMIT 1").fetchone()
    library.highlights.add(article, 0, 6, note="原始批注", tags=["株洲"])
    data = w3c.export_w3c(library)
    library.close()
    return data


def _item(data: dict) -> dict:
    return data["first"]["items"][0]


def _selector(item: dict, kind: str) -> dict:
    return next(s for s in item["target"]["selector"] if s["type"] == kind)


MUTATIONS = {
    "huge offset": lambda i: _selector(i, "TextPositionSelector").update(start=10**30, end=10**31),
    "negative offset": lambda i: _selector(i, "TextPositionSelector").update(start=-5),
    "float offset": lambda i: _selector(i, "TextPositionSelector").update(start=1.5),
    "prefix is a number": lambda i: _selector(i, "TextQuoteSelector").update(prefix=5),
    "exact is a list": lambda i: _selector(i, "TextQuoteSelector").update(exact=["x"]),
    "time out of range": lambda i: i.update(modified="0001-01-01T00:00:00+23:59"),
    "time far future": lambda i: i.update(created="9999-12-31T23:59:59-23:59"),
    "time not text": lambda i: i.update(modified=12345),
    "target a number": lambda i: i.update(target=5),
    "selector a string": lambda i: i["target"].update(selector=["x"]),
    "control tag": lambda i: i["body"].append({"type": "TextualBody", "purpose": "tagging", "value": "\x07\x1b"}),
    "bidi tag": lambda i: i["body"].append({"type": "TextualBody", "purpose": "tagging", "value": "\u202e株洲"}),
    "note is a dict": lambda i: i.update(bodyValue={"a": 1}),
    "id is a number": lambda i: i.update(id=7),
    # Fourth round: shapes and sizes no earlier test tried.
    "start is true": lambda i: _selector(i, "TextPositionSelector").update(start=True),
    "start is NaN": lambda i: _selector(i, "TextPositionSelector").update(start=float("nan")),
    "start is text": lambda i: _selector(i, "TextPositionSelector").update(start="0"),
    "quote of two million characters": lambda i: _selector(i, "TextQuoteSelector").update(exact="株" * 2_000_000),
    "created on 30 February": lambda i: i.update(created="2024-02-30T10:00:00Z"),
    "created with offset +99:00": lambda i: i.update(created="2024-01-01T00:00:00+99:00"),
    "created in year 99999": lambda i: i.update(created="99999-01-01T00:00:00Z"),
    "created is true": lambda i: i.update(created=True),
    "another type": lambda i: i.update(type="Person"),
    "10,000 tags": lambda i: i.update(body=[{"type": "TextualBody", "purpose": "tagging", "value": f"标签{k}"}
                                            for k in range(10_000)]),  # fmt: skip
    "a tag of 10,000 characters": lambda i: i["body"].append(
        {"type": "TextualBody", "purpose": "tagging", "value": "株" * 10_000}),
    "a zero-width tag": lambda i: i["body"].append({"type": "TextualBody", "purpose": "tagging", "value": "\u200b"}),
    "id with a newline": lambda i: i.update(id="urn:x\nTraceback (most recent call last):"),
    "source is a path": lambda i: i["target"].update(source="../../etc/passwd"),
    "selector is null": lambda i: i["target"].update(selector=None),
}


@pytest.mark.parametrize("name", list(MUTATIONS))
def test_each_bad_annotation_is_skipped_with_a_reason_and_the_rest_imported(
    name: str, exported: dict, tmp_path: Path
) -> None:
    data = copy.deepcopy(exported)
    good = copy.deepcopy(_item(data))
    bad = _item(data)
    bad["id"] = bad["id"] + "-bad"
    MUTATIONS[name](bad)
    data["first"]["items"] = [bad, good]
    library = seeded_library(tmp_path / "b.sqlite")
    report = w3c.import_w3c(library, json.loads(json.dumps(data)))
    assert report.added == 1 and len(report.skipped) == 1, report
    assert "/" in report.skipped[0]  # a bilingual reason
    assert library.highlights.count() == 1
    assert all(not any(ord(c) < 32 or c == "\u202e" for c in t.name) for t in library.tags.all())
    assert "\n" not in report.skipped[0]  # one line, whatever the file's id holds
    assert len(library.tags.all()) <= 2


@pytest.mark.parametrize("item", [None, "urn:uuid:1", 5, [], [{"type": "Annotation"}], True])
def test_an_item_that_is_no_annotation_is_reported_not_dropped(item, exported: dict, tmp_path: Path) -> None:
    data = copy.deepcopy(exported)
    data["first"]["items"] = [item, copy.deepcopy(_item(data))]
    library = seeded_library(tmp_path / "b.sqlite")
    report = w3c.import_w3c(library, data)
    assert report.added == 1 and len(report.skipped) == 1, report
    assert "not an annotation" in report.skipped[0]


@pytest.mark.parametrize("payload", ['{"type": "AnnotationPage", "items": 5}',
                                     '{"type": "AnnotationCollection", "first": 5}', "5", "null",
                                     '{"type": "Annotation"}', "NaN"])  # fmt: skip
def test_wrong_shapes_are_one_clear_line(payload: str, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = tmp_path / "bad.json"
    path.write_text(payload, encoding="utf-8")
    code = cli.main(["--library", str(tmp_path / "l.sqlite"), "import-annotations", str(path)])
    err = capsys.readouterr().err
    assert code in (0, 2) and "Traceback" not in err and "Error:" not in err


@pytest.mark.parametrize("depth", [33, 900, 100_000])
def test_deep_nesting_is_refused_before_parsing(depth: int, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * depth + "]" * depth, encoding="utf-8")
    code = cli.main(["--library", str(tmp_path / "l.sqlite"), "import-annotations", str(path)])
    err = capsys.readouterr().err
    assert code == 2 and "nested too deep" in err and len(err.strip().splitlines()) == 1
    with pytest.raises(w3c_validate.W3CFileError):
        w3c_validate.loads('{"a": ' * depth + "1" + "}" * depth)


def test_import_annotations_from_dev_zero_and_a_fifo_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    fifo = tmp_path / "notes.json"
    os.mkfifo(fifo)
    for source in ("/dev/zero", str(fifo)):
        code = cli.main(["--library", str(tmp_path / "l.sqlite"), "import-annotations", source])
        err = capsys.readouterr().err
        assert code == 2 and "not a regular file" in err, err


def _import_in_thread(library, folder: Path) -> list:
    out: list = []
    t = threading.Thread(target=lambda: out.append(import_paths(library, [folder], workers=0)), daemon=True)
    t.start()
    t.join(30)
    assert not t.is_alive(), "import hung"
    return out


def test_special_files_in_a_folder_are_skipped_with_reasons(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "dumps"
    folder.mkdir()
    (folder / "zzrb-ok.txt").write_bytes(SEEDS[0].read_bytes())
    os.mkfifo(folder / "x.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    big = folder / "big.txt"
    big.write_bytes(SEEDS[1].read_bytes() * 3)
    monkeypatch.setattr(file_limits, "MAX_ISSUE_BYTES", len(SEEDS[1].read_bytes()) * 2)
    library = seeded_library(tmp_path / "l.sqlite")
    (report,) = _import_in_thread(library, folder)
    by_name = {f.path.name if hasattr(f.path, "name") else Path(f.path).name: f for f in report.files}
    assert by_name["x.txt"].status == "failed" and "FIFO" in by_name["x.txt"].error
    assert by_name["zero.txt"].status == "failed" and "device" in by_name["zero.txt"].error
    assert by_name["big.txt"].status == "failed" and "too big" in by_name["big.txt"].error
    assert by_name["zzrb-ok.txt"].status in ("imported", "unchanged")
    assert (tmp_path / "l.sqlite").stat().st_size < 50 * 1024 * 1024
