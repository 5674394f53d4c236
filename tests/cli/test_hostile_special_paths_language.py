"""A folder, a FIFO, a socket or a device where a file is wanted: one line in ONE language.

Before the fix the nested reason of such a refusal came out half-picked:
`--lang en parse <folder>` printed "…: 不是普通文件，not a regular file,
skipped: a folder", `--lang zh` printed "…: 不是普通文件，已跳过, skipped:
文件夹"; `export --output <folder>` printed "这是一个文件夹，This is a folder,
…"; `--lang zh export --output <fifo>` kept "/ Cannot read or write"; a read
that failed with EIO gave the system's English words only; and a number or
date refused by the parser showed both languages whatever --lang said.
"""

from __future__ import annotations

import os
import re
import socket
from pathlib import Path

import pytest

from tests.reliability.helpers import call_cli, seeded_library
from zzreader import i18n

HAN = re.compile(r"[\u3400-\u9fff]")
ENGLISH_WORDS = re.compile(r"\b(?:not|a|regular|file|skipped|folder|Cannot|read|write|program|must|between|"
                           r"whole|number|digits|usable|backup|give|name|This|is|disk)\b")


@pytest.fixture(scope="module")
def places(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("special")
    seeded_library(folder / "lib.sqlite").close()
    (folder / "a-folder").mkdir()
    os.mkfifo(folder / "a-fifo")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(folder / "a-socket"))
    yield {"lib": folder / "lib.sqlite", "folder": folder / "a-folder", "fifo": folder / "a-fifo",
           "socket": folder / "a-socket", "device": Path("/dev/null")}
    sock.close()


READS = [["parse", "{p}"], ["restore", "{p}"], ["edit", "1", "--text-file", "{p}"], ["import-corrections", "{p}"]]
WRITES = [["export", "articles", "--output", "{p}"], ["cite", "1", "--output", "{p}"]]


def _one_line(capsys: pytest.CaptureFixture, lib: Path, lang: str, argv: list[str]) -> str:
    code, _out, err = call_cli(capsys, "--lang", lang, "--library", str(lib), *argv)
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err, (argv, code, err)
    return err.strip()


def _assert_one_language(err: str, lang: str, path: Path) -> None:
    rest = err.replace(str(path), "")
    assert str(path) in err, err  # the file is named in either language
    if lang == "en":
        assert not HAN.search(rest), err
    else:
        assert HAN.search(rest) and not ENGLISH_WORDS.search(rest.replace("zzreader", "")), err


@pytest.mark.parametrize("kind", ["folder", "fifo", "socket", "device"])
@pytest.mark.parametrize("argv", READS, ids=lambda a: a[0])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_special_file_to_read_is_refused_in_one_language(
    capsys: pytest.CaptureFixture, places: dict[str, Path], kind: str, argv: list[str], lang: str
) -> None:
    before = places["lib"].read_bytes()
    err = _one_line(capsys, places["lib"], lang, [a.replace("{p}", str(places[kind])) for a in argv])
    _assert_one_language(err, lang, places[kind])
    assert places["lib"].read_bytes() == before


@pytest.mark.parametrize("kind", ["folder", "fifo", "socket"])
@pytest.mark.parametrize("argv", WRITES, ids=lambda a: a[0])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_special_file_to_write_is_refused_in_one_language(
    capsys: pytest.CaptureFixture, places: dict[str, Path], kind: str, argv: list[str], lang: str
) -> None:
    err = _one_line(capsys, places["lib"], lang, [a.replace("{p}", str(places[kind])) for a in argv])
    _assert_one_language(err, lang, places[kind])


@pytest.mark.parametrize("argv", [["history", "-1"], ["calendar", "--year", "0"], ["people", "--limit", "abc"],
                                  ["search", "株洲", "--from", ""], ["parse", ""]], ids=lambda a: a[0])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_refused_argument_is_in_one_language(
    capsys: pytest.CaptureFixture, places: dict[str, Path], argv: list[str], lang: str
) -> None:
    code, out, err = call_cli(capsys, "--lang", lang, "--library", str(places["lib"]), *argv)
    err = err.strip()
    assert code == 2 and out == "" and "\n" not in err, err
    rest = err.replace("株洲", "").replace("--help", "")
    if lang == "en":
        assert not HAN.search(rest), err
    else:
        assert HAN.search(rest) and " / " not in rest, err


