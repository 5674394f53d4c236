"""The `zzreader` command line: library choice, import, export, stats, parse, GUI hand-off."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import types
from pathlib import Path

import pytest

from zzreader import __main__ as entry
from zzreader import cli
from zzreader.core import library_paths
from zzreader.core.store import open_library
from tests.conftest import ROOT, SEEDS

EXPORT_KEYS = {"id", "issue_date", "source", "title", "subtitle", "section", "type", "reporters",
               "correspondents", "photographers", "text", "revision", "corrected"}  # fmt: skip


@pytest.fixture(autouse=True)
def no_default_library(tmp_path, monkeypatch):
    """Tests never touch the real per-user library."""
    monkeypatch.delenv(library_paths.ENV_VAR, raising=False)
    monkeypatch.setattr(library_paths, "default_library_path", lambda: tmp_path / "default" / "library.sqlite")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def library(tmp_path, capsys) -> Path:
    path = tmp_path / "lib.sqlite"
    code, _, _ = run(capsys, "--library", str(path), "import", str(ROOT / "seeds"), "--json")
    assert code == 0
    return path


def test_importing_the_cli_does_not_load_qt():
    code = "import sys, zzreader.cli; sys.exit('PySide6' in sys.modules or 'zzreader.gui' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_import_json_report_and_exit_status(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    for seed in SEEDS[:2]:
        shutil.copy(seed, folder / seed.name)
    lib = str(tmp_path / "lib.sqlite")
    code, out, _ = run(capsys, "--library", lib, "import", str(folder), "--json")
    report = json.loads(out)
    assert code == 0
    assert report["summary"]["imported"] == 2
    assert [f["status"] for f in report["files"]] == ["imported", "imported"]
    (folder / "broken.txt").write_bytes(b"\xff\xfe\x00")
    code, out, _ = run(capsys, "--library", lib, "import", str(folder), "--json")
    report = json.loads(out)
    assert code == 1
    assert sorted(f["status"] for f in report["files"]) == ["failed", "unchanged", "unchanged"]
    failed = next(f for f in report["files"] if f["status"] == "failed")
    assert failed["error"] and failed["issue_id"] is None


def test_library_and_language_may_follow_the_command(tmp_path, capsys):
    """`zzreader import seeds --library lib.sqlite`, as most command lines allow."""
    lib = tmp_path / "lib.sqlite"
    code, out, _ = run(capsys, "import", str(SEEDS[0]), "--json", "--library", str(lib))
    assert code == 0 and json.loads(out)["summary"]["imported"] == 1
    assert not (tmp_path / "default").exists()  # not the default library
    code, out, err = run(capsys, "stats", f"--library={lib}", "--lang", "en")
    assert code == 0 and "Issues:   1" in out and "期数" not in out
    # before and after: the one after the command counts, as the last of a repeated option does
    code, out, _ = run(capsys, "--library", str(tmp_path / "none.sqlite"), "--lang", "en", "stats", "--library", str(lib))
    assert code == 0 and "Issues:   1" in out
    code, _, err = run(capsys, "stats", "--library", str(tmp_path / "none.sqlite"), "--lang", "en")
    assert code == 2 and "none.sqlite" in err and len(err.strip().splitlines()) == 1


def test_import_prints_a_summary_with_reasons(tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    code, out, _ = run(capsys, "--library", str(tmp_path / "l.sqlite"), "import", str(SEEDS[0]),
                       str(tmp_path / "empty.txt"))  # fmt: skip
    assert code == 1
    assert "导入 / imported: 1" in out and "失败 / failed: 1" in out
    assert "empty.txt" in out and "empty" in out


def test_a_folder_without_issue_files_is_said_not_a_silent_zero(tmp_path, capsys):
    """Pictures and PDFs only (or nothing): the user learns which files an import reads."""
    folder = tmp_path / "扫描件"
    folder.mkdir()
    (folder / "page1.jpg").write_bytes(b"\xff\xd8\xff")
    (folder / "page1.pdf").write_bytes(b"%PDF-1.4")
    code, out, err = run(capsys, "--library", str(tmp_path / "l.sqlite"), "import", str(folder))
    assert code == 0 and "导入 / imported: 0" in out
    assert err.strip().splitlines() == [
        "没有找到期刊文件（.txt、.md、.markdown、.html、.htm、.xhtml、.mht、.rtf；PDF 请先提取文字） / No issue files "
        "(.txt, .md, .markdown, .html, .htm, .xhtml, .mht, .rtf) were found; extract the text of a PDF first"
    ]
    code, out, err = run(capsys, "--library", str(tmp_path / "l.sqlite"), "import", str(SEEDS[0]))
    assert code == 0 and err == ""  # a folder with issues, or a file, says nothing of the kind


def test_a_blank_library_variable_means_the_default_library(tmp_path, capsys, monkeypatch):
    """'   ' was taken as a path: "No library at    " (a script's empty export is unset, as in a shell)."""
    monkeypatch.setenv(library_paths.ENV_VAR, "   ")
    for argv in (["stats", "--json"], ["search", "株洲", "--json"]):
        code, _, err = run(capsys, *argv)
        assert code == 0 and err == "", err
    assert (tmp_path / "default" / "library.sqlite").is_file()


def test_stats_json(library, capsys):
    code, out, _ = run(capsys, "--library", str(library), "stats", "--json")
    stats = json.loads(out)
    assert code == 0
    assert stats["issues"] == 5
    assert stats["articles"] > 40
    assert stats["first_date"] <= stats["last_date"]
    assert stats["size_bytes"] > 0
    code, out, _ = run(capsys, "--library", str(library), "stats")
    assert "期数 / Issues:   5" in out


def test_compact(library, capsys):
    code, out, _ = run(capsys, "--library", str(library), "compact", "--json")
    report = json.loads(out)
    assert code == 0
    assert 0 < report["after_bytes"] <= report["before_bytes"]
    code, out, _ = run(capsys, "--library", str(library), "compact")
    assert code == 0 and "整理前 / Before:" in out and "整理后 / After:" in out
    code, out, _ = run(capsys, "--library", str(library), "stats", "--json")
    assert json.loads(out)["issues"] == 5


def test_environment_variable_chooses_the_library(library, capsys, monkeypatch):
    monkeypatch.setenv(library_paths.ENV_VAR, str(library))
    code, out, _ = run(capsys, "stats", "--json")
    assert json.loads(out)["library"] == str(library)
    assert json.loads(out)["issues"] == 5


def test_export_articles_jsonl(library, capsys, tmp_path):
    code, out, _ = run(capsys, "--library", str(library), "export", "articles", "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    with open_library(library) as lib:
        assert len(rows) == lib.stats().articles
        assert all(set(r) == EXPORT_KEYS for r in rows)
        first = lib.article(rows[0]["id"])
        assert rows[0]["text"] == first.text and "\n" in first.text
    target = tmp_path / "out.jsonl"
    code, _, err = run(capsys, "--library", str(library), "export", "articles", "--output", str(target))
    assert target.read_text(encoding="utf-8") == out
    assert f"Exported {len(rows)} articles" in err


def test_parse_json_and_outline(capsys):
    code, out, _ = run(capsys, "parse", str(SEEDS[4]), "--json")
    data = json.loads(out)
    assert code == 0
    assert data["date"] == "2024-12-05" and data["number"] == 23847
    assert data["articles"][0]["title"]
    code, out, _ = run(capsys, "parse", str(SEEDS[4]))
    assert "2024-12-05" in out and "第23847期" in out
    assert data["articles"][0]["title"] in out


def test_parse_error_is_a_message_not_a_traceback(tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    code, out, err = run(capsys, "parse", str(tmp_path / "empty.txt"))
    assert code == 2 and "empty" in err and "Traceback" not in err


def test_refused_library_is_a_message(tmp_path, capsys):
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"junk" * 500)
    code, _, err = run(capsys, "--library", str(junk), "stats")
    assert code == 1 and "Cannot open library" in err


def test_first_run_seeds_the_default_library_once(tmp_path, capsys):
    code, out, _ = run(capsys, "stats", "--json")
    assert json.loads(out)["issues"] == len(SEEDS)
    default = library_paths.default_library_path()
    assert json.loads(out)["library"] == str(default)
    with open_library(default) as lib:
        lib.delete_issue(lib.issue_summaries()[0].id)
    _, out, _ = run(capsys, "stats", "--json")
    assert json.loads(out)["issues"] == len(SEEDS) - 1  # emptied by hand: not seeded again


def test_a_chosen_library_is_not_seeded(tmp_path, capsys):
    (tmp_path / "nothing").mkdir()
    run(capsys, "--library", str(tmp_path / "mine.sqlite"), "import", str(tmp_path / "nothing"))
    _, out, _ = run(capsys, "--library", str(tmp_path / "mine.sqlite"), "stats", "--json")
    assert json.loads(out)["issues"] == 0


@pytest.mark.parametrize("command", [["search", "株洲"], ["stats"], ["export", "articles"], ["history", "1"],
                                     ["people"], ["compact"]])
def test_a_mistyped_library_is_said_and_never_made(tmp_path, capsys, command):
    """A search on a path that holds no library answered "0 hits" from a new, empty one."""
    missing = tmp_path / "株洲日报库.sqlite"
    code, out, err = run(capsys, "--library", str(missing), *command)
    assert (code, out) == (2, "")
    assert err.strip().splitlines() == [
        f"没有这个书库：{missing}（用 zzreader import 新建） / No library at {missing} (zzreader import makes one)"
    ]
    assert not missing.exists() and list(tmp_path.iterdir()) == []


def test_no_command_hands_the_library_to_the_window(tmp_path, capsys, monkeypatch):
    """The library is opened once, made if new, and the window takes it open; closed after in any case."""
    calls, libraries = [], []
    fake = types.ModuleType("zzreader.gui.app")
    fake.main = lambda library, screenshot=None, new_window=False: (
        libraries.append(library) or calls.append((library.path, library.stats().issues, screenshot)) or 0)
    monkeypatch.setitem(sys.modules, "zzreader.gui.app", fake)
    lib = tmp_path / "w.sqlite"
    assert entry.main(["--library", str(lib)]) == 0
    assert entry.main(["--library", str(lib), "--screenshot", str(tmp_path / "s.png")]) == 0
    assert calls == [(lib, 0, None), (lib, 0, str(tmp_path / "s.png"))]
    assert lib.exists()
    for library in libraries:
        with pytest.raises(Exception, match="closed"):
            library.stats()


def test_console_script_runs_end_to_end(tmp_path):
    env = os.environ | {library_paths.ENV_VAR: str(tmp_path / "e2e.sqlite"), "PYTHONIOENCODING": "ascii"}
    cmd = [sys.executable, "-m", "zzreader"]
    done = subprocess.run([*cmd, "import", str(SEEDS[0])], cwd=ROOT, env=env, capture_output=True)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert "导入 / imported: 1" in done.stdout.decode("utf-8")
    done = subprocess.run([*cmd, "export", "articles"], cwd=ROOT, env=env, capture_output=True)
    assert json.loads(done.stdout.decode("utf-8").splitlines()[0])["source"] == SEEDS[0].name


def test_search_prints_hits_and_json(library, capsys):
    code, out, _ = run(capsys, "--library", str(library), "search", "献血", "--json")
    result = json.loads(out)
    assert code == 0 and result["query"] == "献血" and result["total"] >= 1
    assert set(result["hits"][0]) == {"article_id", "issue_date", "title", "type", "score", "snippet"}
    assert "【献血】" in result["hits"][0]["snippet"]
    code, out, _ = run(capsys, "--library", str(library), "search", "献血", "--limit", "1")
    assert code == 0 and "献血" in out
    code, out, _ = run(capsys, "--library", str(library), "search", "献血", "--json", "--from", "2030-01-01")
    assert json.loads(out)["total"] == 0


def test_search_reads_queries_from_stdin_and_answers_each_at_once(library):
    env = os.environ | {library_paths.ENV_VAR: str(library)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "zzreader", "search", "-", "--json", "--limit", "0"],
        cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        proc.stdin.write("献血\n".encode())
        proc.stdin.flush()
        first = json.loads(proc.stdout.readline())  # answered while stdin is still open
        assert first["query"] == "献血" and first["total"] == len(first["hits"]) >= 1
        proc.stdin.write("type:nonsense\n\n二医院\n".encode())
        proc.stdin.close()
        rest = [json.loads(line) for line in proc.stdout.read().splitlines()]
        assert proc.wait(timeout=30) == 2  # one query could not be read
    finally:
        proc.kill()
        proc.wait()
    assert [r["query"] for r in rest] == ["type:nonsense", "二医院"]
    assert "error" in rest[0] and "total" in rest[1]


def test_self_test_gets_the_chosen_library_only(tmp_path, monkeypatch):
    calls = []
    fake = types.ModuleType("zzreader.selftest")
    fake.main = lambda path=None: calls.append(path) or 0
    monkeypatch.setitem(sys.modules, "zzreader.selftest", fake)
    assert entry.main(["--self-test"]) == 0
    assert entry.main(["--library", str(tmp_path / "x.sqlite"), "--self-test"]) == 0
    assert calls == [None, tmp_path / "x.sqlite"]
