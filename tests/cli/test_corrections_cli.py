"""`zzreader edit / history / revert / split / merge / export corrections / import-corrections`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from zzreader import cli
from zzreader.core import library_paths
from zzreader.core.importer import import_paths
from zzreader.core.store import open_library

DUMP = Path(__file__).parents[1] / "core" / "data" / "citations" / "2024-12-05.txt"
PARK = "天元区新建三座口袋公园"  # the first article of DUMP, read from the file


@pytest.fixture(autouse=True)
def isolated_default_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(library_paths.ENV_VAR, raising=False)
    monkeypatch.setattr(library_paths, "default_library_path", lambda: tmp_path / "default" / "library.sqlite")


def make_library(path: Path) -> int:
    """A library of DUMP; returns the id of the park article."""
    with open_library(path) as library:
        import_paths(library, [DUMP], workers=0)
        return library.db.execute("SELECT id FROM articles WHERE title = ?", [PARK]).fetchone()[0]


def run(capsys: pytest.CaptureFixture, lib: Path, *argv: str) -> tuple[int, str, str]:
    code = cli.main(["--library", str(lib), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def exported(capsys: pytest.CaptureFixture, lib: Path) -> dict[int, dict]:
    code, out, _ = run(capsys, lib, "export", "articles")
    assert code == 0
    return {row["id"]: row for row in map(json.loads, out.splitlines())}


def test_edit_history_and_revert_restore_the_original_exactly(tmp_path, capsys):
    lib = tmp_path / "lib.sqlite"
    aid = make_library(lib)
    before = exported(capsys, lib)[aid]
    assert before["revision"] == 0 and before["corrected"] is False

    code, out, _ = run(capsys, lib, "edit", str(aid), "--title", "天元区新建三座街头公园",
                       "--reporters", "王晓丽,李明", "--why", "标题错字", "--json")
    assert code == 0 and json.loads(out) == {"article_id": aid, "revision": 1}
    now = exported(capsys, lib)[aid]
    assert (now["title"], now["reporters"], now["revision"], now["corrected"]) == (
        "天元区新建三座街头公园", ["王晓丽", "李明"], 1, True)

    code, out, _ = run(capsys, lib, "history", str(aid), "--json")
    history = json.loads(out)
    assert history["article_id"] == aid and [r["revision"] for r in history["revisions"]] == [0, 1]
    assert set(history["revisions"][1]) == {"revision", "time", "user", "why", "fields"}
    assert history["revisions"][1]["why"] == "标题错字"
    assert sorted(history["revisions"][1]["fields"]) == ["reporters", "title"]

    code, out, _ = run(capsys, lib, "search", "街头公园", "--json")
    assert [h["article_id"] for h in json.loads(out)["hits"]] == [aid]

    code, out, _ = run(capsys, lib, "revert", str(aid), "0", "--json")
    assert code == 0 and json.loads(out)["revision"] == 2
    back = exported(capsys, lib)[aid]
    assert {k: back[k] for k in ("title", "reporters", "correspondents", "text")} == {
        k: before[k] for k in ("title", "reporters", "correspondents", "text")}


def test_split_then_merge_gives_the_text_back(tmp_path, capsys):
    lib = tmp_path / "lib.sqlite"
    aid = make_library(lib)
    text = exported(capsys, lib)[aid]["text"]
    at = text.index("据介绍")
    code, out, _ = run(capsys, lib, "split", str(aid), "--at", str(at), "--title", "口袋公园怎么建", "--json")
    assert code == 0
    first, second = json.loads(out)["article_ids"]
    rows = exported(capsys, lib)
    assert first == aid and rows[second]["title"] == "口袋公园怎么建"
    assert rows[second]["text"].startswith("据介绍") and "据介绍" not in rows[first]["text"]

    code, out, _ = run(capsys, lib, "merge", str(first), str(second), "--json")
    assert code == 0 and json.loads(out) == {"article_id": first}
    rows = exported(capsys, lib)
    assert second not in rows and "三座口袋公园同时开放" in rows[first]["text"] and "据介绍" in rows[first]["text"]


def test_corrections_travel_to_another_library_once(tmp_path, capsys):
    mine, theirs = tmp_path / "mine.sqlite", tmp_path / "theirs.sqlite"
    aid = make_library(mine)
    other = make_library(theirs)
    run(capsys, mine, "edit", str(aid), "--section", "城事", "--why", "栏目")
    file = tmp_path / "corrections.json"
    code, _, _ = run(capsys, mine, "export", "corrections", "--output", str(file))
    assert code == 0 and json.loads(file.read_text(encoding="utf-8"))["articles"]

    code, out, _ = run(capsys, theirs, "import-corrections", str(file), "--json")
    assert code == 0 and json.loads(out)["applied"] == 1
    assert exported(capsys, theirs)[other]["section"] == "城事"
    code, out, _ = run(capsys, theirs, "import-corrections", str(file), "--json")
    report = json.loads(out)
    assert report["applied"] == 0 and report["conflicts"] == []  # importing twice changes nothing


def test_bad_input_is_one_line_and_exit_2(tmp_path, capsys):
    lib = tmp_path / "lib.sqlite"
    aid = make_library(lib)
    for argv in (
        ("edit", str(aid)),  # nothing to change
        ("history", "999999"),
        ("revert", str(aid), "7"),
        ("edit", str(aid), "--text-file", str(tmp_path / "missing.txt")),
        ("import-corrections", str(DUMP)),  # not a corrections file
    ):
        code, out, err = run(capsys, lib, *argv)
        assert code == 2 and out == "" and len(err.strip().splitlines()) == 1, (argv, err)
        assert "Traceback" not in err


def test_a_correction_whose_text_changed_on_reimport_is_listed_for_review(tmp_path, capsys):
    dump = tmp_path / DUMP.name
    dump.write_bytes(DUMP.read_bytes())
    lib = tmp_path / "lib.sqlite"
    with open_library(lib) as library:
        import_paths(library, [dump], workers=0)
        aid = library.db.execute("SELECT id FROM articles WHERE title = ?", [PARK]).fetchone()[0]
        text = library.article(aid).text
    new_file = tmp_path / "new.txt"
    new_file.write_text(text.replace("同时开放", "同时对外开放"), encoding="utf-8")
    code, _, _ = run(capsys, lib, "edit", str(aid), "--text-file", str(new_file), "--why", "补字")
    assert code == 0
    code, out, _ = run(capsys, lib, "review", "--json")
    assert json.loads(out) == {"review": []}
    # The archive's new dump rewrote the very sentence the correction changed.
    dump.write_text(DUMP.read_text(encoding="utf-8").replace("同时开放", "正式开园"), encoding="utf-8")
    code, _, _ = run(capsys, lib, "import", "--json", str(dump))
    assert code == 0
    code, out, _ = run(capsys, lib, "review", "--json")
    review = json.loads(out)["review"]
    assert [(r["article_id"], r["issue_source"], r["fields"]) for r in review] == [(aid, DUMP.name, ["text"])]
    assert exported(capsys, lib)[aid]["text"].count("正式开园") == 1  # the new dump's text, correction kept aside


def test_a_missing_corrections_file_is_one_line_in_both_languages(capsys, tmp_path):
    lib = tmp_path / "lib.sqlite"
    make_library(lib)
    code, _, err = run(capsys, lib, "import-corrections", str(tmp_path / "missing.json"))
    assert code == 2 and err.count("\n") == 1
    assert "文件不存在 / no such file" in err  # not the system's English alone


def test_history_rows_keep_their_number_and_time_in_either_language(tmp_path, capsys):
    """A reason written in both languages (restore, split) was picked with the whole row, which then
    showed as 'restore revision 0' alone under an English locale."""
    lib = tmp_path / "lib.sqlite"
    aid = str(make_library(lib))
    run(capsys, lib, "edit", aid, "--title", "更正后的标题", "--why", "错字")
    run(capsys, lib, "revert", aid, "0")
    run(capsys, lib, "split", aid, "--at", "30")
    shown = {}
    for lang in ("en", "zh"):
        code, out, _ = run(capsys, lib, "--lang", lang, "history", aid)
        assert code == 0
        shown[lang] = [line.split("  ")[-1] for line in out.splitlines()]
        assert [int(line.split()[0]) for line in out.splitlines()] == [0, 1, 2, 3]
    assert shown["en"] == ["as parsed", "错字", "restore revision 0", "split at 30"]
    assert shown["zh"] == ["解析出的原文", "错字", "恢复修订 0", "在第 30 字处拆分"]


def test_a_conflicting_or_missing_correction_is_listed_by_article_not_only_counted(tmp_path, capsys):
    """The plain summary said only "conflicts 1": which article, and why, was in the JSON alone."""
    mine, theirs = tmp_path / "mine.sqlite", tmp_path / "theirs.sqlite"
    aid = make_library(mine)
    other = make_library(theirs)
    run(capsys, theirs, "edit", str(other), "--title", "口袋公园又添三座", "--why", "他们的改法")
    run(capsys, mine, "edit", str(aid), "--section", "城事", "--why", "栏目")
    file = tmp_path / "corrections.json"
    run(capsys, mine, "export", "corrections", "--output", str(file))
    data = json.loads(file.read_text(encoding="utf-8"))
    gone = json.loads(json.dumps(data["articles"][0]))
    gone["issue_source"] = "zzrb-1999-01-01.txt"
    data["articles"].append(gone)
    file.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    section = exported(capsys, theirs)[other]["section"]
    code, out, err = run(capsys, theirs, "--lang", "zh", "import-corrections", str(file))
    assert code == 0 and "冲突 1" in out and "找不到 1" in out
    lines = err.splitlines()
    assert [line for line in lines if line.startswith("  冲突: ")] == [
        f"  冲突: 文章 {other}《口袋公园又添三座》已有修订 1，文件的修订 1 不是在它之上做的，未应用"]
    assert [line for line in lines if line.startswith("  找不到: ")] == ["  找不到: zzrb-1999-01-01.txt 第 " +
                                                                        f"{gone['article_seq']} 篇"]
    assert section != "城事" and exported(capsys, theirs)[other]["section"] == section  # not applied
