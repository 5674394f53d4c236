"""argparse's own words follow the chosen language: one language per line under `--lang zh|en`.

Before, `zzreader --lang zh highlight` said "the following arguments are required: ARTICLE_ID,
QUOTE（… 查看用法）" and `--help` said "usage:", "positional arguments", "options" and
"show this help message and exit" in English (cli/argparse_words.py, cli/args.py).
"""

from __future__ import annotations

import re

import pytest

from zzreader import cli

LATIN_WORD = re.compile(r"\b(?:usage|error|the following|arguments?|required|invalid|choice|choose|expected|"
                        r"unrecognized|ambiguous|options?|positional|show|help message)\b", re.IGNORECASE)
MISTAKES = [
    ["highlight"],  # the following arguments are required
    ["bogus-command"],  # invalid choice
    ["highlight", "1", "株洲", "--color", "mauve"],  # invalid choice of an option
    ["search", "株洲", "--limit"],  # expected one argument
    ["search", "株洲", "--limit", "5", "6", "7"],  # unrecognized arguments
    ["--library"],  # expected one argument, before any command
    ["highlight", "abc", "株洲"],  # our own words after argparse's "argument X:"
    ["trend"],  # nargs="+": the following arguments are required
    ["export", "articles", "--format", "xls"],
    ["--lang", "xx", "stats"],
    ["search", "株洲", "--li", "3"],  # a prefix of --limit: argparse accepts it; --l may be ambiguous
    ["tag", "--search"],
]


def _error(capsys, monkeypatch, lang: str | None, argv: list[str]) -> str:
    monkeypatch.setenv("LANG", "C.UTF-8")
    for var in ("ZZREADER_LANG", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    try:
        code = cli.main([*(["--lang", lang] if lang else []), *argv])
    except SystemExit as stop:
        code = stop.code
    err = capsys.readouterr().err
    assert code in (0, 2), (argv, code, err)
    return err


@pytest.mark.parametrize("argv", MISTAKES)
def test_a_usage_error_under_chinese_has_no_english_words(argv, capsys, monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("ZZREADER_LIBRARY", str(tmp_path / "lib.sqlite"))
    err = _error(capsys, monkeypatch, "zh", argv)
    if not err:
        return  # the line was valid after all (an accepted prefix)
    assert err.count("\n") == 1 and "Traceback" not in err
    names = re.sub(r"'[^']*'", "", err)  # command and choice names are the program's words ('show')
    assert not LATIN_WORD.search(names.replace("--help", "")), err


@pytest.mark.parametrize("argv", MISTAKES)
def test_a_usage_error_under_english_has_no_chinese(argv, capsys, monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("ZZREADER_LIBRARY", str(tmp_path / "lib.sqlite"))
    err = _error(capsys, monkeypatch, "en", argv)
    if not err:
        return
    assert err.count("\n") == 1 and not re.search(r"[\u3400-\u9fff]", err), err


def test_a_usage_error_under_no_language_has_both_halves(capsys, monkeypatch) -> None:
    err = _error(capsys, monkeypatch, None, ["highlight"])
    assert "缺少必需的参数：ARTICLE_ID, QUOTE / the following arguments are required: ARTICLE_ID, QUOTE" in err


@pytest.mark.parametrize("argv", [["--help"], ["highlight", "--help"], ["search", "-h"]])
def test_help_pages_in_chinese_have_no_argparse_english(argv, capsys, monkeypatch) -> None:
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    monkeypatch.delenv("ZZREADER_LANG", raising=False)
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    with pytest.raises(SystemExit) as stop:
        cli.main(argv)
    assert stop.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("用法：zzreader")
    for english in ("usage:", "positional arguments", "options:", "show this help message",
                    "show program's version"):
        assert english not in out, english


def test_help_pages_in_english_keep_argparse_words(capsys, monkeypatch) -> None:
    with pytest.raises(SystemExit):
        cli.main(["--lang", "en", "highlight", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("usage: zzreader highlight") and "options:" in out and "用法" not in out


def test_the_usage_of_no_command_in_chinese(capsys, monkeypatch) -> None:
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert cli.main(["--lang", "zh"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("用法：zzreader") and "usage:" not in err and "to open the window" not in err


@pytest.mark.parametrize(("message", "en", "zh"), [
    ("x: start 不是整数 / start is not a whole number: 1e+308", "x: start is not a whole number: 1e+308",
     "x: start 不是整数：1e+308"),
    ("x: id 太长或含控制字符 / id too long or with control characters", "x: id too long or with control characters",
     "x: id 太长或含控制字符"),
    ("导入 / imported: 5  未变 / unchanged: 0", "imported: 5  unchanged: 0", "导入: 5  未变: 0"),
])
def test_a_field_both_halves_name_is_shown_once(message: str, en: str, zh: str) -> None:
    """'start 不是整数 / start is …' was read as a label pair: English showed 'start start is …'."""
    from zzreader import i18n

    assert i18n.pick(message, "en") == en and i18n.pick(message, "zh") == zh


def test_the_count_of_unshown_reasons_is_in_one_language(tmp_path, capsys, monkeypatch) -> None:
    import json

    from tests.reliability.helpers import seeded_library

    seeded_library(tmp_path / "lib.sqlite").close()
    doc = {"type": "AnnotationPage", "items": [{"type": "Annotation", "id": f"i{i}", "target": "urn:x"}
                                               for i in range(30)]}
    (tmp_path / "a.json").write_text(json.dumps(doc), encoding="utf-8")
    for lang, word, other in (("en", "and 10 more", "另有"), ("zh", "另有 10 条", "more")):
        assert cli.main(["--lang", lang, "--library", str(tmp_path / "lib.sqlite"), "import-annotations",
                         str(tmp_path / "a.json")]) == 0
        err = capsys.readouterr().err
        assert word in err and other not in err, err