def test_a_nested_reason_is_picked_whole() -> None:
    """What the CLI's streams do with a line (cli/language.py): the path kept, each half whole."""
    folder = "/tmp/报纸 x/a-folder"
    nested = f"{folder}: 不是普通文件，已跳过 / not a regular file, skipped: 文件夹 / a folder"
    assert i18n.pick(nested, "en") == f"{folder}: not a regular file, skipped: a folder"
    assert i18n.pick(nested, "zh") == f"{folder}: 不是普通文件，已跳过：文件夹"
    named = "这是一个文件夹，请给出文件名 / This is a folder, give a file name: /tmp/d"
    assert i18n.pick(named, "en") == "This is a folder, give a file name: /tmp/d"
    assert i18n.pick(named, "zh") == "这是一个文件夹，请给出文件名：/tmp/d"
    fifo = "/tmp/p: 不是普通文件，已跳过 / not a regular file, skipped: 命名管道 / a FIFO (named pipe)"
    assert i18n.pick(fifo, "en") == "/tmp/p: not a regular file, skipped: a FIFO (named pipe)"
    assert i18n.pick(fifo, "zh") == "/tmp/p: 不是普通文件，已跳过：命名管道"
    assert i18n.pick("type: 后面缺少内容 / type: needs a value", "en") == "type: needs a value"
    assert i18n.pick("type:: type: 后面缺少内容 / type: needs a value", "en") == "type:: type: needs a value"
    colon = "无法打开书库 a: b.sqlite / Cannot open library a: b.sqlite: 磁盘已满 / the disk is full"
    assert i18n.pick(colon, "en") == "Cannot open library a: b.sqlite: the disk is full"
    indented = "    已移除 1 行版面元素 / Dropped 1 page-chrome line(s)."  # under "! a.txt: 1 条提示"
    assert i18n.pick(indented, "en") == "    Dropped 1 page-chrome line(s)."


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="Linux's /proc")
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_read_that_fails_with_eio_is_said_in_our_words(
    capsys: pytest.CaptureFixture, places: dict[str, Path], lang: str
) -> None:
    """Reading /proc/self/mem from its start fails with EIO: "Input/output error" was all it said."""
    for argv in (["parse", "/proc/self/mem"], ["import-corrections", "/proc/self/mem"]):
        err = _one_line(capsys, places["lib"], lang, argv)
        assert "Input/output error" not in err, err
        assert (HAN.search(err) is None) == (lang == "en"), err
    code, out, _err = call_cli(capsys, "--lang", lang, "--library", str(places["lib"]), "import", "/proc/self/mem")
    failed = [line for line in out.splitlines() if line.startswith("✗")]
    assert code == 1 and len(failed) == 1 and "Input/output error" not in failed[0], out


def test_an_error_without_our_words_is_still_chinese_first() -> None:
    from zzreader.core import shown

    said = shown.os_reason(OSError(1234, "Weird failure\nsecond line"))
    assert HAN.search(said.split(" / ")[0]) and "\n" not in said
    assert i18n.pick(said, "en") == "system error: Weird failure\\nsecond line"


def test_a_library_that_cannot_open_is_named_in_chinese_too(
    capsys: pytest.CaptureFixture, tmp_path: Path
) -> None:
    """"无法打开书库 / Cannot open library x: 磁盘已满" showed as "无法打开书库：磁盘已满" under
    --lang zh once picked: the name stood in the English half only."""
    import sqlite3

    from zzreader.core import safe_open

    full = sqlite3.OperationalError("disk I/O error")
    full.sqlite_errorcode = sqlite3.SQLITE_FULL
    said = safe_open.cannot_open(tmp_path / "书库.sqlite", full)
    assert i18n.pick(said, "zh") == f"无法打开书库 {tmp_path / '书库.sqlite'}：磁盘已满", said
    assert i18n.pick(said, "en") == f"Cannot open library {tmp_path / '书库.sqlite'}: the disk is full", said
    missing = str(tmp_path / "无.json")
    for argv, named in ((["--library", "/dev/null/x/lib.sqlite", "stats"], "/dev/null/x"),
                        (["import-annotations", missing], missing)):
        code, _out, err = call_cli(capsys, "--lang", "zh", *argv)
        assert code in (1, 2) and err.count("\n") == 1 and named in err, err


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_file_where_the_backups_folder_goes_is_named_in_either_language(
    capsys: pytest.CaptureFixture, tmp_path: Path, lang: str
) -> None:
    """"无法备份书库: 已有同名的文件挡在路径上" lost the name under --lang zh (it followed the English half)."""
    seeded_library(tmp_path / "lib.sqlite").close()
    (tmp_path / "backups").write_bytes(b"")
    err = _one_line_failure(capsys, tmp_path / "lib.sqlite", lang, ["backup"])
    assert "backups" in err, err
    _assert_one_language(err, lang, tmp_path / "backups")


def _one_line_failure(capsys: pytest.CaptureFixture, lib: Path, lang: str, argv: list[str]) -> str:
    code, _out, err = call_cli(capsys, "--lang", lang, "--library", str(lib), *argv)
    assert code in (1, 2) and err.count("\n") == 1 and "Traceback" not in err, (argv, code, err)
    return err.strip()
