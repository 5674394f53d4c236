"""A value of the user's own holding " / " (a tag "市 / City") is shown whole in either language.

The CLI shows one half of each "中文 / English" line (cli/language.py); a value
with " / " in it was read as the separator: `--lang zh tag --search 株洲 "市 / City"`
printed 「株洲」找到 32 篇，新加标签「市, `--lang en` printed 'City」0 篇 / 32
articles found…', `cite --collection "合 / Coll"` said 'No such collection:
Coll' and `alias people "张 / Zhang" 李` printed 'Zhang → 李'.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.reliability.helpers import call_cli, seeded_library

HAN = re.compile(r"[\u3400-\u9fff]")


@pytest.fixture(scope="module")
def lib(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("slash-values") / "lib.sqlite"
    seeded_library(path).close()
    return path


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize(("argv", "value"), [
    (["tag", "--search", "株洲", "市 / City"], "市 / City"),
    (["cite", "--collection", "合 / Coll"], "合 / Coll"),
    (["alias", "people", "张 / Zhang", "李"], "张 / Zhang"),
    (["search", "tag:市 / City"], None),
], ids=["tag", "cite", "alias", "search"])
def test_a_value_with_a_slash_is_whole(
    capsys: pytest.CaptureFixture, lib: Path, argv: list[str], value: str | None, lang: str
) -> None:
    _code, out, err = call_cli(capsys, "--lang", lang, "--library", str(lib), *argv)
    said = (out + err).strip().splitlines()[0]
    if value is not None:
        assert value in said, said
    if lang == "zh" and argv[0] == "search":
        assert "「tag:市 / City」" in said, said  # the query, whole, in the Chinese line
    rest = said
    for shown in ("市 / City", "合 / Coll", "张 / Zhang", "株洲", "李"):
        rest = rest.replace(shown, "")
    if lang == "en":
        assert not HAN.search(rest), said
    else:
        assert " / " not in rest and not re.search(r"[A-Za-z]{3,}", rest.replace("tag:", "")), said


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("what", ["articles", "annotations", "corrections"])
def test_an_export_names_its_file_in_either_language(
    capsys: pytest.CaptureFixture, lib: Path, tmp_path: Path, what: str, lang: str
) -> None:
    """'已导出 57 篇' said where the file went only in English ('Exported 57 articles to …')."""
    target = tmp_path / f"导出 / {what}.out"
    target.parent.mkdir(parents=True, exist_ok=True)
    fmt = {"articles": "jsonl", "annotations": "md", "corrections": "json"}[what]
    code, _out, err = call_cli(capsys, "--lang", lang, "--library", str(lib), "export", what,
                               "--format", fmt, "--output", str(target))
    assert code == 0 and str(target) in err and err.count("\n") == 1, err
    rest = err.replace(str(target), "")
    assert bool(HAN.search(rest)) == (lang == "zh") and " / " not in rest, err
