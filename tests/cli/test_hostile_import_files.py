"""Hostile annotation and corrections files on the command line: one line, exit 2, nothing changed.

Every field of a real corrections export is replaced in turn by a value of
the wrong type (a number, a list, null, a huge integer, control characters):
the import is refused as a whole with a line naming the article and the
field, and the library is exactly as it was. Whole files: a BOM, UTF-16, a
5000-digit number, NaN, a JSON-LD `@context` that is a URL (never fetched),
duplicate keys, a folder, special files, a name with a newline. A W3C file
with very many bad items lists the first reasons only.
"""

from __future__ import annotations

import copy
import json
import socket
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from tests.reliability.helpers import seeded_library
from zzreader import cli
from zzreader.core import w3c
from zzreader.core import corrections_transfer as transfer
from zzreader.core.store import open_library

WRONG = [None, 5, 1.5, 10**30, True, "", [], {}, [None], "\x1b[31m\u202e"]
TABLES = ("highlights", "tags", "highlight_tags", "article_revisions", "articles")


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict, dict, Path]:
    """A library with one correction and one note, its two export files, and a clean copy."""
    folder = tmp_path_factory.mktemp("made")
    seeded_library(folder / "clean.sqlite").close()
    (folder / "lib.sqlite").write_bytes((folder / "clean.sqlite").read_bytes())
    library = open_library(folder / "lib.sqlite")
    library.highlights.add(1, 0, 4, note="医保参保", tags=["株洲"])
    library.corrections.edit(1, {"title": "全市医保参保推进会召开"}, why="标题太长")
    corrections, _ = transfer.export_corrections(library)
    annotations = w3c.export_w3c(library)
    library.close()
    return folder / "lib.sqlite", json.loads(json.dumps(corrections)), annotations, folder / "clean.sqlite"


def _paths(doc: Any, pre: tuple = ()) -> list[tuple]:
    out = [pre] if pre else []
    if isinstance(doc, dict):
        for k, v in doc.items():
            out += _paths(v, (*pre, k))
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            out += _paths(v, (*pre, i))
    return out


def _set(doc: Any, path: tuple, value: Any) -> None:
    for key in path[:-1]:
        doc = doc[key]
    doc[path[-1]] = value


def _dump(path: Path) -> list:
    conn = sqlite3.connect(path)
    try:
        return [conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES]
    finally:
        conn.close()


def _run(capsys: pytest.CaptureFixture, *argv: str | Path) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _fresh(made: tuple[Path, dict, dict, Path], tmp_path: Path) -> Path:
    """A copy of the seeded library before the correction and the note were made."""
    folder = tmp_path / f"t{len(list(tmp_path.glob('t*')))}"
    folder.mkdir()
    (folder / "lib.sqlite").write_bytes(made[3].read_bytes())
    return folder / "lib.sqlite"


