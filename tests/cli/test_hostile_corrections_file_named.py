"""Every refusal of a corrections file names the file, in either language, as an annotations file's does.

`zzreader import-corrections a.json` said "文件为空 / The file is empty" or
"Not a zzreader corrections file" without saying which file, and the Chinese
line of a bad article ("修订文件第 1 篇有误：article：bad article") mixed both
languages once a name followed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import table_dump
from tests.reliability.helpers import call_cli, seeded_library

BAD = {
    "empty": b"",
    "not JSON": b"{oops",
    "not UTF-8": b'{"format": "\xff\xfe zz"}',
    "another kind of file": b'{"type": "AnnotationPage"}',
    "a list": b"[1, 2]",
    "another version": json.dumps({"format": "zzreader-corrections", "version": 7, "articles": []}).encode(),
    "NaN": b'{"format": NaN}',
    "a bad article": json.dumps({"format": "zzreader-corrections", "version": 1, "articles": [5]}).encode(),
    "a bad field": json.dumps({"format": "zzreader-corrections", "version": 1,
                               "articles": [{"issue_source": 3}]}).encode(),
}


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("lib") / "lib.sqlite"
    seeded_library(path).close()
    return path


@pytest.mark.parametrize("kind", sorted(BAD))
def test_the_refusal_names_the_file_in_one_line(capsys, library: Path, tmp_path: Path, kind: str) -> None:
    file = tmp_path / "三月的修订.json"
    file.write_bytes(BAD[kind])
    before = table_dump(library)
    for lang, words in (("zh", "修订"), ("en", None), (None, None)):
        argv = (["--lang", lang] if lang else []) + ["--library", str(library), "import-corrections", str(file)]
        code, out, err = call_cli(capsys, *argv)
        assert code == 2 and out == "" and err.count("\n") == 1, (kind, lang, err)
        assert "三月的修订.json" in err, (kind, lang, err)
        if lang == "zh":
            assert not any(w in err for w in ("bad ", "Not ", "The file")), (kind, err)  # one language
        if lang == "en":
            assert not any("\u4e00" <= c <= "\u9fff" for c in err.replace("三月的修订", "")), (kind, err)
    assert table_dump(library) == before
