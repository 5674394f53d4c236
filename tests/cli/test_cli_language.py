"""The CLI speaks the locale's language (or --lang's), one at a time; C/POSIX keeps both."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SEEDS
from tests.core.annotation_fixtures import seeded_library
from zzreader import cli, i18n
from zzreader.cli.language import choose


@pytest.fixture
def lib_path(tmp_path: Path) -> Path:
    path = tmp_path / "lib.sqlite"
    seeded_library(path).close()
    return path


@pytest.fixture(autouse=True)
def _restore_language():
    yield
    i18n.set_language("zh")


@pytest.mark.parametrize(
    ("flag", "env", "expected"),
    [
        ("en", {"LANG": "zh_CN.UTF-8"}, "en"),
        (None, {"LANG": "zh_CN.UTF-8"}, "zh"),
        (None, {"LC_ALL": "en_GB.UTF-8", "LANG": "zh_CN.UTF-8"}, "en"),
        (None, {"ZZREADER_LANG": "zh", "LC_ALL": "en_US.UTF-8"}, "zh"),
        (None, {"LANG": "C.UTF-8"}, None),
        (None, {}, None),
    ],
)
def test_language_follows_flag_then_locale(flag, env, expected) -> None:
    assert choose(flag, env) == expected


def test_stats_in_one_language(lib_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert cli.main(["--lang", "zh", "--library", str(lib_path), "stats"]) == 0
    out = capsys.readouterr().out
    assert "期数: 5" in out and "Issues" not in out
    assert cli.main(["--lang", "en", "--library", str(lib_path), "stats"]) == 0
    out = capsys.readouterr().out
    assert "Issues:   5" in out and "期数" not in out
    assert cli.main(["--library", str(lib_path), "stats"]) == 0  # C locale: both, as before
    assert "期数 / Issues:   5" in capsys.readouterr().out


def test_stats_names_a_library_called_by_an_english_word(tmp_path: Path, capsys, monkeypatch) -> None:
    """The value after "书库 / Library:" was dropped in Chinese when it looked like English
    words ("library", "lib.sqlite"): the line showed "书库" alone."""
    monkeypatch.chdir(tmp_path)
    for name in ("library", "lib.sqlite", "My Papers"):
        seeded_library(tmp_path / name).close()
        assert cli.main(["--lang", "zh", "--library", name, "stats"]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert lines[0] == f"书库: {name}" and lines[1] == "期数: 5"
        assert cli.main(["--lang", "en", "--library", name, "stats"]) == 0
        assert capsys.readouterr().out.splitlines()[0] == f"Library:  {name}"


def test_types_and_date_sources_in_the_shown_language(lib_path: Path, capsys) -> None:
    """Search hits and the parse outline named the type ("[feature]", "(news, …") and where the
    date was read ("(content)") in English under Chinese: now as the type box names them."""
    assert cli.main(["--lang", "zh", "--library", str(lib_path), "search", "类型:通讯", "--limit", "1"]) == 0
    assert "  [通讯]  " in capsys.readouterr().out
    assert cli.main(["--lang", "en", "--library", str(lib_path), "search", "type:feature", "--limit", "1"]) == 0
    assert "  [feature]  " in capsys.readouterr().out
    seed = str(min(SEEDS))
    assert cli.main(["--lang", "zh", "parse", seed]) == 0
    out = capsys.readouterr().out
    assert "(正文)" in out.splitlines()[0] and "(消息, " in out and "(news, " not in out
    assert cli.main(["--lang", "en", "parse", seed]) == 0
    out = capsys.readouterr().out
    assert "(content)" in out.splitlines()[0] and "(news, " in out


def test_a_note_apps_created_day_is_named_in_the_shown_language(tmp_path: Path, capsys) -> None:
    """A day read from a note app's properties ('Created: …', core/parse.py) showed as
    'front_matter' under Chinese."""
    note = tmp_path / "剪报.md"
    note.write_text("# 荷塘区新建两座口袋公园\n\nCreated: 2026-05-03 08:12\nTags: 剪报\n\n"
                    "荷塘区新建的两座口袋公园昨日向市民开放，园内设有健身步道。\n", encoding="utf-8")
    assert cli.main(["--lang", "zh", "parse", str(note)]) == 0
    assert capsys.readouterr().out.splitlines()[0].endswith("2026-05-03 (文档元数据)")
    assert cli.main(["--lang", "en", "parse", str(note)]) == 0
    assert capsys.readouterr().out.splitlines()[0].endswith("2026-05-03 (front_matter)")


def test_values_said_only_in_the_english_half_reach_chinese(lib_path: Path, capsys) -> None:
    """'已备份到 / Backed up to PATH (SIZE)' showed '已备份到' alone in Chinese; the backup list
    named its kinds in English; a wrong day or month lost the value it refused."""
    assert cli.main(["--lang", "zh", "--library", str(lib_path), "backup"]) == 0
    out = capsys.readouterr().out.strip()
    assert out.startswith("已备份到 /") and out.endswith("MB）") and "Backed" not in out
    assert cli.main(["--lang", "zh", "--library", str(lib_path), "backup", "--list"]) == 0
    assert "  手动  " in capsys.readouterr().out
    assert cli.main(["--lang", "en", "--library", str(lib_path), "backup", "--list"]) == 0
    assert "  manual  " in capsys.readouterr().out
    assert cli.main(["--lang", "zh", "--library", str(lib_path), "onthisday", "13-45"]) == 2
    assert capsys.readouterr().err.strip() == "日期应为 MM-DD，不是 '13-45'"


def test_errors_in_the_chosen_language(lib_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert cli.main(["--library", str(lib_path), "search", "type:xyz"]) != 0
    err = capsys.readouterr().err
    assert "Unknown article type xyz" in err and "未知" not in err
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert cli.main(["--library", str(lib_path), "cite", "424242"]) == 2
    err = capsys.readouterr().err
    assert err.strip() == "没有这篇文章：424242"


def test_an_import_failure_keeps_its_file_name_in_either_language(lib_path: Path, tmp_path: Path, capsys,
                                                                   monkeypatch) -> None:
    """The line was picked whole: "✗ 空白.txt: 文件为空 / The file is empty." showed as "The file is empty."."""
    monkeypatch.setenv("LANG", "C.UTF-8")
    (tmp_path / "空白.txt").write_bytes(b"")
    (tmp_path / "scan.txt").write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 8)
    lines = {}
    for lang in ("en", "zh", None):
        flag = ["--lang", lang] if lang else []
        assert cli.main([*flag, "--library", str(lib_path), "import", str(tmp_path / "空白.txt"),
                         str(tmp_path / "scan.txt")]) == 1
        lines[lang] = [line for line in capsys.readouterr().out.splitlines() if line.startswith("✗")]
    empty, scan = tmp_path / "空白.txt", tmp_path / "scan.txt"
    picture = "This is a picture (JPEG), not text: zzreader reads text; run text recognition (OCR) on a scan first."
    assert lines["en"] == [f"✗ {empty}: The file is empty.", f"✗ {scan}: {picture}"]
    assert lines["zh"] == [f"✗ {empty}: 文件为空",
                           f"✗ {scan}: 这是图片（JPEG），不是文本：zzreader 读的是文字，扫描版请先做文字识别（OCR）"]
    assert lines[None][0] == f"✗ {empty}: 文件为空 / The file is empty."


def test_data_on_stdout_is_never_cut(lib_path: Path, capsys) -> None:
    """`export`/`--json` print the archive's own text, which may hold " / "."""
    assert cli.main(["--lang", "en", "--library", str(lib_path), "import", "--json", str(SEEDS[0].parent)]) in (0, 1)
    out = capsys.readouterr().out
    assert " / " in out  # the stored bilingual warnings, kept whole in JSON