def test_every_corrections_field_of_a_wrong_type_is_refused_whole(
    made: tuple[Path, dict, dict, Path], tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    corrections = made[1]
    lib = _fresh(made, tmp_path)
    before = _dump(lib)
    refused = 0
    for path in _paths(corrections):
        if path[-1] in ("exported", "time", "revision", "fields", "status"):
            continue  # informative fields: not read back
        for value in WRONG:
            doc = copy.deepcopy(corrections)
            _set(doc, path, value)
            file = tmp_path / "c.json"
            file.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
            code, out, err = _run(capsys, "--library", lib, "import-corrections", file)
            assert code in (0, 2), (path, value, err)
            assert "Traceback" not in err, (path, value, err)
            if code == 2:
                refused += 1
                assert len(err.strip().splitlines()) == 1, (path, value, err)
                assert "\x1b" not in err
                assert _dump(lib) == before, (path, value)
            else:  # accepted (e.g. an empty why): the next payload goes to a clean copy
                lib = _fresh(made, tmp_path)
    assert refused > 100


def test_the_refusal_names_the_article_and_the_field(
    made: tuple[Path, dict, dict, Path], tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    doc = copy.deepcopy(made[1])
    doc["articles"][0]["revisions"][0]["state"]["reporters"] = 5
    file = tmp_path / "c.json"
    file.write_text(json.dumps(doc), encoding="utf-8")
    code, out, err = _run(capsys, "--library", _fresh(made, tmp_path), "import-corrections", file)
    assert code == 2 and "Article 1" in err and "reporters" in err, err
    doc["articles"][0]["revisions"][0]["state"]["reporters"] = ["沈全华"]
    doc["version"] = True  # True == 1 in Python, not in the file format
    file.write_text(json.dumps(doc), encoding="utf-8")
    code, out, err = _run(capsys, "--library", _fresh(made, tmp_path), "import-corrections", file)
    assert code == 2 and "version" in err, err


def _files(made: tuple[Path, dict, dict, Path], kind: str) -> dict[str, bytes]:
    doc = made[2] if kind == "import-annotations" else made[1]
    raw = json.dumps(doc, ensure_ascii=False)
    return {
        # with a byte-order mark, UTF-16 is read (tests/cli/test_hostile_hand_saved_files.py)
        "UTF-16 without a mark": raw.encode("utf-16-le"),
        "GB18030": raw.encode("gb18030"),
        "empty": b"",
        "5000-digit number": b'{"total": ' + b"7" * 5000 + b"}",
        "NaN": b'{"total": NaN}',
        "Infinity": b"[Infinity]",
        "nested 10000 deep": b"[" * 10_000 + b"]" * 10_000,
        "two documents": (raw + raw).encode(),
        "NUL in a string": raw.replace('"', '"\x00', 2).encode(),
    }


@pytest.mark.parametrize("kind", ["import-annotations", "import-corrections"])
def test_unreadable_files_are_one_line(
    kind: str, made: tuple[Path, dict, dict, Path], tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    lib = _fresh(made, tmp_path)
    before = _dump(lib)
    for name, data in _files(made, kind).items():
        file = tmp_path / "f.json"
        file.write_bytes(data)
        code, out, err = _run(capsys, "--library", lib, kind, file)
        assert code == 2, (name, err)
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, (name, err)
        assert "set_int_max_str_digits" not in err, err  # Python's words, not ours
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(tmp_path / "s.json"))
    for special in (tmp_path, tmp_path / "s.json", Path("/dev/zero"), tmp_path / "没有\n这个.json"):
        code, out, err = _run(capsys, "--library", lib, kind, special)
        assert code == 2 and len(err.strip().splitlines()) == 1, (special, err)
    sock.close()
    assert _dump(lib) == before


def test_a_bom_a_context_url_and_duplicate_keys_import(
    made: tuple[Path, dict, dict, Path], tmp_path: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    import urllib.request

    monkeypatch.setattr(urllib.request, "urlopen", lambda *a, **k: pytest.fail("a @context was fetched"))
    doc = copy.deepcopy(made[2])
    doc["@context"] = "http://evil.example/context.jsonld"
    raw = json.dumps(doc, ensure_ascii=False).replace('"type"', '"type": "Evil", "type"', 1)
    file = tmp_path / "a.json"
    file.write_bytes(b"\xef\xbb\xbf" + raw.encode())
    lib = _fresh(made, tmp_path)
    code, out, err = _run(capsys, "--library", lib, "import-annotations", file)
    assert code == 0, err
    assert _dump(lib)[0], "the note was imported"


def test_a_file_of_many_bad_items_lists_the_first_reasons(
    made: tuple[Path, dict, dict, Path], tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    file = tmp_path / "many.json"
    file.write_text(json.dumps({"type": "AnnotationPage", "items": [{"type": "Annotation"}] * 5000}))
    code, out, err = _run(capsys, "--library", _fresh(made, tmp_path), "import-annotations", file)
    assert code == 0 and len(err.splitlines()) <= 25 and "4980 more" in err, err[-300:]
