"""Refused annotation and corrections files are reported in ONE language under --lang.

Before the fix `--lang en import-corrections <a JSON list>` printed "不是 zzreader
Not a zzreader corrections file" (the end of the Chinese sentence was read as a
short label), and an annotation without an id was listed as "skipped: no id）:
没有 id / no id" (its placeholder "（无 id / no id）" was itself bilingual).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.reliability.helpers import call_cli, seeded_library

HAN = re.compile(r"[\u3400-\u9fff]")
NO_ID = [{"type": "Annotation", "target": {"source": "zzreader:article/1"}, "body": {"value": "无名"}}]
FILES = {
    "import-corrections": [[1, 2, 3], {"articles": {"a": 1}}, {"type": "AnnotationCollection"}],
    "import-annotations": [NO_ID],
}


@pytest.fixture(scope="module")
def lib(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("json-language") / "lib.sqlite"
    seeded_library(path).close()
    return path


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize(("kind", "n"), [(k, n) for k, files in FILES.items() for n in range(len(files))])
def test_a_refused_file_is_reported_in_one_language(
    capsys: pytest.CaptureFixture, lib: Path, tmp_path: Path, kind: str, n: int, lang: str
) -> None:
    file = tmp_path / "hostile.json"
    file.write_text(json.dumps(FILES[kind][n], ensure_ascii=False), encoding="utf-8")
    before = lib.read_bytes()
    code, out, err = call_cli(capsys, "--lang", lang, "--library", str(lib), kind, str(file))
    said = (out + err).replace(str(file), "").replace("无名", "")
    assert code in (0, 2) and said.strip(), (code, said)
    if lang == "en":
        assert not HAN.search(said), said
    else:
        assert " / " not in said and not re.search(r"\b(?:Not|no|id\)|skipped)\b", said), said
    assert lib.read_bytes() == before


def test_a_chinese_sentence_ending_in_a_word_is_no_label() -> None:
    from zzreader import i18n

    said = "不是 zzreader 修订文件 / Not a zzreader corrections file"
    assert i18n.pick(said, "en") == "Not a zzreader corrections file"
    assert i18n.pick(said, "zh") == "不是 zzreader 修订文件"
    line = "! seeds/a.txt: 1 条提示 / warnings"  # a label after a value stays a label
    assert (i18n.pick(line, "zh"), i18n.pick(line, "en")) == ("! seeds/a.txt: 1 条提示", "! seeds/a.txt: 1 warnings")