ENGLISH_CHOICE = "'week' (choose from 'month', 'year')"
CHINESE_CHOICE = "'week'（可选：'month', 'year'）"


@pytest.mark.parametrize(("flag", "locale", "tail"), [
    ([], "en_US.UTF-8", ENGLISH_CHOICE + " (see zzreader trend --help)"),
    ([], "zh_CN.UTF-8", CHINESE_CHOICE + "（zzreader trend --help 查看用法）"),
    (["--lang", "en"], "zh_CN.UTF-8", ENGLISH_CHOICE + " (see zzreader trend --help)"),
    ([], "C.UTF-8", ENGLISH_CHOICE + "（zzreader trend --help 查看用法 / see zzreader trend --help）"),
])
def test_a_usage_error_points_to_help_in_the_chosen_language(flag, locale, tail, lib_path, capsys,
                                                             monkeypatch) -> None:
    """argparse stops before the language is set: its hint was both languages under every locale,
    and its own words ("invalid choice") English under every one (cli/argparse_words.py)."""
    for var in ("ZZREADER_LANG", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", locale)
    with pytest.raises(SystemExit) as stop:
        cli.main([*flag, "--library", str(lib_path), "trend", "株洲", "--by", "week"])
    assert stop.value.code == 2
    assert capsys.readouterr().err.strip().endswith(tail)


def test_calendar_and_history_lines_in_one_language(lib_path: Path, capsys, monkeypatch) -> None:
    """'第23847期 8版' stayed Chinese under --lang en (digits are no label the streams pick), and an
    uncorrected article's history was a row of blanks."""
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert cli.main(["--lang", "en", "--library", str(lib_path), "calendar"]) == 0
    numbered = [line for line in capsys.readouterr().out.splitlines() if "No. 23847" in line]
    assert len(numbered) == 1 and "8 pp." in numbered[0] and "期" not in numbered[0] and "版" not in numbered[0]
    assert cli.main(["--lang", "zh", "--library", str(lib_path), "calendar"]) == 0
    assert "第23847期" in capsys.readouterr().out
    assert cli.main(["--lang", "en", "--library", str(lib_path), "history", "3"]) == 0
    assert capsys.readouterr().out == "Article 3 has no corrections\n"


def test_parse_outline_keeps_the_file_name_in_either_language(tmp_path: Path, capsys) -> None:
    """'undated.txt  未注明日期 / undated (none)' showed as 'undated (none)' under --lang en."""
    dump = tmp_path / "无日期.txt"
    dump.write_text("湘江风光带新增夜跑步道\n\n株洲日报讯(记者/刘晓东) 河西湘江风光带新修的夜跑步道亮灯启用。\n",
                    encoding="utf-8")
    assert cli.main(["--lang", "en", "parse", str(dump)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"{dump.name}  undated"
    assert out[2] == "  ! Could not determine the issue date."
    assert cli.main(["--lang", "zh", "parse", str(dump)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"{dump.name}  未注明日期" and out[2] == "  ! 无法确定出版日期"


def test_a_search_names_its_query_in_either_language(lib_path: Path, capsys) -> None:
    """Under --lang en the header was '32 hits, 3 shown': which of a batch's queries it answered was lost."""
    assert cli.main(["--lang", "en", "--library", str(lib_path), "search", "医保", "--limit", "1"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith("“医保”: ") and first.endswith(" hits, 1 shown")
    assert cli.main(["--lang", "zh", "--library", str(lib_path), "search", "医保", "--limit", "1"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith("「医保」共 ") and first.endswith("篇，显示 1 篇")


@pytest.mark.parametrize(("lang", "present", "absent"), [
    ("en", ["one JSON line per query", "max hits, 0 = all"], ["检索", "最多"]),
    ("zh", ["每个检索一行 JSON"], ["one JSON line per query"]),
    (None, ["每个检索一行 JSON / one JSON line per query"], []),
])
def test_help_pages_in_the_chosen_language(lang, present, absent, capsys, monkeypatch) -> None:
    """argparse printed every help text in both languages, whatever --lang or the locale said."""
    monkeypatch.setenv("LANG", "C.UTF-8")
    with pytest.raises(SystemExit) as stop:
        cli.main([*(["--lang", lang] if lang else []), "search", "--help"])
    assert stop.value.code == 0
    out = " ".join(capsys.readouterr().out.split())  # argparse wraps long help lines
    assert all(p in out for p in present) and not any(a in out for a in absent), out


def test_every_help_text_has_a_chinese_and_an_english_half() -> None:
    """So a help page in one language never shows the other's words (names and formats aside)."""
    import argparse
    import re

    from zzreader.cli.args import one_language_help

    def helps(parser):
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                yield from (a.help for a in action._choices_actions)
                for sub in action.choices.values():
                    yield from helps(sub)
            elif action.help and action.help != argparse.SUPPRESS:
                yield action.help

    han = re.compile(r"[\u3400-\u9fff]")
    for text in helps(cli.build_parser()):
        if not han.search(text):
            continue  # argparse's own English (help, version)
        zh, en = one_language_help(text, "zh"), one_language_help(text, "en")
        assert zh != en, text
        assert not han.search(en.replace("株洲日报", "")), text
